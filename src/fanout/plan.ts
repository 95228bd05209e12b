/**
 * Leg planning for a fan-out across runners: which legs one request becomes, what each leg runs on, and
 * the `matrix` the workflow's leg jobs are made from. Pure and deterministic: a leg job recomputes the same
 * plan from the same request and picks its own part by number; it never trusts anything but the event, the
 * manifest and its leg number.
 */
import { RequestError } from '../errors';
import type { FanOut, Manifest } from '../manifest/types';
import { plural } from '../shared/markdown';
import { csvRecords } from './csv-rows';

/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_LEGS = 256;
/** GitHub's limit on a job's outputs, all together (the `matrix` output must stay under it). */
export const MAX_MATRIX_BYTES = 1024 * 1024;

/** A script or a flow, as far as fan-out is concerned. */
export interface FanOutOwner {
  name: string;
  /** Keys of the repositories a request may name; the first is the default. */
  targets: string[];
  fanOut?: FanOut;
}

/** One leg: what the leg job with `leg: <leg>` runs on. */
export interface LegPart {
  /** 1-based; the matrix holds it as text. */
  leg: number;
  /** Folder name of the leg in the merged artifact (`legs/<name>/`) and its row in the comment. */
  name: string;
  /** The targets the leg runs on: one per leg for `fan-out: targets` (unless grouped), else the request's one target (or none). */
  targets: string[];
  /** csv fan-out: the leg's data rows, 1-based and inclusive (the header row not counted). */
  rows?: { first: number; last: number };
}

export interface FanOutPlan {
  owner: string;
  /** `none`: the owner does not fan out; the request is one leg. */
  over: 'none' | 'targets' | 'csv';
  legs: LegPart[];
  /** csv fan-out: the records of the csv argument, for writing each leg's file. */
  csv?: { arg: string; header?: string; rows: string[]; eol: string };
}

/** The csv argument's text, for a csv fan-out. */
export interface PlanCsv {
  text: string;
  /** Whether the first row is a header (the arg's `header`, true by default when it has columns). */
  header: boolean;
}

export interface PlanRequest {
  owner: FanOutOwner;
  /** The request's targets, from requestedTargets(). */
  targets: string[];
  /** Needed when `owner.fanOut` is a csv fan-out. */
  csv?: PlanCsv;
}

/**
 * The targets a request names: `phy`, `phy,ada` (commas, spaces allowed), `all`, or nothing (the owner's
 * first target). A key or a title, any case. Naming several targets (or `all` with several targets) when
 * the owner does not have `fan-out: targets` is rejected, and so is a target the owner cannot run on.
 */
export function requestedTargets(
  manifest: Manifest,
  owner: FanOutOwner,
  given: string | undefined,
): string[] {
  const allowed = owner.targets.filter((key) => manifest.repositories[key] !== undefined);
  const text = (given ?? '').trim();
  if (text === '') return allowed.slice(0, 1);

  const find = (word: string): string | undefined => {
    const lower = word.toLowerCase();
    return (
      allowed.find((key) => key === word) ??
      allowed.find(
        (key) => key.toLowerCase() === lower || manifest.repositories[key]!.title.toLowerCase() === lower,
      )
    );
  };
  const listed = allowed
    .map((key) => {
      const title = manifest.repositories[key]!.title;
      return title !== key ? `\`${key}\` (${title})` : `\`${key}\``;
    })
    .join(', ');

  const words = text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  let keys: string[];
  if (words.length === 1 && words[0]!.toLowerCase() === 'all' && !find(words[0]!)) {
    if (allowed.length === 0) {
      throw new RequestError(`\`${owner.name}\` needs no content repository.`, [
        {
          field: 'target',
          message: `\`${owner.name}\` cannot run on \`all\`.`,
          fix: 'Leave the target empty.',
        },
      ]);
    }
    keys = allowed;
  } else {
    const unknown = words.filter((word) => !find(word));
    if (unknown.length > 0) {
      throw new RequestError(
        `Unknown content repositor${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map((u) => `\`${u}\``).join(', ')} for \`${owner.name}\`.`,
        [
          {
            field: 'target',
            message: `\`${owner.name}\` cannot run on ${unknown.map((u) => `\`${u}\``).join(', ')}.`,
            fix: allowed.length
              ? `It runs on: ${listed}${owner.fanOut?.over === 'targets' ? ', or `all` of them' : ''}.`
              : 'This script needs no content repository; leave the target empty.',
          },
        ],
      );
    }
    keys = [...new Set(words.map((word) => find(word)!))];
  }

  if (keys.length > 1 && owner.fanOut?.over !== 'targets') {
    throw new RequestError(`\`${owner.name}\` runs on one content repository at a time.`, [
      {
        field: 'target',
        message: `The request names ${keys.length} targets (${keys.map((k) => `\`${k}\``).join(', ')}), but \`${owner.name}\` does not fan out over targets.`,
        fix: `Name one target, e.g. \`target: ${keys[0]}\`, and make one request per target; or let the manifest say \`fan-out: targets\` for \`${owner.name}\`.`,
      },
    ]);
  }
  return keys;
}

/**
 * Splits `count` items into legs of `perLeg` items, in order; when that makes more than `maxLegs` legs, into
 * exactly `maxLegs` legs whose sizes differ by at most one. Every item is in exactly one leg. Each leg is the
 * half-open range [start, end).
 */
