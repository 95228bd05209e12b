/**
 * Fan-out across runners, as a workflow runs it: the plan job, the leg jobs (parallel processes, each with
 * its own workspace and its own job token for the artifact service) and the gather job, all with the same
 * run id, event and artifact service.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { issueCommentCreated, workflowDispatch } from '../support/events';
import { gitLog, readBranchFile } from '../support/repos';
import { runCli } from '../support/cli';
import { runAction, type ActionRun } from '../support/runner';
import { CONTENT, REPO, REQUESTER, startWorld, type World } from '../support/world';

const MANIFEST = `version: 1
status-labels: true
repositories:
  phy: { repository: ${CONTENT}, ref: main, title: Physics, path: content/phy }
  ada: { repository: ${CONTENT}, ref: main, title: Ada CS, path: content/ada }
scripts:
  survey:
    title: Survey
    command: [python3, scripts/leg.py]
    targets: [phy, ada]
    fan-out: targets
    args:
      fail_on: { type: text }
  rows:
    command: [python3, scripts/leg.py]
    fan-out: { csv: list, rows-per-leg: 2 }
    args:
      list: { type: csv, required: true }
  single:
    command: [python3, scripts/leg.py]
    fan-out: { csv: list, rows-per-leg: 1 }
    args:
      list: { type: csv, required: true }
  stamp:
    command: [python3, scripts/leg.py, --write]
    mode: write
    targets: [phy]
    fan-out: { csv: list, rows-per-leg: 2 }
    args:
      list: { type: csv, required: true }
  clash:
    command: [python3, scripts/leg.py, --write, --clash]
    mode: write
    targets: [phy]
    fan-out: { csv: list, rows-per-leg: 1 }
    args:
      list: { type: csv, required: true }
  plain:
    command: [python3, scripts/leg.py]
    targets: [phy, ada]
  stampall:
    command: [python3, scripts/leg.py, --write]
    mode: write
    targets: [phy, ada]
    fan-out: targets
flows:
  tour:
    title: Tour
    targets: [phy, ada]
    fan-out: targets
    steps:
      first: { script: plain }
      second: { script: plain, needs: [first] }
`;

const LEG_PY = `import json, os, sys
out = os.environ["DISPATCH_OUTPUT"]
target = os.environ.get("DISPATCH_TARGET", "")
args = json.loads(os.environ.get("DISPATCH_ARGS") or "{}")
info = {"target": target, "argv": sys.argv[1:]}
text = ""
if args.get("list"):
    with open(args["list"], encoding="utf-8") as handle:
        text = handle.read()
    info["csv"] = text
    with open(os.path.join(out, "rows.csv"), "w", encoding="utf-8") as handle:
        handle.write(text)
with open(os.path.join(out, "seen.json"), "w", encoding="utf-8") as handle:
    json.dump(info, handle)
if "--write" in sys.argv:
    root = os.environ["DISPATCH_TARGET_PATH"]
    os.makedirs(os.path.join(root, "stamps"), exist_ok=True)
    if not text:
        with open(os.path.join(root, "stamps", target + ".md"), "w", encoding="utf-8") as handle:
            handle.write("target " + target + "\\n")
    for line in text.splitlines()[1:]:
        rid = line.split(",")[0]
        with open(os.path.join(root, "stamps", rid + ".md"), "w", encoding="utf-8") as handle:
            handle.write("row " + rid + "\\n")
if "--clash" in sys.argv:
    with open(os.path.join(os.environ["DISPATCH_TARGET_PATH"], "README.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
if os.path.exists("fail-here.flag"):
    sys.exit(4)
if args.get("fail_on") and args.get("fail_on") == target:
    print("failing on purpose on " + target)
    sys.exit(3)
`;

let world: World;
let nextRun = 20_000_000_000;
let nextIssue = 700;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: { 'scripts/leg.py': LEG_PY } });
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

interface Flow {
  runId: number;
  plan: ActionRun;
  legs: ActionRun[];
  /** What the legs asked of the REST API. */
  legRequests: typeof world.fake.requests;
  gather?: ActionRun;
  matrix?: { include: { leg: string; name: string }[] };
}

