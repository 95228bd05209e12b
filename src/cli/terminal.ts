import type { LogSink } from '../execute/types';
import { writeStdout } from '../shared/stdout';
import type { Reporter } from '../pipeline';
import type { Phase, RunReport } from '../report/types';

const PHASE_WORDS: Record<Phase, string> = {
  queued: 'accepted',
  'checking-out': 'checking out',
  running: 'running',
  uploading: 'collecting outputs',
  'opening-pull-request': 'committing changes',
  done: 'done',
};

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
  async update(report: RunReport): Promise<void> {
    if (report.phase === this.last || report.phase === 'done') return;
    this.last = report.phase;
    process.stderr.write(`· ${PHASE_WORDS[report.phase]}\n`);
  }
}
