/**
 * What the three fan-out modes call, once the request was accepted (authorization, argument checks): the
 * plan and its matrix (`plan`), this leg's part and its arguments (`leg`), and the rows of the final comment
 * (`gather`). The same request gives the same plan in every job.
 */
import { readFile } from 'node:fs/promises';
import type { ArgSpec, ArgValue, Manifest } from '../manifest/types';
import { escapeProse, inlineCode, prepare, type Mask } from '../report/markdown';
import { formatCount, plural, truncate } from '../shared/markdown';
import { writeLegCsv } from './leg-csv';
import type { MergedLegs } from './merge';
import {
  matrixOf,
  planFanOut,
  requestedTargets,
  selectLeg,
  type FanOutOwner,
  type FanOutPlan,
  type LegPart,
  type PlanCsv,
} from './plan';

/** A script or flow with its arguments' specs. */
export interface FanOutRequestOwner extends FanOutOwner {
  args: ArgSpec[];
}

export interface FanOutRequest {
  manifest: Manifest;
  owner: FanOutRequestOwner;
  /** The request's target text as given (`phy`, `phy,ada`, `all`, empty). */
  target: string | undefined;
  /** The checked argument values; a csv value is the path of the file the dispatcher wrote. */
  args: Record<string, ArgValue>;
}

export interface PlannedRequest {
  plan: FanOutPlan;
  /** The targets the request names, in order. */
  targets: string[];
  /** The `matrix` output. */
  matrix: string;
}

/** Plan mode (and every leg and gather, to recompute it): the legs of an accepted request. */
export async function planRequest(request: FanOutRequest): Promise<PlannedRequest> {
  const targets = requestedTargets(request.manifest, request.owner, request.target);
  const csv = await planCsv(request.owner, request.args);
  const plan = planFanOut({ owner: request.owner, targets, ...(csv ? { csv } : {}) });
  return { plan, targets, matrix: matrixOf(plan) };
}

export interface LegRequest extends PlannedRequest {
  part: LegPart;
  /** The arguments this leg runs with: for a csv fan-out, the csv argument is the leg's own file. */
  args: Record<string, ArgValue>;
}

/**
 * Leg mode: recomputes the plan and takes leg `leg` (the `leg` input), rejecting a malformed leg or one the
 * plan did not make (a RequestError). For a csv fan-out, writes the leg's csv into `dir`.
 */
export async function legRequest(
  request: FanOutRequest,
  leg: string | undefined,
  dir: string,
): Promise<LegRequest> {
  const planned = await planRequest(request);
  const part = selectLeg(planned.plan, leg);
  const args = { ...request.args };
  if (planned.plan.csv) args[planned.plan.csv.arg] = await writeLegCsv(planned.plan, part, dir);
  return { ...planned, part, args };
}

async function planCsv(
  owner: FanOutRequestOwner,
  args: Record<string, ArgValue>,
): Promise<PlanCsv | undefined> {
  if (owner.fanOut?.over !== 'csv') return undefined;
  const spec = owner.args.find((arg) => arg.name === (owner.fanOut as { arg: string }).arg);
  const value = spec ? args[spec.name] : undefined;
  if (!spec || typeof value !== 'string') return undefined;
  return { text: await readFile(value, 'utf8'), header: spec.header ?? (spec.columns?.length ?? 0) > 0 };
}

/** A reason's length in a row: 256 rows must fit in one comment (65,536 characters). */
const REASON_CHARS = 160;

const STATUS_ICON: Record<string, string> = {
  succeeded: '✅',
  failed: '❌',
  'timed-out': '⏱️',
  cancelled: '🚫',
  rejected: '⛔',
  missing: '❔',
};

/**
 * The legs as a Markdown table for the final status comment and the summary: one row per leg, its status,
 * exit code and reason, then a line that names the failing and the missing legs.
 */
export function legsMarkdown(merged: MergedLegs, mask: Mask = (text) => text): string {
  const cell = (text: string) => escapeProse(truncate(prepare(text, mask), REASON_CHARS), { table: true });
  const rows = merged.legs.map(
    (entry) =>
      `| ${entry.leg} | ${inlineCode(entry.name, { table: true })} | ${STATUS_ICON[entry.status] ?? ''} ${entry.status} | ${
        entry['exit-code'] ?? ''
      } | ${entry.reason ? cell(entry.reason) : ''} |`,
  );
  const counts = ['succeeded', 'failed', 'timed-out', 'cancelled', 'rejected', 'missing']
    .map((status) => [status, merged.legs.filter((l) => l.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${formatCount(n)} ${status}`);
  const lines = [
    `**${plural(merged.legs.length, 'leg')}:** ${counts.join(', ')}.`,
    '',
    '| Leg | Name | Status | Exit code | Reason |',
    '| ---: | --- | --- | ---: | --- |',
    ...rows,
  ];
  if (merged.failed.length > 0)
    lines.push('', `Failed: ${merged.failed.map((l) => `leg ${l.leg} (${inlineCode(l.name)})`).join(', ')}.`);
  if (merged.missing.length > 0) {
    lines.push(
      '',
      `Missing: ${merged.missing.map((l) => `leg ${l.leg} (${inlineCode(l.name)})`).join(', ')}: no artifact from ${merged.missing.length === 1 ? 'it' : 'them'} in this run.`,
    );
  }
  return lines.join('\n');
}
