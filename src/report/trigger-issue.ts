/**
 * The issue of a trigger with `open-issue-on-failure: true`: opened (titled after the trigger) when a run
 * it started fails, commented on by each later failure while it is open, and told when a run succeeds
 * again. A hidden marker in the issue body names the trigger, so the open issue is found by its marker
 * (the title alone could be edited or copied by anyone).
 */
import { triggerTitle } from '../manifest/triggers';
import type { Trigger } from '../manifest/types';
import { cleanText, escapeProse, escapeText, inlineCode, type Mask } from './markdown';
import { link } from '../shared/markdown';
import type { RunStatus } from './types';

const MARKER_PREFIX = '<!-- script-dispatcher:trigger-issue ';

/** What the issue texts say about one run. */
export interface TriggerRunInfo {
  /** The job id (`<run id>-<attempt>-t<N>`). */
  job: string;
  status: RunStatus;
  /** The workflow run's page. */
  runUrl?: string;
  /** The event, e.g. `schedule` or `push`. */
  eventName: string;
  /** One line on what went wrong (already written for a person), when known. */
  reason?: string;
}

/**
 * The marker that ties an issue to a trigger: its position, event and script, so that a reordered or
 * changed trigger opens an issue of its own.
 */
export function triggerIssueMarker(trigger: Trigger): string {
  const key = `${trigger.index}:${trigger.on}:${trigger.run}`.replace(/[^A-Za-z0-9_:.-]/g, '_');
  return `${MARKER_PREFIX}${key} -->`;
}

/** Whether an issue body carries the marker of `trigger`. */
export function isTriggerIssue(body: string | null | undefined, trigger: Trigger): boolean {
  return (body ?? '').includes(triggerIssueMarker(trigger));
}

/** The issue title: `Script Dispatcher: trigger 2 (schedule 0 6 * * 1 → audit) failed`. */
export function triggerIssueTitle(trigger: Trigger): string {
  return `Script Dispatcher: ${triggerTitle(trigger)} failed`;
}

/** The body of the issue a first failure opens. */
export function triggerIssueBody(trigger: Trigger, run: TriggerRunInfo, mask: Mask = (t) => t): string {
  return [
    triggerIssueMarker(trigger),
    `A run started by ${escapeProse(triggerTitle(trigger))} ${runWords(run, mask)}`,
    '',
    'Later failures of this trigger are added here as comments while this issue is open, and the next',
    'successful run says so. Close the issue once it is dealt with; a new failure then opens a new one.',
    '',
  ].join('\n');
}

/** The comment a later failure adds to the open issue. */
export function triggerFailureComment(trigger: Trigger, run: TriggerRunInfo, mask: Mask = (t) => t): string {
  return `Failed again: ${escapeProse(triggerTitle(trigger))} ${runWords(run, mask)}\n`;
}

/** The comment a successful run adds to the open issue. */
export function triggerRecoveryComment(trigger: Trigger, run: TriggerRunInfo): string {
  return `Succeeded: ${escapeProse(triggerTitle(trigger))} ran fine in ${jobLink(run)} (${inlineCode(
    run.eventName,
  )} event). This issue can be closed.\n`;
}

function runWords(run: TriggerRunInfo, mask: Mask): string {
  const status = run.status === 'timed-out' ? 'timed out' : run.status;
  const reason = run.reason ? `: ${escapeProse(mask(cleanText(run.reason)))}` : '.';
  return `(${inlineCode(run.eventName)} event) ${status} in ${jobLink(run)}${reason}`;
}

function jobLink(run: TriggerRunInfo): string {
  return link(escapeText(`job ${run.job}`), run.runUrl);
}
