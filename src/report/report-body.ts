/**
 * The report of one run as Markdown: heading, progress, the table of facts, the result, and what went wrong.
 * Shared by the status comment and the job summary; they differ in heading level, size budget and the hidden
 * lines before the heading.
 *
 * Everything not written here goes through `prepare` (clean, then the caller's mask) and is escaped. The
 * whole stays within the budget: the log tail shrinks first (its end is kept), then the result, then the
 * lists of arguments, problems and files.
 */
import type { ArgValue } from '../manifest/types';
import type { RawArgument } from '../request/types';
import { CHANGE_KIND_WORDS, changeKinds } from '../publish/types';
import { PHASE_TABLE, PHASES, phaseRow } from './phases';
import { FAILING_STATUSES, type RunReport, type RunStatus } from './types';
import { stepsSection } from './flow-steps';
import { liveProgressSection } from './progress-bar';
import { notebookRows } from './notebook-rows';
import {
  escapeProse,
  escapeText,
  fencedBlock,
  formatDuration,
  formatSize,
  inlineCode,
  prepare,
  type Mask,
} from './markdown';
import { clip, formatCount, link, plural, truncate } from '../shared/markdown';

/** How much of each list or text a rendering shows. */
export interface Limits {
  resultChars: number;
  resultRows: number;
  argChars: number;
  args: number;
  problems: number;
  problemChars: number;
  files: number;
  links: number;
  textChars: number;
  commandChars: number;
}

/** Tried in order until the report fits; each level shows less than the one before. */
export const LIMIT_LEVELS: readonly Limits[] = [
  {
    resultChars: 20_000,
    resultRows: 100,
    argChars: 200,
    args: 50,
    problems: 100,
    problemChars: 1000,
    files: 20,
    links: 20,
    textChars: 5000,
    commandChars: 5000,
  },
  {
    resultChars: 2_000,
    resultRows: 20,
    argChars: 200,
    args: 50,
    problems: 100,
    problemChars: 1000,
    files: 20,
    links: 20,
    textChars: 5000,
    commandChars: 5000,
  },
  {
    resultChars: 1_000,
    resultRows: 10,
    argChars: 60,
    args: 20,
    problems: 20,
    problemChars: 300,
    files: 5,
    links: 10,
    textChars: 2000,
    commandChars: 2000,
  },
  {
    resultChars: 0,
    resultRows: 0,
    argChars: 40,
    args: 5,
    problems: 5,
    problemChars: 200,
    files: 0,
    links: 3,
    textChars: 1000,
    commandChars: 1000,
  },
];

/** While a script runs, the comment shows this much of its log. */
const LIVE_TAIL_LINES = 15;
const LIVE_TAIL_CHARS = 3000;

/** The log tail shrinks down to this many characters before anything else does. */
const MIN_TAIL = 5000;
/** Titles, names and other one-liners. */
const SHORT = 200;

export interface RenderOptions {
  /** 2 → `##`. */
  headingLevel: number;
  /** The most the whole text may measure. */
  budget: number;
  /** How text is measured against the budget (UTF-16 length, UTF-8 bytes...). */
  measure: (text: string) => number;
  /** Put before the heading and counted in the budget (the status comment's hidden lines). */
  preamble?: string;
  /** Add a row with the issue number (the job summary; the comment is on the issue already). */
  showIssue?: boolean;
  /** Show the log tail whatever the status (the job summary); by default only when the run did not succeed. */
  alwaysShowTail?: boolean;
  /** A run on this machine (the CLI's `--summary`): outputs are collected, not uploaded; changes are committed. */
  local?: boolean;
}

const STATUS_HEADINGS: Record<RunStatus, { emoji: string; words: string }> = {
  succeeded: { emoji: '✅', words: 'Succeeded' },
  failed: { emoji: '❌', words: 'Failed' },
  'timed-out': { emoji: '⏱️', words: 'Timed out' },
  cancelled: { emoji: '🛑', words: 'Cancelled' },
  rejected: { emoji: '🚫', words: 'Rejected' },
  ignored: { emoji: '➖', words: 'Ignored' },
};

