/**
 * Issue-driven runs with the bundled action: an issue opened from a generated form, comment commands,
 * authorization, the one status comment edited in place, reactions, attachments, and GitHub misbehaving.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formDefinition } from '../../src/forms/generate';
import { renderIssueBody, type FieldValue } from '../../src/forms/render-body';
import { parseManifest } from '../../src/manifest/load';
import { issueCommentCreated, issuesEdited, issuesOpened, workflowDispatch } from '../support/events';
import type { FakeComment } from '../support/fake-github';
import { CONTENT, REPO, REQUESTER, startWorld, visibleText, type World } from '../support/world';

const MANIFEST = `version: 1
status-labels: true
repositories:
  docs: { repository: ${CONTENT}, title: Documentation, path: content/docs }
  wiki: { repository: ${CONTENT}, title: Wiki, path: content/wiki }
scripts:
  probe:
    title: Probe
    description: Looks at the content.
    command: [python3, scripts/probe.py]
    args:
      greeting: { type: text, title: Greeting }
      count: { type: number, title: How many, min: 1, max: 10, required: true }
      table: { type: csv, title: Table, columns: [name, value] }
      fast: { type: boolean, title: Go fast }
  hang:
    command: [sh, scripts/hang.sh]
    targets: [docs]
  leak:
    command: [python3, scripts/leak.py]
    targets: []
  loud:
    command: [python3, -c, "import sys\\nfor i in range(3000): print('line %d ' % i + 'x' * 100)\\nsys.exit(2)"]
    targets: []
  writer:
    title: Writer
    command: [python3, scripts/probe.py]
    mode: write
    targets: [docs]
`;
const manifest = parseManifest(MANIFEST, 'manifest.yml');

let world: World;
let nextIssue = 100;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST });
  world.fake.setPermission(REPO, 'reader', 'read');
  world.fake.setPermission(REPO, 'helper', 'triage');
  await writeFile(join(world.workspace, 'scripts', 'secret.txt'), `${world.token}\n`);
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
  world.fake.clearFaults();
});

function formBody(script: string, values: Record<string, FieldValue>): string {
  return renderIssueBody(formDefinition(manifest.scripts[script], manifest), { script, ...values });
}

/** An issue opened from a form, run by the action. */
async function openIssue(body: string, user = REQUESTER) {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body, user, labels: ['script'] });
  const run = await world.run({
    eventName: 'issues',
    event: issuesOpened({ number, body, user, repo: REPO }),
    inputs: {},
    actor: user,
  });
  return { number, run, comments: () => world.fake.comments(REPO, number) };
}

function comment(
  issue: number,
  body: string,
  opts: { user?: string; userType?: 'User' | 'Bot'; issueBody?: string } = {},
) {
  const user = opts.user ?? REQUESTER;
  const made = world.fake.addComment(REPO, issue, { body, user, userType: opts.userType });
  const event = issueCommentCreated({
    issueNumber: issue,
    issueBody: opts.issueBody ?? world.fake.issue(REPO, issue).body ?? '',
    commentId: made.id,
    body,
    user,
    userType: opts.userType,
    repo: REPO,
  });
  return { made, event };
}

const statusComments = (comments: FakeComment[]) =>
  comments.filter((c) => c.body.startsWith('<!-- script-dispatcher:status'));
const reactionsOf = (target: { reactions?: { content: string }[] }) =>
  (target.reactions ?? []).map((r) => r.content);

