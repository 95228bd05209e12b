/**
 * The replies to `/help` and `/help <script>`.
 *
 * Titles and descriptions come from the manifest (the workflow's own ref), so descriptions are rendered as
 * the Markdown their authors wrote; they still go through the mask, and table cells are kept to one line.
 * The script name a user asked about is user text, and is escaped.
 */
import type { ArgSpec, Manifest, Script } from '../manifest/types';
import {
  escapeText,
  fencedBlock,
  inlineCode,
  markdownCell,
  neutralizeComments,
  prepare,
  type Mask,
} from './markdown';
import { truncate } from '../shared/markdown';
import { formatRunCommand } from '../request/command';

export { renderCancelReply, type CancelledRun } from './cancel-reply';

const TYPE_WORDS: Record<ArgSpec['type'], string> = {
  text: 'text (one line)',
  textarea: 'text (several lines)',
  number: 'number',
  boolean: 'yes/no (`true` or `false`)',
  choice: 'one of a list',
  csv: 'CSV',
  file: 'file',
};

/** `/help` (no script): the list of scripts; `/help <script>`: that script's arguments. */
export function renderHelp(manifest: Manifest, script: string | undefined, mask: Mask): string {
  const scripts = Object.values(manifest.scripts ?? {});
  if (script === undefined || script.trim() === '') return renderScriptList(manifest, scripts, mask);
  const wanted = script.trim();
  const found = Object.prototype.hasOwnProperty.call(manifest.scripts ?? {}, wanted)
    ? manifest.scripts[wanted]
    : undefined;
  if (found) return renderScriptHelp(manifest, found, mask);
  const asked = inlineCode(truncate(prepare(wanted, mask), 100));
  const names = scripts.map((s) => inlineCode(prepare(s.name, mask))).join(', ');
  const intro =
    scripts.length > 0
      ? `There is no script ${asked}. The scripts are: ${names}.`
      : `There is no script ${asked}: no scripts are set up yet.`;
  return scripts.length > 0 ? `${intro}\n\n${renderScriptList(manifest, scripts, mask)}` : intro;
}

function renderScriptList(manifest: Manifest, scripts: Script[], mask: Mask): string {
  if (scripts.length === 0) return '### Scripts\n\nNo scripts are set up yet.';
  const lines = ['### Scripts', '', '| Script | What it does | Mode | Content |', '|---|---|---|---|'];
  for (const script of scripts) {
    const name = inlineCode(prepare(script.name, mask), { table: true });
    const title =
      script.title && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
    const firstLine = firstLineOf(prepare(script.description ?? '', mask));
    lines.push(
      `| ${name}${title} | ${firstLine ? markdownCell(firstLine) : ''} | ${modeWords(script)} | ${targetsText(manifest, script, mask)} |`,
    );
  }
  return [
    lines.join('\n'),
    '**To run a script**, open an issue from its form, or comment on an issue:',
    fencedBlock('/run <script> name=value name="a value with spaces"', 'text'),
    '`/help <script>` explains the arguments of a script; `/cancel` cancels the run of the issue that is in progress.',
  ].join('\n\n');
}

function renderScriptHelp(manifest: Manifest, script: Script, mask: Mask): string {
  const parts: string[] = [];
  const name = inlineCode(prepare(script.name, mask));
  const title =
    script.title && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
  parts.push(`### ${name}${title}`);
  if (script.description?.trim()) parts.push(neutralizeComments(prepare(script.description.trim(), mask)));

  const facts = [
    `- **Mode:** ${
      script.mode === 'write'
        ? 'write: its changes to the content become a pull request'
        : 'read: its outputs are uploaded as an artifact'
    }`,
  ];
  if (script.targets.length > 0) facts.push(`- **Content:** ${targetsText(manifest, script, mask, true)}`);
  const allow = [...(script.allowUsers ?? []), ...(script.allowTeams ?? [])];
  facts.push(
    `- **Who can run it:** people with at least ${inlineCode(script.permission)} permission on this repository` +
      (allow.length > 0
        ? `, who are also listed: ${allow.map((a) => inlineCode(prepare(a, mask))).join(', ')}`
        : ''),
  );
  if (script.timeoutMinutes) facts.push(`- **Time limit:** ${script.timeoutMinutes} min`);
  parts.push(facts.join('\n'));

  if (script.args.length > 0) {
    const lines = ['#### Arguments', '', '| Argument | Type | Required | Details |', '|---|---|---|---|'];
    for (const arg of script.args) lines.push(argumentRow(arg, mask));
    parts.push(lines.join('\n'));
  } else {
    parts.push('It takes no arguments.');
  }

  parts.push(`#### Example\n\n${fencedBlock(exampleCommand(script, mask), 'text')}`);
  const attachments = script.args.filter((a) => a.type === 'csv' || a.type === 'file');
  if (attachments.length > 0) {
    parts.push(
      `For ${attachments.map((a) => inlineCode(prepare(a.name, mask))).join(', ')}: paste the content in the ` +
        'issue form, or attach the file to your comment and give its link as the value.',
    );
  }
  return parts.join('\n\n');
}

