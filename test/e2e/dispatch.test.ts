/**
 * The bundled action run by hand ("Run workflow"): checkout over smart HTTP with the token, the script's
 * argv and environment, outputs as an artifact, failures, timeouts, hostile values, broken manifests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryDispatch, workflowDispatch } from '../support/events';
import { branchSha } from '../support/repos';
import { CONTENT, REPO, startWorld, visibleText, type World } from '../support/world';

const MANIFEST = `version: 1
repositories:
  docs:
    repository: ${CONTENT}
    title: Documentation
    path: content/docs
scripts:
  probe:
    title: Probe
    command: [python3, scripts/probe.py, --job, '{job}', --where, '{target_path}']
    args:
      a: { type: text }
      b: { type: text }
      c: { type: text }
      d: { type: text }
      count: { type: number, min: 1, max: 10 }
      flag: { type: boolean }
      mode: { type: choice, options: [fast, slow], default: fast }
    outputs:
      expect: [argv.json, nested/*.txt]
  fail:
    command: [python3, scripts/fail.py]
  hang:
    command: [sh, scripts/hang.sh]
    timeout-minutes: 0.02
  expects-more:
    command: [python3, scripts/probe.py]
    outputs:
      expect: ['report-*.csv']
`;

const BROKEN = `version: 1
scripts:
  one:
    command: []
    mode: rw
  two:
    command: [echo]
    args:
      pick: { type: choice }
`;

let world: World;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: { '.github/broken.yml': BROKEN } });
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

function dispatch(
  inputs: Record<string, string>,
  more: { env?: Record<string, string>; timeoutMs?: number } = {},
) {
  return world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO, sender: 'octocat' }),
    inputs,
    ...more,
  });
}

async function json(files: Map<string, Buffer>, name: string): Promise<unknown> {
  const data = files.get(name);
  if (!data) throw new Error(`${name} is not in the artifact: ${[...files.keys()].join(', ')}`);
  return JSON.parse(data.toString('utf8'));
}

test('runs a script on the content checked out over smart HTTP and uploads its outputs', async () => {
  const run = await dispatch({ script: 'probe', target: 'docs', args: 'count=3\na=hello world' });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('succeeded');
  expect(run.outputs.script).toBe('probe');
  expect(run.outputs.target).toBe('docs');
  expect(run.outputs['exit-code']).toBe('0');
  expect(JSON.parse(run.outputs.result)).toEqual({ pages: 4, stdin: 0 });
  const job = run.outputs.job;
  expect(job).toMatch(/^[0-9]+-1$/);

  // The artifact holds exactly what the script wrote.
  const artifact = world.artifacts.artifacts.find((a) => a.name === `probe-${job}`);
  expect(artifact?.finalized).toBe(true);
  expect(run.outputs['artifact-id']).toBe(String(artifact?.id));
  expect(run.outputs['artifact-url']).toContain(`/actions/runs/`);
  const files = await world.artifacts.download(`probe-${job}`);
  expect([...files.keys()].sort()).toEqual([
    '_dispatch/log.txt',
    '_dispatch/record.json',
    'argv.json',
    'cwd.txt',
    'env.json',
    'nested/pages.txt',
  ]);
  expect(files.get('nested/pages.txt')?.toString()).toBe(
    'README.md\nimages/team.png\npages/about.md\npages/physics.md\n',
  );
  const where = join(world.workspace, 'content', 'docs');
  expect(await json(files, 'argv.json')).toEqual([
    '--job',
    job,
    '--where',
    where,
    '--a=hello world',
    '--count=3',
  ]);
  expect(files.get('cwd.txt')?.toString()).toBe(world.workspace);

  // Checked out at the branch head, over smart HTTP, with the token in a header.
  const sha = await branchSha(world.content, 'main');
  expect(run.summary).toContain(sha!.slice(0, 7));
  expect(run.summary).toContain('Probe');
  expect(world.fake.gitRequests.length).toBeGreaterThan(0);
  expect(world.fake.requests.some((r) => r.kind === 'git' && r.status === 200 && r.auth)).toBe(true);

  // Streamed to the log inside a group.
  expect(run.stdout).toContain('::group::');
  expect(run.stdout).toContain('probe saw 4 pages');
  expect(run.stdout).toContain('probe error line');
});

test('hands the script an environment without tokens, inputs or runtime secrets', async () => {
  const secretEnv = { GITHUB_TOKEN: world.token, MY_SETTING: 'kept', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' };
  const run = await dispatch({ script: 'probe' }, { env: secretEnv });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  const env = (await json(files, 'env.json')) as Record<string, string>;
  expect(Object.keys(env).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
  for (const hidden of [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
  ]) {
    expect(env[hidden]).toBeUndefined();
  }
  expect(env.MY_SETTING).toBe('kept');
  expect(env.DISPATCH_JOB).toBe(run.outputs.job);
  expect(env.DISPATCH_SCRIPT).toBe('probe');
  expect(env.DISPATCH_TARGET).toBe('docs');
  expect(env.DISPATCH_TARGET_PATH).toBe(join(world.workspace, 'content', 'docs'));
  expect(JSON.parse(env.DISPATCH_ARGS)).toEqual({ mode: 'fast' });
  expect(env.DISPATCH_REQUESTER).toBe('octocat');
  expect(env.DISPATCH_ISSUE).toBe('');
  // The token is nowhere: not in the artifact, the log, the summary or the outputs.
  for (const data of files.values()) expect(data.toString('utf8')).not.toContain(world.token);
  expect(visibleText(run)).not.toContain(world.token);
});

test('passes hostile values as exactly one argv element each and runs none of them', async () => {
  const args = JSON.stringify({
    a: '$(touch pwned)',
    b: '; rm -rf ~',
    c: '--help',
    d: 'line one\nline two `touch pwned2`',
  });
  const run = await dispatch({ script: 'probe', args });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  const argv = (await json(files, 'argv.json')) as string[];
  expect(argv.slice(4)).toEqual([
    '--a=$(touch pwned)',
    '--b=; rm -rf ~',
    '--c=--help',
    '--d=line one\nline two `touch pwned2`',
  ]);
  for (const dir of [world.workspace, join(world.workspace, 'content', 'docs'), world.root]) {
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  }
});

test('a failing script: the step fails with its exit code, and its partial outputs are uploaded', async () => {
  const run = await dispatch({ script: 'fail' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('failed');
  expect(run.outputs['exit-code']).toBe('3');
  expect(run.annotations.some((a) => a.level === 'error' && /exited with code 3/.test(a.message))).toBe(true);
  const files = await world.artifacts.download(`fail-${run.outputs.job}`);
  expect(files.get('partial.txt')?.toString()).toBe('half done\n');
  expect(run.summary).toContain('the spreadsheet has no rows');
});

test('the results service fails once: the upload is tried again, said in the log, and the run succeeds', async () => {
  world.artifacts.inject({ method: 'CreateArtifact', status: 503, times: 1 });
  const run = await dispatch({ script: 'probe', target: 'docs' });
  expect(run.outputs.status).toBe('succeeded');
  expect(run.stdout).toMatch(/CreateArtifact failed: 503 injected fault; trying again in 1 s\./);
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  expect(files.has('argv.json')).toBe(true);
  expect(files.has('_dispatch/record.json')).toBe(true);
});

test('the results service refuses the artifact: the run fails and says why, in the summary and the outputs', async () => {
  world.artifacts.inject({
    method: 'CreateArtifact',
    status: 403,
    times: 1,
    body: { code: 'permission_denied', msg: 'artifact storage quota has been hit' },
  });
  const run = await dispatch({ script: 'probe', target: 'docs' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('failed');
  expect(run.outputs['exit-code']).toBe('0');
  expect(run.outputs['artifact-id'] ?? '').toBe('');
  const why =
    'the outputs could not be uploaded: CreateArtifact failed: 403 artifact storage quota has been hit';
  expect(run.summary).toContain(why);
  expect(run.annotations.some((a) => a.level === 'error' && a.message.includes(why))).toBe(true);
  // Nothing half-made is left: the refused artifact was never created.
  expect(world.artifacts.artifacts.some((a) => a.name === `probe-${run.outputs.job}`)).toBe(false);
});

test('a timeout kills the script and its grandchild, both ignoring SIGTERM, and still uploads', async () => {
  const run = await dispatch({ script: 'hang' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('timed-out');
  expect(run.annotations.some((a) => a.level === 'error' && /timed out/.test(a.message))).toBe(true);
  expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('timeout-minutes');
  const files = await world.artifacts.download(`hang-${run.outputs.job}`);
  const pids = ['child.pid', 'grandchild.pid'].map((f) => Number(files.get(f)?.toString().trim()));
  for (const pid of pids) {
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  }
  expect(run.orphans).toEqual([]);
});

test('expected outputs that are missing fail a run that exited 0', async () => {
  const run = await dispatch({ script: 'expects-more' });
  expect(run.outputs.status).toBe('failed');
  expect(run.outputs['exit-code']).toBe('0');
  expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('report-*.csv');
  expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(/the script wrote/);
  expect(world.artifacts.artifacts.some((a) => a.name === `expects-more-${run.outputs.job}`)).toBe(true);
});

test('bad arguments are rejected, every problem at once, and nothing runs', async () => {
  const run = await dispatch({ script: 'probe', args: 'count=eleven\nmode=medium\ncolour=red' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('rejected');
  const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toContain('count');
  expect(error).toContain('mode');
  expect(error).toContain('colour');
  expect(world.artifacts.artifacts.some((a) => a.name === `probe-${run.outputs.job}`)).toBe(false);
  expect(run.stdout).not.toContain('probe saw');
});

test('an unknown script is rejected with the list of scripts', async () => {
  const run = await dispatch({ script: 'prob' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('rejected');
  const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toContain('prob');
  expect(error).toMatch(/probe.*fail.*hang/s);
});

test('a broken manifest is rejected with every problem and its line and column', async () => {
  const run = await dispatch({ script: 'one', manifest: '.github/broken.yml' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.status).toBe('rejected');
  const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toMatch(/broken\.yml:4:\d+/);
  expect(error).toMatch(/broken\.yml:5:\d+/);
  expect(error).toMatch(/broken\.yml:\d+:\d+.*pick|options/s);
});

test('the content token is required by the git server: a wrong one fails the checkout, clearly', async () => {
  const run = await dispatch({
    script: 'probe',
    'content-token': 'ghs_notarealtokennotarealtokennotareal12',
  });
  expect(run.outputs.status).toBe('failed');
  expect(world.fake.requests.some((r) => r.kind === 'git' && r.status === 401)).toBe(true);
  const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toMatch(/content|clone|fetch|check/i);
  expect(visibleText(run)).not.toContain('ghs_notarealtokennotarealtokennotareal12');
});

test('repository_dispatch takes the script and arguments from client_payload', async () => {
  const event = repositoryDispatch({ script: 'probe', args: { count: 2, flag: true } }, { repo: REPO });
  const run = await world.run({ eventName: 'repository_dispatch', event, inputs: {} });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  expect(((await json(files, 'argv.json')) as string[]).slice(4)).toEqual(['--count=2', '--flag']);
});

test('a requester without permission is rejected before anything is checked out', async () => {
  const gitBefore = world.fake.gitRequests.length;
  const run = await world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch({ script: 'probe' }, { repo: REPO, sender: 'stranger' }),
    inputs: { script: 'probe' },
    actor: 'stranger',
  });
  expect(run.outputs.status).toBe('rejected');
  expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('triage');
  expect(world.fake.gitRequests.length).toBe(gitBefore);
  expect(run.stdout).not.toContain('probe saw');
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) counts as dead.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}
