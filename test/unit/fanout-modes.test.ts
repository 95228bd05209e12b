import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RequestError } from '../../src/errors';
import { mergeLegRecords } from '../../src/fanout/merge';
import { legRequest, legsMarkdown, planRequest } from '../../src/fanout/modes';
import { parseManifest } from '../../src/manifest/load';

const manifest = parseManifest(
  [
    'version: 1',
    'repositories:',
    '  phy: {repository: o/phy}',
    '  ada: {repository: o/ada}',
    'scripts:',
    '  compress:',
    '    command: [run]',
    '    mode: write',
    '    targets: [phy]',
    '    args:',
    '      files: {type: csv, columns: [file]}',
    '      level: {type: number, default: 3}',
    '    fan-out: {csv: files, rows-per-leg: 2}',
    '  links:',
    '    command: [run]',
    '    fan-out: targets',
    '',
  ].join('\n'),
  'm.yml',
);

describe('fan-out modes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'modes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('plans a csv request and gives each leg its own file, the same plan every time', async () => {
    const csv = path.join(dir, 'files.csv');
    writeFileSync(csv, 'file\na.svg\nb.svg\nc.svg\nd.svg\ne.svg\n');
    const request = {
      manifest,
      owner: manifest.scripts.compress!,
      target: '',
      args: { files: csv, level: 3 },
    };
    const planned = await planRequest(request);
    expect(planned.targets).toEqual(['phy']);
    expect(planned.matrix).toBe(
      '{"include":[{"leg":"1","name":"rows-1-2"},{"leg":"2","name":"rows-3-4"},{"leg":"3","name":"row-5"}]}',
    );

    const leg = await legRequest(request, '2', path.join(dir, 'leg'));
    expect(leg.matrix).toBe(planned.matrix);
    expect(leg.part).toMatchObject({ leg: 2, rows: { first: 3, last: 4 }, targets: ['phy'] });
    expect(leg.args.level).toBe(3);
    expect(readFileSync(String(leg.args.files), 'utf8')).toBe('file\nc.svg\nd.svg\n');

    await expect(legRequest(request, '4', dir)).rejects.toBeInstanceOf(RequestError);
  });

  it('plans one leg per requested target', async () => {
    const planned = await planRequest({ manifest, owner: manifest.scripts.links!, target: 'all', args: {} });
    expect(planned.matrix).toBe('{"include":[{"leg":"1","name":"phy"},{"leg":"2","name":"ada"}]}');
  });

  it('renders a row per leg and names the failing and the missing ones', async () => {
    const { plan } = await planRequest({ manifest, owner: manifest.scripts.links!, target: 'all', args: {} });
    const merged = mergeLegRecords(plan, 'j', [
      {
        leg: 1,
        record: { status: 'failed', 'exit-code': 1, reason: 'Link `a|b` @someone is broken' },
        outputs: [],
      },
    ]);
    expect(legsMarkdown(merged)).toBe(
      [
        '**2 legs:** 1 failed, 1 missing.',
        '',
        '| Leg | Name | Status | Exit code | Reason |',
        '| ---: | --- | --- | ---: | --- |',
        '| 1 | `phy` | ❌ failed | 1 | Link `a\\|b` @\u200Dsomeone is broken |',
        '| 2 | `ada` | ❔ missing |  | No artifact `links-j-leg-2` in this workflow run: the leg did not finish (cancelled, or it failed before uploading). |',
        '',
        'Failed: leg 1 (`phy`).',
        '',
        'Missing: leg 2 (`ada`): no artifact from it in this run.',
      ].join('\n'),
    );
  });
});
