/**
 * Flows in the manifest: the rules a schema cannot say (names that refer to each other, cycles,
 * placeholders, argument values against the step's script) and the typed flows built from checked values.
 *
 * Like `check.ts`, the checks read plain values and skip whatever has the wrong shape (the schema reports
 * that), so every problem comes back at once, each at its line and column.
 */
import { checkArgs } from '../args/check';
import type { ManifestProblem } from '../errors';
import { closest } from '../shared/similar';
import { buildArg, effectivePermission } from './build';
import { describePath, type Locator, type ManifestPath } from './locate';
import { buildFanOut, checkFanOut } from './fan-out';
import { checkTargetKeys, type Report } from './targets';
import type { RawArg, RawFlow, RawSettings } from './raw';
import {
  ARG_TYPES,
  PERMISSIONS,
  type ArgSpec,
  type ArgType,
  type ArgValue,
  type Flow,
  type FlowStep,
  type Permission,
  type Script,
} from './types';
import { codeList, describeValue } from './words';

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A placeholder of a step argument: `{target}`, `{args.since}`, `{steps.images.output}`. */
const TOKEN = /\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)\}/g;
const STEP_OUTPUT = /^steps\.([A-Za-z0-9][A-Za-z0-9_-]*)\.output$/;

/** The placeholders a step argument may hold, besides `{args.NAME}` and `{steps.NAME.output}`. */
export const STEP_PLACEHOLDERS = ['target', 'job'] as const;

/** The placeholder names in `value`, in order (`args.since`, `steps.images.output`). */
export function stepPlaceholdersIn(value: string): string[] {
  return [...value.matchAll(TOKEN)].map((m) => m[1]);
}

/** The names of the steps whose `{steps.NAME.output}` a value uses. */
export function stepOutputsIn(value: string): string[] {
  return stepPlaceholdersIn(value)
    .map((name) => STEP_OUTPUT.exec(name)?.[1])
    .filter((name): name is string => name !== undefined);
}

/**
 * Replaces the placeholders of a step argument. `outputs` maps step names to their absolute output
 * directories. Unknown placeholders stay as written (the manifest check rejects them before any run).
 */
export function fillStepValue(
  value: ArgValue,
  values: { args: Record<string, ArgValue>; target?: string; job: string; outputs: Record<string, string> },
): ArgValue {
  if (typeof value !== 'string') return value;
  const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(value);
  if (whole && Object.hasOwn(values.args, whole[1])) return values.args[whole[1]];
  return value.replace(TOKEN, (text, name: string) => {
    if (name === 'target') return values.target ?? text;
    if (name === 'job') return values.job;
    if (name.startsWith('args.')) {
      const arg = name.slice('args.'.length);
      return Object.hasOwn(values.args, arg) ? String(values.args[arg]) : text;
    }
    const step = STEP_OUTPUT.exec(name)?.[1];
    return step !== undefined && Object.hasOwn(values.outputs, step) ? values.outputs[step] : text;
  });
}

/** Every problem of the manifest's `flows`, with its position. */
export function checkFlows(data: unknown, locator: Locator): ManifestProblem[] {
  if (!isMapping(data) || !isMapping(data.flows)) return [];
  const problems: ManifestProblem[] = [];
  const report: Report = (path, part, message, fix) =>
    problems.push(locator.problem(path, part, message, fix));
  const scripts = isMapping(data.scripts) ? data.scripts : {};
  const repositoryKeys = isMapping(data.repositories) ? Object.keys(data.repositories) : [];
  for (const [name, flow] of Object.entries(data.flows)) {
    if (Object.hasOwn(scripts, name)) {
      report(
        ['flows', name],
        'key',
        `The flow \`${name}\` has the name of the script \`scripts.${name}\`; flows and scripts share one namespace, so a request could not say which it means.`,
        `Rename the flow or the script, e.g. \`${name}-flow\`.`,
      );
    }
    if (isMapping(flow)) {
      checkFlow(name, flow, scripts, repositoryKeys, report);
      checkFanOut(['flows', name], flow, report);
    }
  }
  return problems;
}

