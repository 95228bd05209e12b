/** The report of a run for the job summary (`GITHUB_STEP_SUMMARY`): the status comment's content, unmarked. */
import type { RunReport } from './types';
import type { Mask } from './markdown';
import { renderReport } from './report-body';

/** GitHub takes up to 1 MiB of summary per step; this leaves room for anything else written there. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/**
 * Renders the job summary of a run, at most `SUMMARY_LIMIT_BYTES` bytes of UTF-8. `local`: the CLI's
 * `--summary FILE`, whose phases say what happens on this machine (outputs collected, changes committed).
 */
export function renderSummary(report: RunReport, mask: Mask, options: { local?: boolean } = {}): string {
  return renderReport(report, mask, {
    local: options.local,
    headingLevel: 2,
    budget: SUMMARY_LIMIT_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    showIssue: true,
    alwaysShowTail: true,
  });
}
