/** The trigger branch of `dispatch` with in-memory adapters: job ids, the event on reports, issues. */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseManifest } from '../../src/manifest/load';
import { dispatch } from '../../src/pipeline';
import type { Ports, Reporter } from '../../src/ports';
import type { RunReport } from '../../src/report/types';
import type { TriggeredRequest } from '../../src/request/types';
import { Masker } from '../../src/shared/mask';
import { CollectingLog, MemoryGitHubApi, RecordingArtifactStore } from '../support/memory-adapters';

const manifest = parseManifest(
  `
version: 1
scripts:
  ok:
    command: [node, -e, '0']
    pass-args: none
    args:
      n: { type: number }
  bad:
    command: [node, -e, 'process.exit(Number(process.env.EXIT_CODE || 2))']
triggers:
  - on: push
    paths: ['docs/**']
    run: ok
    args: { n: 1 }
  - on: repository_dispatch
    run: ok
    args: { n: '{event.client_payload.n}' }
  - on: repository_dispatch
    run: bad
    open-issue-on-failure: true
`,
  'triggers.yml',
);

const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(changedFiles?: Ports['changedFiles']) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-triggers-')));
  roots.push(root);
  const api = new MemoryGitHubApi({ actor: 'write' });
  const log = new CollectingLog();
  const reports: RunReport[] = [];
  const reporter = (): Reporter => ({
    accept: async () => {},
    update: async (r) => {
      reports.push(structuredClone(r));
    },
  });
  const ports: Ports = {
    environment: {
      jobId: '9-1',
      workspace: root,
      tempDir: path.join(root, 'tmp'),
      baseEnv: { PATH: process.env.PATH },
      secrets: [],
      run: { id: '9', url: 'https://github.example/o/r/actions/runs/9' },
      serverUrl: 'https://github.example',
      repository: 'o/r',
    },
    api,
    reporter,
    artifacts: new RecordingArtifactStore(),
    content: { checkout: async () => ({ sha: '', ref: '' }), publish: async () => ({}) },
    log,
    masker: new Masker([]),
    download: async () => Buffer.from(''),
    changedFiles,
  };
  return { api, log, ports, reports };
}

const triggered = (eventName: string, payload: Record<string, unknown>): TriggeredRequest => ({
  kind: 'triggered',
  eventName,
  payload,
  requester: 'actor',
  dryRun: false,
});

test('each match runs with its own job id and names its trigger; one failure fails the step', async () => {
  const { api, ports, reports } = setup();
  const result = await dispatch(
    triggered('repository_dispatch', { client_payload: { n: 3 } }),
    manifest,
    ports,
  );
  const done = reports.filter((r) => r.phase === 'done');
  expect(done.map((r) => [r.job, r.status, r.event?.trigger])).toEqual([
    ['9-1-t2', 'succeeded', 'trigger 2 (repository_dispatch → ok)'],
    ['9-1-t3', 'failed', 'trigger 3 (repository_dispatch → bad)'],
  ]);
  expect(done[0].args).toEqual({ n: 3 });
  expect(result.status).toBe('failed');
  expect(result.report?.script).toBe('bad');
  expect(result.summary).toContain('9-1-t2');
  expect(api.issues).toHaveLength(1);
  expect(api.issues[0].title).toBe('Script Dispatcher: trigger 3 (repository_dispatch → bad) failed');

  // A second failure comments on the same issue.
  await dispatch(triggered('repository_dispatch', { client_payload: { n: 3 } }), manifest, ports);
  expect(api.issues).toHaveLength(1);
  expect(api.callsOf('createComment').map((c) => c[0])).toEqual([api.issues[0].number]);
});

test('a payload value that does not fit is a rejection; the other trigger still runs', async () => {
  const { ports, reports } = setup();
  const result = await dispatch(
    triggered('repository_dispatch', { client_payload: { n: '1; rm -rf /' } }),
    manifest,
    ports,
  );
  const done = reports.filter((r) => r.phase === 'done');
  expect(done[0]).toMatchObject({ job: '9-1-t2', status: 'rejected' });
  expect(done[1]).toMatchObject({ job: '9-1-t3', status: 'failed' });
  expect(result.status).toBe('failed');
  expect(result.message).toContain('trigger 2 (repository_dispatch → ok): rejected');
});

test('changed files that cannot be computed fail an event no trigger matched, and say why', async () => {
  const { ports, log } = setup(async () => {
    throw new Error('the remote said no');
  });
  const result = await dispatch(triggered('push', { ref: 'refs/heads/main' }), manifest, ports);
  expect(result.status).toBe('failed');
  expect(result.message).toContain('the remote said no');
  expect(result.summary).toContain('the changed files of the push were not computed');
  expect(log.warnings.join('\n')).toContain('the remote said no');
});

test('no match: ignored, with every trigger and why', async () => {
  const { ports } = setup(async () => ['README.md']);
  const result = await dispatch(triggered('push', { ref: 'refs/heads/main' }), manifest, ports);
  expect(result.status).toBe('ignored');
  expect(result.summary).toContain('`README.md`');
  expect(result.summary).toContain('the event is `push`, not `repository_dispatch`');
});
