/** The table of scripts for a README, generated from the manifest like the issue forms. */
import type { ArgSpec, Manifest, Script } from '../manifest/types';
import { codeSpan, firstLine, tableCell } from '../shared/markdown';

function argCell(arg: ArgSpec): string {
  const notes: string[] = [arg.type];
  if (arg.type === 'choice' && arg.options && arg.options.length > 0) notes.push(arg.options.join(' / '));
  if (arg.required && arg.default === undefined) notes.push('**required**');
  else if (arg.default !== undefined)
    notes.push(`default ${String(arg.default) === '' ? '""' : String(arg.default)}`);
  return `${codeSpan(arg.name)} (${notes.join(', ')})`;
}

function row(script: Script, manifest: Manifest): string[] {
  const targets = script.targets.map((key) => manifest.repositories[key]?.title || key);
  return [
    codeSpan(script.name),
    script.title,
    script.mode,
    targets.length > 0 ? targets.join(', ') : '—',
    script.args.length > 0 ? script.args.map(argCell).join('<br>') : '—',
    firstLine(script.description) || '—',
  ].map(tableCell);
}

/**
 * A Markdown table of the scripts, in manifest order: name, title, mode, content repositories, arguments
 * (with their types; required ones in bold) and the first line of the description. Deterministic.
 */
export function docsTable(manifest: Manifest): string {
  const header = ['Script', 'Title', 'Mode', 'Content', 'Arguments', 'Description'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const script of Object.values(manifest.scripts))
    lines.push(`| ${row(script, manifest).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
