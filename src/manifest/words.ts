/** Small phrases the manifest's problem messages are made of. */

/** A value as a message quotes it: `` `rw` ``, `` `3` ``, "a list", "nothing". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    const oneLine = value.replace(/\s+/g, ' ');
    return `\`${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}\``;
  }
  return `\`${String(value)}\``;
}

/** `a`, `b`, `c` */
export function codeList(items: readonly (string | number)[]): string {
  return items.map((item) => `\`${item}\``).join(', ');
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return joinWords(items, 'or');
}

/** "a, b and c" */
export function andList(items: readonly string[]): string {
  return joinWords(items, 'and');
}

function joinWords(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
