/**
 * The legs of a fan-out, merged: one `legs` entry per planned leg for the run record (its status, exit code,
 * outputs and reason), which legs are missing, which failed, and the status of the whole request. Pure: the
 * leg folders are read by readLegFolder (src/fanout/leg-folder.ts), the artifacts downloaded by
 * src/adapters/github/leg-artifacts.ts.
 */
import type { FanOutPlan, LegPart } from './plan';

/** A leg's status in the merged record: a run's status, or `missing` when its artifact never came. */
export type LegStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'rejected' | 'missing';
const RUN_STATUSES: readonly string[] = ['succeeded', 'failed', 'timed-out', 'cancelled', 'rejected'];

/** One uploaded file; `path` is relative to the merged artifact's root (`legs/<name>/...`). */
export interface LegOutput {
  path: string;
  bytes: number;
  sha256: string;
}

/** One entry of the merged record's `legs` (the run record's field names). */
export interface LegRecordEntry {
  /** The leg number, as the matrix holds it. */
  leg: string;
  name: string;
  status: LegStatus;
  /** The leg's script exit code; null when it did not run, was killed, or is missing. */
  'exit-code': number | null;
  outputs: LegOutput[];
  /** Why it did not succeed (absent when it did). */
  reason?: string;
  /** The artifact the leg uploaded (or was expected to). */
  artifact: string;
}

/** What gather found of one leg: its artifact downloaded to `legs/<name>/`. */
export interface LegFolder {
  leg: number;
  /** `_dispatch/record.json` of the leg's artifact as parsed JSON; undefined when absent or not JSON. */
  record?: unknown;
  /** Every file of the leg's folder, paths already under `legs/<name>/`. */
  outputs: LegOutput[];
}

export interface MergedLegs {
  /** `succeeded` only when every planned leg succeeded. */
  status: 'succeeded' | 'failed';
  /** One entry per planned leg, in leg order. */
  legs: LegRecordEntry[];
  missing: LegRecordEntry[];
  /** The legs that ran and did not succeed. */
  failed: LegRecordEntry[];
  /** Every leg's outputs together (the merged record's `outputs`). */
  outputs: LegOutput[];
  /** For the failed request: the failing and the missing legs named. */
  reason?: string;
}

/** The artifact a leg uploads: `<script>-<job>-leg-<N>`. */
export function legArtifactName(owner: string, job: string, leg: number): string {
  return `${owner}-${job}-leg-${leg}`;
}

const MAX_REASON = 2000;

/** Merges what gather found with the plan: every planned leg once, missing ones included. */
export function mergeLegRecords(plan: FanOutPlan, job: string, found: LegFolder[]): MergedLegs {
  const byLeg = new Map(found.map((folder) => [folder.leg, folder]));
  const legs = plan.legs.map((part) => entryOf(plan, job, part, byLeg.get(part.leg)));
  const missing = legs.filter((entry) => entry.status === 'missing');
  const failed = legs.filter((entry) => entry.status !== 'missing' && entry.status !== 'succeeded');
  const merged: MergedLegs = {
    status: missing.length === 0 && failed.length === 0 ? 'succeeded' : 'failed',
    legs,
    missing,
    failed,
    outputs: legs.flatMap((entry) => entry.outputs),
  };
  if (merged.status === 'failed') {
    const named = (entries: LegRecordEntry[]) => entries.map((e) => `${e.leg} (${e.name})`).join(', ');
    const parts = [
      failed.length ? `${failed.length === 1 ? 'leg' : 'legs'} ${named(failed)} did not succeed` : '',
      missing.length
        ? `${missing.length === 1 ? 'leg' : 'legs'} ${named(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`
        : '',
    ].filter(Boolean);
    merged.reason = `${capitalize(parts.join('; '))} (of ${legs.length}).`;
  }
  return merged;
}

function entryOf(
  plan: FanOutPlan,
  job: string,
  part: LegPart,
  folder: LegFolder | undefined,
): LegRecordEntry {
  const artifact = legArtifactName(plan.owner, job, part.leg);
  const base = { leg: String(part.leg), name: part.name, artifact };
  if (!folder) {
    return {
      ...base,
      status: 'missing',
      'exit-code': null,
      outputs: [],
      reason: `No artifact \`${artifact}\` in this workflow run: the leg did not finish (cancelled, or it failed before uploading).`,
    };
  }
  const record = folder.record;
  if (!isMapping(record)) {
    return {
      ...base,
      status: 'failed',
      'exit-code': null,
      outputs: folder.outputs,
      reason: `The leg's artifact \`${artifact}\` has no readable \`_dispatch/record.json\`.`,
    };
  }
  const status =
    typeof record.status === 'string' && RUN_STATUSES.includes(record.status) ? record.status : undefined;
  const exit = record['exit-code'];
  const exitCode = typeof exit === 'number' && Number.isInteger(exit) ? exit : null;
  if (typeof record.script === 'string' && record.script !== plan.owner) {
    return {
      ...base,
      status: 'failed',
      'exit-code': exitCode,
      outputs: folder.outputs,
      reason: `The leg's artifact \`${artifact}\` holds a record of \`${record.script.slice(0, 100)}\`, not \`${plan.owner}\`.`,
    };
  }
  if (!status) {
    return {
      ...base,
      status: 'failed',
      'exit-code': exitCode,
      outputs: folder.outputs,
      reason: `The leg's record in \`${artifact}\` has no valid status.`,
    };
  }
  const entry: LegRecordEntry = {
    ...base,
    status: status as LegStatus,
    'exit-code': exitCode,
    outputs: folder.outputs,
  };
  if (status !== 'succeeded') {
    entry.reason =
      typeof record.reason === 'string' && record.reason.trim() !== ''
        ? record.reason.slice(0, MAX_REASON)
        : exitCode !== null
          ? `The script exited with code ${exitCode}.`
          : `The leg ${status}.`;
  }
  return entry;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
