import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ManifestError, RequestError, type ManifestProblem } from '../../src/errors';
import { csvRecords } from '../../src/fanout/csv-rows';
import { writeLegCsv } from '../../src/fanout/leg-csv';
import {
  groupItems,
  legCsvText,
  matrixOf,
  MAX_LEGS,
  planFanOut,
  requestedTargets,
  selectLeg,
  type FanOutOwner,
} from '../../src/fanout/plan';
import { parseManifest } from '../../src/manifest/load';
import type { Manifest } from '../../src/manifest/types';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const MANIFEST = lines(
  'version: 1',
  'repositories:',
  '  phy: {repository: o/phy, title: Physics}',
  '  ada: {repository: o/ada}',
  '  chem: {repository: o/chem}',
  'scripts:',
  '  links:',
  '    command: [run]',
  '    fan-out: targets',
  '  compress:',
  '    command: [run]',
  '    targets: [phy]',
  '    args:',
  '      files: {type: csv, columns: [file]}',
  '    fan-out: {csv: files, rows-per-leg: 2}',
  '  plain:',
  '    command: [run]',
);

function problemsOf(text: string): ManifestProblem[] {
  try {
    parseManifest(text, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  throw new Error('The manifest was accepted.');
}

function rejection(fn: () => unknown): RequestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('Not rejected.');
}

describe('manifest fan-out', () => {
  const manifest = parseManifest(MANIFEST, 'm.yml');

  it('builds both forms', () => {
    expect(manifest.scripts.links!.fanOut).toEqual({ over: 'targets' });
    expect(manifest.scripts.compress!.fanOut).toEqual({ over: 'csv', arg: 'files', rowsPerLeg: 2 });
    expect(manifest.scripts.plain!.fanOut).toBeUndefined();
  });

  const withFanOut = (...extra: string[]) =>
    lines(
      'version: 1',
      'repositories:',
      '  phy: {repository: o/phy}',
      'scripts:',
      '  s:',
      '    command: [run]',
      '    args:',
      '      files: {type: csv}',
      '      name: {type: text}',
      ...extra,
    );

  it('rejects a csv argument that does not exist, with a guess', () => {
    const [problem, ...rest] = problemsOf(withFanOut('    fan-out: {csv: filez, rows-per-leg: 2}'));
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(
      '`scripts.s.fan-out` splits the argument `filez`, which `scripts.s` does not have.',
    );
    expect(problem!.fix).toBe('Did you mean `files`?');
    expect(problem!.position).toMatchObject({ line: 10 });
  });

  it('rejects an argument that is not a csv', () => {
    const [problem] = problemsOf(withFanOut('    fan-out: {csv: name, rows-per-leg: 2}'));
    expect(problem!.message).toContain(
      'which is a `text` argument; only the rows of a `csv` argument can be split',
    );
    expect(problem!.fix).toBe('Name one of the csv arguments: `files`.');
  });

  it('rejects fewer than one row per leg', () => {
    const problems = problemsOf(withFanOut('    fan-out: {csv: files, rows-per-leg: 0}'));
    expect(problems.map((p) => p.message)).toEqual([
      '`scripts.s.fan-out.rows-per-leg` is 0; each leg needs at least 1 row.',
    ]);
  });

  it('rejects an unknown form through the schema', () => {
    expect(problemsOf(withFanOut('    fan-out: rows')).length).toBe(1);
    expect(problemsOf(withFanOut('    fan-out: {csv: files}')).length).toBe(1);
  });

  it('rejects fan-out over targets with no targets', () => {
    const [problem] = problemsOf(withFanOut('    targets: []', '    fan-out: targets'));
    expect(problem!.message).toContain('there is no target to fan out over');
  });
});

describe('requestedTargets', () => {
  const manifest: Manifest = parseManifest(MANIFEST, 'm.yml');
  const links = manifest.scripts.links!;
  const plain = manifest.scripts.plain!;

  it('reads one, several, all, titles and the default', () => {
    expect(requestedTargets(manifest, links, 'phy,ada')).toEqual(['phy', 'ada']);
    expect(requestedTargets(manifest, links, ' Physics , chem phy')).toEqual(['phy', 'chem']);
    expect(requestedTargets(manifest, links, 'all')).toEqual(['phy', 'ada', 'chem']);
    expect(requestedTargets(manifest, links, '')).toEqual(['phy']);
    expect(requestedTargets(manifest, plain, 'ada')).toEqual(['ada']);
  });

  it('rejects several targets for a script without fan-out, saying how to fix it', () => {
    const error = rejection(() => requestedTargets(manifest, plain, 'phy,ada'));
    expect(error.problems[0]!.message).toBe(
      'The request names 2 targets (`phy`, `ada`), but `plain` does not fan out over targets.',
    );
    expect(error.problems[0]!.fix).toContain('`fan-out: targets`');
    expect(rejection(() => requestedTargets(manifest, plain, 'all')).problems[0]!.field).toBe('target');
  });

  it('rejects unknown targets, listing the allowed ones', () => {
    const error = rejection(() => requestedTargets(manifest, links, 'phy,bio'));
    expect(error.message).toBe('Unknown content repository `bio` for `links`.');
    expect(error.problems[0]!.fix).toBe('It runs on: `phy` (Physics), `ada`, `chem`, or `all` of them.');
  });
});

describe('groupItems', () => {
  it('makes legs of the given size, the last one smaller', () => {
    expect(groupItems(5, 2)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    expect(groupItems(0, 3)).toEqual([]);
  });

  it.each([257, 600, 1000, 100_000, 256 * 7 + 255])(
    'groups %i items into at most 256 balanced legs, every item once',
    (count) => {
      const groups = groupItems(count, 1);
      expect(groups).toHaveLength(MAX_LEGS);
      const sizes = groups.map((g) => g.end - g.start);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(groups[0]!.start).toBe(0);
      expect(groups.at(-1)!.end).toBe(count);
      groups.slice(1).forEach((g, i) => expect(g.start).toBe(groups[i]!.end));
    },
  );
});

describe('planFanOut', () => {
  const manifest = parseManifest(MANIFEST, 'm.yml');
  const links = manifest.scripts.links!;
  const compress = manifest.scripts.compress!;

  it('makes one leg per target, and the matrix', () => {
    const plan = planFanOut({ owner: links, targets: ['phy', 'ada'] });
    expect(plan.legs).toEqual([
      { leg: 1, name: 'phy', targets: ['phy'] },
      { leg: 2, name: 'ada', targets: ['ada'] },
    ]);
    expect(matrixOf(plan)).toBe('{"include":[{"leg":"1","name":"phy"},{"leg":"2","name":"ada"}]}');
  });

  it('makes one leg of a request that does not fan out', () => {
    const plan = planFanOut({ owner: manifest.scripts.plain!, targets: ['ada'] });
    expect(plan).toMatchObject({ over: 'none', legs: [{ leg: 1, name: 'ada', targets: ['ada'] }] });
  });

  it('splits 5 csv rows by 2 into 3 legs, each with the header and its rows', () => {
    const text = 'file\r\na.svg\r\n"b,""c"".svg"\r\n\r\n"multi\r\nline.svg"\r\nd.svg\r\ne.svg';
    const plan = planFanOut({ owner: compress, targets: ['phy'], csv: { text, header: true } });
    expect(plan.legs.map((l) => [l.name, l.rows])).toEqual([
      ['rows-1-2', { first: 1, last: 2 }],
      ['rows-3-4', { first: 3, last: 4 }],
      ['row-5', { first: 5, last: 5 }],
    ]);
    expect(plan.legs.every((l) => l.targets.join() === 'phy')).toBe(true);
    const parts = plan.legs.map((l) => parse(legCsvText(plan, l)) as string[][]);
    expect(parts).toEqual([
      [['file'], ['a.svg'], ['b,"c".svg']],
      [['file'], ['multi\r\nline.svg'], ['d.svg']],
      [['file'], ['e.svg']],
    ]);
    expect(legCsvText(plan, plan.legs[2]!)).toBe('file\r\ne.svg\r\n');
  });

  it('keeps no header when the csv has none', () => {
    const owner: FanOutOwner = { name: 's', targets: [], fanOut: { over: 'csv', arg: 'f', rowsPerLeg: 1 } };
    const plan = planFanOut({ owner, targets: [], csv: { text: 'a\nb\n', header: false } });
    expect(plan.legs.map((l) => legCsvText(plan, l))).toEqual(['a\n', 'b\n']);
  });

  it('puts 600 rows by 1 into 256 legs, every row once', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `r${i}`);
    const owner: FanOutOwner = { name: 's', targets: [], fanOut: { over: 'csv', arg: 'f', rowsPerLeg: 1 } };
    const plan = planFanOut({ owner, targets: [], csv: { text: ['h', ...rows].join('\n'), header: true } });
    expect(plan.legs).toHaveLength(256);
    const seen = plan.legs.flatMap((l) => legCsvText(plan, l).trim().split('\n').slice(1));
    expect(seen).toEqual(rows);
  });

  it('rejects a csv with no data rows', () => {
    const error = rejection(() =>
      planFanOut({ owner: compress, targets: ['phy'], csv: { text: 'file\n', header: true } }),
    );
    expect(error.problems[0]!.message).toBe('`files` has no data rows below its header row.');
  });

  it('plans 100,000 rows well under a second, deterministically', () => {
    const text = [
      'file,attribution',
      ...Array.from({ length: 100_000 }, (_, i) => `img${i}.svg,"by ""A"", ${i}"`),
    ].join('\n');
    const owner: FanOutOwner = { name: 's', targets: [], fanOut: { over: 'csv', arg: 'f', rowsPerLeg: 500 } };
    // How fast: `npm run bench` (fan-out, plan of 100,000 rows).
    const plan = planFanOut({ owner, targets: [], csv: { text, header: true } });
    const matrix = matrixOf(plan);
    expect(plan.legs).toHaveLength(200);
    expect(matrixOf(planFanOut({ owner, targets: [], csv: { text, header: true } }))).toBe(matrix);
  });
});

