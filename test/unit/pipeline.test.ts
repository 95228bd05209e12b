import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseManifest } from '../../src/manifest/load';
import type { Manifest } from '../../src/manifest/types';
import { dispatch } from '../../src/pipeline';
import type { Checkout, Ports, PublishResult } from '../../src/ports';
import type { Job } from '../../src/plan/job';
import type { RunReport } from '../../src/report/types';
import type { RunRequest } from '../../src/request/types';
import { Masker } from '../../src/shared/mask';
import {
  CollectingLog,
  HttpError,
  MemoryGitHubApi,
  RecordingArtifactStore,
  RecordingReporter,
} from '../support/memory-adapters';

/** Writes two outputs and a result, prints a line; its argv (after `--`) lands in the result. */
const REPORT_JS = [
  "const fs = require('fs');",
  "const path = require('path');",
  'const out = process.env.DISPATCH_OUTPUT;',
  "fs.mkdirSync(path.join(out, 'nested'), { recursive: true });",
  "fs.writeFileSync(path.join(out, 'summary.txt'), 'all good');",
  "fs.writeFileSync(path.join(out, 'nested', 'data.csv'), 'a,b');",
  'fs.writeFileSync(process.env.DISPATCH_RESULT, JSON.stringify({',
  '  checked: 12,',
  '  argv: process.argv.slice(1),',
  '  args: JSON.parse(process.env.DISPATCH_ARGS),',
  '  target: process.env.DISPATCH_TARGET,',
  '}));',
  "console.log('hello from the script');",
].join('\n');

const MANIFEST = `
version: 1
repositories:
  content:
    repository: org/content
    title: Site content
    path: content
scripts:
  report:
    title: Report
    command:
      - node
      - -e
      - ${JSON.stringify(REPORT_JS)}
      - --
    targets: [content]
    args:
      count:
        type: number
        required: true
        min: 1
        max: 10
      label:
        type: text
        pattern: '^[a-z]+$'
      speed:
        type: choice
        options: [fast, slow]
    outputs:
      expect: ['*.txt']
  broken:
    command: [sh, -c, 'echo partial > "$DISPATCH_OUTPUT/partial.txt"; echo going down >&2; exit 3']
    targets: []
  expects:
    command: [python3, -c, 'import os; open(os.path.join(os.environ["DISPATCH_OUTPUT"], "other.log"), "w").write("x")']
    targets: []
    outputs:
      expect: ['report.csv', '*.log']
  bad_result:
    command: [sh, -c, 'printf "not json" > "$DISPATCH_RESULT"']
    targets: []
  no_output:
    command: [sh, -c, 'exit 0']
    targets: []
  writer:
    command: [sh, -c, 'echo hi > "$DISPATCH_OUTPUT/hi.txt"']
    targets: []
  sleeper:
    command: [node, -e, 'setTimeout(() => 0, 30000)']
    targets: []
  editor:
    command: [sh, -c, 'echo changed > "$DISPATCH_TARGET_PATH/page.md"; exit "$CODE"']
    mode: write
    targets: [content]
    env:
      CODE: '0'
  strict:
    command: [sh, -c, 'exit 0']
    permission: maintain
    targets: []
`;

