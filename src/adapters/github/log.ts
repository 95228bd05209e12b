import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { LogSink } from '../../ports';
import { writeStdout } from '../../shared/stdout';

/** After this long with no script output, workflow commands are turned back on for the dispatcher's own lines. */
const RESUME_AFTER_MS = 100;

/**
 * Where the Actions log is written. The script's bytes go to the same stdout the runner reads workflow commands
 * from; `write` and `line` are the only ways there.
 */
export interface LogOutput {
  write(chunk: Buffer): void | Promise<void>;
  /** One line of the dispatcher's own (a workflow command), newline included. */
  line(text: string): void;
}

const stdoutOutput: LogOutput = {
  write: writeStdout,
  line: (text) => {
    process.stdout.write(text);
  },
};

export interface ActionsLogOptions {
  /** The script may issue workflow commands (the manifest's `workflow-commands: true`). Default false. */
  workflowCommands?: boolean;
  /** Default: the process's stdout. */
  output?: LogOutput;
  /** Token generator (tests). */
  token?: () => string;
}

/**
 * The Actions log: groups, and the script's bytes written to stdout with backpressure. Unless the script may
 * issue workflow commands, its output is fenced with `::stop-commands::<token>` … `::<token>::`, a fresh
 * random token each time: a line it prints such as `::add-mask::`, `::error::` or `::set-output` is shown,
 * not obeyed. The fence closes before any line of the dispatcher's own, and after a short pause in the output
 * at the end of a line.
 */
export class ActionsLog implements LogSink {
  /** Whether the script's output may issue workflow commands; set it before the script runs. */
  workflowCommands: boolean;
  private readonly output: LogOutput;
  private readonly newToken: () => string;
  private stopToken: string | undefined;
  private endsWithNewline = true;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: ActionsLogOptions = {}) {
    this.workflowCommands = options.workflowCommands ?? false;
    this.output = options.output ?? stdoutOutput;
    this.newToken = options.token ?? (() => randomBytes(16).toString('hex'));
  }

  group(title: string, options: { workflowCommands?: boolean } = {}): void {
    this.resumeCommands();
    core.startGroup(title);
    this.workflowCommands = options.workflowCommands ?? false;
  }
  endGroup(): void {
    this.resumeCommands();
    this.workflowCommands = false;
    core.endGroup();
  }
  write(chunk: Buffer): void | Promise<void> {
    if (chunk.length === 0) return;
    if (!this.workflowCommands && this.stopToken === undefined) {
      this.stopToken = this.newToken();
      this.output.line(`${this.endsWithNewline ? '' : '\n'}::stop-commands::${this.stopToken}\n`);
    }
    this.endsWithNewline = chunk[chunk.length - 1] === 0x0a;
    if (this.stopToken !== undefined) this.scheduleResume();
    return this.output.write(chunk);
  }
  info(line: string): void {
    this.resumeCommands();
    core.info(line);
  }
  warning(line: string): void {
    this.resumeCommands();
    core.warning(line);
  }

  /** Ends the fence around the script's output, if one is open: workflow commands are obeyed again. */
  resumeCommands(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopToken === undefined) return;
    // The end marker must be a line of its own, or the runner does not see it.
    this.output.line(`${this.endsWithNewline ? '' : '\n'}::${this.stopToken}::\n`);
    this.endsWithNewline = true;
    this.stopToken = undefined;
  }

  private scheduleResume(): void {
    if (this.timer) clearTimeout(this.timer);
    // Only between lines: a script that pauses in the middle of a line (a long line, a prompt) keeps it whole.
    // The dispatcher's own lines end the fence anyway, wherever the script stopped.
    if (!this.endsWithNewline) {
      this.timer = undefined;
      return;
    }
    this.timer = setTimeout(() => this.resumeCommands(), RESUME_AFTER_MS);
    this.timer.unref();
  }
}
