/** Small text and Markdown builders shared by every stage: one copy each. */

/** An inline code span that holds `text` whatever backticks it contains. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Text safe inside one cell of a GitHub table: no line breaks, pipes escaped. */
export function tableCell(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** The first non-empty line of a Markdown text, without heading marks. */
export function firstLine(markdown: string): string {
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    const text = line.replace(/^\s*#{1,6}\s+/, '').trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * Cuts `text` to at most `max` characters, keeping its start or its end, without splitting a surrogate pair.
 * Returns the kept text and how many characters were dropped.
 */
export function clip(
  text: string,
  max: number,
  keep: 'start' | 'end' = 'start',
): { text: string; omitted: number } {
  const limit = Math.max(0, Math.floor(max));
  if (text.length <= limit) return { text, omitted: 0 };
  if (keep === 'start') {
    let end = limit;
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    return { text: text.slice(0, end), omitted: text.length - end };
  }
  let start = text.length - limit;
  if (start < text.length && isLowSurrogate(text.charCodeAt(start))) start++;
  return { text: text.slice(start), omitted: start };
}

/** Cuts `text` to at most `max` characters (keeping its start), ending with `…` when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${clip(text, Math.max(0, max - 1)).text}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A link, when `url` is an http(s) URL; otherwise just the (already escaped) label. */
export function link(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url) || url.length > 2000) return label;
  const safe = url.replace(
    /[\s<>()|`\\"]/g,
    (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
  );
  return `[${label}](${safe})`;
}

/** `1,234,567` */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** `1 file`, `3 files`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The message of an error, or the thing itself as text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** `https://***@host/…` for every URL in `text` that carries a user name or password. */
export function hideUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

/** The values as given, with `hideUrlCredentials` applied to the text ones (for showing a request back). */
export function withoutUrlCredentials<T>(values: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? (hideUrlCredentials(v) as T) : v]),
  );
}
