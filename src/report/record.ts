/**
 * The run record (`_dispatch/record.json`, the `record` output): what one run did, in the shape of
 * `schema/run-record.schema.json` (version 1). `buildRunRecord` is pure: the report the status comment is
 * rendered from, plus the facts it does not hold.
 */
import type { RunReport, RunStatus } from './types';

export const RECORD_VERSION = 1;

export interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

export interface RecordAttempt {
  'exit-code': number | null;
  signal: string | null;
  'started-at': string;
  'duration-ms': number;
}

export interface RecordOutput extends FileFacts {
  step?: string;
}

export type StepStatus = 'succeeded' | 'failed' | 'timed-out' | 'skipped' | 'cached' | 'cancelled';

export interface RecordStep {
  name: string;
  script: string;
  status: StepStatus;
  needs: string[];
  'started-at'?: string | null;
  'finished-at'?: string | null;
  'exit-code'?: number | null;
  'cache-key'?: string | null;
  'cache-miss'?: string | null;
  reason?: string | null;
}

export interface RecordLeg {
  leg: string;
  name?: string;
  status: RunStatus | 'missing';
  reason?: string | null;
  'exit-code'?: number | null;
  artifact?: string | null;
  outputs?: RecordOutput[];
}

export interface RunRecord {
  version: 1;
  job: string;
  kind: 'script' | 'notebook' | 'flow';
  script: string;
  target: string | null;
  status: RunStatus;
  reason: string | null;
  'exit-code': number | null;
  requester: string;
  issue: number | null;
  event: { name: string; trigger?: string | null };
  'dry-run': boolean;
  workflow: {
    repository: string;
    sha: string;
    'run-id': string;
    'run-attempt': number;
    url: string;
  } | null;
  content: { target: string; repository: string; ref: string | null; sha: string }[];
  args: Record<string, string | number | boolean | FileFacts>;
  command?: string[];
  notebook?: string;
  'started-at': string;
  'finished-at': string;
  durations: Record<string, number>;
  attempts: RecordAttempt[];
  outputs: RecordOutput[];
  'pull-requests': string[];
  steps?: RecordStep[];
  legs?: RecordLeg[];
}

/** An attempt as `execute` returns it (`Execution.attemptEntries`). */
export interface AttemptFacts {
  exitCode: number | null;
  signal: string | null;
  startedAt: Date | string;
  durationMs: number;
}

/** What the record needs that the RunReport does not hold. */
export interface RecordFacts {
  kind: 'script' | 'notebook' | 'flow';
  /** The event name (`cli` for the CLI), and for triggered runs the trigger that matched. */
  event: { name: string; trigger?: string };
  /** GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT; undefined for the CLI. */
  workflow?: { repository: string; sha: string; runId: string; runAttempt: number; url?: string };
  /**
   * Every checked-out target. Default: the report's `checkout` as the one entry (target: `report.target`).
   */
  content?: { target: string; repository: string; ref?: string | null; sha: string }[];
  /** csv/file arguments: the file the script got (path relative to the arguments folder, size, SHA-256). */
  argFiles?: Record<string, FileFacts>;
  /** The argv that ran (masked here), or the notebook's path. */
  command?: readonly string[];
  notebook?: string;
  finishedAt: Date | string;
  /** `Execution.attemptEntries`. */
  attempts?: readonly AttemptFacts[];
  /** Every uploaded file but `_dispatch/` (`hashFolder` with `skip: isReserved`). */
  outputs: readonly RecordOutput[];
  steps?: RecordStep[];
  legs?: RecordLeg[];
  /** Masks secrets in the strings that come from the script or the user (command, reason, argument values). */
  mask?: (text: string) => string;
}

const iso = (value: Date | string): string => {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
};

const whole = (ms: number | undefined): number =>
  Math.max(0, Math.round(Number.isFinite(ms) ? (ms as number) : 0));

/** The record of a finished run. */
export function buildRunRecord(report: RunReport, facts: RecordFacts): RunRecord {
  const mask = facts.mask ?? ((text: string) => text);
  const args: RunRecord['args'] = {};
  for (const [name, value] of Object.entries(report.args ?? {})) {
    const file = facts.argFiles?.[name];
    if (file) args[name] = { path: file.path, bytes: file.bytes, sha256: file.sha256 };
    else if (typeof value === 'string') args[name] = mask(value);
    else if (typeof value === 'number' || typeof value === 'boolean') args[name] = value;
    else if (value !== null && value !== undefined) args[name] = mask(String(value));
  }
  const durations: Record<string, number> = {};
  for (const [phase, ms] of Object.entries(report.durations ?? {})) {
    if (typeof ms === 'number') durations[phase] = whole(ms);
  }
  const content =
    facts.content ??
    (report.checkout
      ? [
          {
            target: report.target ?? '',
            repository: report.checkout.repository,
            ref: report.checkout.ref,
            sha: report.checkout.sha,
          },
        ]
      : []);
  const workflow = facts.workflow;
  const record: RunRecord = {
    version: RECORD_VERSION,
    job: report.job,
    kind: facts.kind,
    script: report.script ?? '',
    target: report.target ?? null,
    status: report.status ?? 'failed',
    reason: report.reason && report.status !== 'succeeded' ? mask(report.reason) : null,
    'exit-code': typeof report.exitCode === 'number' ? report.exitCode : null,
    requester: report.requester,
    issue: report.issue ?? null,
    event: { name: facts.event.name, ...(facts.event.trigger ? { trigger: facts.event.trigger } : {}) },
    'dry-run': report.dryRun,
    workflow: workflow
      ? {
          repository: workflow.repository,
          sha: workflow.sha,
          'run-id': workflow.runId,
          'run-attempt': workflow.runAttempt,
          url:
            workflow.url ??
            report.run?.url ??
            `https://github.com/${workflow.repository}/actions/runs/${workflow.runId}`,
        }
      : null,
    content: content.map((c) => ({
      target: c.target,
      repository: c.repository,
      ref: c.ref ?? null,
      sha: c.sha,
    })),
    args,
    ...(facts.command && facts.command.length > 0 ? { command: facts.command.map(mask) } : {}),
    ...(facts.notebook && !facts.command ? { notebook: facts.notebook } : {}),
    'started-at': iso(report.startedAt),
    'finished-at': iso(facts.finishedAt),
    durations,
    attempts: (facts.attempts ?? []).map((a) => ({
      'exit-code': a.exitCode,
      signal: a.signal,
      'started-at': iso(a.startedAt),
      'duration-ms': whole(a.durationMs),
    })),
    outputs: [...facts.outputs]
      .map((o) => ({ path: o.path, bytes: o.bytes, sha256: o.sha256, ...(o.step ? { step: o.step } : {}) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    'pull-requests': (report.pullRequests ?? []).map((pr) => pr.url),
    ...(facts.steps ? { steps: facts.steps } : {}),
    ...(facts.legs ? { legs: facts.legs } : {}),
  };
  return record;
}
