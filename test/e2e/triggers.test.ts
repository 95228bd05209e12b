/**
 * Triggers end to end: pushes, schedules, repository_dispatch and workflow_run routed through the manifest's
 * `triggers` by the bundled action, with payloads from @octokit/webhooks-examples. Pushes run in a depth-1
 * clone of the workflow repository, served over smart HTTP by the fake GitHub, so the action has to fetch
 * what the checkout lacks to know which files changed.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { examplePayload, repositoryDispatch, schedule } from '../support/events';
import { commitToBare, createBareRepo, git } from '../support/repos';
import { NODE24, PROJECT_ROOT, runAction, type ActionRun } from '../support/runner';
import { REPO, REQUESTER, startWorld, visibleText, type World } from '../support/world';

const execFileAsync = promisify(execFile);

const MANIFEST = `version: 1
scripts:
  probe:
    title: Probe
    command: [python3, scripts/probe.py]
    args:
      a: { type: text }
      count: { type: number, min: 1, max: 10 }
  flaky:
    title: Flaky
    command: [python3, scripts/flaky.py]
triggers:
  - on: push
    branches: [main]
    paths: ['content/**/*.json']
    run: probe
    args: { a: 'pushed {event.after}' }
  - on: schedule
    cron: '0 6 * * 1'
    run: probe
    args: { a: weekly }
  - on: schedule
    cron: '30 2 * * *'
    run: probe
    args: { a: nightly }
    report-to: 1
  - on: repository_dispatch
    types: [run-complete]
    when: { client_payload.plan_name: reflection_scan }
    run: probe
    args: { a: '{event.client_payload.uid}', count: '{event.client_payload.count}' }
  - on: workflow_run
    workflows: [Build content]
    conclusions: [success]
    run: probe
    args: { a: 'after {event.workflow_run.name}' }
  - on: repository_dispatch
    types: [fan]
    run: probe
    args: { a: first }
  - on: repository_dispatch
    types: [fan]
    run: flaky
  - on: schedule
    cron: '0 0 1 * *'
    run: flaky
    open-issue-on-failure: true
