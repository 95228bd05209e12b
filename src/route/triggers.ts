/**
 * Routing an event that names no script (push, schedule, repository_dispatch, workflow_run, ...) through
 * the manifest's `triggers`: which ones match, with which arguments, and why each other one does not,
 * quoting what the event said. Pure: the changed files of a push are computed elsewhere and passed in.
 *
 * Arguments: `{event.PATH}` is a dotted path into the payload (`client_payload.uid`, `commits.0.id`). A
 * text, number or boolean there is used; a missing path, `null`, a list or a mapping makes the run a
 * rejection that says so (a list or mapping is never turned into JSON text: name one value inside it).
 * The usual placeholders (`{job}`, `{issue}`, ...) are left for the planner, or filled in the same single
 * pass by `fillTriggerArgs` so that a payload value holding `{job}` is never expanded.
 */
import picomatch from 'picomatch';
import { EVENT_PLACEHOLDER, normalizeCron } from '../manifest/triggers';
import type { Manifest, Trigger } from '../manifest/types';
import type { RawArgument } from '../request/types';

export interface TriggerMatch {
  /** 1-based position in `triggers`. */
  index: number;
  trigger: Trigger;
  /** The trigger's `args` with `{event.PATH}` filled; the usual placeholders are still there. */
  args: Record<string, RawArgument>;
  /** The trigger's target; undefined: the script's default. */
  target?: string;
  /** Set when an argument could not be filled from the event: the run is a rejection with this reason. */
  rejection?: string;
}

export interface TriggerMiss {
  index: number;
  trigger: Trigger;
  /** Why it did not match, quoting what the event said. */
  why: string;
}

export interface Routing {
  eventName: string;
  matches: TriggerMatch[];
  misses: TriggerMiss[];
}

/** How many changed files a miss names before "and N more". */
const NAMED_FILES = 5;

/**
 * Evaluates every trigger in manifest order against the event. `changedFiles`: the files a push changed
 * (needed only by triggers with `paths`; see `needsChangedFiles`).
 */
export function routeEvent(
  manifest: Pick<Manifest, 'triggers'>,
  eventName: string,
  payload: unknown,
  changedFiles?: readonly string[],
): Routing {
  const routing: Routing = { eventName, matches: [], misses: [] };
  for (const trigger of manifest.triggers ?? []) {
    const why = whyNot(trigger, eventName, payload, changedFiles);
    if (why !== undefined) {
      routing.misses.push({ index: trigger.index, trigger, why });
      continue;
    }
    const filled = fillTriggerArgs(trigger, payload);
    routing.matches.push({
      index: trigger.index,
      trigger,
      args: filled.args,
      ...(trigger.target !== undefined ? { target: trigger.target } : {}),
      ...(filled.rejection !== undefined ? { rejection: filled.rejection } : {}),
    });
  }
  return routing;
}

/** Whether routing `eventName` needs the changed files: a push with a trigger that has `paths`. */
export function needsChangedFiles(manifest: Pick<Manifest, 'triggers'>, eventName: string): boolean {
  return (manifest.triggers ?? []).some((t) => t.on === eventName && t.paths !== undefined);
}

