/**
 * The live progress of a running script, as the status comment shows it:
 * `▰▰▰▰▱▱▱▱▱▱ 42/100 · Checking page 42`, how long it has run, and (in report-body) the last lines of its log.
 */
import { escapeText, prepare, type Mask } from './markdown';
import { formatCount, truncate } from '../shared/markdown';
import type { RunReport } from './types';

export const BAR_WIDTH = 10;
const FULL = '▰';
const EMPTY = '▱';
/** Longest message shown. */
const MESSAGE_CHARS = 200;

export type ProgressValue = NonNullable<RunReport['progress']>;

/** `▰▰▰▰▱▱▱▱▱▱` for done/total; empty when there is no total. Never more than full, never less than empty. */
export function progressBar(progress: ProgressValue, width = BAR_WIDTH): string {
  if (progress.total === undefined || !(progress.total > 0)) return '';
  const ratio = Math.min(1, Math.max(0, progress.done / progress.total));
  // Full only when done: 99/100 still shows an empty cell.
  const full = ratio >= 1 ? width : Math.min(width - 1, Math.floor(ratio * width));
  return FULL.repeat(full) + EMPTY.repeat(width - full);
}

/** `42/100`, `7` (numbers with separators). */
export function progressNumbers(progress: ProgressValue): string {
  const done = formatCount(progress.done);
  return progress.total !== undefined && progress.total > 0 ? `${done}/${formatCount(progress.total)}` : done;
}

/** The bar, the numbers and the message, as plain text (the CLI's line). */
export function progressText(progress: ProgressValue, width = BAR_WIDTH): string {
  const bar = progressBar(progress, width);
  const message = progress.message ? ` · ${progress.message.replace(/\s+/g, ' ').trim()}` : '';
  return `${bar ? `${bar} ` : ''}${progressNumbers(progress)}${message}`;
}

/**
 * How long it has run, coarse on purpose (`under a minute`, `3 min`, `1 h 5 min`): the comment is edited when
 * what it shows changes, and a clock in seconds would change it every time.
 */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 60_000) return 'under a minute';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)} h${m ? ` ${m} min` : ''}`;
}

/**
 * The live lines of the comment while a script runs (undefined when there is nothing to show): the bar with
 * its numbers and message (masked, escaped), and the time it has run.
 */
export function liveProgressSection(report: RunReport, mask: Mask): string | undefined {
  const parts: string[] = [];
  const progress = report.progress;
  if (progress && Number.isFinite(progress.done)) {
    const bar = progressBar(progress);
    const message = progress.message
      ? ` · ${escapeText(truncate(prepare(progress.message, mask).replace(/\s+/g, ' ').trim(), MESSAGE_CHARS))}`
      : '';
    parts.push(`${bar ? `\`${bar}\` ` : ''}**${progressNumbers(progress)}**${message}`);
  }
  const running = report.status === undefined && report.phase === 'running';
  if (running && typeof report.elapsedMs === 'number') {
    parts.push(`Running for ${formatElapsed(report.elapsedMs)}.`);
  }
  return parts.length > 0 ? parts.join('<br>') : undefined;
}
