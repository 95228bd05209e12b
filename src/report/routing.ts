/**
 * How the routing of an event through the manifest's triggers is shown: as text for a terminal
 * (`script-dispatcher route EVENT.json`, a dry run for a manifest author) and, when no trigger matched, as
 * the job summary of the ignored run.
 */
import { triggerTitle } from '../manifest/triggers';
import type { Routing, TriggerMatch } from '../route/triggers';
import type { RawArgument } from '../request/types';
import { plural } from '../shared/markdown';
import { cleanText, escapeProse, inlineCode, type Mask } from './markdown';

/**
 * The routing as plain text: each trigger in manifest order, `run` or `skip` with the reason, then one
 * line that says what the action would do. Values from the event are shown JSON-quoted, so a control
 * character or an escape sequence in a payload never reaches the terminal as such.
 */
export function renderRoutingText(routing: Routing): string {
  const entries = [
    ...routing.matches.map((m) => ({ index: m.index, lines: matchLines(m) })),
    ...routing.misses.map((m) => ({
      index: m.index,
      lines: [`skip  ${triggerTitle(m.trigger)}`, `      ${terminalText(m.why)}`],
    })),
  ].sort((a, b) => a.index - b.index);
  const total = entries.length;
  const event = terminalText(routing.eventName);
  const out: string[] = [];
  if (total === 0) {
    out.push(`${event} event: the manifest has no triggers, so the run would be ignored.`);
    return `${out.join('\n')}\n`;
  }
  out.push(`${event} event, ${plural(total, 'trigger')}:`);
  for (const entry of entries) out.push(...entry.lines);
  const runs = routing.matches.filter((m) => m.rejection === undefined).length;
  const rejected = routing.matches.length - runs;
  if (routing.matches.length === 0) out.push('No trigger matches: the run would be ignored.');
  else {
    const parts = [`${plural(runs, 'run')} would start`];
    if (rejected > 0) parts.push(`${rejected} would be rejected`);
    out.push(`${parts.join(', ')}.`);
  }
  return `${out.join('\n')}\n`;
}

function matchLines(match: TriggerMatch): string[] {
  const lines = [`run   ${triggerTitle(match.trigger)}`];
  if (match.target !== undefined) lines.push(`      target: ${match.target}`);
  const args = Object.entries(match.args);
  if (args.length > 0) {
    lines.push(`      args: ${args.map(([name, value]) => `${name}=${showArgument(value)}`).join(', ')}`);
  }
  if (match.rejection !== undefined) lines.push(`      rejected: ${terminalText(match.rejection)}`);
  if (match.trigger.reportTo !== undefined) lines.push(`      reports to issue #${match.trigger.reportTo}`);
  if (match.trigger.openIssueOnFailure) lines.push('      opens an issue if it fails');
  return lines;
}

function showArgument(value: RawArgument): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** One line with no control characters or escape sequences. */
function terminalText(text: string): string {
  return cleanText(text).replace(/[\n\t\u0080-\u009f\u2028\u2029]/g, ' ');
}

/**
 * The job summary of an event no trigger matched: a table of every trigger with why it did not run,
 * quoting what the event said. Everything from the event is escaped and masked.
 */
export function renderNoMatchSummary(routing: Routing, mask: Mask = (t) => t): string {
  const event = inlineCode(mask(cleanText(routing.eventName)));
  const lines = [`### No trigger matched this ${event} event`, ''];
  if (routing.misses.length === 0) {
    lines.push('The manifest has no `triggers`, so nothing ran. The event was ignored.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    'Nothing ran; the event was ignored. Each trigger of the manifest, and why it did not match:',
    '',
  );
  lines.push('| # | Trigger | Why it did not run |', '|---|---|---|');
  for (const miss of [...routing.misses].sort((a, b) => a.index - b.index)) {
    const t = miss.trigger;
    const what = `${inlineCode(t.on, { table: true })} → ${inlineCode(t.run, { table: true })}`;
    lines.push(`| ${miss.index} | ${what} | ${escapeProse(mask(cleanText(miss.why)), { table: true })} |`);
  }
  lines.push('', 'Try it with `script-dispatcher route EVENT.json` on a copy of the event.');
  return `${lines.join('\n')}\n`;
}