`;

const FLAKY = `import os, sys
print("flaky runs")
sys.exit(0 if os.path.exists("ok-flag") else 3)
`;

let world: World;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: { 'scripts/flaky.py': FLAKY } });
  world.fake.addIssue(REPO, { number: 1, title: 'Nightly reports', user: REQUESTER });
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
  expect(world.fake.responseViolations).toEqual([]);
});

async function artifactArgs(_run: ActionRun, job: string): Promise<unknown> {
  const files = await world.artifacts.download(`probe-${job}`);
  return JSON.parse(files.get('argv.json')?.toString() ?? 'null');
}

function event(eventName: string, payload: object) {
  return world.run({ eventName, event: payload, inputs: {} });
}

describe('schedule', () => {
  test('two schedule triggers are told apart by the cron that fired; report-to comments on its issue', async () => {
    const weekly = await event('schedule', schedule('0 6 * * 1', { repo: REPO }));
    expect(weekly.exitCode).toBe(0);
    expect(weekly.outputs.status).toBe('succeeded');
    const job = `${weekly.runId}-1-t2`;
    expect(await artifactArgs(weekly, job)).toEqual(['--a=weekly']);
    expect(weekly.stdout).toContain(`Running trigger 2 (schedule 0 6 * * 1 → probe) as job ${job}`);
    expect(weekly.stdout).toMatch(/skip +trigger 3 \(schedule 30 2 \* \* \*/);
    expect(world.fake.comments(REPO, 1)).toHaveLength(0);

    const nightly = await event('schedule', schedule('30  2 * * *', { repo: REPO }));
    expect(nightly.exitCode).toBe(0);
    const nightlyJob = `${nightly.runId}-1-t3`;
    expect(await artifactArgs(nightly, nightlyJob)).toEqual(['--a=nightly']);
    const comments = world.fake.comments(REPO, 1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(nightlyJob);
    expect(comments[0].body).toContain('Probe');
    expect(nightly.outputs['comment-url']).toContain('/issues/1#issuecomment-');
  });

  test('a schedule no trigger has is ignored, and the summary says why each trigger did not run', async () => {
    const run = await event('schedule', schedule('15 4 * * *', { repo: REPO }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('ignored');
    expect(run.summary).toContain('No trigger matched this `schedule` event');
    expect(run.summary).toContain('the schedule that fired is `15 4 * * *`, not `0 6 * * 1`');
    expect(run.summary).toContain('the event is `schedule`, not `push`');
    expect(run.summary.match(/^\| \d+ \|/gm)).toHaveLength(8);
  });

  test('open-issue-on-failure: one issue for two failures, told when a run succeeds again', async () => {
    const flag = join(world.workspace, 'ok-flag');
    await rm(flag, { force: true });
    const first = await event('schedule', schedule('0 0 1 * *', { repo: REPO }));
    expect(first.exitCode).toBe(1);
    expect(first.outputs.status).toBe('failed');
    const opened = () =>
      [...world.fake.repo(REPO).issues.values()].filter((i) => i.title.includes('trigger 8 (schedule'));
    expect(opened()).toHaveLength(1);
    const issue = opened()[0];
    expect(issue.title).toBe('Script Dispatcher: trigger 8 (schedule 0 0 1 * * → flaky) failed');
    expect(issue.body).toContain(`${first.runId}-1-t8`);

    const second = await event('schedule', schedule('0 0 1 * *', { repo: REPO }));
    expect(second.exitCode).toBe(1);
    expect(opened()).toHaveLength(1);
    const comments = world.fake.comments(REPO, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Failed again');
    expect(comments[0].body).toContain(`${second.runId}-1-t8`);

    await writeFile(flag, 'ok\n');
    try {
      const third = await event('schedule', schedule('0 0 1 * *', { repo: REPO }));
      expect(third.exitCode).toBe(0);
      expect(third.outputs.status).toBe('succeeded');
      const after = world.fake.comments(REPO, issue.number);
      expect(after).toHaveLength(2);
      expect(after[1].body).toContain('Succeeded');
      expect(opened()).toHaveLength(1);
    } finally {
      await rm(flag, { force: true });
    }
  });
});

describe('repository_dispatch', () => {
  test('routed by `when`, with an argument from the payload', async () => {
    const run = await event(
      'repository_dispatch',
      repositoryDispatch(
        { plan_name: 'reflection_scan', uid: 'scan-42', count: 4 },
        { repo: REPO, eventType: 'run-complete' },
      ),
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('succeeded');
    expect(run.outputs.job).toBe(`${run.runId}-1`);
    expect(await artifactArgs(run, `${run.runId}-1-t4`)).toEqual(['--a=scan-42', '--count=4']);

    const other = await event(
      'repository_dispatch',
      repositoryDispatch({ plan_name: 'other', uid: 'x' }, { repo: REPO, eventType: 'run-complete' }),
    );
    expect(other.outputs.status).toBe('ignored');
    expect(other.summary).toContain('`client_payload.plan_name`');
    expect(other.summary).toContain('`other`');
  });

  test('a hostile payload value is a rejection, never a shell word', async () => {
    const run = await event(
      'repository_dispatch',
      repositoryDispatch(
        { plan_name: 'reflection_scan', uid: '$(touch pwned)', count: '3; touch pwned' },
        { repo: REPO, eventType: 'run-complete' },
      ),
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('rejected');
    expect(run.summary).toContain('count');
    expect(world.artifacts.artifacts.some((a) => a.name === `probe-${run.runId}-1-t4`)).toBe(false);

    const missing = await event(
      'repository_dispatch',
      repositoryDispatch({ plan_name: 'reflection_scan' }, { repo: REPO, eventType: 'run-complete' }),
    );
    expect(missing.outputs.status).toBe('rejected');
    expect(visibleText(missing)).toContain('the event has no `client_payload.uid`');
  });

  test('two triggers matching one event each run; the step fails when one failed', async () => {
    const run = await event('repository_dispatch', repositoryDispatch({}, { repo: REPO, eventType: 'fan' }));
    expect(await artifactArgs(run, `${run.runId}-1-t6`)).toEqual(['--a=first']);
    expect(run.stdout).toContain(
      `Running trigger 7 (repository_dispatch fan → flaky) as job ${run.runId}-1-t7`,
    );
    expect(run.stdout).toContain('flaky runs');
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs.script).toBe('flaky');
    expect(run.exitCode).toBe(1);
    // Both runs are in the job summary.
    expect(run.summary).toContain(`${run.runId}-1-t6`);
    expect(run.summary).toContain(`${run.runId}-1-t7`);
  });

  test('a client_payload.script still names its script directly', async () => {
    const run = await event(
      'repository_dispatch',
      repositoryDispatch({ script: 'probe', args: { a: 'direct' } }, { repo: REPO, eventType: 'fan' }),
    );
    expect(run.outputs.status).toBe('succeeded');
    expect(await artifactArgs(run, `${run.runId}-1`)).toEqual(['--a=direct']);
  });
});

describe('workflow_run', () => {
  function workflowRun(name: string, conclusion: string) {
    const payload = examplePayload('workflow_run', (p) => p.action === 'completed');
    const runJson = payload.workflow_run as Record<string, unknown>;
    runJson.name = name;
    runJson.conclusion = conclusion;
    return payload;
  }

  test('by workflow name and conclusion', async () => {
    const ok = await event('workflow_run', workflowRun('Build content', 'success'));
    expect(ok.outputs.status).toBe('succeeded');
    expect(await artifactArgs(ok, `${ok.runId}-1-t5`)).toEqual(['--a=after Build content']);

    const failed = await event('workflow_run', workflowRun('Build content', 'failure'));
    expect(failed.outputs.status).toBe('ignored');
    expect(failed.summary).toContain('`failure`');
    const other = await event('workflow_run', workflowRun('Lint', 'success'));
    expect(other.outputs.status).toBe('ignored');
    expect(other.summary).toContain('`Lint`');
  });
});

describe('push', () => {
  const bare = () => join(world.gitRoot, `${REPO}.git`);
  let base: string;
  beforeAll(async () => {
    base = await createBareRepo(bare(), {
      '.github/script-dispatcher.yml': MANIFEST,
      'README.md': '# Scripts\n',
      'content/data/a.json': '{}\n',
    });
  });

  /** A depth-1 clone of the workflow repository at `sha`, with the test scripts beside it. */
  async function checkout(sha: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'sd-push-'));
    await git(['init', '--quiet', dir]);
    await git(['fetch', '--quiet', '--depth=1', `file://${bare()}`, sha], { cwd: dir });
    await git(['checkout', '--quiet', sha], { cwd: dir });
    await cp(join(PROJECT_ROOT, 'test', 'fixtures', 'e2e'), join(dir, 'scripts'), { recursive: true });
    return dir;
  }

  function pushPayload(before: string, after: string, more: Record<string, unknown> = {}) {
    const payload = examplePayload('push');
    Object.assign(payload, { ref: 'refs/heads/main', before, after, created: false, forced: false }, more);
    const repository = payload.repository as Record<string, unknown>;
    repository.default_branch = 'main';
    repository.full_name = REPO;
    return payload;
  }

  async function push(before: string, after: string, more: Record<string, unknown> = {}) {
    const workspace = await checkout(after);
    try {
      return await runAction({
        workspace,
        github: world.fake,
        artifacts: world.artifacts,
        repository: REPO,
        actor: REQUESTER,
        eventName: 'push',
        event: pushPayload(before, after, more),
        inputs: {},
      });
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }

  test('a push that changes a matching path runs; `before` is fetched, the shallow checkout lacks it', async () => {
    const fetchesBefore = world.fake.gitRequests.length;
    const after = await commitToBare(bare(), 'main', { 'content/data/b.json': '{"b":1}\n' });
    const before = base;
    base = after;
    const run = await push(before, after);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('succeeded');
    expect(await artifactArgs(run, `${run.runId}-1-t1`)).toEqual([`--a=pushed ${after}`]);
    expect(run.stdout).toContain('The push changed 1 file(s)');
    const fetched = world.fake.gitRequests.slice(fetchesBefore);
    expect(fetched.some((r) => JSON.stringify(r).includes('upload-pack'))).toBe(true);
    expect(visibleText(run)).not.toContain(world.token);
  });

  test('a push that changes no matching path is ignored, naming the files it saw', async () => {
    const after = await commitToBare(bare(), 'main', { 'README.md': '# Scripts, again\n' });
    const before = base;
    base = after;
    const run = await push(before, after);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('ignored');
    expect(run.summary).toContain('none of the 1 changed file matches `content/**/*.json`: `README.md`');
  });

  test('400 changed files, only the last of which matches', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 399; i++) files[`docs/page-${String(i).padStart(3, '0')}.md`] = `page ${i}\n`;
    files['content/zz/last.json'] = '{"last":true}\n';
    const after = await commitToBare(bare(), 'main', files);
    const before = base;
    base = after;
    const { stdout } = await execFileAsync('git', [
      '--git-dir',
      bare(),
      'diff',
      '--name-only',
      before,
      after,
    ]);
    const names = stdout.trim().split('\n');
    expect(names).toHaveLength(400);
    expect(names.filter((n) => n.endsWith('.json'))).toEqual(['content/zz/last.json']);
    const run = await push(before, after);
    expect(run.outputs.status).toBe('succeeded');
    expect(run.stdout).toContain('The push changed 400 file(s)');
  });

  test('a push to another branch is not routed to a `branches: [main]` trigger', async () => {
    const after = await commitToBare(bare(), 'feature', { 'content/x.json': '{}\n' }, { from: 'main' });
    const run = await push(base, after, { ref: 'refs/heads/feature' });
    expect(run.outputs.status).toBe('ignored');
    expect(run.summary).toContain('the push is to branch `feature`');
  });

  test('a push whose `before` the remote lost compares with the default branch, which it is', async () => {
    const lost = '1234567890abcdef1234567890abcdef12345678';
    const after = await commitToBare(bare(), 'main', { 'content/forced.json': '{}\n' });
    base = after;
    const run = await push(lost, after);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('ignored');
    expect(run.summary).toContain('the push changed no files');
  });
});

