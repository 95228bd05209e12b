/**
 * The manifest's `triggers`: events that start a script without anyone naming it. The schema checks their
 * shape; this file checks what a schema cannot say (the script exists, the filters fit the event, the
 * arguments are the script's, the placeholders are known) and builds the typed triggers.
 */
import type { ManifestProblem } from '../errors';
import { PLACEHOLDERS } from './placeholders';
import { closest } from '../shared/similar';
import { describePath, type Locator, type ManifestPath } from './locate';
import type { RawTrigger } from './raw';
import type { Trigger, TriggerArgValue } from './types';
import { codeList, describeValue, orList } from './words';

/** Events that are requests naming their script: they never go through triggers. */
export const REQUEST_EVENTS: readonly string[] = ['issues', 'issue_comment', 'workflow_dispatch'];

/** The filters that only apply to some events, and which. */
const FILTER_EVENTS: Record<string, readonly string[]> = {
  branches: ['push'],
  paths: ['push'],
  cron: ['schedule'],
  workflows: ['workflow_run'],
  conclusions: ['workflow_run'],
};

/** Events whose payload has no `action`, so `types` could never match. */
const EVENTS_WITHOUT_ACTION: readonly string[] = ['push', 'schedule', 'create', 'delete', 'fork', 'gollum'];

/** A `{event.PATH}` placeholder: a dotted path of keys (letters, digits, `_`, `-`) and list indexes. */
export const EVENT_PLACEHOLDER = /\{event((?:\.[A-Za-z0-9_-]+)+)\}/g;

/** Anything that looks like a placeholder in a trigger's argument value. */
const ANY_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

/** `0 6 * * 1` and `0  6 * * 1` are the same schedule. */
export function normalizeCron(cron: string): string {
  return cron.trim().split(/\s+/).join(' ');
}

/** The typed triggers, from values that passed the schema and the checks below. */
export function buildTriggers(raw: RawTrigger[]): Trigger[] {
  return raw.map((t, i) => {
    const trigger: Trigger = {
      index: i + 1,
      on: t.on,
      run: t.run,
      args: { ...(t.args ?? {}) } as Record<string, TriggerArgValue>,
      openIssueOnFailure: t['open-issue-on-failure'] ?? false,
    };
    if (t.branches) trigger.branches = t.branches.map(String);
    if (t.paths) trigger.paths = t.paths.map(String);
    if (t.cron !== undefined) trigger.cron = normalizeCron(t.cron);
    if (t.types) trigger.types = t.types.map(String);
    if (t.when) {
      trigger.when = {};
      for (const [path, value] of Object.entries(t.when)) {
        trigger.when[path] = (Array.isArray(value) ? value : [value]).map(String);
      }
    }
    if (t.workflows) trigger.workflows = t.workflows.map(String);
    if (t.conclusions) trigger.conclusions = t.conclusions.map(String);
    if (t.target !== undefined) trigger.target = t.target;
    if (t['report-to'] !== undefined) trigger.reportTo = t['report-to'];
    return trigger;
  });
}

/** A short name for a trigger in titles and messages: `trigger 2 (schedule 0 6 * * 1 → audit)`. */
export function triggerTitle(trigger: Trigger): string {
  const what =
    trigger.on === 'schedule' && trigger.cron
      ? `schedule ${trigger.cron}`
      : trigger.on === 'workflow_run' && trigger.workflows
        ? `workflow_run of ${trigger.workflows.join(', ')}`
        : trigger.types
          ? `${trigger.on} ${trigger.types.join(', ')}`
          : trigger.on;
  return `trigger ${trigger.index} (${what} → ${trigger.run})`;
}

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

type Report = (path: ManifestPath, part: 'key' | 'value', message: string, fix?: string) => void;

/**
 * Every semantic problem of `triggers`, with its position. `run` may name a script or, when the manifest
 * has a `flows` mapping, a flow. Skips whatever has the wrong shape (the schema reports that).
 */