function checkFlow(
  name: string,
  flow: Mapping,
  scripts: Mapping,
  repositoryKeys: string[],
  report: Report,
): void {
  const base = ['flows', name];
  checkTargetKeys(base, flow.targets, repositoryKeys, report);
  const flowArgs = specsOf(flow.args);
  const steps = isMapping(flow.steps) ? flow.steps : {};
  const stepNames = Object.keys(steps);
  const scriptNames = Object.keys(scripts);

  /** Valid edges only, so the cycle search sees what the user meant. */
  const needsOf = new Map<string, string[]>();
  for (const [stepName, step] of Object.entries(steps)) {
    if (!isMapping(step)) continue;
    const at = [...base, 'steps', stepName];
    const script =
      typeof step.script === 'string' && isMapping(scripts[step.script]) ? step.script : undefined;
    if (typeof step.script === 'string' && !Object.hasOwn(scripts, step.script)) {
      const guess = closest(step.script, scriptNames);
      report(
        [...at, 'script'],
        'value',
        `\`${describePath([...at, 'script'])}\` names \`${step.script}\`, which is not a script of the manifest${
          scriptNames.length ? ` (${scriptNames.join(', ')})` : ''
        }.`,
        guess
          ? `Did you mean \`${guess}\`?`
          : `Add \`${step.script}\` under \`scripts\`, or name another script.`,
      );
    }

    const needs: string[] = [];
    if (Array.isArray(step.needs)) {
      step.needs.forEach((need, i) => {
        if (typeof need !== 'string') return;
        if (need === stepName) {
          report(
            [...at, 'needs', i],
            'value',
            `The step \`${stepName}\` of the flow \`${name}\` needs itself, so it could never start.`,
            'Remove it from its own `needs`.',
          );
        } else if (!Object.hasOwn(steps, need)) {
          const guess = closest(need, stepNames);
          report(
            [...at, 'needs', i],
            'value',
            `\`${describePath([...at, 'needs'])}\` names \`${need}\`, which is not a step of the flow \`${name}\` (${stepNames.join(', ')}).`,
            guess ? `Did you mean \`${guess}\`?` : 'Name a step of this flow, or remove it.',
          );
        } else needs.push(need);
      });
    }
    needsOf.set(stepName, needs);

    if (script)
      checkStepTargets(at, name, flow.targets, script, scripts[script] as Mapping, repositoryKeys, report);
    const scriptSpecs = script ? specsOf((scripts[script] as Mapping).args) : undefined;
    checkStepArgs(at, name, step.args, needs, stepNames, flowArgs, scriptSpecs, report);

    if (step.cache === true && script && (scripts[script] as Mapping).mode === 'write') {
      report(
        [...at, 'cache'],
        'value',
        `The step \`${stepName}\` runs the write script \`${script}\`, and write steps are never cached: their changes must be made again on every run.`,
        'Remove `cache: true`.',
      );
    }
    if (Array.isArray(step['cache-files'])) {
      step['cache-files'].forEach((glob, i) => {
        if (typeof glob !== 'string') return;
        if (/^([/\\~]|[A-Za-z]:)/.test(glob) || glob.split(/[/\\]+/).includes('..')) {
          report(
            [...at, 'cache-files', i],
            'value',
            `\`${describePath([...at, 'cache-files', i])}\` must be a glob inside the working directory (got ${describeValue(glob)}).`,
            'Write it relative to the working directory, without `..`, e.g. `scripts/lib/**/*.py`.',
          );
        }
      });
    }
  }

  for (const cycle of findCycles(stepNames, needsOf)) {
    const first = cycle[0];
    const index = (steps[first] as Mapping).needs as unknown[];
    report(
      [...base, 'steps', first, 'needs', index.indexOf(cycle[1])],
      'value',
      `The steps of the flow \`${name}\` need each other in a cycle: ${[...cycle].join(' → ')}; none of them could ever start.`,
      `Remove one of these \`needs\`, e.g. \`${cycle[1]}\` from \`${first}\`.`,
    );
  }
}