let manifest: Manifest;
beforeAll(() => {
  manifest = parseManifest(MANIFEST, 'dispatch.yml');
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The manifest and the ports a request is dispatched with. */
interface Deps {
  manifest: Manifest;
  ports: Ports;
}

/** A run request through the engine; its final report. */
async function runPipeline(request: RunRequest, deps: Deps): Promise<RunReport> {
  const result = await dispatch(request, deps.manifest, deps.ports);
  return result.report!;
}

type PublishChanges = (job: Job, checkout: Checkout) => Promise<PublishResult>;

interface World {
  deps: Deps;
  reporter: RecordingReporter;
  artifacts: RecordingArtifactStore;
  log: CollectingLog;
  api?: MemoryGitHubApi;
  checkouts: Job[];
  published: { job: Job; checkout: Checkout; phase: string; status?: string }[];
  workspace: string;
  tempDir: string;
}

function world(
  more: {
    api?: MemoryGitHubApi;
    checkout?: (job: Job) => Promise<Checkout>;
    publish?: PublishChanges;
    signal?: AbortSignal;
    manifest?: Manifest;
    /** Reach the job's temp directory through a symbolic link. */
    linkedTemp?: boolean;
  } = {},
): World {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-pipeline-')));
  dirs.push(root);
  const workspace = path.join(root, 'workspace');
  mkdirSync(workspace);
  let tempDir = path.join(root, 'job');
  if (more.linkedTemp) {
    mkdirSync(path.join(root, 'real-temp'));
    symlinkSync(path.join(root, 'real-temp'), path.join(root, 'temp-link'));
    tempDir = path.join(root, 'temp-link', 'job');
  }
  const reporter = new RecordingReporter();
  const artifacts = new RecordingArtifactStore();
  const log = new CollectingLog();
  const checkouts: Job[] = [];
  const published: World['published'] = [];
  const deps: Deps = {
    manifest: more.manifest ?? manifest,
    ports: {
      environment: {
        jobId: '77-1',
        workspace,
        tempDir,
        baseEnv: { PATH: process.env.PATH, HOME: process.env.HOME },
        secrets: [],
        graceMs: 500,
        run: { id: '77', url: 'https://github.example/o/r/actions/runs/77' },
        serverUrl: 'https://github.example',
        repository: 'o/r',
      },
      api: more.api,
      reporter: () => reporter,
      artifacts,
      log,
      masker: new Masker(),
      signal: more.signal,
      content: {
        checkout:
          more.checkout ??
          (async (job) => {
            checkouts.push(job);
            mkdirSync(job.target!.absolutePath, { recursive: true });
            return { sha: 'abc1234', ref: 'main' };
          }),
        publish:
          more.publish ??
          (async (job, checkout) => {
            const shown = reporter.last!;
            published.push({ job, checkout, phase: shown.phase, status: shown.status });
            return {
              branch: job.write?.branch,
              pullRequests: [
                {
                  url: 'https://github.example/org/content/pull/1',
                  number: 1,
                  action: 'opened',
                  repository: 'org/content',
                },
              ],
            };
          }),
      },
      download: async (url) => {
        throw new Error(`no download expected: ${url}`);
      },
    },
  };
  return { deps, reporter, artifacts, log, api: more.api, checkouts, published, workspace, tempDir };
}

function request(script: string, args: RunRequest['args'] = {}, more: Partial<RunRequest> = {}): RunRequest {
  return {
    kind: 'run',
    source: 'issue',
    script,
    args,
    requester: 'alice',
    issue: 5,
    openPullRequest: true,
    dryRun: false,
    ...more,
  };
}

describe('runPipeline: success', () => {
  let w: World;
  let report: RunReport;
  beforeAll(async () => {
    w = world({ api: new MemoryGitHubApi({ alice: 'triage' }) });
    report = await runPipeline(request('report', { count: '3', label: 'abc' }), w.deps);
  });

  test('succeeds with the exit code, durations and attempts', () => {
    expect(report.status).toBe('succeeded');
    expect(report.phase).toBe('done');
    expect(report.exitCode).toBe(0);
    expect(report.attempts).toBe(1);
    expect(report.reason).toBeUndefined();
    for (const key of ['checkout', 'run', 'upload', 'total'] as const) {
      expect(typeof report.durations[key]).toBe('number');
      expect(report.durations[key]).toBeGreaterThanOrEqual(0);
    }
    expect(report.durations.total).toBeGreaterThanOrEqual(report.durations.run!);
  });

  test('names the script, target, checkout and typed arguments', () => {
    expect(report).toMatchObject({
      job: '77-1',
      script: 'report',
      scriptTitle: 'Report',
      mode: 'read',
      target: 'content',
      targetTitle: 'Site content',
      requester: 'alice',
      issue: 5,
      checkout: { repository: 'org/content', ref: 'main', sha: 'abc1234' },
      args: { count: 3, label: 'abc' },
    });
  });

  test('checks out the target once, at the planned path', () => {
    expect(w.checkouts).toHaveLength(1);
    expect(w.checkouts[0]!.target!.absolutePath).toBe(path.join(w.workspace, 'content'));
  });

  test('uploads the outputs as one artifact with its file count', () => {
    expect(report.artifact).toEqual({
      name: 'report-77-1',
      files: 2,
      bytes: 'all good'.length + 'a,b'.length,
      id: '1',
      url: 'https://github.example/o/r/actions/runs/1/artifacts/1',
    });
    expect(w.artifacts.uploads).toHaveLength(1);
    const upload = w.artifacts.uploads[0]!;
    expect(upload.name).toBe('report-77-1');
    expect(
      upload.files.map((f) => path.relative(upload.rootDir, f).split(path.sep).join('/')).sort(),
    ).toEqual(['_dispatch/log.txt', '_dispatch/record.json', 'nested/data.csv', 'summary.txt']);
  });

  test('the result is the JSON the script wrote to DISPATCH_RESULT', () => {
    expect(report.result).toEqual({
      checked: 12,
      argv: ['--count=3', '--label=abc'],
      args: { count: 3, label: 'abc' },
      target: 'content',
    });
  });

  test('the output streams to the log and its tail is in the report', () => {
    expect(w.log.output).toContain('hello from the script');
    expect(report.logTail).toContain('hello from the script');
    expect(w.log.warnings).toEqual([]);
  });

  test('the reporter sees the phases in order', () => {
    expect(w.reporter.phases).toEqual(['queued', 'checking-out', 'running', 'uploading', 'done']);
    expect(w.reporter.last!.status).toBe('succeeded');
    expect(w.reporter.reports.filter((r) => r.status !== undefined)).toHaveLength(1);
  });
});

describe('runPipeline: rejected requests', () => {
  test('an unknown script is rejected with problems; nothing is checked out or run', async () => {
    const w = world({ api: new MemoryGitHubApi({ alice: 'admin' }) });
    const report = await runPipeline(request('reprot', { count: '1' }), w.deps);
    expect(report.status).toBe('rejected');
    expect(report.reason).toContain('reprot');
    expect(report.problems?.[0]?.message).toContain('did you mean `report`?');
    expect(report.problems?.[0]?.fix).toContain('`report`');
    expect(w.checkouts).toEqual([]);
    expect(w.log.groups).toEqual([]);
    expect(w.artifacts.uploads).toEqual([]);
    expect(w.api!.callsOf('getPermission')).toEqual([]);
    expect(w.reporter.phases).toEqual(['done']);
  });

  test('a refused permission is rejected with the reason; no checkout', async () => {
    const w = world({ api: new MemoryGitHubApi({ alice: 'write' }) });
    const report = await runPipeline(request('strict'), w.deps);
    expect(report.status).toBe('rejected');
    expect(report.reason).toContain('@alice');
    expect(report.reason).toContain('`maintain`');
    expect(report.reason).toContain('`write`');
    expect(w.checkouts).toEqual([]);
    expect(w.log.groups).toEqual([]);
    expect(w.artifacts.uploads).toEqual([]);
  });

  test('a permission that cannot be read is rejected', async () => {
    const w = world({ api: new MemoryGitHubApi({ alice: new HttpError(500, 'Server Error') }) });
    const report = await runPipeline(request('report', { count: '1' }), w.deps);
    expect(report.status).toBe('rejected');
    expect(report.reason).toContain('HTTP 500: Server Error');
    expect(w.checkouts).toEqual([]);
  });

  test('bad arguments are rejected with a /run line that keeps the valid values', async () => {
    const w = world({ api: new MemoryGitHubApi({ alice: 'triage' }) });
    const report = await runPipeline(
      request('report', { count: '42', label: 'abc', speed: 'slow', colour: 'red' }),
      w.deps,
    );
    expect(report.status).toBe('rejected');
    expect(report.reason).toContain('report');
    const fields = (report.problems ?? []).map((p) => p.field);
    expect(fields).toContain('count');
    expect(report.problems!.some((p) => p.message.includes('colour'))).toBe(true);
    expect(report.fixCommand).toMatch(/^\/run report /);
    expect(report.fixCommand).toContain('label=abc');
    expect(report.fixCommand).toContain('speed=slow');
    expect(report.fixCommand).not.toContain('count=42');
    expect(report.fixCommand).toMatch(/count=\S+/);
    expect(report.fixCommand).not.toContain('colour');
    expect(report.args).toEqual({ count: '42', label: 'abc', speed: 'slow', colour: 'red' });
    expect(w.checkouts).toEqual([]);
    expect(w.log.groups).toEqual([]);
  });

  test('a missing required argument gets a placeholder in the /run line', async () => {
    const w = world();
    const report = await runPipeline(request('report', { label: 'x1' }), w.deps);
    expect(report.status).toBe('rejected');
    expect(report.fixCommand).toMatch(/^\/run report /);
    expect(report.fixCommand).toMatch(/count=\S+/);
    expect(report.fixCommand).toContain('label=');
    expect(report.fixCommand).not.toContain('label=x1');
  });

  test('a target the script may not use is rejected', async () => {
    const w = world();
    const report = await runPipeline(request('report', { count: '1' }, { target: 'elsewhere' }), w.deps);
    expect(report.status).toBe('rejected');
    expect(report.problems?.[0]?.field).toBe('target');
    expect(w.checkouts).toEqual([]);
  });
});

describe('runPipeline: failures', () => {
  test('a failing script fails, and its outputs are still uploaded', async () => {
    const w = world();
    const report = await runPipeline(request('broken'), w.deps);
    expect(report.status).toBe('failed');
    expect(report.exitCode).toBe(3);
    expect(report.reason).toMatch(/3/);
    expect(report.logTail).toContain('going down');
    expect(report.artifact).toMatchObject({ name: 'broken-77-1', files: 1, id: '1' });
    expect(w.artifacts.uploads).toHaveLength(1);
    expect(w.artifacts.uploads[0]!.files.map((f) => path.basename(f))).toEqual([
      'partial.txt',
      'record.json',
      'log.txt',
    ]);
    expect(w.reporter.phases).toEqual(['queued', 'running', 'uploading', 'done']);
  });

  test('a checkout that throws fails with a reason naming the content, without a crash', async () => {
    const checkout = async (): Promise<Checkout> => {
      throw new Error('fatal: repository not found');
    };
    const w = world({ checkout });
    const report = await runPipeline(request('report', { count: '2' }), w.deps);
    expect(report.status).toBe('failed');
    expect(report.reason).toContain('Site content');
    expect(report.reason).toContain('fatal: repository not found');
    expect(report.exitCode).toBeUndefined();
    expect(w.log.groups).toEqual([]);
    expect(report.artifact).toMatchObject({ name: 'report-77-1', files: 0 });
    // Only the run record and the log: what happened is never lost.
    expect(w.artifacts.uploads.map((u) => u.files.map((f) => path.basename(f)))).toEqual([
      ['record.json', 'log.txt'],
    ]);
    expect(w.reporter.phases).toEqual(['queued', 'checking-out', 'uploading', 'done']);
  });

  test('an artifact upload that throws fails with the reason', async () => {
    const w = world();
    w.artifacts.failWith = new Error('artifact service unavailable');
    const report = await runPipeline(request('report', { count: '2' }), w.deps);
    expect(report.status).toBe('failed');
    expect(report.exitCode).toBe(0);
    expect(report.reason).toContain('the outputs could not be uploaded');
    expect(report.reason).toContain('artifact service unavailable');
  });

  test('missing `outputs.expect` files fail the run, naming the globs', async () => {
    const w = world();
    const report = await runPipeline(request('expects'), w.deps);
    expect(report.status).toBe('failed');
    expect(report.exitCode).toBe(0);
    expect(report.reason).toContain('`report.csv`');
    expect(report.reason).not.toContain('`*.log`');
    expect(report.reason).toContain('outputs.expect');
    expect(w.artifacts.uploads).toHaveLength(1);
  });

  test('a script that writes no outputs uploads only the run record and the log, and succeeds', async () => {
    const w = world();
    const report = await runPipeline(request('no_output'), w.deps);
    expect(report.status).toBe('succeeded');
    expect(report.artifact).toMatchObject({ files: 0, bytes: 0 });
    expect(w.artifacts.uploads.map((u) => u.files.map((f) => path.basename(f)))).toEqual([
      ['record.json', 'log.txt'],
    ]);
    expect(report.record?.outputs).toEqual([]);
    expect(report.record?.status).toBe('succeeded');
  });

  // BUG (src/pipeline.ts, the `deps.artifacts.upload(...)` call): collectOutputs returns the files under the
  // real path of the output directory (it calls realpath), but the upload is given the unresolved
  // `path.resolve(job.outputDir)` as its root. When the output directory is reached through a symbolic link
  // (a linked RUNNER_TEMP or workspace on a self-hosted runner, /var -> /private/var on macOS), no file
  // starts with the root and @actions/artifact refuses the upload, so a successful run fails. The root given
  // to the upload should be the same directory the files were listed from (e.g. its realpath).
  test('outputs in a directory reached through a symbolic link are uploaded', async () => {
    const w = world({ linkedTemp: true });
    const report = await runPipeline(request('writer'), w.deps);
    expect(report.reason).toBeUndefined();
    expect(report.status).toBe('succeeded');
    expect(w.artifacts.uploads).toHaveLength(1);
    const upload = w.artifacts.uploads[0]!;
    expect(upload.files.map((f) => path.relative(upload.rootDir, f))).toEqual([
      'hi.txt',
      path.join('_dispatch', 'record.json'),
      path.join('_dispatch', 'log.txt'),
    ]);
  });

  test('an invalid DISPATCH_RESULT is a warning in the log and no result', async () => {
    const w = world();
    const report = await runPipeline(request('bad_result'), w.deps);
    expect(report.status).toBe('succeeded');
    expect(report.result).toBeUndefined();
    expect(w.log.warnings).toHaveLength(1);
    expect(w.log.warnings[0]).toContain('DISPATCH_RESULT');
    expect(w.log.warnings[0]).toContain('valid JSON');
  });

  test('an abort signal cancels the run', async () => {
    const controller = new AbortController();
    const w = world({ signal: controller.signal });
    const update = w.reporter.update.bind(w.reporter);
    w.deps.ports.reporter = () => ({
      accept: async () => undefined,
      update: async (report) => {
        await update(report);
        if (report.phase === 'running') setTimeout(() => controller.abort(), 200);
      },
    });
    const started = Date.now();
    const report = await runPipeline(request('sleeper'), w.deps);
    expect(report.status).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(w.reporter.last!.status).toBe('cancelled');
  });

  test('a signal aborted before the run cancels it without starting the script', async () => {
    const controller = new AbortController();
    controller.abort();
    const w = world({ signal: controller.signal });
    const report = await runPipeline(request('no_output'), w.deps);
    expect(report.status).toBe('cancelled');
    expect(w.log.groups).toEqual([]);
  });
});

describe('runPipeline: write scripts', () => {
  test('publishChanges is called after a successful run, and its result lands in the report', async () => {
    const w = world();
    const report = await runPipeline(request('editor', {}, { issue: 9 }), w.deps);
    expect(report.status).toBe('succeeded');
    expect(w.published).toHaveLength(1);
    const call = w.published[0]!;
    expect(call.phase).toBe('opening-pull-request');
    expect(call.status).toBeUndefined();
    expect(call.checkout).toEqual({ sha: 'abc1234', ref: 'main' });
    expect(call.job.write!.branch).toBe('script-dispatcher/editor/issue-9');
    expect(existsSync(path.join(call.job.target!.absolutePath, 'page.md'))).toBe(true);
    expect(report.branch).toBe('script-dispatcher/editor/issue-9');
    expect(report.pullRequests).toEqual([
      {
        url: 'https://github.example/org/content/pull/1',
        number: 1,
        action: 'opened',
        repository: 'org/content',
      },
    ]);
    expect(typeof report.durations.publish).toBe('number');
    expect(w.reporter.phases).toEqual([
      'queued',
      'checking-out',
      'running',
      'uploading',
      'opening-pull-request',
      'done',
    ]);
  });

  test('publishChanges is not called after a failure', async () => {
    const failing = parseManifest(MANIFEST.replace("CODE: '0'", "CODE: '4'"), 'dispatch.yml');
    const w = world({ manifest: failing });
    const report = await runPipeline(request('editor'), w.deps);
    expect(report.status).toBe('failed');
    expect(report.exitCode).toBe(4);
    expect(w.published).toEqual([]);
    expect(report.pullRequests).toBeUndefined();
    expect(w.reporter.phases).not.toContain('opening-pull-request');
  });

  test('a publishChanges that throws fails the run with the reason', async () => {
    const w = world({
      publish: async () => {
        throw new Error('push rejected');
      },
    });
    const report = await runPipeline(request('editor'), w.deps);
    expect(report.status).toBe('failed');
    expect(report.reason).toContain('the changes could not be published');
    expect(report.reason).toContain('push rejected');
  });
});