/** The emoji and words of the heading: the status once there is one, else the phase. */
export function headingOf(report: Pick<RunReport, 'phase' | 'status'>): { emoji: string; words: string } {
  if (report.status && STATUS_HEADINGS[report.status]) return STATUS_HEADINGS[report.status];
  return phaseRow(report.phase);
}

/** Renders the report, shrinking what it shows until it fits the budget. */
export function renderReport(report: RunReport, mask: Mask, options: RenderOptions): string {
  const live = report.status === undefined && report.phase === 'running';
  const showsTail =
    live ||
    (report.status !== undefined &&
      (FAILING_STATUSES.includes(report.status) || (options.alwaysShowTail ?? false)));
  let tail = showsTail && report.logTail ? prepare(report.logTail, mask).replace(/\s+$/, '') : '';
  // While it runs: only the last few lines, open.
  if (live && tail) tail = tail.split('\n').slice(-LIVE_TAIL_LINES).join('\n').slice(-LIVE_TAIL_CHARS);
  const head = options.preamble ? [options.preamble] : [];
  for (let level = 0; level < LIMIT_LEVELS.length; level++) {
    const parts = [...head, ...sections(report, mask, LIMIT_LEVELS[level], options)];
    const fixed = parts.join('\n\n');
    const fixedSize = options.measure(fixed);
    if (!tail) {
      if (fixedSize <= options.budget) return fixed;
      continue;
    }
    const available = options.budget - fixedSize - 2;
    const last = level === LIMIT_LEVELS.length - 1;
    if (available < MIN_TAIL && !last) continue;
    const section = tailSection(tail, available, options.measure, live);
    const text = section ? `${fixed}\n\n${section}` : fixed;
    if (options.measure(text) <= options.budget) return text;
  }
  return fallback(report, mask, options);
}

/** Used only if even the smallest rendering does not fit: the heading and the link to the run. */
function fallback(report: RunReport, mask: Mask, options: RenderOptions): string {
  const parts = options.preamble ? [options.preamble] : [];
  parts.push(heading(report, mask, options.headingLevel));
  const run = report.run ? link('the workflow run', report.run.url) : 'the workflow run';
  parts.push(`The report of this run is too large to show here; see ${run}.`);
  return parts.join('\n\n');
}

function sections(report: RunReport, mask: Mask, limits: Limits, options: RenderOptions): string[] {
  const out: string[] = [heading(report, mask, options.headingLevel)];
  const progress = progressLine(report, options.local ?? false);
  if (progress) out.push(progress);
  const live = liveProgressSection(report, mask);
  if (live) out.push(live);
  out.push(factsTable(report, mask, limits, options));
  if (report.legs) out.push(report.legs);
  const steps = stepsSection(report, mask);
  if (steps) out.push(steps);
  const result = resultSection(report.result, mask, limits);
  if (result) out.push(result);
  if (report.reason && report.reason.trim()) {
    out.push(`**Reason:** ${escapeProse(truncate(prepare(report.reason, mask), limits.textChars))}`);
  }
  if (report.problems && report.problems.length > 0) out.push(problemsSection(report, mask, limits));
  if (report.fixCommand && report.fixCommand.trim()) {
    const command = truncate(prepare(report.fixCommand, mask), limits.commandChars);
    const how =
      report.issue !== undefined ? 'edit the issue, or comment this line' : 'run it again with these values';
    out.push(`**To fix it**, ${how}:\n\n${fencedBlock(command, 'text')}`);
  } else if (report.status === 'rejected' && report.problems?.length && report.issue !== undefined) {
    const help = report.script ? `/help ${truncate(prepare(report.script, mask), SHORT)}` : '/help';
    out.push(
      `**To fix it**, edit the issue, or comment a \`/run\` line with the values (${inlineCode(help)} explains them).`,
    );
  }
  return out;
}

/** One line of text that someone else wrote, escaped. */
function line(text: string, mask: Mask, max = SHORT): string {
  return escapeText(truncate(prepare(text, mask).replace(/\n/g, ' '), max));
}

function code(text: string, mask: Mask, max = SHORT): string {
  return inlineCode(truncate(prepare(text, mask), max), { table: true });
}

