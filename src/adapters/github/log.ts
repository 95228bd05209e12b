import * as core from '@actions/core';
import type { LogSink } from '../../ports';
import { writeStdout } from '../../shared/stdout';

/** The Actions log: groups, and the script's bytes written to stdout with backpressure. */
export class ActionsLog implements LogSink {
  group(title: string): void {
    core.startGroup(title);
  }
  endGroup(): void {
    core.endGroup();
  }
  write(chunk: Buffer): void | Promise<void> {
    return writeStdout(chunk);
  }
  info(line: string): void {
    core.info(line);
  }
  warning(line: string): void {
    core.warning(line);
  }
}
