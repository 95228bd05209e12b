/**
 * Gather's download and merge, with the real `@actions/artifact` client against the local artifact backend
 * (Azurite and the fake results service): legs upload as their own jobs of one workflow run, gather lists
 * and downloads them as a third job.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { gatherLegs } from '../../src/adapters/github/leg-artifacts';
import { legArtifactName, mergeLegRecords } from '../../src/fanout/merge';
import { planFanOut, type FanOutOwner } from '../../src/fanout/plan';
import { startArtifactService, type ArtifactService } from '../support/results-service';

const owner: FanOutOwner = { name: 'links', targets: ['phy', 'ada', 'chem'], fanOut: { over: 'targets' } };
const plan = planFanOut({ owner, targets: ['phy', 'ada', 'chem'] });
const JOB = '7001-1';

describe('mergeLegRecords', () => {
  const out = (p: string) => ({ path: p, bytes: 1, sha256: 'a'.repeat(64) });

  it('lists every planned leg, names the failing and missing ones', () => {
    const merged = mergeLegRecords(plan, JOB, [
      {
        leg: 1,
        record: { script: 'links', status: 'succeeded', 'exit-code': 0 },
        outputs: [out('legs/phy/a')],
      },
      { leg: 2, record: { status: 'failed', 'exit-code': 3, reason: 'Broken links.' }, outputs: [] },
    ]);
    expect(merged.status).toBe('failed');
    expect(merged.legs).toEqual([
      {
        leg: '1',
        name: 'phy',
        status: 'succeeded',
        'exit-code': 0,
        outputs: [out('legs/phy/a')],
        artifact: 'links-7001-1-leg-1',
      },
      {
        leg: '2',
        name: 'ada',
        status: 'failed',
        'exit-code': 3,
        outputs: [],
        reason: 'Broken links.',
        artifact: 'links-7001-1-leg-2',
      },
      {
        leg: '3',
        name: 'chem',
        status: 'missing',
        'exit-code': null,
        outputs: [],
        reason:
          'No artifact `links-7001-1-leg-3` in this workflow run: the leg did not finish (cancelled, or it failed before uploading).',
        artifact: 'links-7001-1-leg-3',
      },
    ]);
    expect(merged.failed.map((l) => l.leg)).toEqual(['2']);
    expect(merged.missing.map((l) => l.leg)).toEqual(['3']);
    expect(merged.reason).toBe('Leg 2 (ada) did not succeed; leg 3 (chem) is missing (of 3).');
    expect(merged.outputs).toEqual([out('legs/phy/a')]);
  });

  it('succeeds when every leg did', () => {
    const ok = { status: 'succeeded', 'exit-code': 0 };
    const merged = mergeLegRecords(plan, JOB, [
      { leg: 3, record: ok, outputs: [] },
      { leg: 1, record: ok, outputs: [] },
      { leg: 2, record: ok, outputs: [] },
    ]);
    expect(merged).toMatchObject({ status: 'succeeded', missing: [], failed: [] });
    expect(merged.reason).toBeUndefined();
    expect(merged.legs.map((l) => l.name)).toEqual(['phy', 'ada', 'chem']);
  });

  it('fails a leg whose record is absent, of another script, or without a valid status', () => {
    const merged = mergeLegRecords(plan, JOB, [
      { leg: 1, outputs: [] },
      { leg: 2, record: { script: 'other', status: 'succeeded' }, outputs: [] },
      { leg: 3, record: { status: 'great', 'exit-code': '0' }, outputs: [] },
    ]);
    expect(merged.legs.map((l) => [l.status, l['exit-code'], l.reason])).toEqual([
      ['failed', null, "The leg's artifact `links-7001-1-leg-1` has no readable `_dispatch/record.json`."],
      ['failed', null, "The leg's artifact `links-7001-1-leg-2` holds a record of `other`, not `links`."],
      ['failed', null, "The leg's record in `links-7001-1-leg-3` has no valid status."],
    ]);
  });

  it('gives the exit code as the reason of a failed leg that says none', () => {
    const merged = mergeLegRecords(plan, JOB, [
      { leg: 1, record: { status: 'failed', 'exit-code': 2 }, outputs: [] },
    ]);
    expect(merged.legs[0]!.reason).toBe('The script exited with code 2.');
  });
});

describe('gatherLegs against the artifact service', () => {
  let service: ArtifactService;
  let tmp: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    service = await startArtifactService();
  });
  afterAll(async () => {
    await service.close();
  });
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gather-'));
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Uploads `files` as artifact `name` from the job `jobId` of the run, with the real client. */
  async function uploadAs(jobId: string, name: string, files: Record<string, string>): Promise<void> {
    Object.assign(process.env, service.jobEnv(jobId));
    const dir = path.join(tmp, 'upload', name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    await new DefaultArtifactClient().uploadArtifact(
      name,
      Object.keys(files).map((file) => path.join(dir, file)),
      dir,
    );
  }

  it('downloads each leg of this run into legs/<name>/ and merges them; a leg never uploaded is missing', async () => {
    const job = 'g1';
    const record = (status: string, code: number) =>
      JSON.stringify({ script: 'links', status, 'exit-code': code });
    await uploadAs('leg-job-1', legArtifactName('links', job, 1), {
      'link_errors.txt': 'none\n',
      'nested/deep/report.json': '{"ok":true}',
      '_dispatch/record.json': record('succeeded', 0),
      '_dispatch/log.txt': 'checked 10 pages\n',
    });
    await uploadAs('leg-job-2', legArtifactName('links', job, 2), {
      'link_errors.txt': '/a is broken\n',
      '_dispatch/record.json': record('failed', 1),
    });
    // Another request's leg in the same run, and a look-alike name: neither is picked up.
    await uploadAs('leg-job-3', legArtifactName('links', 'other', 3), { 'x.txt': 'x' });
    await uploadAs('leg-job-4', `${legArtifactName('links', job, 3)}-extra`, { 'x.txt': 'x' });

    Object.assign(process.env, service.jobEnv('gather-job'));
    const root = path.join(tmp, 'merged');
    const { downloaded, merged } = await gatherLegs({ plan, job, root });

    expect(downloaded.map((d) => [d.part.name, d.artifact.name])).toEqual([
      ['phy', 'links-g1-leg-1'],
      ['ada', 'links-g1-leg-2'],
    ]);
    expect(readFileSync(path.join(root, 'legs/phy/nested/deep/report.json'), 'utf8')).toBe('{"ok":true}');
    expect(readFileSync(path.join(root, 'legs/ada/link_errors.txt'), 'utf8')).toBe('/a is broken\n');

    expect(merged.legs.map((l) => [l.leg, l.name, l.status, l['exit-code']])).toEqual([
      ['1', 'phy', 'succeeded', 0],
      ['2', 'ada', 'failed', 1],
      ['3', 'chem', 'missing', null],
    ]);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(merged.legs[0]!.outputs).toEqual([
      { path: 'legs/phy/_dispatch/log.txt', bytes: 17, sha256: sha('checked 10 pages\n') },
      {
        path: 'legs/phy/_dispatch/record.json',
        bytes: record('succeeded', 0).length,
        sha256: sha(record('succeeded', 0)),
      },
      { path: 'legs/phy/link_errors.txt', bytes: 5, sha256: sha('none\n') },
      { path: 'legs/phy/nested/deep/report.json', bytes: 11, sha256: sha('{"ok":true}') },
    ]);
    expect(merged.reason).toBe('Leg 2 (ada) did not succeed; leg 3 (chem) is missing (of 3).');

    // The gather job asked for the other jobs' artifacts with their own job ids, as GitHub's client does.
    const signed = service.requests.filter((r) => r.method === 'GetSignedArtifactURL');
    expect(signed.map((r) => (r.body as Record<string, string>).workflow_job_run_backend_id).sort()).toEqual([
      'leg-job-1',
      'leg-job-2',
    ]);
    expect(signed.every((r) => r.status === 200)).toBe(true);
  });
});
