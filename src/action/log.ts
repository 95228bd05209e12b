import * as core from '@actions/core';
import type { LogSink } from '../execute/types';

/** The Actions log: groups, and the script's bytes written to stdout with backpressure. */
export class ActionsLog implements LogSink {
  group(title: string): void {
    core.startGroup(title);
  }
  endGroup(): void {
    core.endGroup();
  }
  write(chunk: Buffer): void | Promise<void> {
    if (process.stdout.write(chunk)) return;
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
  info(line: string): void {
    core.info(line);
  }
  warning(line: string): void {
    core.warning(line);
  }
}
