/** How arguments, values and what an argument accepts are written in problem messages. */
import type { ArgSpec } from '../manifest/types';

/** Longest part of a value shown in a message. */
const MAX_SHOWN = 80;

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A value as a message shows it: control characters escaped, truncated, as inline code. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === null || value === undefined) text = String(value);
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  } else text = String(value);
  const chars = [...text];
  let shown = chars.slice(0, MAX_SHOWN).join('');
  shown = shown.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (chars.length > MAX_SHOWN) shown += '…';
  return code(shown);
}

/** `Argument "Extra paths" (`eps`)`, or `Argument `eps`` when the title is the name. */
export function argLabel(spec: Pick<ArgSpec, 'name' | 'title'>): string {
  const title = spec.title?.trim();
  if (!title || title === spec.name) return `Argument ${code(spec.name)}`;
  return `Argument "${title}" (${code(spec.name)})`;
}

export function list(items: string[]): string {
  return items.map(code).join(', ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

export const BOOLEAN_WORDS =
  '`true` or `false` (also `yes`/`no`, `on`/`off`, `1`/`0`, or a checkbox `[x]`/`[ ]`)';

function numberBounds(spec: ArgSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` between ${spec.min} and ${spec.max}`;
  if (spec.min !== undefined) return ` of at least ${spec.min}`;
  if (spec.max !== undefined) return ` of at most ${spec.max}`;
  return '';
}

/** What an argument accepts, as the `fix` of a problem: "Give a number between 1 and 10, e.g. `3`." */
export function accepted(spec: ArgSpec): string {
  const example =
    spec.example !== undefined && spec.example !== '' ? `, e.g. ${showValue(spec.example)}` : '';
  switch (spec.type) {
    case 'text':
      return spec.pattern !== undefined
        ? `Give text that matches the pattern ${code(spec.pattern)} as a whole${example}.`
        : `Give any text${example}.`;
    case 'textarea':
      return `Give any text${example}.`;
    case 'number':
      return `Give a number${numberBounds(spec)}, written like \`3\`, \`-2.5\` or \`1e3\`${example}.`;
    case 'boolean':
      return `Give ${BOOLEAN_WORDS}.`;
    case 'choice':
      return `Give one of: ${list(spec.options ?? [])}.`;
    case 'csv': {
      const columns = spec.columns?.length ? ` with the columns ${list(spec.columns)}` : '';
      return (
        `Give a CSV${columns}: paste it in a fenced block (\`\`\`csv … \`\`\`), or attach a .csv file to the ` +
        `issue and give its link.`
      );
    }
    case 'file':
      return 'Paste the content in a fenced block (``` … ```), or attach the file to the issue and give its link.';
  }
}