function heading(report: RunReport, mask: Mask, level: number): string {
  const { emoji, words } = headingOf(report);
  const what = report.scriptTitle
    ? `: ${line(report.scriptTitle, mask)}`
    : report.script
      ? `: ${inlineCode(truncate(prepare(report.script, mask).replace(/\n/g, ' '), SHORT))}`
      : '';
  const dry = report.dryRun ? ' (dry run)' : '';
  return `${'#'.repeat(level)} ${emoji} ${words}${what}${dry}`;
}

function progressLine(report: RunReport, local: boolean): string | undefined {
  if (report.status === 'rejected' || report.status === 'ignored') return undefined;
  const finished = report.status !== undefined || report.phase === 'done';
  const steps = PHASES.filter(
    (p) =>
      (p !== 'checking-out' || report.target !== undefined || report.checkout !== undefined) &&
      (p !== 'opening-pull-request' ||
        (report.mode === 'write' && !report.dryRun) ||
        report.phase === 'opening-pull-request'),
  );
  const current = PHASES.indexOf(report.phase);
  const items = steps.map((phase) => {
    const row = phaseRow(phase);
    const label = (local && row.localWords) || row.words;
    if (phase === 'done') {
      if (!finished) return `⬜ ${label}`;
      const { emoji, words } = headingOf(report);
      return `**${emoji} ${words}**`;
    }
    if (finished) {
      const key = row.duration?.key;
      const reached =
        report.status === 'succeeded' || phase === 'queued' || (key !== undefined && key in report.durations);
      return `${reached ? '✅' : '⬜'} ${label}`;
    }
    const index = PHASES.indexOf(phase);
    if (index < current) return `✅ ${label}`;
    if (index === current) return `**${row.emoji} ${label}**`;
    return `⬜ ${label}`;
  });
  return items.join(' → ');
}

function factsTable(report: RunReport, mask: Mask, limits: Limits, options: RenderOptions): string {
  const rows: [string, string][] = [];
  if (report.script !== undefined) {
    const name = code(report.script, mask);
    const title = report.scriptTitle && report.scriptTitle !== report.script ? report.scriptTitle : undefined;
    rows.push(['Script', title ? `**${line(title, mask)}** (${name})` : name]);
  }
  const content = contentCell(report, mask);
  if (content) rows.push(['Content', content]);
  rows.push(['Arguments', argumentsCell(report.args, mask, limits)]);
  rows.push(['Requested by', requesterCell(report.requester, mask)]);
  if (options.showIssue && report.issue !== undefined) rows.push(['Issue', `\\#${report.issue}`]);
  const mode = modeCell(report);
  if (mode) rows.push(['Mode', mode]);
  const durations = durationsCell(report.durations);
  if (durations) rows.push(['Duration', durations]);
  if (report.attempts !== undefined && report.attempts > 1)
    rows.push(['Attempts', formatCount(report.attempts)]);
  if (report.exitCode !== undefined && report.status !== 'succeeded') {
    rows.push([
      'Exit code',
      report.exitCode === null
        ? 'none (the script was stopped, or did not start)'
        : inlineCode(String(report.exitCode)),
    ]);
  }
  if (report.run) rows.push(['Workflow run', link(`run ${line(report.run.id, mask, 100)}`, report.run.url)]);
  if (report.artifact && report.artifact.files === 0)
    rows.push([
      'Outputs',
      `none (the script wrote no files)${report.artifact.url ? ` · ${link('run record and log', report.artifact.url)}` : ''}`,
    ]);
  else if (report.artifact) rows.push(['Artifact', artifactCell(report.artifact, mask)]);
  if (report.notebook) rows.push(...notebookRows(report.notebook, (t) => code(t, mask, 300), limits.files));
  if (report.skippedOutputs && report.skippedOutputs.length > 0) {
    rows.push(['Not uploaded', listCell(report.skippedOutputs, mask, limits.files)]);
  }
  if (report.pullRequests && report.pullRequests.length > 0) {
    const shown = report.pullRequests.slice(0, limits.links).map((pr) => {
      const label = line(`${pr.repository}#${pr.number}`, mask);
      return `${link(label, pr.url)} (${pr.action === 'opened' ? 'opened' : 'updated'})`;
    });
    const more = report.pullRequests.length - shown.length;
    if (more > 0) shown.push(`… and ${plural(more, 'more pull request')}`);
    rows.push([report.pullRequests.length === 1 ? 'Pull request' : 'Pull requests', shown.join('<br>')]);
  }
  if (report.compareUrl) rows.push(['Compare', link('compare view', report.compareUrl)]);
  if (report.branch) rows.push(['Branch', code(report.branch, mask, 300)]);
  const changes = changesCell(report, mask, limits);
  if (changes) rows.push(['Changes', changes]);

  const lines = [`| Job | ${code(report.job, mask, 100)} |`, '|---|---|'];
  for (const [label, value] of rows) lines.push(`| ${label} | ${value} |`);
  return lines.join('\n');
}