test('an issue opened from a generated form runs and ends with one complete status comment', async () => {
  const body = formBody('probe', { target: 'Wiki', greeting: 'Hello there', count: '4', fast: 'Yes' });
  const { number, run, comments } = await openIssue(body);
  expect(run.outputs.status).toBe('succeeded');
  const status = statusComments(comments());
  expect(status).toHaveLength(1);
  const text = status[0].body;
  expect(text).toContain('Succeeded');
  expect(text).toContain('Probe');
  expect(text).toContain('Wiki');
  expect(text).toContain('Hello there');
  expect(text).toContain('@octocat');
  expect(text).toContain(`/actions/runs/${run.runId}`);
  expect(text).toContain(`/artifacts/`);
  expect(run.outputs['comment-url']).toContain(`#issuecomment-${status[0].id}`);
  // Edited in place through the phases: one create, several updates.
  const creates = world.fake.requests.filter(
    (r) => r.method === 'POST' && r.path.endsWith(`/issues/${number}/comments`),
  );
  expect(creates).toHaveLength(1);
  expect(
    world.fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(`/comments/${status[0].id}`))
      .length,
  ).toBeGreaterThan(1);
  expect(reactionsOf(world.fake.issue(REPO, number))).toEqual(['eyes', 'rocket']);
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  const argv = JSON.parse(files.get('argv.json')!.toString()) as string[];
  expect(argv).toEqual(['--greeting=Hello there', '--count=4', '--fast']);
  expect(
    JSON.parse((JSON.parse(files.get('env.json')!.toString()) as Record<string, string>).DISPATCH_ISSUE),
  ).toBe(number);
});

test('status labels follow the run: script:running while it runs, then succeeded or failed', async () => {
  const ok = await openIssue(formBody('probe', { count: '1' }));
  expect(ok.run.outputs.status).toBe('succeeded');
  const added = world.fake.requests.filter(
    (r) => r.method === 'POST' && r.path.endsWith(`/issues/${ok.number}/labels`),
  );
  expect(added.map((r) => (r.body as { labels: string[] }).labels)).toEqual([
    ['script:running'],
    ['script:succeeded'],
  ]);
  expect(world.fake.issue(REPO, ok.number).labels).toEqual(['script', 'script:succeeded']);
  const failed = await openIssue(formBody('leak', {}));
  expect(failed.run.outputs.status).toBe('failed');
  expect(world.fake.issue(REPO, failed.number).labels).toEqual(['script', 'script:failed']);
});

test('/run with quoted overrides runs the issue script again with the new values', async () => {
  const body = formBody('probe', { greeting: 'hi', count: '2' });
  const { number } = await openIssue(body);
  const { made, event } = comment(number, '/run greeting="good morning, all" count=7');
  const run = await world.run({ eventName: 'issue_comment', event, inputs: {} });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`probe-${run.outputs.job}`);
  expect(JSON.parse(files.get('argv.json')!.toString())).toEqual([
    '--greeting=good morning, all',
    '--count=7',
  ]);
  expect(reactionsOf(world.fake.comment(REPO, made.id))).toEqual(['eyes', 'rocket']);
  expect(statusComments(world.fake.comments(REPO, number))).toHaveLength(2);
});

test('/cancel cancels the run of the issue that is in progress', async () => {
  const number = nextIssue++;
  const body = formBody('hang', {});
  world.fake.addIssue(REPO, { number, body, user: REQUESTER });
  const running = await world.start({
    eventName: 'issues',
    event: issuesOpened({ number, body, user: REQUESTER, repo: REPO }),
    inputs: {},
    cancelGraceMs: 7500,
  });
  await running.waitForOutput('now hanging');
  // The status comment knows the run; wait until it says so (running).
  await waitFor(() =>
    statusComments(world.fake.comments(REPO, number)).some((c) => c.body.includes('Running')),
  );
  const { made, event } = comment(number, '/cancel');
  const cancel = await world.run({ eventName: 'issue_comment', event, inputs: {} });
  expect(cancel.outputs.status).toBe('succeeded');
  expect(world.fake.cancelledRuns.map((r) => r.runId)).toContain(running.runId);
  const first = await running.result;
  expect(first.outputs.status).toBe('cancelled');
  const status = statusComments(world.fake.comments(REPO, number));
  expect(status).toHaveLength(1);
  expect(status[0].body).toMatch(/cancelled/i);
  const reply = world.fake.comments(REPO, number).find((c) => c.id > made.id && !c.body.includes(':status'));
  expect(reply?.body).toContain(String(running.runId));
  expect(first.orphans).toEqual([]);
});