function argumentRow(arg: ArgSpec, mask: Mask): string {
  const cellCode = (text: string) => inlineCode(truncate(prepare(text, mask), 300), { table: true });
  const name =
    cellCode(arg.name) +
    (arg.title && arg.title !== arg.name ? ` — ${escapeText(prepare(arg.title, mask))}` : '');
  const required = arg.required
    ? 'yes'
    : arg.default !== undefined
      ? `no (default ${cellCode(String(arg.default))})`
      : 'no';
  const details: string[] = [];
  if (arg.description?.trim()) details.push(markdownCell(prepare(arg.description, mask)));
  if (arg.options && arg.options.length > 0) details.push(`One of: ${arg.options.map(cellCode).join(', ')}`);
  if (arg.pattern !== undefined) details.push(`Must match: ${cellCode(arg.pattern)}`);
  if (arg.min !== undefined && arg.max !== undefined) details.push(`Between ${arg.min} and ${arg.max}`);
  else if (arg.min !== undefined) details.push(`At least ${arg.min}`);
  else if (arg.max !== undefined) details.push(`At most ${arg.max}`);
  if (arg.columns && arg.columns.length > 0) {
    const header = arg.header === false ? ' (no header row)' : ' (the first row is the header)';
    details.push(`Columns: ${arg.columns.map(cellCode).join(', ')}${header}`);
  }
  if (arg.example !== undefined && arg.example !== '') details.push(`Example: ${cellCode(arg.example)}`);
  return `| ${name} | ${TYPE_WORDS[arg.type] ?? escapeText(String(arg.type))} | ${required} | ${details.join('<br>')} |`;
}

/** A `/run` line with every required argument and every argument that has an example. */
function exampleCommand(script: Script, mask: Mask): string {
  const args: Record<string, string> = {};
  for (const arg of script.args) {
    if (!arg.required && (arg.example === undefined || arg.example === '')) continue;
    args[prepare(arg.name, mask)] = prepare(exampleValue(arg), mask);
  }
  return formatRunCommand(prepare(script.name, mask), args);
}

/** A value that shows the shape of an argument: its example, its default, or one made from its type. */
export function exampleValue(arg: ArgSpec): string {
  if (arg.example !== undefined && arg.example !== '') return arg.example;
  if (arg.default !== undefined) return String(arg.default);
  switch (arg.type) {
    case 'number':
      return String(arg.min ?? (arg.max !== undefined && arg.max < 1 ? arg.max : 1));
    case 'boolean':
      return 'true';
    case 'choice':
      return arg.options?.[0] ?? 'value';
    case 'csv':
    case 'file':
      return '<link to the attached file>';
    default:
      return 'text';
  }
}

function firstLineOf(text: string): string {
  const first = text.trim().split('\n', 1)[0] ?? '';
  return truncate(first.trim(), 200);
}

function modeWords(script: Script): string {
  return script.mode === 'write' ? 'write (pull request)' : 'read';
}

function targetsText(manifest: Manifest, script: Script, mask: Mask, withKeys = false): string {
  return script.targets
    .map((key, index) => {
      const target = manifest.repositories?.[key];
      const title = escapeText(prepare(target?.title ?? key, mask));
      if (!withKeys) return title;
      const notes = [inlineCode(prepare(key, mask))];
      if (index === 0 && script.targets.length > 1) notes.push('default');
      return `${title} (${notes.join(', ')})`;
    })
    .join(', ');
}