function contentCell(report: RunReport, mask: Mask): string | undefined {
  const title = report.targetTitle || report.target;
  if (!title && !report.checkout) return undefined;
  const parts: string[] = [];
  if (title) parts.push(line(title, mask));
  if (report.checkout) {
    parts.push(code(`${report.checkout.repository}@${report.checkout.sha.slice(0, 7)}`, mask, 300));
  }
  return parts.join(' · ');
}

function argumentsCell(
  args: Record<string, ArgValue | RawArgument> | undefined,
  mask: Mask,
  limits: Limits,
): string {
  const entries = Object.entries(args ?? {});
  if (entries.length === 0) return '_none_';
  const shown = entries
    .slice(0, limits.args)
    .map(([name, value]) => `${code(name, mask, 100)} = ${valueCode(value, mask, limits.argChars)}`);
  const more = entries.length - shown.length;
  if (more > 0) shown.push(`… and ${plural(more, 'more argument')}`);
  return shown.join('<br>');
}

function valueCode(value: ArgValue | RawArgument | undefined, mask: Mask, max: number): string {
  if (value === null || value === undefined || value === '') return '_empty_';
  return code(String(value), mask, max);
}

/** `@login` for a real GitHub login (the requester is meant to be notified); anything else as text. */
function requesterCell(requester: string, mask: Mask): string {
  const login = prepare(requester ?? '', mask);
  if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    return `@${login.replace(/[[\]]/g, (c) => `\\${c}`)}`;
  }
  return login ? line(login, mask, 100) : '_unknown_';
}

