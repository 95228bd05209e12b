/** Small Markdown builders shared by the forms, the docs table and the fix lines of comment commands. */

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
