import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { hashArgFiles, hashFolder } from '../../src/publish/hash';
import { isReserved } from '../../src/publish/dispatch-folder';
import { buildRunRecord, type RecordFacts } from '../../src/report/record';
import type { RunReport } from '../../src/report/types';

const schema = JSON.parse(readFileSync('schema/run-record.schema.json', 'utf8')) as object;
const ajv = new Ajv2020({
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: true,
  validateFormats: false,
});
const validate = ajv.compile(schema);

function valid(record: unknown): void {
  const ok = validate(record);
  if (!ok) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
}

const SHA1 = 'a'.repeat(40);
const sha = (data: string): string => createHash('sha256').update(data).digest('hex');

function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    job: '987654321-1',
    phase: 'done',
    status: 'succeeded',
    script: 'link_checker',
    mode: 'read',
    target: 'phy',
    args: { eps: '/pages/a', count: 3, strict: true, pages: '/tmp/args/pages.csv' },
    requester: 'alice',
    issue: 12,
    dryRun: false,
    run: { id: '987654321', url: 'https://github.com/o/r/actions/runs/987654321' },
    startedAt: '2024-01-01T00:00:00.000Z',
    durations: { checkout: 1200.4, run: 184_000, upload: 500, total: 186_000 },
    checkout: { repository: 'isaacphysics/rutherford-content', ref: 'master', sha: SHA1 },
    exitCode: 0,
    attempts: 1,
    ...overrides,
  };
}

function facts(overrides: Partial<RecordFacts> = {}): RecordFacts {
  return {
    kind: 'script',
    event: { name: 'issues' },
    workflow: { repository: 'o/r', sha: SHA1, runId: '987654321', runAttempt: 1 },
    argFiles: { pages: { path: 'pages.csv', bytes: 10, sha256: sha('x') } },
    command: ['python3', 'check.py', '--token', 'SECRET'],
    finishedAt: new Date('2024-01-01T00:03:06Z'),
    attempts: [
      { exitCode: 0, signal: null, startedAt: new Date('2024-01-01T00:00:01Z'), durationMs: 184_000.6 },
    ],
    outputs: [
      { path: 'report.md', bytes: 5, sha256: sha('hello') },
      { path: 'a/data.csv', bytes: 0, sha256: sha('') },
    ],
    mask: (text) => text.replaceAll('SECRET', '***'),
    ...overrides,
  };
}

