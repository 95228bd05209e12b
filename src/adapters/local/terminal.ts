import type { LogSink } from '../../ports';
import { writeStdout } from '../../shared/stdout';
import type { Reporter } from '../../ports';
import { phaseRow } from '../../report/phases';
import type { Phase, RunReport } from '../../report/types';

/** The terminal: the script's output on stdout, the dispatcher's own lines on stderr. */
export class TerminalLog implements LogSink {
  group(title: string): void {
    process.stderr.write(`▶ ${title}\n`);
  }
  endGroup(): void {}
  write(chunk: Buffer): void | Promise<void> {
    return writeStdout(chunk);
  }
  info(line: string): void {
    process.stderr.write(`${line}\n`);
  }
  warning(line: string): void {
    process.stderr.write(`warning: ${line}\n`);
  }
}

/** Prints each phase once, as the run moves on. */
export class TerminalReporter implements Reporter {
  private last?: Phase;
  async accept(): Promise<void> {}
  async update(report: RunReport): Promise<void> {
    if (report.phase === this.last || report.phase === 'done') return;
    this.last = report.phase;
    process.stderr.write(`· ${phaseRow(report.phase).terminal.local}\n`);
  }
}