function modeCell(report: RunReport): string | undefined {
  const parts: string[] = [];
  if (report.mode === 'read') parts.push('read (outputs only)');
  if (report.mode === 'write') parts.push('write (changes become a pull request)');
  if (report.dryRun) parts.push('**dry run**: nothing is pushed');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function durationsCell(durations: RunReport['durations'] | undefined): string | undefined {
  if (!durations) return undefined;
  const parts: string[] = [];
  for (const { key, label } of PHASE_TABLE.flatMap((row) => (row.duration ? [row.duration] : []))) {
    const ms = durations[key];
    if (typeof ms === 'number') parts.push(`${label} ${formatDuration(ms)}`);
  }
  if (typeof durations.total === 'number') parts.push(`**total ${formatDuration(durations.total)}**`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function artifactCell(artifact: NonNullable<RunReport['artifact']>, mask: Mask): string {
  const name = link(code(artifact.name, mask), artifact.url);
  const record = artifact.url ? ' · with the run record and the log in `_dispatch/`' : '';
  return `${name} — ${plural(artifact.files, 'file')}, ${formatSize(artifact.bytes)}${record}`;
}

function listCell(items: string[], mask: Mask, max: number): string {
  const shown = items.slice(0, max).map((item) => code(item, mask));
  const more = items.length - shown.length;
  if (shown.length === 0) return plural(items.length, 'file');
  return more > 0 ? `${shown.join(', ')}, and ${formatCount(more)} more` : shown.join(', ');
}

function changesCell(report: RunReport, mask: Mask, limits: Limits): string | undefined {
  const changes = report.changes;
  if (!changes || changes.count === 0) {
    if (!report.noChanges && !(changes && changes.count === 0)) return undefined;
    return report.dryRun ? 'would make no changes' : 'made no changes';
  }
  const kinds = changeKinds(changes, formatCount);
  const files = (changes.files ?? []).slice(0, limits.files).map((file) => {
    const kind = CHANGE_KIND_WORDS[(file.status ?? '').charAt(0).toUpperCase()];
    return `${code(file.path, mask, 300)}${kind ? ` (${kind})` : ''}`;
  });
  const more = changes.count - files.length;
  const head = report.dryRun
    ? `would have changed ${plural(changes.count, 'file')}`
    : `${plural(changes.count, 'file')} changed`;
  let text = kinds ? `${head} (${kinds})` : head;
  if (files.length > 0) text += `: ${files.join(', ')}${more > 0 ? `, and ${formatCount(more)} more` : ''}`;
  return text;
}

function isFlatObject(value: unknown): value is Record<string, string | number | boolean | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const values = Object.values(value);
  return (
    values.length > 0 && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  );
}

/** Masks every string (keys too) in a JSON value; beyond the limits, what is left is dropped. */
function maskJson(value: unknown, mask: Mask, depth = 0): unknown {
  if (typeof value === 'string') return prepare(value, mask);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 50) return null;
  if (Array.isArray(value)) return value.map((v) => maskJson(v, mask, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[prepare(k, mask)] = maskJson(v, mask, depth + 1);
  return out;
}

function resultSection(result: unknown, mask: Mask, limits: Limits): string | undefined {
  if (result === undefined) return undefined;
  if (limits.resultChars <= 0) {
    return '**Result:** too large to show here; it is in the `result` output of the step.';
  }
  if (isFlatObject(result)) {
    const entries = Object.entries(result);
    const lines = ['**Result**', '', '| Key | Value |', '|---|---|'];
    let size = 0;
    let shown = 0;
    for (const [key, value] of entries) {
      if (shown >= limits.resultRows || size >= limits.resultChars) break;
      const cell =
        typeof value === 'string'
          ? value === ''
            ? '_empty_'
            : escapeText(truncate(prepare(value, mask), Math.min(500, limits.resultChars)))
          : inlineCode(String(value));
      const row = `| ${line(key, mask, 100)} | ${cell} |`;
      lines.push(row);
      size += row.length;
      shown++;
    }
    if (shown < entries.length) lines.push(`| … | ${plural(entries.length - shown, 'more value')} |`);
    return lines.join('\n');
  }
  let json: string;
  try {
    json = JSON.stringify(maskJson(result, mask), null, 2) ?? String(result);
  } catch {
    json = String(result);
  }
  const { text, omitted } = clip(prepare(json, mask), limits.resultChars, 'start');
  const note = omitted > 0 ? `\n\n_… ${plural(omitted, 'more character')} not shown._` : '';
  return `**Result**\n\n${fencedBlock(text, 'json')}${note}`;
}

function problemsSection(report: RunReport, mask: Mask, limits: Limits): string {
  const problems = report.problems ?? [];
  const items = problems.slice(0, limits.problems).map((problem) => {
    const message =
      escapeProse(truncate(prepare(problem.message ?? '', mask), limits.problemChars)) || '_(no details)_';
    const fix = problem.fix?.trim()
      ? ` — ${escapeProse(truncate(prepare(problem.fix, mask), limits.problemChars))}`
      : '';
    return `- ${message}${fix}`;
  });
  const more = problems.length - items.length;
  if (more > 0) items.push(`- … and ${plural(more, 'more problem')}`);
  const title = problems.length === 1 ? '**Problem**' : `**Problems** (${formatCount(problems.length)})`;
  return `${title}\n\n${items.join('\n')}`;
}

function tailSection(
  tail: string,
  available: number,
  measure: (text: string) => number,
  open = false,
): string {
  const elsewhere = '_The last lines of the log are too long to show here; they are in the workflow run._';
  let keep = available - 400;
  while (keep > 200) {
    const clipped = clip(tail, keep, 'end');
    let shown = clipped.text;
    if (clipped.omitted > 0) {
      // Start at a line: drop the cut first line when a whole one follows soon.
      const newline = shown.indexOf('\n');
      if (newline >= 0 && newline < 1000 && newline < shown.length - 1) shown = shown.slice(newline + 1);
    }
    const summary =
      shown.length < tail.length
        ? `Last lines of the log (the last ${formatCount(shown.length)} of ${formatCount(tail.length)} characters)`
        : 'Last lines of the log';
    const section = `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${fencedBlock(shown, 'text')}\n\n</details>`;
    const over = measure(section) - available;
    if (over <= 0) return section;
    keep -= over + 64;
  }
  return measure(elsewhere) <= available ? elsewhere : '';
}
