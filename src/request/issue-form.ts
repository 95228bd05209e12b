/**
 * Reads back the body GitHub renders for an issue opened from one of the generated forms.
 *
 * GitHub writes `### <label>`, a blank line and the value for each field; `_No response_` for an empty field;
 * the value of a `render:` textarea inside a fenced block. Textareas hold whatever the user typed, including
 * `### ` lines and fenced blocks, so the parser does not split at every heading: it first reads the `Script`
 * field, then splits the body only at headings that are labels of that script's form, preferring headings that
 * are not inside a fenced block and that come in the form's order. Bodies edited by hand (CRLF, blank lines,
 * trailing spaces, HTML comments, fields moved or removed, text after the last field) are read too.
 */
import type { Problem } from '../errors';
import { formFields, labelKey, NO, SCRIPT_LABEL, scriptOption, YES, type FormField } from '../forms/fields';
import { codeSpan } from '../shared/markdown';
import type { Manifest, Script } from '../manifest/types';

export type IssueFormResult =
  | { kind: 'not-a-form' }
  | {
      kind: 'form';
      /** The script named by the Script field: a script name when it is in the manifest, else as written. */
      script: string;
      /** A target key; absent when the script has one target, or the field is missing or wrong. */
      target?: string;
      /** Raw values by argument name; empty fields are absent. */
      args: Record<string, string>;
      /** False only when the form says `No`. */
      openPullRequest: boolean;
      /** What stops the body from being read as a request for a known script (never argument checks). */
      problems: Problem[];
    };

const NO_RESPONSE = /^_no response_$/i;
const HEADING = /^ {0,3}###(.*)$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

interface Fence {
  char: string;
  length: number;
}

function fenceOpen(line: string): Fence | undefined {
  const m = FENCE_OPEN.exec(line);
  if (!m) return undefined;
  // A backtick fence's info string may not hold a backtick (CommonMark).
  if (m[2][0] === '`' && m[3].includes('`')) return undefined;
  return { char: m[2][0], length: m[2].length };
}

function closesFence(line: string, fence: Fence): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length;
}

/** For each line: whether it is part of a fenced block that is closed (an unclosed fence is read as text). */
function fencedLines(lines: string[]): boolean[] {
  const fenced = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const fence = fenceOpen(lines[i]);
    if (!fence) continue;
    let j = i + 1;
    while (j < lines.length && !closesFence(lines[j], fence)) j++;
    if (j === lines.length) continue;
    for (let k = i; k <= j; k++) fenced[k] = true;
    i = j;
  }
  return fenced;
}

/** `text` without a closing sequence of `#`s (`### Label ###`). */
function withoutClosingHashes(text: string): string {
  let i = text.length;
  while (i > 0 && text[i - 1] === '#') i--;
  return i < text.length && i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')
    ? text.slice(0, i).trimEnd()
    : text;
}

/** The label keys a heading line may stand for (with and without a closing `###` sequence). */
function headingKeys(line: string): string[] | undefined {
  const m = HEADING.exec(line);
  if (!m || (m[1] !== '' && m[1][0] !== ' ' && m[1][0] !== '\t')) return undefined;
  const text = m[1].trim();
  if (text === '') return undefined;
  const keys = [labelKey(text)];
  const unclosed = withoutClosingHashes(text);
  if (unclosed !== text) keys.push(labelKey(unclosed));
  return keys;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** `text` without HTML comments (an unclosed `<!--` is kept as text). Linear in the length of `text`. */
function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    const close = open < 0 ? -1 : text.indexOf('-->', open + 4);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open);
    from = close + 3;
  }
}

/** Where a comment that starts on `lines[start]` ends: the line after it, when nothing but blanks follows it. */
function afterLeadingComment(lines: string[], start: number, end: number): number | undefined {
  let from = lines[start].indexOf('<!--') + 4;
  for (let k = start; k < end; k++, from = 0) {
    const close = lines[k].indexOf('-->', from);
    if (close >= 0) return isBlank(lines[k].slice(close + 3)) ? k + 1 : undefined;
  }
  return undefined;
}

