/** Every branch `dispatch` can take, with the in-memory adapters: no network, no module mocks. */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueReporters } from '../../src/adapters/github/reporter';
import { parseManifest } from '../../src/manifest/load';
import { dispatch } from '../../src/pipeline';
import type { Ports } from '../../src/ports';
import { renderStatusComment } from '../../src/report/status-comment';
import type { Request, RunRequest } from '../../src/request/types';
import { Masker } from '../../src/shared/mask';
import {
  CollectingLog,
  HttpError,
  MemoryGitHubApi,
  RecordingArtifactStore,
} from '../support/memory-adapters';

const manifest = parseManifest(
  `
version: 1
scripts:
  hello:
    title: Hello
    command: [node, -e, "console.log('hi')"]
    pass-args: none
    args:
      name: { type: text, required: true }
  guarded:
    command: [node, -e, '0']
    permission: admin
`,
  'dispatch.yml',
);

const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(permissions: Record<string, 'read' | 'triage' | 'write' | 'admin'> = { alice: 'write' }) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-dispatch-')));
  roots.push(root);
  const api = new MemoryGitHubApi(permissions);
  const log = new CollectingLog();
  const masker = new Masker(['ghs_secretsecretsecretsecret']);
  const ports: Ports = {
    environment: {
      jobId: '500-1',
      workspace: root,
      tempDir: path.join(root, 'tmp'),
      baseEnv: { PATH: process.env.PATH },
      secrets: [],
      run: { id: '500', url: 'https://github.example/o/r/actions/runs/500' },
      serverUrl: 'https://github.example',
      repository: 'o/r',
    },
    api,
    reporter: issueReporters(api, masker.mask.bind(masker), (m) => log.warning(m)),
    artifacts: new RecordingArtifactStore(),
    content: {
      checkout: async () => ({ sha: '', ref: '' }),
      publish: async () => ({}),
    },
    log,
    masker,
    download: async () => Buffer.from(''),
  };
  return { api, log, ports };
}

const run = (more: Partial<RunRequest> = {}): RunRequest => ({
  kind: 'run',
  source: 'comment',
  script: 'hello',
  args: { name: 'Ada' },
  requester: 'alice',
  issue: 7,
  commentId: 70,
  openPullRequest: true,
  dryRun: false,
  ...more,
});

/** A status comment of an earlier run, as the action's app wrote it. */
function earlierStatus(
  api: MemoryGitHubApi,
  state: { runId: string; done: boolean; status?: 'rejected' | 'succeeded' },
) {
  const body = renderStatusComment(
    {
      job: `${state.runId}-1`,
      phase: state.done ? 'done' : 'running',
      status: state.done ? (state.status ?? 'succeeded') : undefined,
      script: 'hello',
      args: {},
      requester: 'alice',
      issue: 7,
      dryRun: false,
      run: { id: state.runId, url: 'u' },
      startedAt: new Date().toISOString(),
      durations: {},
    },
    (t) => t,
  );
  api.comments.set(7, [
    ...(api.comments.get(7) ?? []),
    { id: 1, body, htmlUrl: 'h', user: 'github-actions[bot]' },
  ]);
}

