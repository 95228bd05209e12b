/** The reply to `/cancel`. */
import { escapeProse, escapeText, inlineCode, prepare, type Mask } from './markdown';
import { link, truncate } from '../shared/markdown';

/** The run that `/cancel` found in progress. */
export interface CancelledRun {
  /** The workflow run's id. */
  runId: string;
  /** Its page. */
  url?: string;
  /** The script it runs. */
  script?: string;
}

/**
 * "🛑 Cancelled run <link>" for the run that was cancelled; with `failure`, why that run could not be
 * cancelled; with no run, that nothing is in progress.
 */
export function renderCancelReply(run: CancelledRun | undefined, mask: Mask, failure?: string): string {
  if (!run) return 'Nothing to cancel: no run of this issue is in progress.';
  const runLink = link(`run ${escapeText(truncate(prepare(String(run.runId), mask), 100))}`, run.url);
  if (failure !== undefined) {
    const why = failure.trim() ? `: ${escapeProse(truncate(prepare(failure, mask), 2000))}` : '.';
    return `😕 Could not cancel ${runLink}${why}`;
  }
  const of = run.script ? ` of ${inlineCode(truncate(prepare(run.script, mask), 200))}` : '';
  return `🛑 Cancelled ${runLink}${of}.`;
}
