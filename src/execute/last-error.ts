/**
 * Reasons people can act on: the error line a failing script ended with, what to raise when it timed out,
 * and what it wrote when an expected output is missing.
 */
import { describeDuration } from './describe';

/** Longest error line quoted in a reason. */
export const MAX_ERROR_LINE = 300;

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const TRACEBACK = /^\s*Traceback \(most recent call last\):\s*$/;
/** `KeyError: 'caption'`, `json.decoder.JSONDecodeError: ...`, `KeyboardInterrupt`. */
const EXCEPTION_LINE =
  /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Iteration)\b|^[A-Za-z_][\w.]*:\s/;

function lines(text: string): string[] {
  return text
    .replace(ANSI, '')
    .split(/\r\n|\n|\r/)
    .map((line) => line.replace(CONTROL, '').trimEnd());
}

function quote(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > MAX_ERROR_LINE ? `${trimmed.slice(0, MAX_ERROR_LINE - 1)}…` : trimmed;
}

/**
 * The line a failing script's error is best summed up by: the last line of the last Python traceback
 * (`KeyError: 'caption'`), else the last non-empty line. `stderr` is the tail of its stderr; `output` (the
 * interleaved tail) is looked at for a traceback when stderr has none. `::progress::` lines never count.
 */
export function lastErrorLine(stderr: string, output = ''): string | undefined {
  for (const text of [stderr, output]) {
    const found = tracebackEnd(lines(text));
    if (found) return quote(found);
  }
  const own = lines(stderr).filter((line) => line.trim() !== '' && !line.startsWith('::progress::'));
  return own.length > 0 ? quote(own[own.length - 1]) : undefined;
}

/** The exception line that ends the last traceback in `all`. */
function tracebackEnd(all: string[]): string | undefined {
  let start = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    if (TRACEBACK.test(all[i])) {
      start = i;
      break;
    }
  }
  if (start === -1) return undefined;
  // The frames are indented; the exception is the first line after them that is not.
  let last: string | undefined;
  for (let i = start + 1; i < all.length; i++) {
    const line = all[i];
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      if (last !== undefined) break;
      continue;
    }
    if (last === undefined) {
      last = line;
      continue;
    }
    // A multi-line message continues; anything that looks like a new exception replaces it (chained ones).
    if (EXCEPTION_LINE.test(line)) last = line;
    else break;
  }
  return last;
}

/** `exited with code 1: KeyError: 'caption'`; the reason alone when there is no error line. */
export function failureReason(reason: string, errorLine: string | undefined): string {
  if (!errorLine || reason.includes(errorLine)) return reason;
  return `${reason}: ${errorLine}`;
}

/**
 * A timeout's reason that says what to raise: `timed out after 30 minutes: it needs more time than
 * `timeout-minutes` allows (30); raise `scripts.report.timeout-minutes` in the manifest`.
 */
export function timeoutReason(
  timeoutMinutes: number,
  where: { script: string; step?: string; fromDefaults?: boolean },
): string {
  const key = where.step
    ? `the \`timeout-minutes\` of script \`${where.script}\` (step \`${where.step}\`)`
    : where.fromDefaults
      ? `\`defaults.timeout-minutes\` (or set \`scripts.${where.script}.timeout-minutes\`)`
      : `\`scripts.${where.script}.timeout-minutes\``;
  return (
    `timed out after ${describeDuration(timeoutMinutes * 60_000)}: the script needs more time than ` +
    `\`timeout-minutes\` allows (${timeoutMinutes}); raise ${key} in the manifest, or make the script faster`
  );
}

/**
 * Expected outputs that were not written: names each glob, and lists what the script did write (at most
 * `show` paths).
 */
export function missingOutputsReason(missing: string[], written: string[], show = 10): string {
  const globs = missing.map((glob) => `\`${glob}\``).join(', ');
  const what =
    missing.length === 1
      ? `the expected output ${globs} matched no file`
      : `the expected outputs ${globs} matched no file`;
  if (written.length === 0) return `${what}; the script wrote no file to its output directory`;
  const listed = written
    .slice(0, show)
    .map((file) => `\`${file}\``)
    .join(', ');
  const more = written.length > show ? `, and ${written.length - show} more` : '';
  const count = written.length === 1 ? '1 file' : `${written.length} files`;
  return `${what}; the script wrote ${count}: ${listed}${more} (check \`outputs.expect\` in the manifest, or where the script writes)`;
}