describe('dispatch', () => {
  test('ignored: nothing posted, the warning reaches the log masked', async () => {
    const { api, log, ports } = setup();
    const request: Request = {
      kind: 'ignored',
      reason: 'no command',
      warning: 'bad ghs_secretsecretsecretsecret',
    };
    const result = await dispatch(request, manifest, ports);
    expect(result).toEqual({ status: 'ignored', message: 'no command' });
    expect(api.calls).toEqual([]);
    expect(log.warnings).toEqual(['bad ***']);
  });

  test('run, accepted: 👀, the script runs, 🚀, one status comment', async () => {
    const { api, ports } = setup();
    const result = await dispatch(run(), manifest, ports);
    expect(result.report?.reason).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.report?.status).toBe('succeeded');
    expect(result.commentUrl).toMatch(/issuecomment/);
    expect(api.commentReactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    expect(api.comments.get(7)).toHaveLength(1);
  });

  test('run, rejected for its arguments: no 👀, the problems and a fix line', async () => {
    const { api, ports } = setup();
    const result = await dispatch(run({ args: {} }), manifest, ports);
    expect(result.status).toBe('rejected');
    expect(result.report?.problems?.[0].field).toBe('name');
    expect(result.report?.fixCommand).toMatch(/^\/run hello name=/);
    expect(result.message).toContain('was rejected');
    expect(api.commentReactions.map((r) => r.content)).toEqual(['confused']);
  });

  test('run, refused: a requester below the permission', async () => {
    const { ports } = setup({ alice: 'write' });
    const result = await dispatch(run({ script: 'guarded', args: {} }), manifest, ports);
    expect(result.status).toBe('rejected');
    expect(result.report?.reason).toContain('admin');
  });

  test('run of an unknown name, even one an object has: rejected with the list of scripts', async () => {
    const { ports } = setup();
    for (const name of ['nope', 'helo', 'constructor', '__proto__', 'toString']) {
      const result = await dispatch(run({ script: name }), manifest, ports);
      expect(result.status).toBe('rejected');
      const text = [
        result.report?.reason,
        ...(result.report?.problems ?? []).map((p) => `${p.message} ${p.fix}`),
      ];
      expect(text.join('\n')).toContain('hello');
    }
  });

  test('unreadable: rejected with every problem, the script title when it is known', async () => {
    const { api, ports } = setup();
    const request: Request = {
      kind: 'unreadable',
      source: 'issue',
      requester: 'alice',
      issue: 7,
      script: 'hello',
      problems: [{ message: 'The field Name is empty.' }],
    };
    const result = await dispatch(request, manifest, ports);
    expect(result.status).toBe('rejected');
    expect(result.report?.scriptTitle).toBe('Hello');
    expect(api.comments.get(7)?.[0].body).toContain('The field Name is empty.');
  });

  test('broken manifest: the problems in a comment, the loader message as the step error', async () => {
    const { api, ports } = setup();
    const request: Request = {
      kind: 'broken-manifest',
      requester: 'alice',
      issue: 7,
      reason: 'The manifest is broken.',
      message: 'm.yml:3:4: unknown field',
      problems: [{ message: 'm.yml:3:4: unknown field' }],
    };
    const result = await dispatch(request, undefined, ports);
    expect(result).toMatchObject({ status: 'rejected', message: 'm.yml:3:4: unknown field' });
    expect(api.comments.get(7)?.[0].body).toContain('m.yml:3:4');
  });

  test('help: one reply and 👀', async () => {
    const { api, ports } = setup();
    const result = await dispatch(
      { kind: 'help', requester: 'alice', issue: 7, commentId: 70 },
      manifest,
      ports,
    );
    expect(result.status).toBe('succeeded');
    expect(api.comments.get(7)?.[0].body).toContain('hello');
    expect(api.commentReactions.map((r) => r.content)).toEqual(['eyes']);
  });

  describe('cancel', () => {
    const cancel: Request = { kind: 'cancel', requester: 'alice', issue: 7, commentId: 71 };

    test('nothing running: says so', async () => {
      const { api, ports } = setup();
      const result = await dispatch(cancel, manifest, ports);
      expect(result).toEqual({ status: 'succeeded', message: 'nothing to cancel' });
      expect(api.cancelledRuns).toEqual([]);
    });

    test('a run in progress is cancelled', async () => {
      const { api, ports } = setup();
      earlierStatus(api, { runId: '400', done: false });
      const result = await dispatch(cancel, manifest, ports);
      expect(result.status).toBe('succeeded');
      expect(api.cancelledRuns).toEqual(['400']);
    });

    test('a requester who may not run it may not cancel it', async () => {
      const { api, ports } = setup({ alice: 'read' });
      earlierStatus(api, { runId: '400', done: false });
      const result = await dispatch(cancel, manifest, ports);
      expect(result.status).toBe('rejected');
      expect(result.message).toContain('to cancel');
      expect(api.cancelledRuns).toEqual([]);
    });

    test('a refusal of the cancel API fails and says so', async () => {
      const { api, ports } = setup();
      earlierStatus(api, { runId: '400', done: false });
      api.cancelWorkflowRun = async () => {
        throw new HttpError(409, 'run already finished');
      };
      const result = await dispatch(cancel, manifest, ports);
      expect(result.status).toBe('failed');
      expect(result.message).toContain('run already finished');
    });
  });

  describe('edited issue', () => {
    test('its last request already ran: ignored', async () => {
      const { api, ports } = setup();
      earlierStatus(api, { runId: '400', done: true, status: 'succeeded' });
      const result = await dispatch({ kind: 'edited', run: run({ source: 'issue' }) }, manifest, ports);
      expect(result.status).toBe('ignored');
      expect(result.message).toContain('/run');
    });

    test('its last request was rejected: it runs', async () => {
      const { api, ports } = setup();
      earlierStatus(api, { runId: '400', done: true, status: 'rejected' });
      const result = await dispatch({ kind: 'edited', run: run({ source: 'issue' }) }, manifest, ports);
      expect(result.status).toBe('succeeded');
    });
  });
});