interface FlowOptions {
  eventName: string;
  event: object;
  inputs?: Record<string, string>;
  actor?: string;
  /** Legs not run (their job was cancelled before it uploaded). */
  skip?: string[];
  /** Legs started whatever the plan said. */
  forceLegs?: string[];
}

/** Copies the workspace: each job of a workflow has a runner of its own. */
async function ownWorkspace(name: string): Promise<string> {
  const dir = join(world.root, `ws-${name}`);
  await cp(world.workspace, dir, { recursive: true });
  return dir;
}

async function job(
  runId: number,
  name: string,
  opts: FlowOptions,
  inputs: Record<string, string>,
  more: { attempt?: number; failHere?: boolean } = {},
): Promise<ActionRun> {
  const workspace = await ownWorkspace(`${runId}-${name}-${more.attempt ?? 1}`);
  if (more.failHere) await writeFile(join(workspace, 'fail-here.flag'), '');
  return runAction({
    workspace,
    runAttempt: more.attempt ?? 1,
    github: world.fake,
    artifacts: world.artifacts,
    repository: REPO,
    actor: opts.actor ?? REQUESTER,
    eventName: opts.eventName,
    event: opts.event,
    inputs: { ...(opts.inputs ?? {}), ...inputs },
    runId,
    registerRun: false,
    env: world.artifacts.jobEnv(`${runId}-${name}-${more.attempt ?? 1}`),
  });
}

/** plan, then the legs in parallel, then gather: one workflow run. */
async function workflow(opts: FlowOptions): Promise<Flow> {
  const runId = nextRun++;
  const plan = await job(runId, 'plan', opts, { 'fan-out': 'plan' });
  const matrix = plan.outputs.matrix
    ? (JSON.parse(plan.outputs.matrix) as { include: { leg: string; name: string }[] })
    : undefined;
  const before = world.fake.requests.length;
  const numbers = opts.forceLegs ?? (matrix?.include ?? []).map((m) => m.leg);
  const legs = await Promise.all(
    numbers
      .filter((leg) => !(opts.skip ?? []).includes(leg))
      .map((leg) => job(runId, `leg-${leg}`, opts, { 'fan-out': 'leg', leg })),
  );
  const legRequests = world.fake.requests.slice(before);
  const gather = matrix ? await job(runId, 'gather', opts, { 'fan-out': 'gather' }) : undefined;
  return { runId, plan, legs, legRequests, gather, matrix };
}

const dispatchEvent = (inputs: Record<string, string>) => ({
  eventName: 'workflow_dispatch',
  event: workflowDispatch(inputs, { repo: REPO, sender: REQUESTER }),
  inputs,
});

function commentRequest(body: string, user = REQUESTER) {
  const issue = nextIssue++;
  world.fake.addIssue(REPO, { number: issue, body: 'Fan-out request', user });
  const made = world.fake.addComment(REPO, issue, { body, user });
  const event = issueCommentCreated({
    issueNumber: issue,
    issueBody: 'Fan-out request',
    commentId: made.id,
    body,
    user,
    repo: REPO,
  });
  return { issue, made, opts: { eventName: 'issue_comment', event, actor: user } };
}

const statusComments = (issue: number) =>
  world.fake.comments(REPO, issue).filter((c) => c.body.startsWith('<!-- script-dispatcher:status'));

const csv = (rows: number) =>
  ['id,name', ...Array.from({ length: rows }, (_, i) => `${i + 1},row ${i + 1}`)].join('\n') + '\n';