/** Undefined when `trigger` matches; otherwise the reason, quoting what the event said. */
function whyNot(
  trigger: Trigger,
  eventName: string,
  payload: unknown,
  changedFiles: readonly string[] | undefined,
): string | undefined {
  if (trigger.on !== eventName) return `the event is ${quote(eventName)}, not ${quote(trigger.on)}`;

  if (eventName === 'push') {
    const ref = lookup(payload, 'ref');
    const refText = typeof ref === 'string' ? ref : '';
    // Nothing to run a script on: the branch or tag is gone.
    if (lookup(payload, 'deleted') === true) {
      return `the push deleted ${describeRef(refText)}`;
    }
    if (trigger.branches) {
      if (!refText.startsWith('refs/heads/')) {
        return `the push is of ${describeRef(refText)}, not of a branch (\`branches\`: ${list(trigger.branches)})`;
      }
      const branch = refText.slice('refs/heads/'.length);
      if (!globsMatch(trigger.branches, branch)) {
        return `the push is to branch ${quote(branch)}, which ${list(trigger.branches)} does not match`;
      }
    }
    if (trigger.paths) {
      if (changedFiles === undefined) return 'the changed files of the push were not computed';
      if (changedFiles.length === 0) return 'the push changed no files';
      const matcher = globsMatcher(trigger.paths);
      if (!changedFiles.some(matcher)) {
        return `none of the ${changedFiles.length} changed file${
          changedFiles.length === 1 ? '' : 's'
        } matches ${list(trigger.paths)}: ${namedFiles(changedFiles)}`;
      }
    }
  }

  if (trigger.cron !== undefined) {
    const schedule = lookup(payload, 'schedule');
    if (typeof schedule !== 'string') return 'the event says no `schedule` (which cron fired)';
    if (normalizeCron(schedule) !== trigger.cron) {
      return `the schedule that fired is ${quote(schedule)}, not ${quote(trigger.cron)}`;
    }
  }

  if (trigger.types) {
    const action = lookup(payload, 'action');
    if (typeof action !== 'string')
      return `the event has no type (\`action\`); \`types\` wants ${list(trigger.types)}`;
    if (!trigger.types.includes(action)) {
      return `the event type is ${quote(action)}, not ${list(trigger.types)}`;
    }
  }

  for (const [path, allowed] of Object.entries(trigger.when ?? {})) {
    const found = resolvePath(payload, path);
    if (!found.ok)
      return `\`${path}\` is not in the payload (${found.reason}); \`when\` wants ${list(allowed)}`;
    const value = found.value;
    if (value === null || typeof value === 'object') {
      return `\`${path}\` is ${kindOf(value)}, not ${list(allowed)}`;
    }
    if (!allowed.includes(String(value)))
      return `\`${path}\` is ${quote(String(value))}, not ${list(allowed)}`;
  }

  if (trigger.workflows || trigger.conclusions) {
    const run = lookup(payload, 'workflow_run');
    const name = lookup(run, 'name') ?? lookup(lookup(payload, 'workflow'), 'name');
    const nameText = typeof name === 'string' ? name : undefined;
    if (trigger.workflows) {
      if (nameText === undefined) return 'the event names no workflow (`workflow_run.name`)';
      if (!trigger.workflows.includes(nameText)) {
        return `the workflow that ran is ${quote(nameText)}, not ${list(trigger.workflows)}`;
      }
    }
    if (trigger.conclusions) {
      const conclusion = lookup(run, 'conclusion');
      const of = nameText !== undefined ? ` of ${quote(nameText)}` : '';
      if (typeof conclusion !== 'string') {
        const action = lookup(payload, 'action');
        return `the run${of} has no conclusion yet${
          typeof action === 'string' ? ` (the event is its ${quote(action)})` : ''
        }; \`conclusions\` wants ${list(trigger.conclusions)}`;
      }
      if (!trigger.conclusions.includes(conclusion)) {
        return `the run${of} concluded ${quote(conclusion)}, not ${list(trigger.conclusions)}`;
      }
    }
  }
  return undefined;
}

/** A value found at a dotted path, or why there is none. */
export type Resolved = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * The value at a dotted path of the payload: mapping keys (own keys only), and list indexes written as
 * numbers (`commits.0.id`).
 */
export function resolvePath(payload: unknown, path: string): Resolved {
  let value: unknown = payload;
  const walked: string[] = [];
  for (const segment of path.split('.')) {
    const here = walked.length ? `\`${walked.join('.')}\`` : 'the payload';
    if (Array.isArray(value)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) {
        return {
          ok: false,
          reason: `${here} is a list; name an item by its number, e.g. \`${[...walked, '0'].join('.')}\``,
        };
      }
      const index = Number(segment);
      if (index >= value.length) {
        return { ok: false, reason: `${here} is a list of ${value.length}, with no item ${index}` };
      }
      value = value[index];
    } else if (value !== null && typeof value === 'object') {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) {
        return { ok: false, reason: `${here} has no \`${segment}\`` };
      }
      value = (value as Record<string, unknown>)[segment];
    } else {
      return { ok: false, reason: `${here} is ${kindOf(value)}, with nothing inside` };
    }
    walked.push(segment);
  }
  return { ok: true, value };
}

/**
 * The trigger's arguments with `{event.PATH}` filled from the payload and the usual placeholders filled
 * from `values` (left as they are when not given), in one pass. A whole-value `{event.PATH}` keeps a number
 * or boolean as it is. The first value that cannot be filled gives `rejection`.
 */