export function checkTriggers(data: unknown, locator: Locator): ManifestProblem[] {
  if (!isMapping(data) || !Array.isArray(data.triggers)) return [];
  const problems: ManifestProblem[] = [];
  const report: Report = (path, part, message, fix) =>
    problems.push(locator.problem(path, part, message, fix));
  const scripts = isMapping(data.scripts) ? data.scripts : {};
  const flows = isMapping(data.flows) ? data.flows : {};
  const repositoryKeys = isMapping(data.repositories) ? Object.keys(data.repositories) : [];
  data.triggers.forEach((trigger, i) => {
    if (isMapping(trigger)) checkTrigger(['triggers', i], trigger, scripts, flows, repositoryKeys, report);
  });
  return problems;
}

function checkTrigger(
  base: ManifestPath,
  trigger: Mapping,
  scripts: Mapping,
  flows: Mapping,
  repositoryKeys: string[],
  report: Report,
): void {
  const event = typeof trigger.on === 'string' ? trigger.on : undefined;
  if (event && REQUEST_EVENTS.includes(event)) {
    report(
      [...base, 'on'],
      'value',
      `\`${describePath([...base, 'on'])}\` is \`${event}\`: that event is a request that names its script itself (an issue, a comment, "Run workflow"), so a trigger on it would never be used.`,
      'Use a trigger for events that name no script, such as `push`, `schedule`, `repository_dispatch` or `workflow_run`.',
    );
  }
  if (event) {
    for (const [field, events] of Object.entries(FILTER_EVENTS)) {
      if (!(field in trigger) || events.includes(event)) continue;
      report(
        [...base, field],
        'key',
        `\`${field}\` only applies to ${orList(events.map((e) => `\`on: ${e}\``))} triggers; this one is \`on: ${event}\`.`,
        `Remove \`${field}\`, or change \`on\` to \`${events[0]}\`.`,
      );
    }
    if ('types' in trigger && EVENTS_WITHOUT_ACTION.includes(event)) {
      report(
        [...base, 'types'],
        'key',
        `\`types\` matches the event's activity type, but a \`${event}\` event has none.`,
        event === 'push' ? 'Remove `types`; filter a push with `branches` and `paths`.' : 'Remove `types`.',
      );
    }
  }

  if (typeof trigger.cron === 'string') {
    const fields = normalizeCron(trigger.cron).split(' ');
    if (fields.length !== 5 || fields.some((f) => !/^[0-9A-Za-z*,/?#LW-]+$/.test(f))) {
      report(
        [...base, 'cron'],
        'value',
        `\`${describePath([...base, 'cron'])}\` is not a cron schedule of five fields (got ${describeValue(trigger.cron)}).`,
        "Copy the `cron` of the workflow's `schedule` exactly, e.g. `cron: '0 6 * * 1'`.",
      );
    }
  }

  if (Array.isArray(trigger.paths)) {
    trigger.paths.forEach((glob, j) => {
      if (typeof glob !== 'string' || !/^!?(\/|\.\/)/.test(glob)) return;
      report(
        [...base, 'paths', j],
        'value',
        `\`${describePath([...base, 'paths', j])}\` starts with \`/\` or \`./\`, so it matches no changed file: they are named relative to the repository root (got ${describeValue(glob)}).`,
        `Write it as \`${glob.replace(/^(!?)(\.\/|\/)+/, '$1')}\`.`,
      );
    });
  }

  const run = typeof trigger.run === 'string' ? trigger.run : undefined;
  const script = run !== undefined && isMapping(scripts[run]) ? scripts[run] : undefined;
  if (run !== undefined && !(run in scripts) && !(run in flows)) {
    const names = [...Object.keys(scripts), ...Object.keys(flows)];
    const guess = closest(run, names);
    report(
      [...base, 'run'],
      'value',
      `\`${describePath([...base, 'run'])}\` names \`${run}\`, which is not a script${
        Object.keys(flows).length ? ' or a flow' : ''
      } of this manifest${names.length ? ` (${names.join(', ')})` : ''}.`,
      guess ? `Did you mean \`${guess}\`?` : `Add \`${run}\` under \`scripts\`, or fix the name here.`,
    );
  }

  if (typeof trigger.target === 'string') {
    const target = trigger.target;
    const allowed =
      script && Array.isArray(script.targets)
        ? script.targets.filter((t) => typeof t === 'string')
        : undefined;
    if (!repositoryKeys.includes(target)) {
      const guess = closest(target, repositoryKeys);
      report(
        [...base, 'target'],
        'value',
        `\`${describePath([...base, 'target'])}\` names \`${target}\`, which is not a key of \`repositories\`${
          repositoryKeys.length ? ` (${repositoryKeys.join(', ')})` : ' (there are none)'
        }.`,
        guess ? `Did you mean \`${guess}\`?` : `Add \`${target}\` under \`repositories\`, or remove it here.`,
      );
    } else if (allowed && !allowed.includes(target)) {
      report(
        [...base, 'target'],
        'value',
        `\`${describePath([...base, 'target'])}\` is \`${target}\`, but \`scripts.${String(run)}.targets\` does not allow it (${allowed.join(', ') || 'none'}).`,
        "Name one of the script's `targets`, or add it there.",
      );
    }
  }

  const scriptArgs = script && isMapping(script.args) ? script.args : script ? {} : undefined;
  const given = isMapping(trigger.args) ? trigger.args : {};
  for (const [name, value] of Object.entries(given)) {
    const path = [...base, 'args', name];
    if (scriptArgs && !(name in scriptArgs)) {
      const names = Object.keys(scriptArgs);
      const guess = closest(name, names);
      report(
        path,
        'key',
        `\`${describePath([...base, 'args'])}\` gives \`${name}\`, which is not an argument of \`scripts.${String(run)}\`${
          names.length ? ` (${names.join(', ')})` : ' (it has none)'
        }.`,
        guess ? `Did you mean \`${guess}\`?` : `Remove \`${name}\`, or add it to the script's \`args\`.`,
      );
    }
    if (typeof value === 'string') checkArgPlaceholders(path, value, report);
  }
  if (scriptArgs) {
    const missing = Object.entries(scriptArgs)
      .filter(
        ([name, arg]) =>
          isMapping(arg) && arg.required === true && arg.default === undefined && !(name in given),
      )
      .map(([name]) => name);
    if (missing.length > 0) {
      report(
        [...base, 'run'],
        'value',
        `\`scripts.${String(run)}\` requires ${codeList(missing)}, which ${describePath(base)} does not give: every run it starts would be rejected.`,
        `Add them under \`args\`, e.g. \`args: { ${missing[0]}: '{event.PATH}' }\`.`,
      );
    }
  }
}

/** A trigger's argument text may hold `{event.PATH}` and the usual placeholders, nothing else. */
function checkArgPlaceholders(path: ManifestPath, value: string, report: Report): void {
  for (const match of value.matchAll(ANY_PLACEHOLDER)) {
    const name = match[1];
    if ((PLACEHOLDERS as readonly string[]).includes(name)) continue;
    if (name === 'event' || name.startsWith('event.')) {
      if (/^event(\.[A-Za-z0-9_-]+)+$/.test(name)) continue;
      report(
        path,
        'value',
        `\`${describePath(path)}\` uses \`{${name}}\`, which is not a dotted path into the event: keys are separated by single dots.`,
        'Name one value of the payload, e.g. `{event.client_payload.uid}` or `{event.commits.0.id}`.',
      );
      continue;
    }
    const guess = closest(name, [...PLACEHOLDERS]);
    report(
      path,
      'value',
      `\`${describePath(path)}\` uses the unknown placeholder \`{${name}}\`; known here: \`{event.PATH}\` and ${codeList(
        PLACEHOLDERS.map((p) => `{${p}}`),
      )}.`,
      guess ? `Did you mean \`{${guess}}\`?` : 'Use `{event.PATH}` to take a value from the event payload.',
    );
  }
}