function checkStepArgs(
  at: ManifestPath,
  flowName: string,
  args: unknown,
  needs: string[],
  stepNames: string[],
  flowArgs: ArgSpec[] | undefined,
  scriptSpecs: ArgSpec[] | undefined,
  report: Report,
): void {
  const given = isMapping(args) ? args : {};
  const known = [
    ...STEP_PLACEHOLDERS,
    ...(flowArgs ?? []).map((a) => `args.${a.name}`),
    ...needs.map((n) => `steps.${n}.output`),
  ];
  const withPlaceholders = new Set<string>();
  for (const [argName, value] of Object.entries(given)) {
    if (typeof value !== 'string') continue;
    const path = [...at, 'args', argName];
    const names = stepPlaceholdersIn(value);
    if (names.length > 0) withPlaceholders.add(argName);
    for (const placeholder of names) {
      if ((known as string[]).includes(placeholder)) continue;
      const step = STEP_OUTPUT.exec(placeholder)?.[1];
      if (step !== undefined && stepNames.includes(step)) {
        report(
          path,
          'value',
          `\`${describePath(path)}\` uses \`{${placeholder}}\`, but \`${step}\` is not in this step's \`needs\`: its output would not exist yet when this step starts.`,
          `Add \`${step}\` to \`needs\`.`,
        );
        continue;
      }
      if (step !== undefined) {
        const guess = closest(step, stepNames);
        report(
          path,
          'value',
          `\`${describePath(path)}\` uses \`{${placeholder}}\`, but the flow \`${flowName}\` has no step \`${step}\`.`,
          guess
            ? `Did you mean \`{steps.${guess}.output}\`?`
            : `Name a step of \`needs\`: ${codeList(needs)}.`,
        );
        continue;
      }
      if (placeholder.startsWith('args.') && flowArgs === undefined) continue;
      const guess = closest(placeholder, known);
      report(
        path,
        'value',
        `\`${describePath(path)}\` uses the unknown placeholder \`{${placeholder}}\`; known placeholders here: ${known
          .map((k) => `{${k}}`)
          .join(', ')}.`,
        guess ? `Did you mean \`{${guess}}\`?` : undefined,
      );
    }
    const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(value);
    const from = whole ? flowArgs?.find((a) => a.name === whole[1]) : undefined;
    const to = scriptSpecs?.find((a) => a.name === argName);
    if (from && to && !typesFit(from.type, to.type)) {
      report(
        path,
        'value',
        `\`${describePath(path)}\` passes the flow's \`${from.type}\` argument \`${from.name}\` to the script's \`${to.type}\` argument \`${to.name}\`.`,
        `Give the flow argument \`${from.name}\` the type \`${to.type}\`.`,
      );
    }
  }
  if (!scriptSpecs) return;

  // Values without placeholders are checked now, as a request's would be; the others when the flow runs.
  const specs = scriptSpecs.filter((spec) => !withPlaceholders.has(spec.name));
  const raw: Record<string, unknown> = {};
  for (const [argName, value] of Object.entries(given)) {
    if (!withPlaceholders.has(argName) || !scriptSpecs.some((s) => s.name === argName)) raw[argName] = value;
  }
  const { problems } = checkArgs(specs, raw as Parameters<typeof checkArgs>[1]);
  for (const problem of problems) {
    const onValue = problem.field !== undefined && Object.hasOwn(given, problem.field);
    report(
      onValue ? [...at, 'args', problem.field as string] : isMapping(args) ? [...at, 'args'] : at,
      onValue ? 'value' : 'key',
      `Step \`${String(at[at.length - 1])}\` of the flow \`${flowName}\`: ${problem.message}`,
      problem.fix,
    );
  }
}