test('/cancel with nothing in progress says so', async () => {
  const { number } = await openIssue(formBody('probe', { count: '1' }));
  const { event } = comment(number, '/cancel');
  const run = await world.run({ eventName: 'issue_comment', event, inputs: {} });
  expect(run.outputs.status).toBe('succeeded');
  expect(world.fake.comments(REPO, number).at(-1)?.body).toMatch(/nothing to cancel/i);
});

test('/help lists the scripts, and /help <script> explains its arguments', async () => {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'How do I use this?', user: REQUESTER });
  const list = await world.run({
    eventName: 'issue_comment',
    event: comment(number, '/help').event,
    inputs: {},
  });
  expect(list.outputs.status).toBe('succeeded');
  const listed = world.fake.comments(REPO, number).at(-1)!.body;
  for (const name of ['probe', 'hang', 'writer']) expect(listed).toContain(name);
  const one = await world.run({
    eventName: 'issue_comment',
    event: comment(number, '/help probe').event,
    inputs: {},
  });
  expect(one.outputs.status).toBe('succeeded');
  const explained = world.fake.comments(REPO, number).at(-1)!.body;
  expect(explained).toContain('How many');
  expect(explained).toMatch(/1.*10/);
  expect(explained).toContain('/run probe');
});

test('a user with read permission is refused a write script, and nothing runs', async () => {
  const gitBefore = world.fake.gitRequests.length;
  const { number, run, comments } = await openIssue(formBody('writer', {}), 'reader');
  expect(run.outputs.status).toBe('rejected');
  expect(run.exitCode).toBe(1);
  const status = statusComments(comments());
  expect(status).toHaveLength(1);
  expect(status[0].body).toContain('`write`');
  expect(status[0].body).toContain('@reader');
  expect(world.fake.gitRequests.length).toBe(gitBefore);
  expect(world.artifacts.artifacts.some((a) => a.name === `writer-${run.outputs.job}`)).toBe(false);
  expect(reactionsOf(world.fake.issue(REPO, number))).toEqual(['confused']);
});

test('comments by bots, edited comments and plain comments are ignored, with nothing posted', async () => {
  const { number, comments } = await openIssue(formBody('probe', { count: '1' }));
  const before = comments().length;
  const bot = comment(number, '/run', { user: 'renovate[bot]', userType: 'Bot' });
  const botRun = await world.run({ eventName: 'issue_comment', event: bot.event, inputs: {} });
  expect(botRun.outputs.status).toBe('ignored');
  expect(botRun.exitCode).toBe(0);
  const plain = await world.run({
    eventName: 'issue_comment',
    event: comment(number, 'thanks! /run later').event,
    inputs: {},
  });
  expect(plain.outputs.status).toBe('ignored');
  expect(comments().length).toBe(before + 2); // the two comments themselves, nothing from the action
});

test('missing and invalid arguments come back in one comment, with a /run line that fixes them', async () => {
  const body = formBody('probe', { count: 'eleven', table: 'name,colour\nx,1' });
  const { run, comments } = await openIssue(body);
  expect(run.outputs.status).toBe('rejected');
  const status = statusComments(comments());
  expect(status).toHaveLength(1);
  expect(status[0].body).toContain('How many');
  expect(status[0].body).toMatch(/colour/);
  expect(status[0].body).toContain('/run probe');
  const missing = await openIssue(formBody('probe', {}));
  expect(missing.run.outputs.status).toBe('rejected');
  expect(statusComments(missing.comments())[0].body).toMatch(/How many|count/);
});