describe('CLI', () => {
  const route = (args: string[], cwd: string) => cli(['route', ...args], cwd);
  async function cli(args: string[], cwd: string) {
    try {
      const { stdout, stderr } = await execFileAsync(
        NODE24,
        [join(PROJECT_ROOT, 'dist', 'cli', 'index.js'), ...args],
        { cwd, env: { ...process.env, NO_COLOR: '1' } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  test('prints which triggers would run with which arguments, and why the others would not', async () => {
    const file = join(world.root, 'dispatch.json');
    await writeFile(
      file,
      JSON.stringify(
        repositoryDispatch(
          { plan_name: 'reflection_scan', uid: 'u-7', count: 2 },
          { repo: REPO, eventType: 'run-complete' },
        ),
      ),
    );
    const out = await route([file], world.workspace);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('repository_dispatch event, 8 triggers:');
    expect(out.stdout).toMatch(/run +trigger 4 \(repository_dispatch run-complete → probe\)/);
    expect(out.stdout).toContain('args: a="u-7", count=2');
    expect(out.stdout).toContain('1 run would start.');

    const named = await route([file, '--event-name', 'schedule'], world.workspace);
    expect(named.stdout).toContain('No trigger matches: the run would be ignored.');

    const bad = join(world.root, 'bad.json');
    await writeFile(bad, '{"nothing": 1}');
    const unknown = await route([bad], world.workspace);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--event-name');
  });
  test('validate reports a trigger no workflow fires; generate keeps the marked on: block in step', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sd-validate-'));
    try {
      await git(['init', '--quiet', dir]);
      await cp(join(world.workspace, '.github'), join(dir, '.github'), { recursive: true });
      const workflow = join(dir, '.github', 'workflows', 'triggers.yml');
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
      const text = [
        'name: Script triggers',
        'on: # script-dispatcher:triggers',
        '  schedule:',
        "    - cron: '0 6 * * 1'",
        'permissions:',
        '  contents: read',
        'jobs:',
        '  run:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: octo-org/script-dispatcher@v1',
        '',
      ].join('\n');
      await writeFile(workflow, text);
      const before = await cli(['validate'], dir);
      expect(before.code).toBe(1);
      expect(before.stderr).toContain('runs on `push`, but no workflow in `.github/workflows/`');
      expect(before.stderr).toContain('`triggers[2].cron` is `30 2 * * *`');
      expect(before.stderr).toMatch(/\.github\/script-dispatcher\.yml:\d+:\d+: /);
      const stale = await cli(['validate', '--check-generated'], dir);
      expect(stale.code).toBe(1);

      const generated = await cli(['generate'], dir);
      expect(generated.code).toBe(0);
      expect(generated.stdout).toContain(
        'updated the events of the triggers in .github/workflows/triggers.yml',
      );
      const updated = await readFile(workflow, 'utf8');
      expect(updated).toContain("- cron: '30 2 * * *'");
      expect(updated).toContain('workflow_run:');
      expect(updated).toContain('  contents: read');
      const after = await cli(['validate', '--check-generated'], dir);
      expect(after.stderr).toBe('');
      expect(after.code).toBe(0);
      expect(after.stdout).toContain('generated files are up to date');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