/** Every target the flow may run on must be one the step's script may run on. */
function checkStepTargets(
  at: ManifestPath,
  flowName: string,
  flowTargets: unknown,
  scriptName: string,
  script: Mapping,
  repositoryKeys: string[],
  report: Report,
): void {
  if (!Array.isArray(script.targets) || script.targets.length === 0) return; // all targets, or none needed
  const targets = Array.isArray(flowTargets)
    ? flowTargets.filter((t) => typeof t === 'string')
    : repositoryKeys;
  const missing = targets.filter(
    (t) => repositoryKeys.includes(t) && !(script.targets as unknown[]).includes(t),
  );
  if (missing.length === 0) return;
  report(
    [...at, 'script'],
    'value',
    `The flow \`${flowName}\` may run on ${codeList(missing)}, but its step \`${String(at[at.length - 1])}\` runs the script \`${scriptName}\`, whose \`targets\` do not include ${missing.length === 1 ? 'it' : 'them'}.`,
    `Set the flow's \`targets\` to targets of \`${scriptName}\` (${codeList(script.targets as string[])}), or add ${codeList(missing)} to the script's \`targets\`.`,
  );
}

/** Whether a flow argument of type `from` can be passed whole to a script argument of type `to`. */
function typesFit(from: ArgType, to: ArgType): boolean {
  if (from === to) return true;
  if (to === 'text' || to === 'textarea') return ['text', 'textarea', 'choice', 'number'].includes(from);
  return false;
}

/** Argument specs from raw values, skipping what the schema rejects; undefined when `args` has the wrong shape. */
function specsOf(args: unknown): ArgSpec[] | undefined {
  if (args === undefined) return [];
  if (!isMapping(args)) return undefined;
  const specs: ArgSpec[] = [];
  for (const [name, arg] of Object.entries(args)) {
    if (!isMapping(arg) || !ARG_TYPES.includes(arg.type as ArgType)) continue;
    try {
      specs.push(buildArg(name, arg as unknown as RawArg));
    } catch {
      // a value of the wrong shape: the schema reports it
    }
  }
  return specs;
}

/**
 * Every cycle of the `needs` graph, each once, as the list of steps from the first one met (in declaration
 * order) back to itself: `[a, b, c, a]` when a needs b, b needs c and c needs a.
 */
export function findCycles(names: string[], needsOf: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    for (const need of needsOf.get(name) ?? []) {
      const seen = state.get(need);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(need)), need]);
      else if (seen === undefined) visit(need);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of names) if (!state.has(name)) visit(name);
  return cycles;
}

/** The highest of some permissions. */
export function highestPermission(...permissions: Permission[]): Permission {
  return permissions.reduce((a, b) => (PERMISSIONS.indexOf(b) > PERMISSIONS.indexOf(a) ? b : a));
}

/** The typed flows, from values that passed the schema and the checks; `scripts` are already built. */
export function buildFlows(
  raw: Record<string, RawFlow>,
  scripts: Record<string, Script>,
  repositoryKeys: string[],
  defaults: RawSettings,
): Record<string, Flow> {
  const flows: Record<string, Flow> = {};
  for (const [name, flow] of Object.entries(raw)) {
    const steps: FlowStep[] = Object.entries(flow.steps).map(([stepName, step]) => ({
      name: stepName,
      script: step.script,
      needs: [...(step.needs ?? [])],
      args: { ...(step.args ?? {}) },
      cache: step.cache ?? false,
      cacheFiles: [...(step['cache-files'] ?? [])],
    }));
    const own = effectivePermission('read', flow.permission, defaults.permission);
    flows[name] = {
      name,
      title: flow.title ?? name,
      description: flow.description ?? '',
      targets: flow.targets ? [...flow.targets] : [...repositoryKeys],
      args: Object.entries(flow.args ?? {}).map(([argName, arg]) => buildArg(argName, arg)),
      permission: highestPermission(own, ...steps.map((s) => scripts[s.script].permission)),
      ...(flow['max-parallel'] !== undefined ? { maxParallel: flow['max-parallel'] } : {}),
      ...buildFanOut(flow['fan-out']),
      steps,
    };
  }
  return flows;
}