const argsYaml = (name: string, text: string) =>
  `${name}: |\n${text
    .split('\n')
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

async function mergedRecord(flow: Flow, script: string) {
  const files = await world.artifacts.download(`${script}-${flow.runId}-1`);
  const record = JSON.parse(files.get('_dispatch/record.json')!.toString('utf8')) as {
    status: string;
    legs: { leg: string; name: string; status: string; outputs: { path: string }[]; reason?: string }[];
  };
  return { files, record };
}

test('targets fan-out from a /run comment: two legs, the comment untouched by them, one merged artifact and record', async () => {
  const { issue, made, opts } = commentRequest('/run survey target=phy,ada');
  const flow = await workflow(opts);
  if (flow.plan.outputs.status !== 'succeeded') console.log(flow.plan.stdout, flow.plan.summary);
  expect(flow.plan.outputs.status).toBe('succeeded');
  expect(flow.plan.outputs.job).toBe(`${flow.runId}-1`);
  expect(flow.matrix).toEqual({
    include: [
      { leg: '1', name: 'phy' },
      { leg: '2', name: 'ada' },
    ],
  });
  expect(world.fake.comment(REPO, made.id).reactions?.map((r) => r.content)).toContain('eyes');
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded']);

  // Legs read the issue, never write to it.
  expect(flow.legRequests.filter((r) => r.kind === 'api' && r.method !== 'GET')).toEqual([]);
  const afterPlan = statusComments(issue);
  expect(afterPlan).toHaveLength(1);

  // Each leg its own artifact with its own record.
  for (const [i, name] of [
    [1, 'phy'],
    [2, 'ada'],
  ] as const) {
    const files = await world.artifacts.download(`survey-${flow.runId}-1-leg-${i}`);
    expect(JSON.parse(files.get('seen.json')!.toString('utf8')).target).toBe(name);
    expect(JSON.parse(files.get('_dispatch/record.json')!.toString('utf8')).status).toBe('succeeded');
  }

  expect(flow.gather!.outputs.status).toBe('succeeded');
  const { files, record } = await mergedRecord(flow, 'survey');
  expect(JSON.parse(files.get('legs/phy/seen.json')!.toString('utf8')).target).toBe('phy');
  expect(JSON.parse(files.get('legs/ada/seen.json')!.toString('utf8')).target).toBe('ada');
  expect(record.status).toBe('succeeded');
  expect(record.legs.map((l) => [l.leg, l.name, l.status])).toEqual([
    ['1', 'phy', 'succeeded'],
    ['2', 'ada', 'succeeded'],
  ]);
  expect(record.legs[0].outputs.map((o) => o.path)).toContain('legs/phy/seen.json');

  const status = statusComments(issue);
  expect(status).toHaveLength(1);
  const body = status[0].body;
  expect(body).toContain('Succeeded');
  expect(body).toMatch(/\| 1 \| `phy` \| ✅ succeeded/);
  expect(body).toMatch(/\| 2 \| `ada` \| ✅ succeeded/);
  expect(world.fake.comment(REPO, made.id).reactions?.map((r) => r.content)).toEqual(['eyes', 'rocket']);
  expect(world.fake.issue(REPO, issue).labels).toEqual(['script:succeeded']);
  expect(flow.gather!.summary).toContain('| 2 | `ada` |');
});

test('a flow fans out too: each leg runs every step on its target, gather merges one record', async () => {
  const flow = await workflow(dispatchEvent({ script: 'tour', target: 'all' }));
  expect(flow.plan.outputs.status).toBe('succeeded');
  expect(flow.matrix?.include.map((m) => m.name)).toEqual(['phy', 'ada']);
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded']);
  expect(flow.gather!.outputs.status).toBe('succeeded');
  const { files, record } = await mergedRecord(flow, 'tour');
  for (const name of ['phy', 'ada']) {
    expect(JSON.parse(files.get(`legs/${name}/first/seen.json`)!.toString('utf8')).target).toBe(name);
    expect(JSON.parse(files.get(`legs/${name}/second/seen.json`)!.toString('utf8')).target).toBe(name);
    const leg = JSON.parse(files.get(`legs/${name}/_dispatch/record.json`)!.toString('utf8'));
    expect(leg.kind).toBe('flow');
    expect(leg.steps.map((st: { name: string; status: string }) => st.status)).toEqual([
      'succeeded',
      'succeeded',
    ]);
  }
  expect(record.legs.map((l) => [l.name, l.status])).toEqual([
    ['phy', 'succeeded'],
    ['ada', 'succeeded'],
  ]);
});

test('a failing leg fails gather, which names it; the other leg is merged', async () => {
  const flow = await workflow(dispatchEvent({ script: 'survey', target: 'all', args: 'fail_on: ada' }));
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'failed']);
  expect(flow.legs[1].exitCode).not.toBe(0);
  expect(flow.gather!.outputs.status).toBe('failed');
  expect(flow.gather!.exitCode).not.toBe(0);
  const error = flow.gather!.annotations.find((a) => a.level === 'error')!.message;
  expect(error).toContain('2 (ada)');
  const { record, files } = await mergedRecord(flow, 'survey');
  expect(record.legs.map((l) => l.status)).toEqual(['succeeded', 'failed']);
  expect(record.legs[1].reason).toMatch(/exit|code 3/i);
  expect(files.has('legs/phy/seen.json')).toBe(true);
  expect(files.has('legs/ada/_dispatch/record.json')).toBe(true);
});

test('a missing leg (cancelled before it uploaded) fails gather and is named', async () => {
  const flow = await workflow({ ...dispatchEvent({ script: 'survey', target: 'phy,ada' }), skip: ['1'] });
  expect(flow.legs).toHaveLength(1);
  expect(flow.gather!.outputs.status).toBe('failed');
  const { record } = await mergedRecord(flow, 'survey');
  expect(record.legs.map((l) => [l.name, l.status])).toEqual([
    ['phy', 'missing'],
    ['ada', 'succeeded'],
  ]);
  expect(flow.gather!.summary).toContain('Missing: leg 1 (`phy`)');
});

test('re-running the failed leg and gather: the new attempt is merged with the legs that had succeeded', async () => {
  const runId = nextRun++;
  const { issue, opts } = commentRequest('/run survey target=all');
  const plan = await job(runId, 'plan', opts, { 'fan-out': 'plan' });
  expect(plan.outputs.matrix).toContain('"ada"');
  const first = await Promise.all([
    job(runId, 'leg-1', opts, { 'fan-out': 'leg', leg: '1' }),
    job(runId, 'leg-2', opts, { 'fan-out': 'leg', leg: '2' }, { failHere: true }),
  ]);
  expect(first.map((l) => l.outputs.status)).toEqual(['succeeded', 'failed']);
  const failed = await job(runId, 'gather', opts, { 'fan-out': 'gather' });
  expect(failed.outputs.status).toBe('failed');
  expect(statusComments(issue)[0].body).toMatch(/\| 2 \| `ada` \| ❌ failed/);

  // "Re-run failed jobs": leg 2 and gather at attempt 2; leg 1 keeps its artifact of attempt 1.
  const again = await job(runId, 'leg-2', opts, { 'fan-out': 'leg', leg: '2' }, { attempt: 2 });
  expect(again.outputs.status).toBe('succeeded');
  const gather = await job(runId, 'gather', opts, { 'fan-out': 'gather' }, { attempt: 2 });
  expect(gather.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`survey-${runId}-2`);
  const record = JSON.parse(files.get('_dispatch/record.json')!.toString('utf8')) as {
    legs: { artifact: string; status: string }[];
  };
  expect(record.legs.map((l) => [l.artifact, l.status])).toEqual([
    [`survey-${runId}-1-leg-1`, 'succeeded'],
    [`survey-${runId}-2-leg-2`, 'succeeded'],
  ]);
  // The same status comment, now final.
  const status = statusComments(issue);
  expect(status).toHaveLength(1);
  expect(status[0].body).toContain('Succeeded');
});

test('csv fan-out: 5 rows by 2 are 3 legs, each with its rows and the header', async () => {
  const flow = await workflow(dispatchEvent({ script: 'rows', args: argsYaml('list', csv(5)) }));
  expect(flow.matrix!.include.map((m) => m.name)).toEqual(['rows-1-2', 'rows-3-4', 'row-5']);
  expect(flow.gather!.outputs.status).toBe('succeeded');
  const { files } = await mergedRecord(flow, 'rows');
  expect(files.get('legs/rows-1-2/rows.csv')!.toString()).toBe('id,name\n1,row 1\n2,row 2\n');
  expect(files.get('legs/rows-3-4/rows.csv')!.toString()).toBe('id,name\n3,row 3\n4,row 4\n');
  expect(files.get('legs/row-5/rows.csv')!.toString()).toBe('id,name\n5,row 5\n');
});

test('600 rows by 1: at most 256 legs, every row exactly once', async () => {
  const runId = nextRun++;
  const opts = dispatchEvent({ script: 'single', args: argsYaml('list', csv(600)) });
  const plan = await job(runId, 'plan', opts, { 'fan-out': 'plan' });
  const matrix = JSON.parse(plan.outputs.matrix) as { include: { leg: string; name: string }[] };
  expect(matrix.include).toHaveLength(256);
  expect(matrix.include.map((m) => m.leg)).toEqual(Array.from({ length: 256 }, (_, i) => String(i + 1)));
  // Run the first, a middle and the last leg: each gets its rows, consecutive and complete.
  const picked = ['1', '128', '256'];
  const legs = await Promise.all(
    picked.map((leg) => job(runId, `leg-${leg}`, opts, { 'fan-out': 'leg', leg })),
  );
  expect(legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  const ids: number[] = [];
  for (const leg of picked) {
    const files = await world.artifacts.download(`single-${runId}-1-leg-${leg}`);
    const lines = files.get('rows.csv')!.toString().trim().split('\n');
    expect(lines[0]).toBe('id,name');
    ids.push(...lines.slice(1).map((l) => Number(l.split(',')[0])));
  }
  // 600 rows over 256 legs: 88 legs of 3 (rows 1-264), then 168 of 2; leg 128 has rows 343-344.
  expect(ids).toEqual([1, 2, 3, 343, 344, 599, 600]);
  const names = matrix.include.map((m) => m.name);
  const covered = names.flatMap((n) => {
    const m = /^rows?-(\d+)(?:-(\d+))?$/.exec(n)!;
    const first = Number(m[1]);
    const last = Number(m[2] ?? m[1]);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
  expect(covered).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
});

test('csv write fan-out on one target: one pull request with both legs’ changes', async () => {
  const flow = await workflow(dispatchEvent({ script: 'stamp', args: argsYaml('list', csv(3)) }));
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded']);
  expect(flow.gather!.outputs.status).toBe('succeeded');
  const branch = `script-dispatcher/stamp/${flow.runId}-1`;
  const pulls = world.fake.pulls(CONTENT).filter((p) => p.head === branch);
  expect(pulls).toHaveLength(1);
  for (const id of ['1', '2', '3'])
    expect(await readBranchFile(world.content, branch, `stamps/${id}.md`)).toBe(`row ${id}\n`);
  const log = await gitLog(world.content, branch);
  expect(log[0].parents).toHaveLength(1);
  expect(JSON.parse(flow.gather!.outputs['pull-request-urls'])).toHaveLength(1);
});

test('targets write fan-out over two targets of one repository and branch: one pull request with both legs’ changes', async () => {
  const flow = await workflow(dispatchEvent({ script: 'stampall', target: 'all' }));
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded']);
  expect(flow.gather!.outputs.status).toBe('succeeded');
  const branch = `script-dispatcher/stampall/${flow.runId}-1`;
  expect(world.fake.pulls(CONTENT).filter((p) => p.head === branch)).toHaveLength(1);
  for (const target of ['phy', 'ada'])
    expect(await readBranchFile(world.content, branch, `stamps/${target}.md`)).toBe(`target ${target}\n`);
  const log = await gitLog(world.content, branch);
  expect(log[0].parents).toHaveLength(1);
  expect(JSON.parse(flow.gather!.outputs['pull-request-urls'])).toHaveLength(1);
});

test('two legs changing the same lines: gather fails, names both legs and publishes nothing', async () => {
  const flow = await workflow(dispatchEvent({ script: 'clash', args: argsYaml('list', csv(2)) }));
  expect(flow.legs.map((l) => l.outputs.status)).toEqual(['succeeded', 'succeeded']);
  expect(flow.gather!.outputs.status).toBe('failed');
  const error = flow.gather!.annotations.find((a) => a.level === 'error')!.message;
  expect(error).toContain('leg 2 (row-2)');
  expect(error).toContain('leg 1 (row-1)');
  expect(error).toContain('README.md');
  expect(world.fake.pulls(CONTENT).filter((p) => p.head.includes('/clash/'))).toEqual([]);
});

test('a forged or malformed leg number is a rejection', async () => {
  const runId = nextRun++;
  const opts = dispatchEvent({ script: 'survey', target: 'phy,ada' });
  const [forged, malformed] = await Promise.all([
    job(runId, 'leg-9', opts, { 'fan-out': 'leg', leg: '9' }),
    job(runId, 'leg-x', opts, { 'fan-out': 'leg', leg: '1; rm -rf /' }),
  ]);
  expect(forged.outputs.status).toBe('rejected');
  expect(forged.annotations.find((a) => a.level === 'error')!.message).toContain('no leg 9');
  expect(malformed.outputs.status).toBe('rejected');
  expect(malformed.annotations.find((a) => a.level === 'error')!.message).toContain('not a leg number');
  expect(world.artifacts.artifacts.filter((a) => a.name.includes(String(runId)))).toEqual([]);
});

test('a requester without permission: plan sets no legs, a leg started anyway refuses', async () => {
  world.fake.setPermission(REPO, 'mallory', 'read');
  const { issue, opts } = commentRequest('/run survey target=all', 'mallory');
  const flow = await workflow({ ...opts, forceLegs: ['1'] });
  expect(flow.plan.outputs.status).toBe('rejected');
  expect(flow.plan.outputs.matrix ?? '').toBe('');
  expect(flow.gather).toBeUndefined();
  expect(flow.legs[0].outputs.status).toBe('rejected');
  expect(flow.legs[0].exitCode).not.toBe(0);
  expect(world.artifacts.artifacts.filter((a) => a.name.includes(String(flow.runId)))).toEqual([]);
  // The plan's rejection is the only comment; the leg wrote nothing.
  expect(statusComments(issue)).toHaveLength(1);
  expect(statusComments(issue)[0].body).toMatch(/permission/i);
});

test('several targets for a script without fan-out are a clear rejection', async () => {
  const run = await world.run({ ...dispatchEvent({ script: 'plain', target: 'phy,ada' }) });
  expect(run.outputs.status).toBe('rejected');
  expect(run.summary).toContain('does not fan out over targets');
});

describe('the CLI', () => {
  const cli = (args: string[], cwd: string) => runCli(args, cwd);

  async function project(): Promise<string> {
    const dir = await mkdtemp(join(world.root, 'cli-'));
    await cp(world.workspace, dir, { recursive: true });
    for (const key of ['phy', 'ada']) {
      await mkdir(join(dir, 'local', key), { recursive: true });
      await writeFile(join(dir, 'local', key, 'README.md'), `${key}\n`);
    }
    return dir;
  }

  test('run of a csv fan-out script runs its legs in parallel and gathers one output folder', async () => {
    const dir = await project();
    await writeFile(join(dir, 'rows.csv'), csv(5));
    const run = await cli(
      ['run', 'rows', '--arg', 'list=@rows.csv', '--parallel', '2', '--content', 'phy=local/phy'],
      dir,
    );
    expect(run.stderr).toContain('3 legs, 2 at a time');
    expect(run.code).toBe(0);
    const [out] = await readdir(join(dir, 'script-dispatcher-output'));
    const folder = join(dir, 'script-dispatcher-output', out!);
    expect(await readFile(join(folder, 'legs', 'rows-3-4', 'rows.csv'), 'utf8')).toBe(
      'id,name\n3,row 3\n4,row 4\n',
    );
    const record = JSON.parse(await readFile(join(folder, '_dispatch', 'record.json'), 'utf8')) as {
      legs: { name: string; status: string }[];
    };
    expect(record.legs.map((l) => [l.name, l.status])).toEqual([
      ['rows-1-2', 'succeeded'],
      ['rows-3-4', 'succeeded'],
      ['row-5', 'succeeded'],
    ]);
    expect(run.stderr).toMatch(/^\s+3\s+row-5\s+/m);
    expect(run.stderr).not.toContain('_dispatch.script');
  });

  test('run of a targets fan-out with local checkouts: a failing leg fails the run and is named', async () => {
    const dir = await project();
    const run = await cli(
      [
        'run',
        'survey',
        '--target',
        'all',
        '--arg',
        'fail_on=ada',
        '--content',
        'phy=local/phy',
        '--content',
        'ada=local/ada',
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[leg 2 ada] failing on purpose on ada');
    expect(run.stderr).toContain('2 (ada)');
  });

  test('--parallel must be a whole number', async () => {
    const dir = await project();
    const run = await cli(['run', 'rows', '--arg', 'list=@rows.csv', '--parallel', 'many'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`--parallel` must be a whole number');
  });
});
