/**
 * The report of a run for a terminal: plain text, never Markdown or HTML. Colours come from a `Style` that is
 * off unless the stream is a TTY and `NO_COLOR` is not set. A live line shows the phase and the progress bar
 * (redrawn in place on a TTY, one plain line per change otherwise), and a summary ends the run.
 *
 * Everything here is pure but {@link LiveStatus}, which writes to the stream it is given. Text that comes from
 * the request, the script or the manifest goes through the mask, then loses control characters and escape
 * sequences, so that it can neither hide a secret nor drive the terminal.
 */
import { phaseRow } from './phases';
import { type Phase, type ReportStep, type RunReport, type RunStatus } from './types';
import { CHANGE_KIND_WORDS, changeKinds } from '../publish/types';
import { formatDuration, formatSize, type Mask } from './markdown';
import { formatCount, plural, truncate } from '../shared/markdown';

// ---------------------------------------------------------------------------------------------------------
// Colours

export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** What decides whether a stream gets colours. */
export interface ColourContext {
  isTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colours only on a TTY, never with `NO_COLOR` set to anything but the empty string (no-color.org) or with
 * `TERM=dumb`; `FORCE_COLOR` (not `0`) turns them on where there is no TTY, unless `NO_COLOR` is set.
 */
export function colourEnabled({ isTTY, env }: ColourContext): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (!isTTY) return false;
  return env.TERM !== 'dumb';
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`);
}

const same = (text: string): string => text;

/** A style that colours when `enabled`, and returns the text as it is otherwise. */
export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return { enabled, bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
  };
}

/** A style for `stream` in `env` (see {@link colourEnabled}). */
export function styleFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): Style {
  return createStyle(colourEnabled({ isTTY: stream.isTTY, env }));
}

// ---------------------------------------------------------------------------------------------------------
// Text that others wrote

// ESC sequences (CSI, OSC, and two-character ones), then every other C0/C1 control but tab and newline.
const ESCAPES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without escape sequences and control characters (tab and newline kept; CR dropped). */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}

/** Masked, then plain; on one line when `oneLine`. */
function clean(text: string, mask: Mask, max = 200, oneLine = true): string {
  let out = plainText(mask(plainText(String(text ?? ''))));
  if (oneLine) out = out.replace(/[\n\t]+/g, ' ').trim();
  return truncate(out, max);
}

/** Visible width of a rendered line: escapes do not count. */
export function visibleLength(text: string): number {
  return [...text.replace(ESCAPES, '')].length;
}

// ---------------------------------------------------------------------------------------------------------
// Phases and progress

/** Where a run stands, as the live line names it. */
export interface PhaseContext {
  /** A run on this machine (the CLI): outputs stay in a folder, changes become a local commit. */
  local: boolean;
  dryRun: boolean;
  mode?: 'read' | 'write';
}

/** The words for a phase; they never claim an upload, a push or a pull request that does not happen. */
export function phaseWords(phase: Phase, context: PhaseContext): string {
  const words = phaseRow(phase).terminal;
  if (context.dryRun && words.dryRun) return words.dryRun;
  return context.local ? words.local : words.remote;
}

/** The last progress a script reported (`::progress::`), a notebook's cell K/N or a flow's step K/N. */
export interface ProgressState {
  current: number;
  /** Unknown when the script did not say; then only the count is shown. */
  total?: number;
  message?: string;
}

/** `[####------]`: `width` cells, filled in proportion (never full before the end, never empty after a step). */
export function progressBar(current: number, total: number, width = 10): string {
  const cells = Math.max(1, Math.floor(width));
  let ratio = total > 0 ? current / total : 0;
  if (!Number.isFinite(ratio) || ratio < 0) ratio = 0;
  if (ratio > 1) ratio = 1;
  let filled = Math.floor(ratio * cells);
  if (ratio > 0 && filled === 0) filled = 1;
  if (ratio < 1 && filled === cells) filled = cells - 1;
  return `[${'#'.repeat(filled)}${'-'.repeat(cells - filled)}]`;
}

/** `[####------] 42/100 Checking page 42`, or `42 Checking page 42` without a total; plain text. */
export function progressText(progress: ProgressState, mask: Mask, width = 10): string {
  const current = Number.isFinite(progress.current) ? Math.max(0, progress.current) : 0;
  const total =
    progress.total !== undefined && Number.isFinite(progress.total) && progress.total > 0
      ? progress.total
      : undefined;
  const numbers =
    total !== undefined ? `${formatCount(current)}/${formatCount(total)}` : formatCount(current);
  const parts = total !== undefined ? [progressBar(current, total, width), numbers] : [numbers];
  const message = progress.message ? clean(progress.message, mask, 200) : '';
  if (message) parts.push(message);
  return parts.join(' ');
}

/** One status line: `running word_count · 12 s · [###-------] 3/10 Checking page 3`. */
export function statusLine(
  state: { phase: Phase; script?: string; elapsedMs?: number; progress?: ProgressState },
  context: PhaseContext,
  mask: Mask,
): string {
  const parts = [
    state.script
      ? `${phaseWords(state.phase, context)} ${clean(state.script, mask, 80)}`
      : phaseWords(state.phase, context),
  ];
  if (state.elapsedMs !== undefined) parts.push(formatDuration(state.elapsedMs));
  if (state.progress) parts.push(progressText(state.progress, mask));
  return parts.join(' · ');
}

/** Cuts a plain line to `columns` characters (one less, so that the cursor never wraps), with `…`. */
export function fitLine(text: string, columns: number | undefined): string {
  if (!columns || columns < 10) return text;
  const chars = [...text];
  return chars.length < columns ? text : `${chars.slice(0, columns - 2).join('')}…`;
}

/** Where {@link LiveStatus} writes: stderr, usually. */
export interface LiveOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const CLEAR_LINE = '\r\u001b[2K';

/**
 * The live line of a run. On a TTY one line is redrawn in place (`\r` and clear line), and cleared around any
 * other output ({@link LiveStatus.aside}); elsewhere each new phase is one line, and progress one line when its
 * numbers or message change, at most once every `plainIntervalMs` (the last step always).
 */
export class LiveStatus {
  private phase?: Phase;
  private progressState?: ProgressState;
  private drawn = false;
  private lastPlain?: string;
  private lastPlainAt = -Infinity;
  private readonly startedAt: number;

  constructor(
    private readonly out: LiveOutput,
    private readonly options: PhaseContext & {
      style: Style;
      mask: Mask;
      script?: string;
      now?: () => number;
      plainIntervalMs?: number;
    },
  ) {
    this.startedAt = this.now();
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  /** The run moved to `phase`; the progress of the phase before is forgotten. */
  setPhase(phase: Phase): void {
    if (phase === this.phase) return;
    this.phase = phase;
    this.progressState = undefined;
    if (phase === 'done') {
      this.clear();
      return;
    }
    if (this.tty) this.draw();
    else this.out.write(`${this.options.style.dim('·')} ${phaseWords(phase, this.options)}\n`);
  }

  /** The script reported how far it is. */
  setProgress(progress: ProgressState): void {
    const before = this.progressState;
    this.progressState = progress;
    if (this.tty) {
      this.draw();
      return;
    }
    const text = progressText(progress, this.options.mask);
    if (before && text === this.lastPlain) return;
    const last = progress.total !== undefined && progress.current >= progress.total;
    const interval = this.options.plainIntervalMs ?? 2000;
    if (!last && this.now() - this.lastPlainAt < interval) return;
    this.lastPlain = text;
    this.lastPlainAt = this.now();
    this.out.write(`  ${text}\n`);
  }

  /** Redraws the TTY line (the elapsed time moves on); nothing elsewhere. */
  tick(): void {
    if (this.tty && this.phase && this.phase !== 'done') this.draw();
  }

  /** Writes other output (the script's log) without tearing the live line: cleared before, redrawn after. */
  aside(write: () => void): void {
    const had = this.drawn;
    this.clear();
    write();
    if (had) this.draw();
  }

  /** Erases the TTY line. */
  clear(): void {
    if (this.tty && this.drawn) this.out.write(CLEAR_LINE);
    this.drawn = false;
  }

  private draw(): void {
    if (!this.phase || this.phase === 'done') return;
    const line = statusLine(
      {
        phase: this.phase,
        script: this.options.script,
        elapsedMs: this.now() - this.startedAt,
        progress: this.progressState,
      },
      this.options,
      this.options.mask,
    );
    this.out.write(`${CLEAR_LINE}${this.options.style.cyan(fitLine(line, this.out.columns))}`);
    this.drawn = true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The summary at the end

const STATUS_WORDS: Record<RunStatus, string> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  'timed-out': 'Timed out',
  cancelled: 'Cancelled',
  rejected: 'Rejected',
  ignored: 'Ignored',
};

const STATUS_MARKS: Record<RunStatus, string> = {
  succeeded: '✔',
  failed: '✖',
  'timed-out': '✖',
  cancelled: '✖',
  rejected: '✖',
  ignored: '-',
};

export interface TerminalSummaryOptions {
  style: Style;
  mask: Mask;
  /** A run on this machine: outputs are a folder, the branch is local and nothing was pushed. */
  local: boolean;
  /**
   * Print the last lines of the log (default false: on a terminal the log has been shown as it came, and is
   * not printed twice).
   */
  showLogTail?: boolean;
  /** Width to wrap nothing beyond; lines are not wrapped, only labels aligned. */
  columns?: number;
}

const DURATION_LABELS: [keyof RunReport['durations'], string][] = [
  ['checkout', 'checkout'],
  ['run', 'script'],
  ['upload', 'outputs'],
  ['publish', 'changes'],
];

/** The plain-text summary of a finished (or rejected) run. */
export function renderTerminalSummary(report: RunReport, options: TerminalSummaryOptions): string {
  const { style, mask } = options;
  const c = (text: string, max?: number) => clean(text, mask, max);
  const status = report.status;
  const ok = status === 'succeeded' || status === 'ignored';
  const paint = status === undefined ? style.yellow : ok ? style.green : style.red;
  const words = status
    ? STATUS_WORDS[status]
    : phaseWords(report.phase, { ...options, dryRun: report.dryRun });
  const mark = status ? STATUS_MARKS[status] : '…';
  let title = '';
  if (report.scriptTitle && report.script && report.scriptTitle !== report.script) {
    title = `: ${c(report.scriptTitle)} (${c(report.script)})`;
  } else if (report.script || report.scriptTitle) {
    title = `: ${c(report.script ?? report.scriptTitle ?? '')}`;
  }
  const lines = [paint(style.bold(`${mark} ${words}${title}${report.dryRun ? ' (dry run)' : ''}`))];

  const rows: [string, string][] = [];
  rows.push(['Job', c(report.job, 100)]);
  const content = contentText(report, mask);
  if (content) rows.push(['Content', content]);
  const args = Object.entries(report.args ?? {});
  if (args.length > 0) {
    rows.push([
      'Arguments',
      args.map(([name, value]) => `${c(name, 100)}=${argText(value, mask)}`).join(', '),
    ]);
  }
  if (!options.local && report.requester) rows.push(['Requested by', c(report.requester, 100)]);
  if (report.mode === 'write') {
    rows.push(['Mode', report.dryRun ? 'write, dry run: nothing is committed or pushed' : 'write']);
  } else if (report.dryRun) {
    rows.push(['Mode', 'dry run']);
  }
  const durations = durationsText(report.durations);
  if (durations) rows.push(['Duration', durations]);
  if (report.attempts !== undefined && report.attempts > 1)
    rows.push(['Attempts', formatCount(report.attempts)]);
  if (report.exitCode !== undefined && status !== 'succeeded') {
    rows.push([
      'Exit code',
      report.exitCode === null ? 'none (stopped, or did not start)' : String(report.exitCode),
    ]);
  }
  if (report.run && !options.local) rows.push(['Workflow run', c(report.run.url, 500)]);
  const outputs = outputsText(report, options);
  if (outputs) rows.push(outputs);
  if (report.skippedOutputs && report.skippedOutputs.length > 0) {
    rows.push(['Not kept', listText(report.skippedOutputs, mask, 5)]);
  }
  for (const pr of report.pullRequests ?? []) {
    rows.push(['Pull request', `${c(pr.url, 500)} (${pr.action})`]);
  }
  if (report.compareUrl) rows.push(['Compare', c(report.compareUrl, 500)]);
  if (report.branch) {
    const branch = c(report.branch, 300);
    rows.push(['Branch', options.local ? `${branch} (a local commit; nothing was pushed)` : branch]);
  }
  const changes = changesText(report, mask);
  if (changes) rows.push(['Changes', changes]);

  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`  ${style.dim(label.padEnd(width))}  ${value}`);
  if (report.steps?.length) lines.push('', style.bold('Steps'), ...stepLines(report.steps, mask));
  if (report.legs) lines.push('', style.bold('Legs'), ...legLines(report.legs, mask));

  const result = resultText(report.result, mask);
  if (result) lines.push('', style.bold('Result'), result);
  if (report.reason && report.reason.trim()) {
    lines.push('', `${style.bold('Reason:')} ${clean(report.reason, mask, 5000, false)}`);
  }
  const problems = report.problems ?? [];
  if (problems.length > 0) {
    lines.push(
      '',
      style.bold(problems.length === 1 ? 'Problem:' : `Problems (${formatCount(problems.length)}):`),
    );
    for (const problem of problems.slice(0, 50)) {
      const fix = problem.fix?.trim() ? ` ${style.dim('—')} ${clean(problem.fix, mask, 1000)}` : '';
      lines.push(`  - ${clean(problem.message ?? '', mask, 1000) || '(no details)'}${fix}`);
    }
    if (problems.length > 50) lines.push(`  - … and ${plural(problems.length - 50, 'more problem')}`);
  }
  if (report.fixCommand && report.fixCommand.trim()) {
    lines.push('', style.bold('To fix it, run:'), `  ${clean(report.fixCommand, mask, 5000)}`);
  }
  if (options.showLogTail && report.logTail && report.logTail.trim()) {
    const tail = clean(report.logTail, mask, 20_000, false).replace(/\s+$/, '');
    lines.push('', style.bold('Last lines of the log'), ...tail.split('\n').map((l) => `  ${l}`));
  }
  return lines.join('\n');
}

function contentText(report: RunReport, mask: Mask): string | undefined {
  const title = report.targetTitle || report.target;
  const parts: string[] = [];
  if (title) parts.push(clean(title, mask));
  if (report.checkout) {
    const at = report.checkout.sha ? `@${report.checkout.sha.slice(0, 7)}` : '';
    parts.push(clean(`${report.checkout.repository}${at}`, mask, 300));
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function argText(value: unknown, mask: Mask): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = clean(String(value), mask, 80);
  return /[\s,"]/.test(text) || text === '' ? JSON.stringify(text) : text;
}

function durationsText(durations: RunReport['durations'] | undefined): string | undefined {
  if (!durations) return undefined;
  const parts: string[] = [];
  for (const [key, label] of DURATION_LABELS) {
    const ms = durations[key];
    if (typeof ms === 'number') parts.push(`${label} ${formatDuration(ms)}`);
  }
  if (typeof durations.total === 'number') parts.push(`total ${formatDuration(durations.total)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The outputs: a folder (local) or an artifact; no artifact of 0 B when the script wrote nothing. */
function outputsText(report: RunReport, options: TerminalSummaryOptions): [string, string] | undefined {
  const artifact = report.artifact;
  if (!artifact) return undefined;
  const { mask } = options;
  if (artifact.files === 0) return ['Outputs', 'none (the script wrote no files)'];
  const size = `${plural(artifact.files, 'file')}, ${formatSize(artifact.bytes)}`;
  if (options.local) {
    return ['Outputs', artifact.url ? `${size}, in ${clean(artifact.url, mask, 1000)}` : size];
  }
  const where = artifact.url ? ` ${clean(artifact.url, mask, 500)}` : '';
  return ['Artifact', `${clean(artifact.name, mask)} (${size})${where}`];
}

function listText(items: string[], mask: Mask, max: number): string {
  const shown = items.slice(0, max).map((item) => clean(item, mask, 300));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, and ${formatCount(more)} more` : shown.join(', ');
}

function changesText(report: RunReport, mask: Mask): string | undefined {
  const changes = report.changes;
  if (!changes || changes.count === 0) {
    if (!report.noChanges && !(changes && changes.count === 0)) return undefined;
    return report.dryRun ? 'would make no changes' : 'none (the script changed no files)';
  }
  const kinds = changeKinds(changes, formatCount);
  const head = report.dryRun
    ? `would change ${plural(changes.count, 'file')}`
    : `${plural(changes.count, 'file')} changed`;
  const files = (changes.files ?? []).slice(0, 10).map((file) => {
    const kind = CHANGE_KIND_WORDS[(file.status ?? '').charAt(0).toUpperCase()];
    return `${clean(file.path, mask, 300)}${kind ? ` (${kind})` : ''}`;
  });
  const more = changes.count - files.length;
  let text = kinds ? `${head} (${kinds})` : head;
  if (files.length > 0) text += `: ${files.join(', ')}${more > 0 ? `, and ${formatCount(more)} more` : ''}`;
  return text;
}

/** A flat object as `key  value` lines; anything else as indented JSON. */
function resultText(result: unknown, mask: Mask): string | undefined {
  if (result === undefined) return undefined;
  if (typeof result === 'object' && result !== null && !Array.isArray(result)) {
    const entries = Object.entries(result);
    if (entries.length > 0 && entries.every(([, v]) => v === null || typeof v !== 'object')) {
      const shown = entries.slice(0, 50).map(([k, v]) => [clean(k, mask, 100), clean(String(v), mask, 500)]);
      const width = Math.max(...shown.map(([k]) => k.length));
      const lines = shown.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
      if (entries.length > shown.length)
        lines.push(`  … and ${plural(entries.length - shown.length, 'more value')}`);
      return lines.join('\n');
    }
  }
  let json: string;
  try {
    json = JSON.stringify(result, null, 2) ?? String(result);
  } catch {
    json = String(result);
  }
  const text = clean(json, mask, 5000, false);
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** A flow's steps, one line each: name, status, and why a cached step ran (or failed). */
function stepLines(steps: readonly ReportStep[], mask: Mask): string[] {
  const width = Math.max(...steps.map((s) => s.name.length));
  return steps.map((step) => {
    const name = clean(step.name, mask, 100).padEnd(width);
    const why = step['cache-miss']
      ? ` (ran: ${clean(step['cache-miss'], mask, 200)})`
      : step.reason
        ? ` (${clean(step.reason, mask, 300)})`
        : '';
    return `  ${name}  ${step.status}${why}`;
  });
}

/** A fan-out's legs (a Markdown table in the report) as aligned plain lines. */
function legLines(table: string, mask: Mask): string[] {
  const rows = table
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => clean(cell.replace(/\\\|/g, '|').replace(/`/g, '').trim(), mask, 300)),
    );
  if (rows.length === 0) return [];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map(
    (r) =>
      `  ${r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()}`,
  );
}
