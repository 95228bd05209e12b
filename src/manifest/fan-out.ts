/**
 * `fan-out:` of a script (and of a flow: the same field, the same rules): what one request is split over
 * when it runs on many runners. The schema says the shape; these are the rules that need the rest of the
 * owner: the csv argument must exist and be of type csv, a leg has at least one row, and a targets fan-out
 * needs targets to fan out over.
 */
import { describePath, type ManifestPath } from './locate';
import type { RawFanOut } from './raw';
import type { FanOut } from './types';
import { closest } from '../shared/similar';

type Mapping = Record<string, unknown>;

/** Reports one problem at a place of the manifest (the same shape as check.ts's reporter). */
export type FanOutReport = (path: ManifestPath, part: 'key' | 'value', message: string, fix?: string) => void;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks `owner['fan-out']`, where `owner` is a script or a flow as plain values at `base` (e.g.
 * `['scripts', 'compress']` or `['flows', 'audit']`). Wrong shapes are left to the schema.
 */
export function checkFanOut(base: ManifestPath, owner: Mapping, report: FanOutReport): void {
  const fanOut = owner['fan-out'];
  const path = [...base, 'fan-out'];
  const where = `\`${describePath(path)}\``;

  if (fanOut === 'targets') {
    if (Array.isArray(owner.targets) && owner.targets.length === 0) {
      report(
        path,
        'value',
        `${where} is \`targets\`, but \`${describePath([...base, 'targets'])}\` is empty: there is no target to fan out over.`,
        'Name the targets in `targets`, or remove `fan-out`.',
      );
    }
    return;
  }
  if (!isMapping(fanOut)) return;

  const csv = fanOut.csv;
  if (typeof csv === 'string' && csv !== '') {
    const args = isMapping(owner.args) ? owner.args : {};
    const arg = args[csv];
    const csvArgs = Object.entries(args)
      .filter(([, spec]) => isMapping(spec) && spec.type === 'csv')
      .map(([name]) => name);
    const fix = csvArgs.length
      ? `Name one of the csv arguments: ${csvArgs.map((n) => `\`${n}\``).join(', ')}.`
      : `Add an argument \`${csv}\` with \`type: csv\` under \`${describePath([...base, 'args'])}\`.`;
    if (arg === undefined) {
      const guess = closest(csv, csvArgs);
      report(
        [...path, 'csv'],
        'value',
        `${where} splits the argument \`${csv}\`, which \`${describePath(base)}\` does not have.`,
        guess ? `Did you mean \`${guess}\`?` : fix,
      );
    } else if (isMapping(arg) && typeof arg.type === 'string' && arg.type !== 'csv') {
      report(
        [...path, 'csv'],
        'value',
        `${where} splits the argument \`${csv}\`, which is a \`${arg.type}\` argument; only the rows of a \`csv\` argument can be split.`,
        csvArgs.length ? fix : `Make \`${csv}\` a \`type: csv\` argument, or fan out over \`targets\`.`,
      );
    }
  }

  const rows = fanOut['rows-per-leg'];
  if (typeof rows === 'number' && !(Number.isInteger(rows) && rows >= 1)) {
    report(
      [...path, 'rows-per-leg'],
      'value',
      `\`${describePath([...path, 'rows-per-leg'])}\` is ${rows}; each leg needs at least 1 row.`,
      'Set `rows-per-leg` to a whole number of 1 or more, e.g. `rows-per-leg: 500`.',
    );
  }
}

/** The typed field from a checked `fan-out` value: `{fanOut}` to spread into a script or flow, or nothing. */
export function buildFanOut(raw: RawFanOut | undefined): { fanOut?: FanOut } {
  if (raw === undefined) return {};
  if (raw === 'targets') return { fanOut: { over: 'targets' } };
  return { fanOut: { over: 'csv', arg: raw.csv, rowsPerLeg: raw['rows-per-leg'] } };
}
