/**
 * Flows with the bundled action and CLI: steps passing data through `{steps.X.output}`, parallel steps
 * under `max-parallel`, a failing step, the step cache (the Actions cache service, and the CLI's folder),
 * a write flow's one pull request, and cancellation while two steps run.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formDefinition } from '../../src/forms/generate';
import { flowAsScript } from '../../src/forms/flows';
import { renderIssueBody } from '../../src/forms/render-body';
import { parseManifest } from '../../src/manifest/load';
import { CACHE_ENV, cacheService, type CacheServiceFake } from '../support/cache-service';
import { issueCommentCreated, issuesOpened, workflowDispatch } from '../support/events';
import { branchSha, listBranches, readBranchFile } from '../support/repos';
import { startArtifactService, type ArtifactService } from '../support/results-service';
import { runCli } from '../support/cli';
import { runAction, startAction } from '../support/runner';
import { CONTENT, REPO, REQUESTER, startWorld, type World } from '../support/world';

const STEP = `import json, os, sys, time
args = json.loads(os.environ["DISPATCH_ARGS"])
out = os.environ["DISPATCH_OUTPUT"]
name = os.environ["DISPATCH_STEP"]
def put(rel, text):
    with open(os.path.join(out, rel), "w") as f:
        f.write(text)
put("start.txt", repr(time.time()))
print("step %s started" % name, flush=True)
text = args.get("text") or ""
if args.get("input"):
    with open(args["input"]) as f:
        text = f.read() + ">" + text
put("data.txt", text)
put("env.json", json.dumps({"step": name, "steps": json.loads(os.environ["DISPATCH_STEPS"]), "output": out}))
time.sleep(float(args.get("sleep") or 0))
put("end.txt", repr(time.time()))
if args.get("fail"):
    print("step %s fails on purpose" % name, file=sys.stderr, flush=True)
    sys.exit(3)
`;

const wide = (name: string, parallel: number) => `  ${name}:
    targets: []
    max-parallel: ${parallel}
    steps:
      p: { script: step, args: { sleep: 1.5 } }
      q: { script: step, args: { sleep: 1.5 } }
`;

const MANIFEST = `version: 1
repositories:
  docs: { repository: ${CONTENT}, ref: main, title: Documentation, path: content/docs }
scripts:
  step:
    command: [python3, scripts/step.py]
    targets: []
    args:
      text: { type: text }
      input: { type: text }
      sleep: { type: number, default: 0 }
      fail: { type: boolean, default: false }
  edit:
    title: Edit pages
    command: [python3, scripts/edit.py]
    mode: write
flows:
  chain:
    title: Chain of three
    targets: []
    args:
      word: { type: text, required: true, pattern: '^[a-z]+$' }
    steps:
      a: { script: step, args: { text: '{args.word}' } }
      b: { script: step, needs: [a], args: { input: '{steps.a.output}/data.txt', text: b } }
      c: { script: step, needs: [b], args: { input: '{steps.b.output}/data.txt', text: c } }
${wide('wide2', 2)}${wide('wide1', 1)}  broken:
    targets: []
    steps:
      fine: { script: step, args: { text: fine } }
      bad: { script: step, args: { fail: true, text: bad } }
      after: { script: step, needs: [bad] }
      other: { script: step, args: { sleep: 1, text: other } }
  cached:
    targets: []
    args:
      word: { type: text, required: true }
    steps:
      a: { script: step, args: { text: '{args.word}' }, cache: true }
      b: { script: step, needs: [a], args: { input: '{steps.a.output}/data.txt', text: b } }
  writer:
    targets: [docs]
    args:
      fail: { type: boolean, default: false }
    steps:
      prep: { script: step, args: { fail: '{args.fail}' } }
      edit: { script: edit, needs: [prep] }
  sleepy:
    targets: []
    max-parallel: 2
    steps:
      s1: { script: step, args: { sleep: 120 } }
      s2: { script: step, args: { sleep: 120 } }
`;
const manifest = parseManifest(MANIFEST, 'manifest.yml');

let world: World;
let service: ArtifactService;
let cache: CacheServiceFake;
let nextIssue = 700;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: { 'scripts/step.py': STEP } });
  service = await startArtifactService({ services: [(storage) => (cache = cacheService(storage))] });
});
afterAll(async () => {
  await service?.close();
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

const common = () => ({
  workspace: world.workspace,
  github: world.fake,
  artifacts: service,
  repository: REPO,
  actor: REQUESTER,
  env: { ...CACHE_ENV },
});

function dispatch(inputs: Record<string, string>) {
  return runAction({
    ...common(),
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO, sender: REQUESTER }),
    inputs,
  });
}

async function artifact(name: string): Promise<Map<string, string>> {
  const files = await service.download(name);
  return new Map([...files].map(([k, v]) => [k, v.toString('utf8')]));
}

const statusOf = (issue: number) =>
  world.fake
    .comments(REPO, issue)
    .filter((c) => c.body.startsWith('<!-- script-dispatcher:status'))
    .at(-1)?.body ?? '';

test('a three-step flow from its issue form passes data through {steps.a.output}, one artifact, one comment', async () => {
  const number = nextIssue++;
  const script = flowAsScript(manifest.flows!.chain, manifest);
  const body = renderIssueBody(formDefinition(script, manifest), { script: 'chain', word: 'hello' });
  world.fake.addIssue(REPO, { number, body, user: REQUESTER });
  const run = await runAction({
    ...common(),
    eventName: 'issues',
    event: issuesOpened({ number, body, user: REQUESTER, repo: REPO }),
    inputs: {},
  });
  expect(run.outputs.status).toBe('succeeded');
  const files = await artifact(`chain-${run.outputs.job}`);
  expect(files.get('a/data.txt')).toBe('hello');
  expect(files.get('b/data.txt')).toBe('hello>b');
  expect(files.get('c/data.txt')).toBe('hello>b>c');
  const env = JSON.parse(files.get('c/env.json')!);
  expect(env.step).toBe('c');
  expect(Object.keys(env.steps)).toEqual(['b']);
  expect(env.steps.b).toMatch(/[/\\]b$/);
  const comment = statusOf(number);
  expect(comment).toMatch(/`a`.*succeeded/);
  expect(comment).toMatch(/`c`.*succeeded/);
  expect(comment).toContain('3/3');
  // Every step ran after the one it needs.
  const start = (s: string) => Number(files.get(`${s}/start.txt`));
  const end = (s: string) => Number(files.get(`${s}/end.txt`));
  expect(start('b')).toBeGreaterThanOrEqual(end('a'));
  expect(start('c')).toBeGreaterThanOrEqual(end('b'));
  // One record for the flow, with its steps and every step's outputs.
  const record = JSON.parse(files.get('_dispatch/record.json')!);
  expect(record).toMatchObject({ kind: 'flow', script: 'chain', status: 'succeeded' });
  expect(record.steps.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
    ['a', 'succeeded'],
    ['b', 'succeeded'],
    ['c', 'succeeded'],
  ]);
  expect(record.outputs.map((o: { path: string }) => o.path)).toContain('c/data.txt');
  expect(JSON.parse(run.outputs.record).steps).toHaveLength(3);
  expect(files.get('_dispatch/log.txt')).toContain('step 3/3');
});

test('/run names a flow and a wrong argument is rejected against the flow arguments', async () => {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'flows', user: REQUESTER });
  const made = world.fake.addComment(REPO, number, { body: '/run chain word=NOT-LOWER', user: REQUESTER });
  const run = await runAction({
    ...common(),
    eventName: 'issue_comment',
    event: issueCommentCreated({
      issueNumber: number,
      issueBody: 'flows',
      commentId: made.id,
      body: '/run chain word=NOT-LOWER',
      user: REQUESTER,
      repo: REPO,
    }),
    inputs: {},
  });
  expect(run.outputs.status).toBe('rejected');
  expect(statusOf(number)).toContain('word');
  expect(run.stdout).not.toContain('started');
});

test('independent steps overlap under max-parallel 2, and do not under 1', async () => {
  const two = await dispatch({ script: 'wide2' });
  const one = await dispatch({ script: 'wide1' });
  expect(two.outputs.status).toBe('succeeded');
  expect(one.outputs.status).toBe('succeeded');
  const times = async (flow: string, job: string) => {
    const files = await artifact(`${flow}-${job}`);
    return ['p', 'q'].map((s) => [Number(files.get(`${s}/start.txt`)), Number(files.get(`${s}/end.txt`))]);
  };
  const [p2, q2] = await times('wide2', two.outputs.job);
  expect(Math.max(p2[0], q2[0])).toBeLessThan(Math.min(p2[1], q2[1]));
  const [p1, q1] = await times('wide1', one.outputs.job);
  expect(Math.max(p1[0], q1[0])).toBeGreaterThanOrEqual(Math.min(p1[1], q1[1]));
});

test('a failing step skips its dependents, the others finish, and every output is uploaded', async () => {
  const run = await dispatch({ script: 'broken' });
  expect(run.outputs.status).toBe('failed');
  const files = await artifact(`broken-${run.outputs.job}`);
  expect(files.get('fine/data.txt')).toBe('fine');
  expect(files.get('other/end.txt')).toBeDefined();
  expect(files.get('bad/data.txt')).toBe('bad');
  expect([...files.keys()].some((k) => k.startsWith('after/'))).toBe(false);
  expect(run.summary).toMatch(/`after`.*skipped/);
  expect(run.summary).toMatch(/`bad`.*failed/);
  expect(run.summary).toMatch(/`other`.*succeeded/);
  expect(run.stdout).toContain('fails on purpose');
  const record = JSON.parse(files.get('_dispatch/record.json')!);
  expect(record.status).toBe('failed');
  expect(record.steps.find((s: { name: string }) => s.name === 'after').status).toBe('skipped');
});

test('a cached step is taken from the Actions cache on the second run, and runs again when its input changes', async () => {
  const first = await dispatch({ script: 'cached', args: 'word=one' });
  expect(first.outputs.status).toBe('succeeded');
  expect(cache.keys().some((k) => k.startsWith('script-dispatcher-cached-a-'))).toBe(true);
  expect(first.summary).toContain('no entry');
  const second = await dispatch({ script: 'cached', args: 'word=one' });
  expect(second.outputs.status).toBe('succeeded');
  expect(second.summary).toMatch(/`a`.*cached/);
  const a1 = await artifact(`cached-${first.outputs.job}`);
  const a2 = await artifact(`cached-${second.outputs.job}`);
  expect(a2.get('a/start.txt')).toBe(a1.get('a/start.txt')); // restored, not run again
  expect(a2.get('b/data.txt')).toBe('one>b');
  expect(a2.get('b/start.txt')).not.toBe(a1.get('b/start.txt'));
  const third = await dispatch({ script: 'cached', args: 'word=two' });
  expect(third.outputs.status).toBe('succeeded');
  expect(third.summary).toMatch(/`a`.*no \(argument text\)/);
  expect((await artifact(`cached-${third.outputs.job}`)).get('b/data.txt')).toBe('two>b');
});

test('a write flow opens one pull request on script-dispatcher/<flow>/issue-N; a failed step pushes nothing', async () => {
  const base = await branchSha(world.content, 'main');
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'flows', user: REQUESTER });
  const run = await dispatch({ script: 'writer', 'issue-number': String(number) });
  expect(run.outputs.status).toBe('succeeded');
  const branch = `script-dispatcher/writer/issue-${number}`;
  expect(await readBranchFile(world.content, branch, 'pages/about.md')).toContain('Rewritten by the script');
  const pulls = world.fake.pulls(CONTENT).filter((p) => p.head === branch);
  expect(pulls).toHaveLength(1);
  expect(await branchSha(world.content, 'main')).toBe(base);

  const before = await listBranches(world.content);
  const failed = await dispatch({ script: 'writer', args: 'fail=true' });
  expect(failed.outputs.status).toBe('failed');
  expect(failed.summary).toMatch(/`edit`.*skipped/);
  expect(await listBranches(world.content)).toEqual(before);
});

test('SIGTERM while two steps run stops both and still uploads what they wrote', async () => {
  const inputs = { script: 'sleepy' };
  const running = await startAction({
    ...common(),
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO, sender: REQUESTER }),
    inputs,
  });
  // Both steps run (their output is held until they end): wait until both processes exist.
  for (let i = 0; i < 150 && (await startedSteps(running.pid)) < 2; i++) {
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(await startedSteps(running.pid)).toBe(2);
  await new Promise((r) => setTimeout(r, 500)); // their start files are written
  const t0 = Date.now();
  process.kill(running.pid, 'SIGTERM');
  const run = await running.result;
  expect(Date.now() - t0).toBeLessThan(20_000);
  expect(run.outputs.status).toBe('cancelled');
  expect(run.orphans).toEqual([]);
  const files = await artifact(`sleepy-${run.outputs.job}`);
  expect(files.get('s1/start.txt')).toBeDefined();
  expect(files.get('s2/start.txt')).toBeDefined();
  expect(files.get('s1/end.txt')).toBeUndefined();
  expect(run.summary).toMatch(/`s1`.*cancelled/);
  expect(run.summary).toMatch(/`s2`.*cancelled/);
});

/** How many python step processes run under `pid` (Linux: /proc). */
async function startedSteps(pid: number): Promise<number> {
  let count = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (cmd.includes('scripts/step.py') && ppid === pid) count += 1;
    } catch {
      // gone
    }
  }
  return count;
}

