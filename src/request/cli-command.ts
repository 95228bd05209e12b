/**
 * The fix line of a rejected CLI run, in the CLI's own syntax:
 * `script-dispatcher run NAME [--target T] --arg name=value ...`. Values the request got right are kept (shell
 * quoted); the ones missing or wrong become a placeholder that names what is expected (`<md|txt>`,
 * `@<file.csv>`), or the manifest's `example`: never a value the requester did not give.
 */
import type { Problem } from '../errors';
import type { ArgSpec } from '../manifest/types';
import type { RawArgument } from './types';

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for a POSIX shell: as it is when it is safe, else in single quotes. */
export function shellWord(text: string): string {
  return SAFE.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function placeholder(spec: ArgSpec): string {
  switch (spec.type) {
    case 'choice':
      return spec.options && spec.options.length > 0 ? `<${spec.options.join('|')}>` : '<choice>';
    case 'boolean':
      return '<true|false>';
    case 'number':
      return '<number>';
    case 'csv':
      return '@<file.csv>';
    case 'file':
      return '@<file>';
    default:
      return `<${spec.title.replace(/[<>\n]/g, ' ').trim() || spec.name}>`;
  }
}

/** The line to run again: right values kept, wrong or missing required ones as placeholders. */
export function cliFixLine(
  script: string,
  target: string | undefined,
  specs: ArgSpec[],
  raw: Record<string, RawArgument>,
  problems: Problem[],
): string {
  const wrong = new Set(problems.map((p) => p.field).filter(Boolean));
  const parts = ['script-dispatcher', 'run', shellWord(script)];
  if (target) parts.push('--target', shellWord(target));
  for (const spec of specs) {
    const given = raw[spec.name];
    const ok = given !== undefined && given !== null && given !== '' && !wrong.has(spec.name);
    if (ok) {
      parts.push('--arg', shellWord(`${spec.name}=${String(given)}`));
    } else if (wrong.has(spec.name) || (spec.required && spec.default === undefined)) {
      const value = spec.example !== undefined ? shellWord(spec.example) : placeholder(spec);
      parts.push('--arg', `${shellWord(spec.name)}=${value}`);
    }
  }
  return parts.join(' ');
}