export function groupItems(
  count: number,
  perLeg: number,
  maxLegs = MAX_LEGS,
): { start: number; end: number }[] {
  if (count <= 0) return [];
  const size = Math.max(1, Math.floor(perLeg));
  const wanted = Math.ceil(count / size);
  const groups: { start: number; end: number }[] = [];
  if (wanted <= maxLegs) {
    for (let start = 0; start < count; start += size)
      groups.push({ start, end: Math.min(count, start + size) });
    return groups;
  }
  const base = Math.floor(count / maxLegs);
  const bigger = count % maxLegs;
  let start = 0;
  for (let i = 0; i < maxLegs; i++) {
    const end = start + base + (i < bigger ? 1 : 0);
    groups.push({ start, end });
    start = end;
  }
  return groups;
}

/** The legs of a request. A request whose owner does not fan out is one leg. */
export function planFanOut(request: PlanRequest): FanOutPlan {
  const { owner, targets } = request;
  const fanOut = owner.fanOut;

  if (fanOut?.over === 'targets') {
    if (targets.length === 0) {
      throw new RequestError(`\`${owner.name}\` fans out over targets, but the request names none.`, [
        {
          field: 'target',
          message: 'There is no target to run on.',
          fix: 'Name the targets, e.g. `target: phy,ada` or `target: all`.',
        },
      ]);
    }
    const legs = groupItems(targets.length, 1).map(({ start, end }, i) => {
      const keys = targets.slice(start, end);
      return { leg: i + 1, name: keys.join('+'), targets: keys };
    });
    return { owner: owner.name, over: 'targets', legs };
  }

  if (fanOut?.over === 'csv') {
    if (!request.csv) {
      throw new RequestError(
        `\`${owner.name}\` splits the csv argument \`${fanOut.arg}\`, but the request does not give it.`,
        [
          {
            field: fanOut.arg,
            message: `\`${fanOut.arg}\` is needed: its rows are what the legs run on.`,
            fix: `Give \`${fanOut.arg}\` a CSV with at least one row.`,
          },
        ],
      );
    }
    const { records, eol } = csvRecords(request.csv.text);
    const header = request.csv.header ? records[0] : undefined;
    const rows = request.csv.header ? records.slice(1) : records;
    if (rows.length === 0) {
      throw new RequestError(`The csv argument \`${fanOut.arg}\` has no data rows to split.`, [
        {
          field: fanOut.arg,
          message: `\`${fanOut.arg}\` has no data rows${header !== undefined ? ' below its header row' : ''}.`,
          fix: 'Add at least one row.',
        },
      ]);
    }
    const legs = groupItems(rows.length, fanOut.rowsPerLeg).map(({ start, end }, i) => ({
      leg: i + 1,
      name: end - start === 1 ? `row-${start + 1}` : `rows-${start + 1}-${end}`,
      targets: targets.slice(0, 1),
      rows: { first: start + 1, last: end },
    }));
    return {
      owner: owner.name,
      over: 'csv',
      legs,
      csv: { arg: fanOut.arg, ...(header !== undefined ? { header } : {}), rows, eol },
    };
  }

  return {
    owner: owner.name,
    over: 'none',
    legs: [{ leg: 1, name: targets[0] ?? owner.name, targets: targets.slice(0, 1) }],
  };
}

/** The `matrix` output: `{"include":[{"leg":"1","name":"phy"},...]}`; throws when it would reach GitHub's 1 MB limit. */
export function matrixOf(plan: FanOutPlan): string {
  const json = JSON.stringify({
    include: plan.legs.map((part) => ({ leg: String(part.leg), name: part.name })),
  });
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes >= MAX_MATRIX_BYTES) {
    throw new Error(
      `The fan-out matrix is ${bytes} bytes, over GitHub's ${MAX_MATRIX_BYTES}-byte limit on job outputs.`,
    );
  }
  return json;
}

/**
 * Leg `given`'s part of the plan (the leg job's `leg` input). A value that is not a leg number, or a leg the
 * plan did not make, is rejected.
 */
export function selectLeg(plan: FanOutPlan, given: string | undefined): LegPart {
  const text = (given ?? '').trim();
  if (!/^[1-9][0-9]{0,5}$/.test(text)) {
    throw new RequestError('The `leg` input is not a leg number.', [
      {
        field: 'leg',
        message: `\`leg\` is ${text === '' ? 'empty' : `\`${text.slice(0, 40)}\``}; a leg is a whole number from 1 to ${plan.legs.length}.`,
        fix: 'Pass the matrix value: `leg: ${{ matrix.leg }}`.',
      },
    ]);
  }
  const part = plan.legs[Number(text) - 1];
  if (!part) {
    throw new RequestError(`This request has no leg ${text}.`, [
      {
        field: 'leg',
        message: `The plan of this request has ${plural(plan.legs.length, 'leg')}; there is no leg ${text}.`,
        fix: "Run the legs from the plan job's `matrix` output, not a number of your own.",
      },
    ]);
  }
  return part;
}

/** The CSV text of a csv leg: the header row (when the csv has one), then the leg's rows, in the original's line terminator. */
export function legCsvText(plan: FanOutPlan, part: LegPart): string {
  if (!plan.csv || !part.rows) throw new Error(`Leg ${part.leg} does not split a csv argument.`);
  const { header, rows, eol } = plan.csv;
  const lines = rows.slice(part.rows.first - 1, part.rows.last);
  if (header !== undefined) lines.unshift(header);
  return lines.join(eol) + eol;
}
