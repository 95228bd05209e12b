/**
 * Triggers and the workflows that deliver their events.
 *
 * - `checkTriggerWorkflows` (for `validate`): a trigger whose event, cron, dispatch type or upstream
 *   workflow appears in no workflow of `.github/workflows/` that uses the action can never fire.
 * - `withTriggerEvents` (for `generate`): in a workflow file, the block under the line
 *     `on: # script-dispatcher:triggers`
 *   is written from the triggers (each event once; crons, dispatch types, branches and upstream
 *   workflows merged), as the scripts dropdown is kept in step by `withScriptOptions`. Never `paths`:
 *   GitHub's own paths filter stops looking after 300 files; the action computes the changed files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ManifestProblem } from '../errors';
import { createLocator } from '../manifest/locate';
import { normalizeCron } from '../manifest/triggers';
import type { Trigger } from '../manifest/types';

export const TRIGGERS_MARKER = '# script-dispatcher:triggers';

/** A workflow file: its path as messages show it (e.g. `.github/workflows/x.yml`) and its text. */
export interface WorkflowFile {
  path: string;
  text: string;
}

/** What a workflow file says about the events it runs on, and whether it uses the action. */
interface WorkflowEvents {
  path: string;
  usesAction: boolean;
  /** Event name → its configuration (null when given without one). */
  events: Map<string, unknown>;
  /** Normalized crons of `schedule`. */
  crons: string[];
}

/**
 * Whether a `uses:` value runs this action: `owner/script-dispatcher@ref` (or a path inside it, such as
 * the reusable workflow `owner/script-dispatcher/.github/workflows/script-dispatcher.yml@ref`), the action
 * of the repository itself (`./`), or a local copy of the reusable workflow.
 */
export function usesAction(uses: string): boolean {
  const value = uses.trim();
  if (/^\.\/?$/.test(value)) return true;
  if (/^\.\/\.github\/workflows\/script-dispatcher\.ya?ml$/.test(value)) return true;
  return /^[^/@\s]+\/script-dispatcher(\/[^@\s]*)?@\S+$/i.test(value);
}

/** The `.yml`/`.yaml` files of `<root>/.github/workflows`, sorted; none when there is no such directory. */
export async function readWorkflows(root: string): Promise<WorkflowFile[]> {
  const dir = path.join(root, '.github', 'workflows');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: WorkflowFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    files.push({ path: `.github/workflows/${name}`, text: await readFile(path.join(dir, name), 'utf8') });
  }
  return files;
}

/**
 * `checkTriggerWorkflows` with the files read: the manifest at `manifestPath` (shown as `manifestFile`)
 * and the workflows under `root`.
 */
export async function validateTriggerWorkflows(
  triggers: readonly Trigger[],
  manifestPath: string,
  manifestFile: string,
  root: string,
): Promise<ManifestProblem[]> {
  if (triggers.length === 0) return [];
  const text = await readFile(manifestPath, 'utf8');
  return checkTriggerWorkflows(text, manifestFile, triggers, await readWorkflows(root));
}

