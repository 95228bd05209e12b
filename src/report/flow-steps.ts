/**
 * The steps of a flow run in the status comment and summary: one row per step with its status, how long it
 * ran, and whether it was taken from the cache (and why not, when it ran with `cache: true`).
 */
import { escapeProse, escapeText, formatDuration, inlineCode, prepare, type Mask } from './markdown';
import { plural } from '../shared/markdown';
import type { ReportStep, RunReport } from './types';

const STATUS_WORDS: Record<ReportStep['status'], string> = {
  pending: '⏳ waiting',
  running: '🔄 running',
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  skipped: '⏭️ skipped',
  cached: '♻️ cached',
  cancelled: '🚫 cancelled',
};

/** Most rows shown; the rest are counted (a 200-step flow must still fit a comment). */
const MAX_ROWS = 60;
const REASON_CHARS = 200;

/** The steps table of a flow's report, or undefined for a script's. */
export function stepsSection(report: RunReport, mask: Mask, maxRows = MAX_ROWS): string | undefined {
  const steps = report.steps;
  if (!steps || steps.length === 0) return undefined;
  const lines = ['| Step | Script | Status | Duration | Cached |', '|---|---|---|---|---|'];
  // Rows that say most first when they do not all fit: what did not succeed, then what runs.
  const rank = (s: ReportStep) =>
    s.status === 'succeeded' || s.status === 'cached' ? 2 : s.status === 'pending' ? 3 : 0;
  const shown = new Set(
    [...steps]
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .slice(0, maxRows)
      .map(({ s }) => s),
  );
  for (const step of steps) {
    if (!shown.has(step)) continue;
    lines.push(
      `| ${inlineCode(prepare(step.name, mask), { table: true })} | ${inlineCode(prepare(step.script, mask), {
        table: true,
      })} | ${statusCell(step, mask)} | ${durationCell(step)} | ${cachedCell(step, mask)} |`,
    );
  }
  const hidden = steps.length - shown.size;
  const done = steps.filter((s) => !['pending', 'running'].includes(s.status)).length;
  const head = `**Steps** (${done}/${steps.length} done)`;
  return `${head}\n\n${lines.join('\n')}${hidden > 0 ? `\n\n…and ${plural(hidden, 'more step')} (see the run record).` : ''}`;
}

function statusCell(step: ReportStep, mask: Mask): string {
  const words = STATUS_WORDS[step.status];
  if (!step.reason || step.status === 'succeeded' || step.status === 'cached') return words;
  const reason = prepare(step.reason, mask).replace(/\s+/g, ' ').trim();
  const cut = reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason;
  return `${words}: ${escapeProse(cut, { table: true })}`;
}

function durationCell(step: ReportStep): string {
  if (!step['started-at'] || !step['finished-at']) return '—';
  const ms = Date.parse(step['finished-at']) - Date.parse(step['started-at']);
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '—';
}

function cachedCell(step: ReportStep, mask: Mask): string {
  if (step.status === 'cached') return 'yes';
  if (step['cache-miss']) {
    const why = escapeText(prepare(step['cache-miss'], mask).slice(0, REASON_CHARS));
    return `no (${why})`;
  }
  return '—';
}