/** Where a comment that ends `lines[end - 1]` starts, when it stands on its own lines. */
function beforeTrailingComment(lines: string[], start: number, end: number): number | undefined {
  for (let k = end - 1; k >= start; k--) {
    let segment = lines[k];
    if (k === end - 1) segment = segment.trimEnd().slice(0, -3);
    const open = segment.lastIndexOf('<!--');
    if (segment.indexOf('-->', open < 0 ? 0 : open + 4) >= 0) return undefined;
    if (open >= 0) return isBlank(segment.slice(0, open)) ? k : undefined;
  }
  return undefined;
}

/** Lines without blank lines at either end and without HTML comments standing on their own lines at either end. */
function trimEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  for (let changed = true; changed;) {
    changed = false;
    while (start < end && isBlank(lines[start])) start++;
    while (end > start && isBlank(lines[end - 1])) end--;
    if (start < end && lines[start].trimStart().startsWith('<!--')) {
      const after = afterLeadingComment(lines, start, end);
      if (after !== undefined) {
        start = after;
        changed = true;
      }
    }
    if (start < end && lines[end - 1].trimEnd().endsWith('-->')) {
      const before = beforeTrailingComment(lines, start, end);
      if (before !== undefined) {
        end = before;
        changed = true;
      }
    }
  }
  return lines.slice(start, end);
}

/** The value of a one-line field (dropdown, input): its first line of text, without HTML comments. */
function lineValue(lines: string[]): string | undefined {
  const text = withoutComments(lines.join('\n'));
  for (const line of text.split('\n')) {
    const value = line.trim();
    if (value !== '') return NO_RESPONSE.test(value) ? undefined : value;
  }
  return undefined;
}

/** `value` without one pair of surrounding backtick runs (`` `name` ``). */
function unquoteCode(value: string): string {
  let n = 0;
  while (n < value.length && value[n] === '`') n++;
  if (n === 0 || value.length < 2 * n + 1) return value;
  const run = '`'.repeat(n);
  if (!value.endsWith(run) || value[value.length - n - 1] === '`') return value;
  return value.slice(n, value.length - n).trim();
}

/** The inner text when `lines` are exactly one fenced block; else undefined. */
function wholeFence(lines: string[]): string | undefined {
  const fence = lines.length >= 2 ? fenceOpen(lines[0]) : undefined;
  if (!fence) return undefined;
  for (let k = 1; k < lines.length; k++) {
    if (closesFence(lines[k], fence))
      return k === lines.length - 1 ? lines.slice(1, k).join('\n') : undefined;
  }
  return undefined;
}

/** A textarea's value: its text, or the inside of the fenced block when that is the whole value. */
function textareaValue(section: string[]): string | undefined {
  const lines = trimEdges(section);
  if (lines.length === 0) return undefined;
  if (lines.length === 1 && NO_RESPONSE.test(lines[0].trim())) return undefined;
  const inner = wholeFence(lines);
  const value = inner ?? lines.join('\n').trimEnd();
  return value.trim() === '' ? undefined : value;
}

/**
 * A `render:` textarea's value: the inside of the fenced block GitHub wraps it in, exactly; text around the
 * block is not part of it. Without a fenced block (an edited body), read like a plain textarea.
 */
function renderedValue(section: string[]): string | undefined {
  const lines = trimEdges(section);
  const fence = lines.length > 0 ? fenceOpen(lines[0]) : undefined;
  if (!fence) return textareaValue(section);
  let close = -1;
  for (let k = lines.length - 1; k > 0; k--) {
    if (closesFence(lines[k], fence)) {
      close = k;
      break;
    }
  }
  const value = lines.slice(1, close < 0 ? lines.length : close).join('\n');
  return value.trim() === '' ? undefined : value;
}

/** A checkbox line (`- [x] label`) read as Yes/No; other text as it is. */
function yesNo(value: string): string {
  const m = /^[-*+]\s*\[([ xX]?)\]/.exec(value);
  if (!m) return value;
  return m[1].trim() === '' ? NO : YES;
}

