/**
 * A flow run over an injected step runner: fills each step's arguments (`{args.NAME}`, `{target}`, `{job}`,
 * `{steps.NAME.output}`), checks and writes them as a request's would be, looks cached steps up, runs the
 * others through `runStep` (the engine's `runJob`), saves what succeeded, and reports one record per step.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { checkArgs } from '../args/check';
import { materializeArgs } from '../args/materialize';
import type { PendingContent } from '../args/types';
import { UserError, type Problem } from '../errors';
import { fillStepValue, stepOutputsIn } from '../manifest/flows';
import type { ArgValue, Flow, FlowStep, Manifest, Script } from '../manifest/types';
import { isInside } from '../shared/paths';
import { cacheKey } from './cache-key';
import { lookUpStep, type CacheStore } from './cache-store';
import { runFlow, type FlowEvent, type StepOutcome, type StepRecord } from './schedule';
import type { ReportStep } from '../report/types';

/** What the engine gets to run one step: a Job's worth of resolved facts. */
export interface FlowStepCall {
  flow: Flow;
  step: FlowStep;
  script: Script;
  /** Checked, typed values (script defaults applied); csv/file values are paths of files written. */
  args: Record<string, ArgValue>;
  /** Absolute, created, empty: the step's own output directory (`<artifact>/<step>/`). */
  outputDir: string;
  /** `DISPATCH_STEP` and `DISPATCH_STEPS` (JSON: each needed step → its absolute output directory). */
  env: { DISPATCH_STEP: string; DISPATCH_STEPS: string };
  /** Aborted on cancellation: stop the process group and resolve `cancelled`. */
  signal: AbortSignal;
  /** `step K/N`. */
  position: number;
  total: number;
}

/** What `runStep` resolves to. */
export interface FlowStepOutcome extends StepOutcome {
  exitCode?: number | null;
  /** Why it failed, in the user's words (shown in the comment). */
  reason?: string;
}

/** One step in the record (`steps` of the run record; kebab-case as the record writes it). */
export interface FlowStepReport extends Omit<ReportStep, 'status'> {
  status: StepRecord<FlowStep, FlowStepOutcome>['status'];
  /** Skipped: the needed steps that did not succeed. */
  'blocked-by'?: string[];
}

export interface FlowRunReport {
  status: 'succeeded' | 'failed' | 'cancelled';
  steps: FlowStepReport[];
}

export interface FlowRunInput {
  manifest: Pick<Manifest, 'scripts' | 'maxDownloadBytes'>;
  flow: Flow;
  /** The flow's checked arguments, csv/file values already written (paths). */
  args: Record<string, ArgValue>;
  /** The target checked out once for the flow run, and its commit; undefined when no step needs one. */
  target?: { key: string; commit: string };
  job: string;
  /** GITHUB_WORKSPACE (the CLI: the repository root): the cache names files relative to it. */
  workspace: string;
  /** Creates and returns the absolute output directory of a step (e.g. `<flow output>/<step>`). */
  outputDir: (step: FlowStep) => Promise<string>;
  /** Where a step's csv/file values are written (outside its output directory), created as needed. */
  argsDir: (step: FlowStep) => string;
  /** Runs one step (the engine's `runJob` for `call`). */
  runStep: (call: FlowStepCall) => Promise<FlowStepOutcome>;
  /** Cached steps look up and save here; none: `cache: true` is ignored. */
  cache?: CacheStore;
  /** Steps at once; default: the flow's `max-parallel`, else the number of CPUs. */
  maxParallel?: number;
  signal?: AbortSignal;
  onEvent?: (event: FlowEvent<FlowStep, FlowStepOutcome>) => void;
  /** A cache save that failed (never fails the step). */
  warn?: (message: string) => void;
  now?: () => number;
}

/** A step whose arguments are wrong once filled in: the step fails with this reason, dependents skip. */
export class StepArgumentsError extends UserError {
  constructor(step: string, problems: Problem[]) {
    super(
      `The arguments of step \`${step}\` are not valid: ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
    this.name = 'StepArgumentsError';
  }
}

/**
 * A step's argument values for its script, placeholders filled: csv/file values that name a file in a
 * needed step's outputs (or a csv/file flow argument) become that file, never a path outside it; other
 * values are checked as a request's would be. Script defaults are applied by the check.
 */
export function stepArguments(
  step: FlowStep,
  script: Script,
  values: { args: Record<string, ArgValue>; target?: string; job: string; outputs: Record<string, string> },
  flowArgTypes: Record<string, string> = {},
): { values: Record<string, ArgValue | PendingContent>; problems: Problem[] } {
  const files: Record<string, PendingContent> = {};
  const raw: Record<string, ArgValue> = {};
  const problems: Problem[] = [];
  for (const [name, template] of Object.entries(step.args)) {
    const spec = script.args.find((a) => a.name === name);
    const filled = fillStepValue(template, values);
    if (spec && (spec.type === 'csv' || spec.type === 'file') && typeof template === 'string') {
      const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(template);
      const fromStep = stepOutputsIn(template)[0];
      if (whole && (flowArgTypes[whole[1]] === 'csv' || flowArgTypes[whole[1]] === 'file')) {
        files[name] = { kind: 'local', path: String(filled) };
        continue;
      }
      if (fromStep !== undefined && template.startsWith(`{steps.${fromStep}.output}`)) {
        const root = values.outputs[fromStep];
        const file = path.resolve(String(filled));
        if (!root || !isInside(root, file)) {
          problems.push({
            field: name,
            message: `Argument \`${name}\` names ${JSON.stringify(String(filled))}, which is not inside the outputs of step \`${fromStep}\`.`,
            fix: 'Name a file inside that step output directory, without `..`.',
          });
        } else files[name] = { kind: 'local', path: file };
        continue;
      }
    }
    raw[name] = filled;
  }
  const refused = new Set(problems.map((p) => p.field));
  const checked = checkArgs(
    script.args.filter((spec) => !Object.hasOwn(files, spec.name) && !refused.has(spec.name)),
    raw as Parameters<typeof checkArgs>[1],
  );
  return { values: { ...checked.values, ...files }, problems: [...problems, ...checked.problems] };
}

