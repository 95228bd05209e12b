import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localCacheStore } from '../../src/adapters/local/cache-store';
import { runFlowSteps, stepArguments, type FlowRunInput, type FlowStepCall } from '../../src/flow/run';
import { parseManifest } from '../../src/manifest/load';
import type { Manifest } from '../../src/manifest/types';

const MANIFEST = `
version: 1
repositories:
  phy: {repository: o/phy}
scripts:
  images:
    command: [python3, images.py]
  broken:
    command: [python3, broken.py]
    args:
      list: {type: csv, required: true, columns: [path]}
      limit: {type: number, default: 5}
  report:
    command: [python3, report.py]
    args:
      since: {type: text}
      where: {type: text}
  fix:
    command: [python3, fix.py]
    mode: write
flows:
  audit:
    args:
      since: {type: text, pattern: '^\\d{4}$'}
    steps:
      images: {script: images}
      broken:
        script: broken
        needs: [images]
        args: {list: '{steps.images.output}/list.csv'}
        cache: true
      report:
        script: report
        needs: [broken]
        args: {since: '{args.since}', where: '{target}/{job}'}
      other: {script: images}
`;

let root: string;
let manifest: Manifest;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'flow-run-'));
  writeFileSync(join(root, 'broken.py'), 'print(1)\n');
  manifest = parseManifest(MANIFEST, 'm.yml');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A flow run in `root`, job `job`, whose steps write files as the fake scripts below do. */
function input(
  job: string,
  runStep: FlowRunInput['runStep'],
  extra: Partial<FlowRunInput> = {},
): FlowRunInput {
  return {
    manifest,
    flow: manifest.flows!.audit,
    args: { since: '2024' },
    target: { key: 'phy', commit: 'c'.repeat(40) },
    job,
    workspace: root,
    outputDir: async (step) => {
      const dir = join(root, 'out', job, step.name);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    argsDir: (step) => join(root, 'args', job, step.name),
    runStep,
    cache: localCacheStore(root),
    maxParallel: 2,
    ...extra,
  };
}

function fakeScripts(imageList = 'path\na.png\n') {
  const calls: FlowStepCall[] = [];
  const runStep = async (call: FlowStepCall) => {
    calls.push(call);
    if (call.step.name === 'images') writeFileSync(join(call.outputDir, 'list.csv'), imageList);
    if (call.step.name === 'broken') {
      const list = readFileSync(call.args.list as string, 'utf8');
      writeFileSync(join(call.outputDir, 'broken.txt'), `${list.split('\n').length - 2} broken`);
    }
    return { status: 'succeeded' as const, exitCode: 0 };
  };
  return { calls, runStep };
}

describe('runFlowSteps', () => {
  it('passes data through {steps.X.output}, fills placeholders, and records every step', async () => {
    const { calls, runStep } = fakeScripts();
    const report = await runFlowSteps(input('job-1', runStep));
    expect(report.status).toBe('succeeded');
    const broken = calls.find((c) => c.step.name === 'broken')!;
    expect(broken.args).toEqual({ list: join(root, 'args', 'job-1', 'broken', 'list.csv'), limit: 5 });
    expect(broken.env).toEqual({
      DISPATCH_STEP: 'broken',
      DISPATCH_STEPS: JSON.stringify({ images: join(root, 'out', 'job-1', 'images') }),
    });
    expect(calls.find((c) => c.step.name === 'report')!.args).toEqual({ since: '2024', where: 'phy/job-1' });
    expect(readFileSync(join(root, 'out', 'job-1', 'broken', 'broken.txt'), 'utf8')).toBe('1 broken');
    expect(report.steps.map((s) => [s.name, s.status, s['cache-miss']])).toEqual([
      ['images', 'succeeded', undefined],
      ['broken', 'succeeded', 'no entry'],
      ['report', 'succeeded', undefined],
      ['other', 'succeeded', undefined],
    ]);
    expect(report.steps[1]['cache-key']).toMatch(/^[0-9a-f]{64}$/);
    expect(report.steps[0]).toMatchObject({ script: 'images', needs: [], 'exit-code': 0 });
    expect(report.steps[0]['started-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('takes an unchanged step from the cache in the next run, and explains a miss', async () => {
    await runFlowSteps(input('job-1', fakeScripts().runStep));
    const second = fakeScripts();
    const report = await runFlowSteps(input('job-2', second.runStep));
    expect(report.steps.map((s) => s.status)).toEqual(['succeeded', 'cached', 'succeeded', 'succeeded']);
    expect(second.calls.map((c) => c.step.name)).not.toContain('broken');
    expect(readFileSync(join(root, 'out', 'job-2', 'broken', 'broken.txt'), 'utf8')).toBe('1 broken');
    expect(report.status).toBe('succeeded');

    const third = await runFlowSteps(input('job-3', fakeScripts('path\na.png\nb.png\n').runStep));
    expect(third.steps[1]).toMatchObject({
      status: 'succeeded',
      'cache-miss': 'argument list, outputs of step images',
    });
    expect(readFileSync(join(root, 'out', 'job-3', 'broken', 'broken.txt'), 'utf8')).toBe('2 broken');
  });

  it('fails a step whose filled-in arguments do not check, and skips its dependents', async () => {
    const report = await runFlowSteps(input('job-1', fakeScripts('wrong,header\n1,2\n').runStep));
    expect(report.status).toBe('failed');
    expect(report.steps.map((s) => s.status)).toEqual(['succeeded', 'failed', 'skipped', 'succeeded']);
    expect(report.steps[1].reason).toMatch(/arguments of step `broken`/);
    expect(report.steps[2]['blocked-by']).toEqual(['broken']);
  });

  it('keeps a csv value from leaving the needed step outputs', () => {
    const flow = manifest.flows!.audit;
    const step = { ...flow.steps[1], args: { list: '{steps.images.output}/../../secret.csv' } };
    const { problems } = stepArguments(step, manifest.scripts.broken, {
      args: {},
      job: 'j',
      outputs: { images: join(root, 'out', 'images') },
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/not inside the outputs of step `images`/),
    ]);
  });

  it('cancels: the running steps get the signal, the rest never starts', async () => {
    const abort = new AbortController();
    const started: string[] = [];
    const report = await runFlowSteps(
      input(
        'job-1',
        (call) =>
          new Promise((resolve) => {
            started.push(call.step.name);
            call.signal.addEventListener('abort', () => resolve({ status: 'cancelled' }));
            if (started.length === 2) abort.abort();
          }),
        { signal: abort.signal },
      ),
    );
    expect(report.status).toBe('cancelled');
    expect(started).toEqual(['images', 'other']);
    expect(report.steps.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
  });
});
