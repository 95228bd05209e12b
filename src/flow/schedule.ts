/**
 * Runs the steps of a flow as a graph: a step starts as soon as every step it needs succeeded or was cached,
 * independent steps run at the same time (at most `maxParallel`), a step that did not succeed skips the
 * steps that need it while the others run to the end, and an abort stops launching and cancels what runs.
 *
 * Pure scheduling: what a step does is the injected `startStep`; time comes from the injected `now`.
 */
import { availableParallelism } from 'node:os';

/** How a step ended. */
export type StepStatus = 'succeeded' | 'failed' | 'timed-out' | 'skipped' | 'cached' | 'cancelled';

/** What `startStep` resolves to: how the step ended, and whatever else the caller keeps (exit code, ...). */
export interface StepOutcome {
  status: Exclude<StepStatus, 'skipped'>;
}

/** The graph's view of a step. */
export interface ScheduledStep {
  name: string;
  needs: readonly string[];
}

export interface StepRecord<S extends ScheduledStep, R extends StepOutcome> {
  step: S;
  name: string;
  status: StepStatus;
  needs: readonly string[];
  /** Milliseconds from `now()`; undefined for a step that never started (skipped, or cancelled before). */
  startedAt?: number;
  finishedAt?: number;
  /** What `startStep` resolved to. */
  outcome?: R;
  /** The message of what `startStep` threw (the step is then `failed`). */
  error?: string;
  /** Skipped: the steps it needs that did not succeed (directly). */
  blockedBy?: string[];
}

export interface FlowResult<S extends ScheduledStep, R extends StepOutcome> {
  /** One record per step, in the order the steps were given. */
  steps: StepRecord<S, R>[];
  /** `succeeded` only when every step succeeded or was cached. */
  status: 'succeeded' | 'failed' | 'cancelled';
}

export interface StepContext<S extends ScheduledStep, R extends StepOutcome> {
  /** Aborted when the flow is cancelled: stop the step's process group and resolve `cancelled`. */
  signal: AbortSignal;
  /** The records of the steps it needs (every one `succeeded` or `cached`), by name. */
  needs: Readonly<Record<string, StepRecord<S, R>>>;
  /** 1-based position in start order, and the number of steps: `step K/N`. */
  position: number;
  total: number;
}

export type FlowEvent<S extends ScheduledStep, R extends StepOutcome> =
  | { kind: 'started'; record: StepRecord<S, R>; running: number }
  | { kind: 'finished'; record: StepRecord<S, R>; running: number };

export interface RunFlowOptions<S extends ScheduledStep, R extends StepOutcome> {
  /** Steps at once (default: the number of CPUs). */
  maxParallel?: number;
  /** Aborting stops launching steps and aborts the running ones' signals. */
  signal?: AbortSignal;
  /** A step that must run alone (a write step on the flow's target): nothing else runs while it runs. */
  exclusive?: (step: S) => boolean;
  /** Milliseconds (default `Date.now`). */
  now?: () => number;
  /** Called as steps start and finish (status comment, log). Must not throw. */
  onEvent?: (event: FlowEvent<S, R>) => void;
}

const PASSED: readonly StepStatus[] = ['succeeded', 'cached'];

