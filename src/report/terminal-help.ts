/**
 * `script-dispatcher help [name]` on a terminal: the same facts as `/help`, in plain text and the CLI's own
 * syntax (`script-dispatcher run NAME --arg name=value`), never Markdown.
 */
import type { ArgSpec, Flow, Manifest, Script } from '../manifest/types';
import { shellWord } from '../request/cli-command';
import { closest } from '../shared/similar';
import { exampleValue } from './help';

const own = <T>(map: Record<string, T> | undefined, key: string): T | undefined =>
  map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

/** The help text, and whether the name asked for exists (the CLI exits 3 when it does not). */
export function renderTerminalHelp(
  manifest: Manifest,
  name: string | undefined,
): { text: string; found: boolean } {
  const wanted = name?.trim() ?? '';
  if (wanted === '') return { text: listText(manifest), found: true };
  const script = own(manifest.scripts, wanted);
  if (script) return { text: scriptText(manifest, script), found: true };
  const flow = own(manifest.flows, wanted);
  if (flow) return { text: flowText(manifest, flow), found: true };
  const names = [...Object.keys(manifest.scripts), ...Object.keys(manifest.flows ?? {})];
  const guess = closest(wanted, names);
  const text = [
    `There is no script or flow "${plain(wanted)}".${guess ? ` Did you mean "${guess}"?` : ''}`,
    '',
    listText(manifest),
  ].join('\n');
  return { text, found: false };
}

/** Text from the manifest or the user on one line, without control characters. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

function targetsOf(manifest: Manifest, keys: string[]): string {
  if (keys.length === 0) return '-';
  return keys
    .map((key, i) => {
      const title = own(manifest.repositories, key)?.title ?? key;
      const notes = [key, ...(i === 0 && keys.length > 1 ? ['default'] : [])].join(', ');
      return title === key && notes === key ? key : `${plain(title)} (${notes})`;
    })
    .join('; ');
}

function listText(manifest: Manifest): string {
  const rows = [['NAME', 'KIND', 'CONTENT', 'TITLE']];
  for (const s of Object.values(manifest.scripts)) {
    rows.push([s.name, s.notebook ? 'notebook' : s.mode, s.targets.join(',') || '-', plain(s.title)]);
  }
  for (const f of Object.values(manifest.flows ?? {})) {
    rows.push([f.name, 'flow', f.targets.join(',') || '-', plain(f.title)]);
  }
  if (rows.length === 1) return 'No scripts are set up yet (see `script-dispatcher init`).';
  return [
    ...table(rows),
    '',
    'Run one:        script-dispatcher run <name> --arg name=value',
    'Its arguments:  script-dispatcher help <name>',
  ].join('\n');
}

function argumentLines(args: ArgSpec[]): string[] {
  if (args.length === 0) return ['Arguments: none'];
  const rows = [['ARGUMENT', 'TYPE', 'REQUIRED/DEFAULT', 'DESCRIPTION']];
  for (const arg of args) {
    const type = arg.type === 'choice' && arg.options?.length ? `one of ${arg.options.join('|')}` : arg.type;
    const need =
      arg.required && arg.default === undefined
        ? 'required'
        : arg.default !== undefined
          ? `default ${String(arg.default)}`
          : 'optional';
    const about = plain(arg.description ?? (arg.title !== arg.name ? arg.title : ''));
    rows.push([arg.name, type, need, about]);
  }
  return ['Arguments:', ...table(rows).map((l) => `  ${l}`)];
}

function example(name: string, args: ArgSpec[]): string {
  const parts = ['script-dispatcher', 'run', shellWord(name)];
  for (const arg of args) {
    if (!arg.required && (arg.example === undefined || arg.example === '')) continue;
    const value =
      arg.type === 'csv' || arg.type === 'file'
        ? `@${arg.name}.${arg.type === 'csv' ? 'csv' : 'txt'}`
        : shellWord(exampleValue(arg));
    parts.push('--arg', `${shellWord(arg.name)}=${value}`);
  }
  return parts.join(' ');
}

function header(name: string, title: string, description: string | undefined): string[] {
  const lines = [title && title !== name ? `${name}: ${plain(title)}` : name];
  const about = description?.trim();
  if (about)
    lines.push(
      '',
      ...about.split(/\r?\n/).map((l) => `  ${l.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')}`),
    );
  return lines;
}

function scriptText(manifest: Manifest, script: Script): string {
  return [
    ...header(script.name, script.title, script.description),
    '',
    `Kind:       ${script.notebook ? `notebook (${script.notebook.path})` : 'command'}`,
    `Mode:       ${script.mode === 'write' ? 'write (changes become a commit on a local branch)' : 'read'}`,
    `Content:    ${targetsOf(manifest, script.targets)}`,
    `Permission: ${script.permission} (in Actions)`,
    '',
    ...argumentLines(script.args),
    '',
    `Example:  ${example(script.name, script.args)}`,
  ].join('\n');
}

function flowText(manifest: Manifest, flow: Flow): string {
  const rows = [['STEP', 'SCRIPT', 'NEEDS', 'CACHED']];
  for (const step of flow.steps)
    rows.push([step.name, step.script, step.needs.join(', ') || '-', step.cache ? 'yes' : 'no']);
  return [
    ...header(flow.name, flow.title, flow.description),
    '',
    `Kind:       flow of ${flow.steps.length} steps (at most ${flow.maxParallel ?? 'one per CPU'} at once)`,
    `Content:    ${targetsOf(manifest, flow.targets)}`,
    `Permission: ${flow.permission} (in Actions)`,
    '',
    'Steps:',
    ...table(rows).map((l) => `  ${l}`),
    '',
    ...argumentLines(flow.args),
    '',
    `Example:  ${example(flow.name, flow.args)}`,
  ].join('\n');
}
