import { formatProblems } from '../errors';
import type { RunReport } from './types';

/** The one line the step fails with (the `::error::` annotation), from the final report. */
export function failureMessage(report: RunReport): string {
  const what = report.script ? `\`${report.script}\`` : 'The request';
  const problems = report.problems?.length ? `\n${formatProblems(report.problems)}` : '';
  switch (report.status) {
    case 'rejected':
      return `${what} was rejected: ${report.reason ?? 'see the status comment'}${problems}`;
    case 'timed-out':
      return `${what} ${report.reason ?? 'timed out'}`;
    case 'cancelled':
      return `${what} was cancelled.`;
    default:
      return `${what} failed: ${report.reason ?? 'see the log'}`;
  }
}