test('a CSV attachment on the GitHub host is downloaded; one from another host is refused', async () => {
  const url = world.fake.addAttachment({
    bytes: 'name,value\nalpha,1\nbeta,2\n',
    name: 'table.csv',
    token: world.token,
  });
  const ok = await openIssue(formBody('probe', { count: '1', table: url }));
  expect(ok.run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`probe-${ok.run.outputs.job}`);
  const argv = JSON.parse(files.get('argv.json')!.toString()) as string[];
  const table = argv.find((a) => a.startsWith('--table='))!.slice('--table='.length);
  expect(table.endsWith('table.csv')).toBe(true);
  const foreign = await openIssue(
    formBody('probe', { count: '1', table: 'https://evil.example.com/table.csv' }),
  );
  expect(foreign.run.outputs.status).toBe('rejected');
  expect(statusComments(foreign.comments())[0].body).toContain('evil.example.com');
});

test('the first two comment requests answered 502 still leave exactly one status comment', async () => {
  world.fake.inject({
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    status: 502,
    times: 2,
    applyFirst: true,
  });
  const { run, comments } = await openIssue(formBody('probe', { count: '3' }));
  expect(run.outputs.status).toBe('succeeded');
  const status = statusComments(comments());
  expect(status).toHaveLength(1);
  expect(status[0].body).toContain('Succeeded');
});

test('a secondary rate limit is waited out', async () => {
  world.fake.inject({
    method: 'PATCH',
    path: /\/issues\/comments\/\d+$/,
    status: 403,
    times: 1,
    headers: { 'retry-after': '1' },
  });
  const started = Date.now();
  const { run, comments } = await openIssue(formBody('probe', { count: '3' }));
  expect(run.outputs.status).toBe('succeeded');
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  expect(statusComments(comments())[0].body).toContain('Succeeded');
  expect(run.stdout).toMatch(/403/);
});

test('a script that prints the token: no comment, summary or log shows it', async () => {
  const { run, comments } = await openIssue(formBody('leak', {}));
  expect(run.outputs.status).toBe('failed');
  const all = comments()
    .map((c) => c.body)
    .join('\n');
  expect(all).toContain('auth failed for');
  expect(all).not.toContain(world.token);
  expect(visibleText(run)).not.toContain(world.token);
});

test('a log larger than the comment limit keeps the comment within 65,536 characters', async () => {
  const { run, comments } = await openIssue(formBody('loud', {}));
  expect(run.outputs.status).toBe('failed');
  const status = statusComments(comments())[0].body;
  expect(status.length).toBeLessThanOrEqual(65_536);
  expect(status).toContain('line 2999');
});

test('a manual run reports into the issue named by issue-number', async () => {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'Tracking issue', user: REQUESTER });
  const inputs = { script: 'probe', args: 'count=5', 'issue-number': String(number) };
  const run = await world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO }),
    inputs,
  });
  expect(run.outputs.status).toBe('succeeded');
  const status = statusComments(world.fake.comments(REPO, number));
  expect(status).toHaveLength(1);
  expect(status[0].body).toContain('Succeeded');
});

test('editing a rejected issue runs it again; editing one that ran does not', async () => {
  const bad = formBody('probe', { count: '0' });
  const { number, run } = await openIssue(bad);
  expect(run.outputs.status).toBe('rejected');
  const good = formBody('probe', { count: '2' });
  world.fake.issue(REPO, number).body = good;
  const edited = await world.run({
    eventName: 'issues',
    event: issuesEdited({ number, body: good, previousBody: bad, user: REQUESTER, repo: REPO }),
    inputs: {},
  });
  expect(edited.outputs.status).toBe('succeeded');
  const again = formBody('probe', { count: '3' });
  const second = await world.run({
    eventName: 'issues',
    event: issuesEdited({ number, body: again, previousBody: good, user: REQUESTER, repo: REPO }),
    inputs: {},
  });
  expect(second.outputs.status).toBe('ignored');
});

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