export function fillTriggerArgs(
  trigger: Pick<Trigger, 'args'>,
  payload: unknown,
  values: Record<string, string> = {},
): { args: Record<string, RawArgument>; rejection?: string } {
  const args: Record<string, RawArgument> = {};
  let rejection: string | undefined;
  for (const [name, template] of Object.entries(trigger.args)) {
    if (typeof template !== 'string') {
      args[name] = template;
      continue;
    }
    const whole = new RegExp(`^${EVENT_PLACEHOLDER.source}$`).exec(template);
    if (whole) {
      const found = eventValue(whole[1].slice(1), payload);
      if ('error' in found) {
        rejection ??= `argument \`${name}\` (${quote(template)}): ${found.error}`;
        args[name] = template;
      } else args[name] = found.value;
      continue;
    }
    args[name] = template.replace(TOKEN, (token, event: string | undefined, usual: string | undefined) => {
      if (event !== undefined) {
        const found = eventValue(event.slice(1), payload);
        if ('error' in found) {
          rejection ??= `argument \`${name}\` (${quote(template)}): ${found.error}`;
          return token;
        }
        return String(found.value);
      }
      return usual !== undefined && Object.prototype.hasOwnProperty.call(values, usual)
        ? values[usual]
        : token;
    });
  }
  return rejection === undefined ? { args } : { args, rejection };
}

/** `{event.PATH}` or a usual `{name}`. */
const TOKEN = new RegExp(`\\{event((?:\\.[A-Za-z0-9_-]+)+)\\}|\\{([A-Za-z_][A-Za-z0-9_]*)\\}`, 'g');

function eventValue(
  path: string,
  payload: unknown,
): { value: string | number | boolean } | { error: string } {
  const found = resolvePath(payload, path);
  if (!found.ok) return { error: `the event has no \`${path}\` (${found.reason})` };
  const value = found.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value === null) return { error: `\`${path}\` is null in the event` };
  return {
    error: `\`${path}\` is ${kindOf(value)} in the event, not one value; name a value inside it (e.g. \`{event.${path}.${
      Array.isArray(value) ? '0' : (Object.keys(value as object)[0] ?? 'KEY')
    }}\`)`,
  };
}

/**
 * Whether `value` passes `globs`: a glob starting with `!` excludes, the last glob that matches decides;
 * when every glob excludes, what none of them matches passes. Globs as the manifest's others (picomatch,
 * dot files included).
 */
export function globsMatch(globs: readonly string[], value: string): boolean {
  return globsMatcher(globs)(value);
}

/** `globsMatch` with the globs compiled once, for many values. */
export function globsMatcher(globs: readonly string[]): (value: string) => boolean {
  const compiled = globs.map((glob) => {
    const negated = glob.startsWith('!');
    return { negated, test: picomatch(negated ? glob.slice(1) : glob, { dot: true }) };
  });
  const start = compiled.every((c) => c.negated);
  return (value) => {
    let matched = start;
    for (const { negated, test } of compiled) if (test(value)) matched = !negated;
    return matched;
  };
}

function lookup(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function describeRef(ref: string): string {
  if (ref.startsWith('refs/heads/')) return `branch ${quote(ref.slice('refs/heads/'.length))}`;
  if (ref.startsWith('refs/tags/')) return `tag ${quote(ref.slice('refs/tags/'.length))}`;
  return ref ? quote(ref) : 'an unnamed ref';
}

function namedFiles(files: readonly string[]): string {
  const named = files.slice(0, NAMED_FILES).map(quote).join(', ');
  return files.length > NAMED_FILES ? `${named} and ${files.length - NAMED_FILES} more` : named;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${quote(String(value))}`;
}

/** `a` or `b`: the manifest's values as a message lists them. */
function list(values: readonly string[]): string {
  return values.length === 1 ? quote(values[0]) : `any of ${values.map(quote).join(', ')}`;
}

/**
 * A value from the event or the manifest as a message quotes it: one line, no backticks or control
 * characters (so it cannot break out of its code span), at most 80 characters.
 */
export function quote(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/`/g, "'");
  if (clean.trim() === '') return 'an empty text';
  return `\`${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}\``;
}