function optionValue(field: FormField, value: string): string | undefined {
  const options = field.options ?? [];
  const bare = unquoteCode(value);
  for (const candidate of [value, bare]) {
    const exact = options.find((o) => o.label === candidate);
    if (exact) return exact.value;
  }
  for (const candidate of [value, bare]) {
    const lower = candidate.toLowerCase();
    const loose = options.find((o) => o.label.toLowerCase() === lower || o.value.toLowerCase() === lower);
    if (loose) return loose.value;
  }
  return undefined;
}

function findScript(written: string, manifest: Manifest): Script | undefined {
  const scripts = Object.values(manifest.scripts);
  const bare = unquoteCode(written);
  const lower = bare.toLowerCase();
  return (
    scripts.find((s) => s.name === bare) ??
    scripts.find((s) => scriptOption(s).label === bare) ??
    scripts.find((s) => s.name.toLowerCase() === lower) ??
    scripts.find((s) => s.title.replace(/\s+/g, ' ').trim().toLowerCase() === lower.replace(/\s+/g, ' ')) ??
    scripts.find((s) => scriptOption(s).label.toLowerCase() === lower)
  );
}

function listScripts(manifest: Manifest): string {
  const names = Object.keys(manifest.scripts);
  return names.length > 0 ? names.map(codeSpan).join(', ') : '(none)';
}

interface Candidate {
  line: number;
  field: number;
  fenced: boolean;
}

interface Chain {
  count: number;
  /** Headings inside fenced blocks, plus one-line fields left empty (GitHub writes `_No response_` for those). */
  doubt: number;
  /** Index in the candidates of the heading before this one, or -1. */
  prev: number;
}

function better(a: Chain, b: Chain): boolean {
  return a.count > b.count || (a.count === b.count && a.doubt < b.doubt);
}

/**
 * The heading lines that start the fields' sections. Among the headings that are labels of the form, takes
 * the longest run that follows the form's order, preferring headings outside fenced blocks and runs that leave
 * no one-line field empty, then earlier headings; then adds, for any field left out, its first heading outside
 * a fenced block (a field moved by hand). Linear in the number of headings times the number of fields.
 */
function chooseHeadings(
  candidates: Candidate[],
  fields: FormField[],
  emptyBetween: (from: number, to: number) => boolean,
): Map<number, number> {
  const chains: Chain[] = [];
  /** The best chain seen so far that ends at a heading of field f, by f. */
  const bestEndingAt: (number | undefined)[] = new Array(fields.length).fill(undefined);
  let end = -1;
  candidates.forEach((c, j) => {
    const own = c.fenced ? 1 : 0;
    let chain: Chain = { count: 1, doubt: own, prev: -1 };
    for (let f = 0; f < c.field; f++) {
      const i = bestEndingAt[f];
      if (i === undefined) continue;
      const leftEmpty = fields[f].element !== 'textarea' && emptyBetween(candidates[i].line, c.line) ? 1 : 0;
      const next = { count: chains[i].count + 1, doubt: chains[i].doubt + own + leftEmpty, prev: i };
      if (better(next, chain)) chain = next;
    }
    chains.push(chain);
    const current = bestEndingAt[c.field];
    if (current === undefined || better(chain, chains[current])) bestEndingAt[c.field] = j;
    if (end < 0 || better(chain, chains[end])) end = j;
  });
  const chosen = new Map<number, number>(); // field index -> line
  for (let j = end; j >= 0; j = chains[j].prev) chosen.set(candidates[j].field, candidates[j].line);
  const lines = new Set(chosen.values());
  for (let f = 0; f < fields.length; f++) {
    if (chosen.has(f)) continue;
    const moved = candidates.find((c) => c.field === f && !c.fenced && !lines.has(c.line));
    if (moved) {
      chosen.set(f, moved.line);
      lines.add(moved.line);
    }
  }
  return chosen;
}

