/**
 * Markdown pieces that user- or script-provided text cannot break out of.
 *
 * The rules, in short:
 * - Text is first cleaned (`cleanText`: ANSI colours, control and bidi-override characters go, line endings
 *   become `\n`), then masked by the caller's mask, then escaped. Masking clean text means a secret cannot
 *   slip through split by a colour code; escaping masked text means escaping cannot split a secret.
 * - Prose (`escapeText`) is backslash-escaped for every inline construct (emphasis, links, code, tables,
 *   strikethrough, math), and `<`, `>`, `&` become entities, so it can never open or close HTML, a comment or a
 *   `<details>`. Newlines become `<br>`, so user text never starts a line of its own: no heading, list, quote,
 *   fence or table can come from it.
 * - Mentions and issue references in user text are left as text, not links: a zero-width joiner goes after
 *   `@` and `#` where GitHub would otherwise notify a user or team (`@org/team`) or cross-reference an issue.
 *   The text reads the same; nobody is pinged by what a script printed. Code (inline and fenced) needs none
 *   of this: GitHub links nothing inside code.
 * - Code spans and fenced blocks pick a fence longer than any run of backticks inside, and break up `<!--`
 *   and `-->` with a zero-width joiner, so a hidden marker can never be forged or closed from inside.
 */

export type Mask = (text: string) => string;

/** U+200D, invisible: breaks up mentions, references and comment delimiters. */
export const ZERO_WIDTH_JOINER = '\u200D';

/** Removes ANSI escapes, control characters (except tab and newline) and bidi overrides; CRLF/CR become LF. */
export function cleanText(text: string): string {
  return (
    text
      // CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks).
      .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
      .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** Cleans then masks: the order every renderer uses for text it did not write. */
export function prepare(text: string, mask: Mask): string {
  return mask(cleanText(text));
}

/** Breaks up `<!--` and `-->` (and `--!>`) so text can neither open nor close an HTML comment. */
export function neutralizeComments(text: string): string {
  return text.replace(/<!(?=--)/g, `<!${ZERO_WIDTH_JOINER}`).replace(/--(?=!?>)/g, `--${ZERO_WIDTH_JOINER}`);
}

/** Puts a zero-width joiner after `@` and `#` where GitHub would link a mention or an issue reference. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`);
}

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escapes prose (already cleaned and masked) for a paragraph, a list item or a table cell. The result is one
 * line: newlines become `<br>`.
 */
export function escapeText(text: string): string {
  const escaped = cleanText(text)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/[<>&]/g, (c) => ENTITIES[c] ?? c);
  return neutralizeMentions(escaped).replace(/\n/g, '<br>');
}

/**
 * Like `escapeText`, but keeps the code spans of messages such as "Argument `count` must be a number": each
 * code span is re-made with `inlineCode`, so its content cannot break out either.
 */
export function escapeProse(text: string, options: { table?: boolean } = {}): string {
  const clean = cleanText(text);
  const runs: { start: number; length: number }[] = [];
  for (const m of clean.matchAll(/`+/g)) runs.push({ start: m.index, length: m[0].length });
  let out = '';
  let position = 0;
  let i = 0;
  while (i < runs.length) {
    const open = runs[i];
    let close = -1;
    for (let j = i + 1; j < runs.length; j++) {
      if (runs[j].length === open.length) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      i++;
      continue;
    }
    const closing = runs[close];
    out += escapeText(clean.slice(position, open.start));
    let code = clean.slice(open.start + open.length, closing.start).replace(/\n/g, ' ');
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') {
      code = code.slice(1, -1);
    }
    out += inlineCode(code, options);
    position = closing.start + closing.length;
    i = close + 1;
  }
  return out + escapeText(clean.slice(position));
}

/** The longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === char) {
      current++;
      if (current > longest) longest = current;
    } else {
      current = 0;
    }
  }
  return longest;
}

/**
 * A code span holding `text` exactly (newlines shown as ⏎). `table: true` escapes pipes, which GitHub
 * otherwise takes as a cell border even inside code.
 */
export function inlineCode(text: string, options: { table?: boolean } = {}): string {
  let content = neutralizeComments(cleanText(text).replace(/\n/g, '⏎'));
  if (options.table) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block holding `text`. The fence is longer than any run of its character inside the text, so
 * no line can close it.
 */
export function fencedBlock(text: string, info = ''): string {
  const body = neutralizeComments(cleanText(text)).replace(/\n+$/, '');
  const backticks = Math.max(3, longestRun(body, '`') + 1);
  const tildes = Math.max(3, longestRun(body, '~') + 1);
  // Backticks, unless the text holds long runs of them and tildes make a much shorter fence.
  const fence =
    backticks <= Math.max(tildes, 10) || /`/.test(info) ? '`'.repeat(backticks) : '~'.repeat(tildes);
  const safeInfo = info.replace(/[`\n]/g, '');
  return `${fence}${safeInfo}\n${body}\n${fence}`;
}

/** Escapes trusted Markdown (from the manifest) for one table cell: pipes and newlines only. */
export function markdownCell(text: string): string {
  return neutralizeComments(cleanText(text).trim())
    .replace(/(?<!\\)\|/g, '\\|')
    .replace(/\n/g, '<br>');
}

/** Human durations: `0.4 s`, `1.2 s`, `42 s`, `3 min 4 s`, `1 h 2 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 10_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const s = seconds % 60;
    return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
  }
  const minutes = Math.round(seconds / 60);
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)} h${m ? ` ${m} min` : ''}`;
}

/** Human sizes in SI units: `512 B`, `1.5 kB`, `12 MB`. */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