/** Every trigger that no workflow using the action can deliver, at its place in the manifest. */
export function checkTriggerWorkflows(
  manifestText: string,
  manifestFile: string,
  triggers: readonly Trigger[],
  workflows: readonly WorkflowFile[],
): ManifestProblem[] {
  if (triggers.length === 0) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(manifestText, { lineCounter });
  const locator = createLocator(doc, lineCounter, manifestFile);
  const problems: ManifestProblem[] = [];
  const parsed = workflows.map(readEvents);
  const unreadable = parsed.filter((w): w is { path: string; error: string } => 'error' in w);
  for (const w of unreadable) {
    problems.push({
      message: `The workflow \`${w.path}\` could not be read as YAML (${w.error}), so its events were not checked against the triggers.`,
      fix: 'Fix its YAML syntax (actionlint shows where).',
      position: { file: w.path, line: 1, column: 1 },
    });
  }
  const using = parsed.filter((w): w is WorkflowEvents => !('error' in w) && w.usesAction);
  const where = '`.github/workflows/`';
  const example = 'see workflows-examples/triggers.yml';
  if (using.length === 0) {
    problems.push(
      locator.problem(
        ['triggers'],
        'key',
        `No workflow in ${where} uses the action (\`uses: <owner>/script-dispatcher@<version>\`), so no trigger can ever fire.`,
        `Add a workflow that runs the action on the triggers' events (${example}).`,
      ),
    );
    return problems;
  }
  const listed = using.map((w) => `${w.path} (${[...w.events.keys()].join(', ') || 'no events'})`).join('; ');

  for (const trigger of triggers) {
    const base = ['triggers', trigger.index - 1];
    const delivering = using.filter((w) => w.events.has(trigger.on));
    if (delivering.length === 0) {
      problems.push(
        locator.problem(
          [...base, 'on'],
          'value',
          `\`triggers[${trigger.index - 1}]\` runs on \`${trigger.on}\`, but no workflow in ${where} that uses the action runs on that event (${listed}), so it can never fire.`,
          `Add \`${trigger.on}\` under \`on:\` of one of them (${example}), or remove the trigger.`,
        ),
      );
      continue;
    }
    if (trigger.on === 'schedule' && trigger.cron !== undefined) {
      const crons = [...new Set(delivering.flatMap((w) => w.crons))];
      if (!crons.includes(trigger.cron)) {
        problems.push(
          locator.problem(
            [...base, 'cron'],
            'value',
            `\`triggers[${trigger.index - 1}].cron\` is \`${trigger.cron}\`, but the schedules of the workflows that use the action are ${
              crons.length ? crons.map((c) => `\`${c}\``).join(', ') : 'none'
            }, so it can never fire.`,
            `Add \`- cron: '${trigger.cron}'\` under \`on: schedule:\` of such a workflow, or copy one of theirs exactly.`,
          ),
        );
      }
    }
    const filters: [keyof Trigger & ('types' | 'workflows'), string][] = [
      ['types', 'types'],
      ['workflows', 'workflows'],
    ];
    for (const [field, key] of filters) {
      const wanted = trigger[field];
      if (!wanted || (field === 'workflows' && trigger.on !== 'workflow_run')) continue;
      // A workflow without the filter delivers every value.
      const offered = delivering.map((w) => stringsAt(w.events.get(trigger.on), key));
      if (offered.some((values) => values === undefined)) continue;
      const all = [...new Set(offered.flatMap((v) => v ?? []))];
      if (wanted.some((value) => all.includes(value))) continue;
      problems.push(
        locator.problem(
          [...base, field],
          'value',
          `\`triggers[${trigger.index - 1}].${field}\` wants ${wanted.map((v) => `\`${v}\``).join(', ')}, but the workflows that use the action only run on \`${trigger.on}\` ${key} ${all.map((v) => `\`${v}\``).join(', ')}, so it can never fire.`,
          `Add one of them to \`on: ${trigger.on}: ${key}:\` of such a workflow.`,
        ),
      );
    }
  }
  return problems;
}

function readEvents(file: WorkflowFile): WorkflowEvents | { path: string; error: string } {
  const doc = parseDocument(file.text);
  if (doc.errors.length > 0) return { path: file.path, error: doc.errors[0].message.split('\n')[0] };
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const root = isObject(data) ? data : {};
  const on = root.on;
  const events = new Map<string, unknown>();
  if (typeof on === 'string') {
    events.set(on, null);
  } else if (Array.isArray(on)) {
    for (const e of on) if (typeof e === 'string') events.set(e, null);
  } else if (isObject(on)) {
    for (const [name, config] of Object.entries(on)) events.set(name, config ?? null);
  }
  const schedule = events.get('schedule');
  const crons = Array.isArray(schedule)
    ? schedule.flatMap((s) => (isObject(s) && typeof s.cron === 'string' ? [normalizeCron(s.cron)] : []))
    : [];
  let uses = false;
  const jobs = isObject(root.jobs) ? root.jobs : {};
  for (const job of Object.values(jobs)) {
    if (!isObject(job)) continue;
    if (typeof job.uses === 'string' && usesAction(job.uses)) uses = true;
    for (const step of Array.isArray(job.steps) ? job.steps : []) {
      if (isObject(step) && typeof step.uses === 'string' && usesAction(step.uses)) uses = true;
    }
  }
  return { path: file.path, usesAction: uses, events, crons };
}