describe('the CLI', () => {
  let dir: string;
  const cli = (args: string[]) => runCli(args, dir);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sd-flow-cli-'));
    await mkdir(join(dir, '.github'), { recursive: true });
    await mkdir(join(dir, 'scripts'), { recursive: true });
    await writeFile(join(dir, '.github', 'script-dispatcher.yml'), MANIFEST);
    await writeFile(join(dir, 'scripts', 'step.py'), STEP);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('run <flow> caches a step under .script-dispatcher/cache/ and takes it from there next time', async () => {
    const first = await cli(['run', 'cached', '--arg', 'word=local']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('no entry');
    const entries = await readdir(join(dir, '.script-dispatcher', 'cache', 'cached', 'a'));
    expect(entries.filter((e) => /^[0-9a-f]{64}$/.test(e))).toHaveLength(1);
    const second = await cli(['run', 'cached', '--arg', 'word=local']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^\s+a\s+cached/m);
    const jobs = (await readdir(join(dir, 'script-dispatcher-output'))).sort();
    expect(jobs).toHaveLength(2);
    const read = (job: string, file: string) =>
      readFile(join(dir, 'script-dispatcher-output', job, file), 'utf8');
    expect(await read(jobs[1], 'a/start.txt')).toBe(await read(jobs[0], 'a/start.txt'));
    expect(await read(jobs[1], 'b/data.txt')).toBe('local>b');
  });

  test('help <flow> shows its steps, list shows flows, and a failing flow exits 1', async () => {
    const help = await cli(['help', 'chain']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^\s+b\s+\S+\s+a\b/m);
    expect(help.stdout).toContain('script-dispatcher run chain');
    expect((await cli(['list'])).stdout).toMatch(/chain\tflow/);
    const broken = await cli(['run', 'broken']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^\s+after\s+skipped/m);
  });
});