describe('selectLeg', () => {
  const owner: FanOutOwner = { name: 'links', targets: ['phy', 'ada'], fanOut: { over: 'targets' } };
  const plan = planFanOut({ owner, targets: ['phy', 'ada'] });

  it('returns the leg the plan made', () => {
    expect(selectLeg(plan, '2')).toEqual({ leg: 2, name: 'ada', targets: ['ada'] });
  });

  it.each(['3', '0', '-1', '1.0', ' ', 'phy', '1; rm -rf /', '01', '9999999'])(
    'rejects the leg %j',
    (given) => {
      const error = rejection(() => selectLeg(plan, given));
      expect(error.problems[0]!.field).toBe('leg');
    },
  );

  it('says how many legs there are', () => {
    expect(rejection(() => selectLeg(plan, '3')).problems[0]!.message).toBe(
      'The plan of this request has 2 legs; there is no leg 3.',
    );
  });
});

describe('csv records and leg files', () => {
  it('finds records like csv-parse does', () => {
    const text = '\uFEFFa,b\n"x\ny",2\n\n3,"q""\r\n"\n4,5';
    expect(csvRecords(text).records.map((r) => parse(r))).toEqual(
      (parse(text, { bom: true, skip_empty_lines: true }) as string[][]).map((row) => [row]),
    );
    expect(csvRecords(text).eol).toBe('\n');
  });

  it('writes a leg file named by the argument and leg', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leg-csv-'));
    try {
      const owner: FanOutOwner = {
        name: 's',
        targets: [],
        fanOut: { over: 'csv', arg: 'files', rowsPerLeg: 1 },
      };
      const plan = planFanOut({ owner, targets: [], csv: { text: 'h\n1\n2\n', header: true } });
      const file = await writeLegCsv(plan, selectLeg(plan, '2'), dir);
      expect(path.basename(file)).toBe('files-leg-2.csv');
      expect(readFileSync(file, 'utf8')).toBe('h\n2\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
