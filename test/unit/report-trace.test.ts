import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildRunRecord, type RunRecord } from '../../src/report/record';
import { loadRecords, renderTrace, traceFile } from '../../src/report/trace';
import type { RunReport } from '../../src/report/types';
import { unzip } from '../support/zip';

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const SHA1 = 'b'.repeat(40);

/** A zip as @actions/artifact writes one: deflated entries, a central directory. */
function zip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function record(
  job: string,
  outputs: { path: string; content: string; step?: string }[],
  more: Partial<RunReport> = {},
): RunRecord {
  const report: RunReport = {
    job,
    phase: 'done',
    status: 'succeeded',
    script: 'link_checker',
    target: 'phy',
    args: { eps: '/pages/a', pages: '/tmp/pages.csv' },
    requester: 'alice',
    issue: 12,
    dryRun: false,
    startedAt: '2024-01-01T00:00:00Z',
    durations: {},
    checkout: { repository: 'isaacphysics/rutherford-content', ref: 'master', sha: SHA1 },
    exitCode: 0,
    ...more,
  };
  return buildRunRecord(report, {
    kind: 'script',
    event: { name: 'issues' },
    workflow: { repository: 'o/r', sha: SHA1, runId: job.split('-')[0], runAttempt: 1 },
    argFiles: { pages: { path: 'pages.csv', bytes: 4, sha256: sha('a,b\n') } },
    command: ['python3', 'check.py'],
    finishedAt: `2024-01-0${job.endsWith('2') ? 2 : 1}T00:10:00Z`,
    outputs: outputs.map((o) => ({
      path: o.path,
      bytes: Buffer.byteLength(o.content),
      sha256: sha(o.content),
      ...(o.step ? { step: o.step } : {}),
    })),
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'trace-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('trace', () => {
  it('finds the run that produced a file in a record file, a folder and an artifact zip', async () => {
    const file = path.join(dir, 'report.md');
    writeFileSync(file, 'the report');
    // A record given as a file.
    writeFileSync(
      path.join(dir, 'one.json'),
      JSON.stringify(record('100-1', [{ path: 'other.md', content: 'x' }])),
    );
    // A CLI output directory deep in a folder.
    const out = path.join(dir, 'runs', 'a', 'out', '_dispatch');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, 'record.json'),
      JSON.stringify(record('200-1', [{ path: 'report.md', content: 'the report' }])),
    );
    // A downloaded artifact, with a fan-out leg and a flow step.
    const artifact = zip({
      'report.md': 'the report',
      'legs/phy/_dispatch/record.json': JSON.stringify(
        record('300-2', [{ path: 'build/report.md', content: 'the report', step: 'build' }]),
      ),
      'legs/phy/report.md': 'the report',
    });
    expect(unzip(artifact).get('report.md')?.toString()).toBe('the report');
    writeFileSync(path.join(dir, 'runs', 'artifact.zip'), artifact);

    const result = await traceFile(file, [path.join(dir, 'one.json'), path.join(dir, 'runs')]);
    expect(result.sha256).toBe(sha('the report'));
    expect(result.records).toBe(3);
    expect(result.problems).toEqual([]);
    expect(result.matches.map((m) => [m.record.job, m.output.path, m.output.step])).toEqual([
      ['300-2', 'build/report.md', 'build'],
      ['200-1', 'report.md', undefined],
    ]);
    expect(result.matches[0].source).toBe(
      `${path.join(dir, 'runs', 'artifact.zip')}!legs/phy/_dispatch/record.json`,
    );

    const text = renderTrace(result);
    expect(text).toContain('was produced by 2 runs');
    expect(text).toContain('Run:       run 300 (attempt 1) of o/r, https://github.com/o/r/actions/runs/300');
    expect(text).toContain('Script:    link_checker (script) · step build');
    expect(text).toContain(`Arguments: eps=/pages/a, pages=pages.csv (4 bytes, sha256 ${sha('a,b\n')})`);
    expect(text).toContain(`Content:   phy: isaacphysics/rutherford-content@${SHA1} (master)`);
    expect(text).toContain('Requested: alice in issue #12');
  });

  it('says when nothing matches, and what could not be read', async () => {
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'nothing');
    writeFileSync(
      path.join(dir, 'bad.zip'),
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(10)]),
    );
    writeFileSync(path.join(dir, 'notes.json'), '{"a": 1}');
    const result = await traceFile(file, [
      path.join(dir, 'bad.zip'),
      path.join(dir, 'notes.json'),
      path.join(dir, 'missing'),
    ]);
    expect(result.matches).toEqual([]);
    expect(result.problems).toHaveLength(3);
    const text = renderTrace(result);
    expect(text).toContain('No run record lists');
    expect(text).toContain('searched 0 records');
    expect(text).toContain('not a run record');
  });

  it('never prints escape sequences from a record', async () => {
    const evil = record('400-1', [{ path: 'a\u001b[2Jb.md', content: 'evil' }], {
      requester: 'x\u001b]0;owned\u0007',
    });
    writeFileSync(path.join(dir, 'evil.json'), JSON.stringify(evil));
    const file = path.join(dir, 'f');
    writeFileSync(file, 'evil');
    const text = renderTrace(await traceFile(file, [path.join(dir, 'evil.json')]));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect((await loadRecords([path.join(dir, 'evil.json')])).records).toHaveLength(1);
  });
});