/** Checks what the manifest check guarantees, for graphs built elsewhere: needs exist, no cycle. */
export function topologicalOrder<S extends ScheduledStep>(steps: readonly S[]): S[] {
  const byName = new Map(steps.map((s) => [s.name, s]));
  if (byName.size !== steps.length) throw new Error('Two steps of the flow have the same name.');
  const order: S[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (step: S, path: string[]): void => {
    const seen = state.get(step.name);
    if (seen === 'done') return;
    if (seen === 'open')
      throw new Error(`The steps need each other in a cycle: ${[...path, step.name].join(' → ')}.`);
    state.set(step.name, 'open');
    for (const need of step.needs) {
      const other = byName.get(need);
      if (!other)
        throw new Error(`The step \`${step.name}\` needs \`${need}\`, which is not a step of the flow.`);
      visit(other, [...path, step.name]);
    }
    state.set(step.name, 'done');
    order.push(step);
  };
  for (const step of steps) visit(step, []);
  return order;
}

/**
 * Runs every step of `flow` through `startStep` in dependency order, and resolves when every step has an
 * end: ran, skipped or cancelled. Never rejects because of a step: a step that throws is `failed`.
 */
export async function runFlow<S extends ScheduledStep, R extends StepOutcome>(
  flow: { steps: readonly S[] },
  startStep: (step: S, context: StepContext<S, R>) => Promise<R>,
  options: RunFlowOptions<S, R> = {},
): Promise<FlowResult<S, R>> {
  topologicalOrder(flow.steps);
  const maxParallel = Math.max(1, Math.floor(options.maxParallel ?? availableParallelism()));
  const now = options.now ?? Date.now;
  const exclusive = options.exclusive ?? (() => false);
  const records = flow.steps.map((step): StepRecord<S, R> => ({
    step,
    name: step.name,
    status: 'skipped',
    needs: [...step.needs],
  }));
  const byName = new Map(records.map((r) => [r.name, r]));
  const pending = new Set(records);
  const running = new Set<StepRecord<S, R>>();
  let runningExclusive = false;
  let started = 0;
  const controller = new AbortController();
  const outer = options.signal;

  return new Promise((resolve) => {
    const finish = () => {
      const statuses = records.map((r) => r.status);
      const status = statuses.every((s) => PASSED.includes(s))
        ? 'succeeded'
        : outer?.aborted || statuses.includes('cancelled')
          ? 'cancelled'
          : 'failed';
      outer?.removeEventListener('abort', onAbort);
      resolve({ steps: records, status });
    };

    const settle = (): void => {
      // Skip what can never start; cancel what has not started once the flow is aborted.
      let changed = true;
      while (changed) {
        changed = false;
        for (const record of pending) {
          if (controller.signal.aborted) {
            pending.delete(record);
            record.status = 'cancelled';
            changed = true;
            continue;
          }
          const blocked = record.needs.filter((n) => {
            const need = byName.get(n) as StepRecord<S, R>;
            return !pending.has(need) && !running.has(need) && !PASSED.includes(need.status);
          });
          if (blocked.length > 0) {
            pending.delete(record);
            record.status = 'skipped';
            record.blockedBy = blocked;
            changed = true;
          }
        }
      }
      for (const record of records) {
        if (!pending.has(record)) continue;
        if (running.size >= maxParallel || runningExclusive) break;
        const ready = record.needs.every((n) => PASSED.includes((byName.get(n) as StepRecord<S, R>).status));
        const isReady = ready && record.needs.every((n) => !pending.has(byName.get(n) as StepRecord<S, R>));
        if (!isReady) continue;
        if (exclusive(record.step)) {
          if (running.size > 0) break; // wait for the others, and start nothing after it meanwhile
          runningExclusive = true;
        }
        launch(record);
      }
      if (pending.size === 0 && running.size === 0) finish();
    };

    const launch = (record: StepRecord<S, R>): void => {
      pending.delete(record);
      running.add(record);
      record.startedAt = now();
      started += 1;
      const needs: Record<string, StepRecord<S, R>> = {};
      for (const n of record.needs) needs[n] = byName.get(n) as StepRecord<S, R>;
      options.onEvent?.({ kind: 'started', record, running: running.size });
      let promise: Promise<R>;
      try {
        promise = startStep(record.step, {
          signal: controller.signal,
          needs,
          position: started,
          total: records.length,
        });
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(
        (outcome) => {
          record.outcome = outcome;
          record.status = outcome.status;
          done(record);
        },
        (error: unknown) => {
          record.status = 'failed';
          record.error = error instanceof Error ? error.message : String(error);
          done(record);
        },
      );
    };

    const done = (record: StepRecord<S, R>): void => {
      record.finishedAt = now();
      running.delete(record);
      if (exclusive(record.step)) runningExclusive = false;
      options.onEvent?.({ kind: 'finished', record, running: running.size });
      settle();
    };

    const onAbort = (): void => {
      if (controller.signal.aborted) return;
      controller.abort(outer?.reason);
      settle();
    };
    if (outer?.aborted) controller.abort(outer.reason);
    else outer?.addEventListener('abort', onAbort, { once: true });
    settle();
  });
}