function stringsAt(config: unknown, key: string): string[] | undefined {
  if (!isObject(config)) return undefined;
  const value = config[key];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const MARKED = /^([ \t]*)on:[ \t]*# script-dispatcher:triggers[ \t]*$/;

/** Whether the workflow has a marked `on:` block. */
export function hasTriggerEvents(workflow: string): boolean {
  return workflow.split('\n').some((line) => MARKED.test(line));
}

/**
 * The workflow text with every marked `on:` block holding the triggers' events; unchanged when there is
 * none, or when the manifest has no triggers (an empty `on:` is not a workflow). The block is every following line indented deeper than `on:` (and blank or comment lines
 * between them).
 */
export function withTriggerEvents(workflow: string, triggers: readonly Trigger[]): string {
  if (triggers.length === 0) return workflow;
  const lines = workflow.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const head = MARKED.exec(lines[i]);
    out.push(lines[i]);
    if (!head) continue;
    const indent = head[1].length;
    let end = i + 1;
    let last = i;
    while (end < lines.length) {
      const line = lines[end];
      const blank = line.trim() === '' || line.trim().startsWith('#');
      const inside = !blank && line.length - line.trimStart().length > indent;
      if (!blank && !inside) break;
      if (inside) last = end;
      end += 1;
    }
    // Blank lines after the block's last line stay where they are.
    const step = lines.slice(i + 1, last + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const unit = step ? step.length - step.trimStart().length - indent : 2;
    out.push(...triggerEventLines(triggers).map((l) => `${' '.repeat(indent + (unit > 0 ? unit : 2))}${l}`));
    i = last;
  }
  return out.join('\n');
}

/**
 * The lines under `on:` (indented from 0 by two spaces a level) that deliver every trigger's event:
 * each event once, in the order of the triggers.
 */
export function triggerEventLines(triggers: readonly Trigger[]): string[] {
  const byEvent = new Map<string, Trigger[]>();
  for (const t of triggers) byEvent.set(t.on, [...(byEvent.get(t.on) ?? []), t]);
  const lines: string[] = [];
  for (const [event, list] of byEvent) {
    const union = (pick: (t: Trigger) => string[] | undefined): string[] | undefined =>
      list.every((t) => pick(t) !== undefined) ? [...new Set(list.flatMap((t) => pick(t) ?? []))] : undefined;
    switch (event) {
      case 'schedule': {
        lines.push('schedule:');
        const crons = [...new Set(list.map((t) => t.cron).filter((c): c is string => c !== undefined))];
        for (const cron of crons) lines.push(`  - cron: ${quoteYaml(cron)}`);
        if (crons.length === 0) lines.push("  - cron: '0 6 * * 1' # no trigger names a cron: pick one");
        break;
      }
      case 'push': {
        const branches = union((t) => t.branches);
        if (branches && !branches.some((b) => b.startsWith('!'))) {
          lines.push('push:', `  branches: ${flowList(branches)}`);
        } else lines.push('push:');
        break;
      }
      case 'workflow_run': {
        const workflows = [...new Set(list.flatMap((t) => t.workflows ?? []))];
        lines.push('workflow_run:');
        lines.push(
          `  workflows: ${flowList(workflows.length ? workflows : ['NAME OF THE UPSTREAM WORKFLOW'])}`,
        );
        lines.push('  types: [completed]');
        break;
      }
      default: {
        const types = union((t) => t.types);
        if (types) lines.push(`${event}:`, `  types: ${flowList(types)}`);
        else lines.push(`${event}:`);
      }
    }
  }
  return lines;
}

/** Plain scalars YAML would read as something other than text. */
const NOT_TEXT =
  /^(?:true|false|yes|no|y|n|on|off|null|~|[-+]?[0-9._]+(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+)$/i;

function flowList(values: readonly string[]): string {
  return `[${values.map((v) => (!NOT_TEXT.test(v) && /^[A-Za-z0-9_](?:[A-Za-z0-9_./ -]*[A-Za-z0-9_./-])?$/.test(v) ? v : quoteYaml(v))).join(', ')}]`;
}

/** A YAML scalar that reads back as `value`: single-quoted, or JSON-quoted when it holds control characters. */
function quoteYaml(value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