/** Runs `input.flow`; resolves when every step has an end. */
export async function runFlowSteps(input: FlowRunInput): Promise<FlowRunReport> {
  const { flow } = input;
  const outputs: Record<string, string> = {};
  const extra = new Map<string, { cacheKey?: string; cacheMiss?: string }>();
  const flowArgTypes = Object.fromEntries(flow.args.map((a) => [a.name, a.type]));
  const refuse = () =>
    Promise.reject(new UserError('A flow step downloads nothing: give the file as a flow argument.'));

  const result = await runFlow<FlowStep, FlowStepOutcome>(
    flow,
    async (step, context) => {
      const script = input.manifest.scripts[step.script];
      const outputDir = await input.outputDir(step);
      outputs[step.name] = outputDir;
      const needed = Object.fromEntries(step.needs.map((n) => [n, outputs[n]]));
      const given = stepArguments(
        step,
        script,
        { args: input.args, target: input.target?.key, job: input.job, outputs: needed },
        flowArgTypes,
      );
      if (given.problems.length > 0) throw new StepArgumentsError(step.name, given.problems);
      const written = await materializeArgs(script.args, given.values, {
        dir: input.argsDir(step),
        download: refuse,
        maxBytes: input.manifest.maxDownloadBytes,
        policy: { serverUrl: '', repository: '', allowedHosts: [] },
        readLocal: (file) => readFile(file),
      });
      if (written.problems.length > 0) throw new StepArgumentsError(step.name, written.problems);

      const cached = step.cache && script.mode === 'read' && input.cache !== undefined;
      let entry: Parameters<CacheStore['save']>[0] | undefined;
      if (cached && input.cache) {
        const key = await cacheKey({
          script,
          step,
          workspace: input.workspace,
          workingDirectory: path.resolve(input.workspace, script.workingDirectory),
          flowArgs: input.args,
          args: written.values,
          ...(input.target ? { target: input.target } : {}),
          neededOutputs: needed,
        });
        entry = { flow: flow.name, step: step.name, ...key };
        const lookup = await lookUpStep(input.cache, entry, outputDir);
        if (lookup.cached) {
          extra.set(step.name, { cacheKey: key.key });
          return { status: 'cached' };
        }
        extra.set(step.name, { cacheKey: key.key, cacheMiss: lookup.cacheMiss });
      }

      if (context.signal.aborted) return { status: 'cancelled' };
      const outcome = await input.runStep({
        flow,
        step,
        script,
        args: written.values,
        outputDir,
        env: { DISPATCH_STEP: step.name, DISPATCH_STEPS: JSON.stringify(needed) },
        signal: context.signal,
        position: context.position,
        total: context.total,
      });
      if (outcome.status === 'succeeded' && entry && input.cache) {
        try {
          await input.cache.save(entry, outputDir);
        } catch (error) {
          input.warn?.(`The outputs of step ${step.name} were not cached: ${(error as Error).message}`);
        }
      }
      return outcome;
    },
    {
      ...((input.maxParallel ?? flow.maxParallel) !== undefined
        ? { maxParallel: input.maxParallel ?? flow.maxParallel }
        : {}),
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.onEvent ? { onEvent: input.onEvent } : {}),
      ...(input.now ? { now: input.now } : {}),
      exclusive: (step) => input.manifest.scripts[step.script]?.mode === 'write',
    },
  );

  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
  return {
    status: result.status,
    steps: result.steps.map((record) => {
      const more = extra.get(record.name) ?? {};
      const report: FlowStepReport = {
        name: record.name,
        script: record.step.script,
        status: record.status,
        needs: [...record.needs],
      };
      const started = iso(record.startedAt);
      const finished = iso(record.finishedAt);
      if (started) report['started-at'] = started;
      if (finished) report['finished-at'] = finished;
      if (record.outcome?.exitCode !== undefined) report['exit-code'] = record.outcome.exitCode;
      if (more.cacheKey) report['cache-key'] = more.cacheKey;
      if (more.cacheMiss) report['cache-miss'] = more.cacheMiss;
      const reason = record.outcome?.reason ?? record.error;
      if (reason) report.reason = reason;
      if (record.blockedBy) report['blocked-by'] = record.blockedBy;
      return report;
    }),
  };
}