function readForm(body: unknown, manifest: Manifest): IssueFormResult {
  if (typeof body !== 'string' || body.trim() === '') return { kind: 'not-a-form' };
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const fenced = fencedLines(lines);
  const headings = lines.map((line, i) => (fenced[i] ? undefined : headingKeys(line)));
  const scriptKey = labelKey(SCRIPT_LABEL);
  const scriptLine = headings.findIndex((keys) => keys?.includes(scriptKey));
  if (scriptLine < 0) return { kind: 'not-a-form' };

  let next = scriptLine + 1;
  while (next < lines.length && !headings[next]) next++;
  const written = lineValue(lines.slice(scriptLine + 1, next)) ?? '';
  const script = findScript(written, manifest);
  if (!script) {
    const named = unquoteCode(written);
    return {
      kind: 'form',
      script: named,
      args: {},
      openPullRequest: true,
      problems: [
        {
          field: 'script',
          message:
            named === ''
              ? 'The issue does not name a script: its **Script** field is empty.'
              : `The script ${codeSpan(named)} is not in the manifest.`,
          fix: `Open the issue from one of the script forms, or edit the issue and put one of these scripts in its **Script** field: ${listScripts(manifest)}.`,
        },
      ],
    };
  }

  const fields = formFields(script, manifest);
  const byKey = new Map<string, number>();
  fields.forEach((field, i) => {
    if (field.kind !== 'script') byKey.set(labelKey(field.label), i);
  });
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    if (i === scriptLine) return;
    const keys = headingKeys(line);
    const field = keys?.map((k) => byKey.get(k)).find((f) => f !== undefined);
    if (field !== undefined) candidates.push({ line: i, field, fenced: fenced[i] });
  });
  // nextText[i]: the first line at or after i with text on it.
  const nextText = new Array<number>(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) nextText[i] = isBlank(lines[i]) ? nextText[i + 1] : i;
  const chosen = chooseHeadings(candidates, fields, (from, to) => nextText[from + 1] >= to);
  const starts = [scriptLine, ...chosen.values()].sort((a, b) => a - b);
  const sectionOf = (line: number): string[] => {
    const after = starts.find((s) => s > line) ?? lines.length;
    return lines.slice(line + 1, after);
  };

  const result: Extract<IssueFormResult, { kind: 'form' }> = {
    kind: 'form',
    script: script.name,
    args: {},
    openPullRequest: true,
    problems: [],
  };
  // In form order, so that arguments are listed the way the form shows them.
  fields.forEach((field, f) => {
    const line = chosen.get(f);
    if (line === undefined) return;
    const section = sectionOf(line);
    if (field.kind === 'target') {
      const value = lineValue(section);
      if (value === undefined) return;
      const key = optionValue(field, value);
      if (key !== undefined) {
        result.target = key;
      } else {
        result.problems.push({
          field: 'target',
          message: `${codeSpan(unquoteCode(value))} is not one of the content repositories of ${codeSpan(script.name)}.`,
          fix: `Edit the issue and choose one of these in its **${field.label}** field: ${(
            field.options ?? []
          )
            .map((o) =>
              o.label === o.value ? codeSpan(o.label) : `${codeSpan(o.label)} (${codeSpan(o.value)})`,
            )
            .join(', ')}.`,
        });
      }
    } else if (field.kind === 'open-pull-request') {
      const value = lineValue(section);
      if (value !== undefined && unquoteCode(yesNo(value)).toLowerCase() === 'no')
        result.openPullRequest = false;
    } else if (field.kind === 'arg' && field.arg) {
      let value: string | undefined;
      if (field.element === 'textarea')
        value = field.render ? renderedValue(section) : textareaValue(section);
      else value = lineValue(section);
      if (value === undefined) return;
      if (field.arg.type === 'boolean') value = yesNo(value);
      if (field.element === 'dropdown') value = optionValue(field, value) ?? value;
      Object.defineProperty(result.args, field.arg.name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  });
  return result;
}

/**
 * Reads an issue body rendered from one of the generated forms. `not-a-form` when there is no `### Script`
 * field (or no body). Never throws.
 */
export function parseIssueForm(body: string | null | undefined, manifest: Manifest): IssueFormResult {
  try {
    return readForm(body, manifest);
  } catch {
    return { kind: 'not-a-form' };
  }
}
