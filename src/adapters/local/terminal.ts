/**
 * The terminal of a CLI run: the script's output on stdout as it comes, the dispatcher's own lines and the live
 * status line (phase, elapsed time, progress bar) on stderr. On a TTY the status line is redrawn in place and
 * cleared around the script's output; elsewhere each phase is one plain line. Colours follow `styleFor`
 * (off with NO_COLOR or without a TTY).
 */
import type { LogSink, Reporter } from '../../ports';
import type { Mask } from '../../report/markdown';
import { LiveStatus, plainText, styleFor, type Style } from '../../report/terminal';
import type { RunReport } from '../../report/types';
import { writeStdout } from '../../shared/stdout';

/** What a run's terminal shares: the stderr style, and the live line. */
export class Terminal {
  readonly style: Style;
  readonly live: LiveStatus;
  /** The script's last output did not end a line: the live line waits for it to. */
  private partial = false;
  private timer?: NodeJS.Timeout;

  constructor(
    options: { mask: Mask; dryRun: boolean; script?: string },
    readonly err: NodeJS.WriteStream = process.stderr,
  ) {
    this.style = styleFor(err, process.env);
    this.live = new LiveStatus(err, { ...options, local: true, style: this.style });
    if (err.isTTY) {
      this.timer = setInterval(() => {
        if (!this.partial) this.live.tick();
      }, 1000);
      this.timer.unref();
    }
  }

  /** Output of the script: the live line is cleared before, and redrawn after a whole line. */
  script(chunk: Buffer): void | Promise<void> {
    if (!this.err.isTTY) return writeStdout(chunk);
    let pending: void | Promise<void> = undefined;
    const ends = chunk.length > 0 && chunk[chunk.length - 1] === 0x0a;
    if (this.partial) pending = writeStdout(chunk);
    else if (ends) this.live.aside(() => (pending = writeStdout(chunk)));
    else {
      this.live.clear();
      pending = writeStdout(chunk);
    }
    this.partial = chunk.length > 0 ? !ends : this.partial;
    if (!this.partial && ends) this.live.tick();
    return pending;
  }

  /** A line of the dispatcher's own. */
  line(text: string): void {
    const write = () => this.err.write(`${this.partial ? '\n' : ''}${text}\n`);
    this.partial = false;
    this.live.aside(write);
  }

  /** The run ended: the live line goes, the timer stops. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.live.clear();
    if (this.partial) this.err.write('\n');
    this.partial = false;
  }
}

/** The dispatcher's lines go to stderr (plain text), the script's bytes to stdout. */
export class TerminalLog implements LogSink {
  constructor(private readonly terminal: Terminal) {}
  group(title: string): void {
    this.terminal.line(this.terminal.style.bold(`▶ ${plainText(title)}`));
  }
  endGroup(): void {}
  write(chunk: Buffer): void | Promise<void> {
    return this.terminal.script(chunk);
  }
  info(line: string): void {
    this.terminal.line(plainText(line));
  }
  warning(line: string): void {
    this.terminal.line(this.terminal.style.yellow(`warning: ${plainText(line)}`));
  }
}

/** Moves the live line with the run: its phase, and the progress the script reports. */
export class TerminalReporter implements Reporter {
  constructor(private readonly terminal: Terminal) {}
  async accept(): Promise<void> {}
  async update(report: RunReport): Promise<void> {
    try {
      this.terminal.live.setPhase(report.phase);
      const progress = report.progress;
      if (progress && report.phase === 'running') {
        this.terminal.live.setProgress({
          current: progress.done,
          total: progress.total,
          message: progress.message,
        });
      }
    } catch {
      // The terminal going away must not fail the run.
    }
  }
}