describe('buildRunRecord', () => {
  it('builds a valid record of a success with every field', () => {
    const record = buildRunRecord(report(), facts());
    valid(record);
    expect(record).toMatchObject({
      version: 1,
      job: '987654321-1',
      kind: 'script',
      script: 'link_checker',
      target: 'phy',
      status: 'succeeded',
      reason: null,
      'exit-code': 0,
      requester: 'alice',
      issue: 12,
      event: { name: 'issues' },
      'dry-run': false,
      workflow: {
        repository: 'o/r',
        sha: SHA1,
        'run-id': '987654321',
        'run-attempt': 1,
        url: 'https://github.com/o/r/actions/runs/987654321',
      },
      content: [{ target: 'phy', repository: 'isaacphysics/rutherford-content', ref: 'master', sha: SHA1 }],
      args: {
        eps: '/pages/a',
        count: 3,
        strict: true,
        pages: { path: 'pages.csv', bytes: 10, sha256: sha('x') },
      },
      command: ['python3', 'check.py', '--token', '***'],
      'started-at': '2024-01-01T00:00:00.000Z',
      'finished-at': '2024-01-01T00:03:06.000Z',
      durations: { checkout: 1200, run: 184_000, upload: 500, total: 186_000 },
      attempts: [
        { 'exit-code': 0, signal: null, 'started-at': '2024-01-01T00:00:01.000Z', 'duration-ms': 184_001 },
      ],
      'pull-requests': [],
    });
    expect(record.outputs.map((o) => o.path)).toEqual(['a/data.csv', 'report.md']);
  });

  it('records a failure with retries, a notebook, the CLI without a workflow', () => {
    const record = buildRunRecord(
      report({
        status: 'failed',
        exitCode: null,
        reason: "exited with code 1: KeyError: 'SECRET'",
        issue: undefined,
      }),
      facts({
        kind: 'notebook',
        command: undefined,
        notebook: 'notebooks/reflection.ipynb',
        workflow: undefined,
        event: { name: 'cli' },
        attempts: [
          { exitCode: 1, signal: null, startedAt: '2024-01-01T00:00:01Z', durationMs: 10 },
          { exitCode: null, signal: 'SIGKILL', startedAt: '2024-01-01T00:00:02Z', durationMs: 20 },
        ],
      }),
    );
    valid(record);
    expect(record.reason).toBe("exited with code 1: KeyError: '***'");
    expect(record.workflow).toBeNull();
    expect(record.issue).toBeNull();
    expect(record.notebook).toBe('notebooks/reflection.ipynb');
    expect(record.command).toBeUndefined();
    expect(record.attempts[1]).toEqual({
      'exit-code': null,
      signal: 'SIGKILL',
      'started-at': '2024-01-01T00:00:02.000Z',
      'duration-ms': 20,
    });
  });

  it('records flows with steps and fan-out legs, and triggered events', () => {
    const record = buildRunRecord(
      report({
        script: 'weekly',
        pullRequests: [
          { url: 'https://github.com/o/c/pull/3', number: 3, action: 'opened', repository: 'o/c' },
        ],
      }),
      facts({
        kind: 'flow',
        command: undefined,
        event: { name: 'push', trigger: 'on-content-push' },
        outputs: [{ path: 'fetch/pages.json', bytes: 2, sha256: sha('[]'), step: 'fetch' }],
        steps: [
          {
            name: 'fetch',
            script: 'fetch_pages',
            status: 'cached',
            needs: [],
            'started-at': null,
            'finished-at': null,
            'exit-code': null,
            'cache-key': sha('k'),
          },
          {
            name: 'report',
            script: 'report',
            status: 'succeeded',
            needs: ['fetch'],
            'started-at': '2024-01-01T00:00:01.000Z',
            'finished-at': '2024-01-01T00:00:02.000Z',
            'exit-code': 0,
            'cache-key': sha('r'),
            'cache-miss': 'no entry',
          },
        ],
        legs: [{ leg: '1', name: 'phy', status: 'succeeded', outputs: [] }],
      }),
    );
    valid(record);
    expect(record.event).toEqual({ name: 'push', trigger: 'on-content-push' });
    expect(record['pull-requests']).toEqual(['https://github.com/o/c/pull/3']);
  });

  it('is refused by the schema when a field is wrong', () => {
    const record = buildRunRecord(report(), facts()) as unknown as Record<string, unknown>;
    expect(validate({ ...record, version: 2 })).toBe(false);
    expect(validate({ ...record, outputs: [{ path: '../x', bytes: 1, sha256: sha('') }] })).toBe(false);
    expect(validate({ ...record, outputs: [{ path: 'x', bytes: 1, sha256: 'nope' }] })).toBe(false);
    expect(validate({ ...record, notebook: 'x.ipynb' })).toBe(false);
    const { job: _job, ...withoutJob } = record;
    expect(validate(withoutJob)).toBe(false);
  });
});

describe('hashes for the record', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'record-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes csv and file arguments and the outputs but _dispatch/', async () => {
    writeFileSync(path.join(dir, 'pages.csv'), 'url\n/a\n');
    const files = await hashArgFiles(
      [
        { name: 'pages', type: 'csv' },
        { name: 'eps', type: 'text' },
      ],
      { pages: path.join(dir, 'pages.csv'), eps: '/x' },
    );
    expect(files).toEqual({ pages: { path: 'pages.csv', bytes: 7, sha256: sha('url\n/a\n') } });
    const outputs = await hashFolder(dir, { skip: isReserved });
    const record = buildRunRecord(report(), facts({ argFiles: files, outputs }));
    valid(record);
    expect(record.outputs).toEqual([{ path: 'pages.csv', bytes: 7, sha256: sha('url\n/a\n') }]);
  });
});
