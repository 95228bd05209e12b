/**
 * Write scripts with the bundled action: the changes become one commit on the job's branch, pushed with
 * the content token over smart HTTP, and one pull request, opened once and updated after.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formDefinition } from '../../src/forms/generate';
import { renderIssueBody, type FieldValue } from '../../src/forms/render-body';
import { parseManifest } from '../../src/manifest/load';
import { issueCommentCreated, issuesOpened, workflowDispatch } from '../support/events';
import {
  branchSha,
  changedFiles,
  commitToBare,
  gitLog,
  listBranches,
  listBranchFiles,
  readBranchFile,
} from '../support/repos';
import { CONTENT, REPO, REQUESTER, startWorld, type World } from '../support/world';

const MANIFEST = `version: 1
repositories:
  docs: { repository: ${CONTENT}, ref: main, title: Documentation, path: content/docs }
scripts:
  edit:
    title: Edit pages
    command: [python3, scripts/edit.py]
    mode: write
    args:
      kind: { type: choice, options: [normal, hostile, hooks, many, none], default: normal }
    pull-request:
      title: 'Edit pages (#{issue})'
      labels: [automated]
  edit-fail:
    command: [python3, scripts/edit.py, --fail]
    mode: write
`;
const manifest = parseManifest(MANIFEST, 'manifest.yml');

let world: World;
let nextIssue = 300;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST });
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

function formBody(script: string, values: Record<string, FieldValue>): string {
  return renderIssueBody(formDefinition(manifest.scripts[script], manifest), { script, ...values });
}

async function openIssue(values: Record<string, FieldValue>, script = 'edit', number = nextIssue++) {
  const body = formBody(script, values);
  world.fake.addIssue(REPO, { number, body, user: REQUESTER });
  const run = await world.run({
    eventName: 'issues',
    event: issuesOpened({ number, body, user: REQUESTER, repo: REPO }),
    inputs: {},
  });
  return { number, run, body };
}

const pullsOf = (head: string) => world.fake.pulls(CONTENT).filter((p) => p.head === head);
const statusOf = (issue: number) =>
  world.fake
    .comments(REPO, issue)
    .filter((c) => c.body.startsWith('<!-- script-dispatcher:status'))
    .at(-1)?.body ?? '';

test('modify, add, delete, rename and chmod become one commit on the branch, and one pull request', async () => {
  const base = await branchSha(world.content, 'main');
  const { number, run } = await openIssue({ kind: 'normal' });
  expect(run.outputs.status).toBe('succeeded');
  const branch = `script-dispatcher/edit/issue-${number}`;
  const log = await gitLog(world.content, branch);
  expect(log[0].parents).toEqual([base]);
  expect(log[0].subject).toContain('Edit pages');
  expect(`${log[0].subject}\n${log[0].body}`).toContain(`#${number}`);
  expect(`${log[0].subject}\n${log[0].body}`).toContain(run.outputs.job);
  expect(log[0].authorName).toBe('github-actions[bot]');
  const changes = await changedFiles(world.content, base!, log[0].sha);
  expect(changes.map((c) => `${c.status} ${c.path}`).sort()).toEqual(
    [
      'A images/crew.png',
      'D images/team.png',
      'D pages/physics.md',
      'M README.md',
      'M pages/about.md',
      'A pages/new.md',
    ].sort(),
  );
  expect(await readBranchFile(world.content, branch, 'pages/about.md')).toContain('Rewritten by the script');

  const pulls = pullsOf(branch);
  expect(pulls).toHaveLength(1);
  expect(pulls[0].base).toBe('main');
  expect(pulls[0].title).toBe(`Edit pages (#${number})`);
  expect(world.fake.issue(CONTENT, pulls[0].number).labels).toContain('automated');
  expect(pulls[0].body).toContain(`/issues/${number}`);
  expect(pulls[0].body).toContain(`/actions/runs/${run.runId}`);
  expect(pulls[0].body).toContain('pages/new.md');
  expect(JSON.parse(run.outputs['pull-request-urls'])).toEqual([
    expect.stringContaining(`/${CONTENT}/pull/${pulls[0].number}`),
  ]);
  expect(statusOf(number)).toContain(`/pull/${pulls[0].number}`);
  // The push went over smart HTTP with the content token.
  expect(world.fake.gitRequests.some((r) => r.path.endsWith('git-receive-pack'))).toBe(true);
});

test('running again updates the same branch and the same pull request, rebuilt on a base that moved', async () => {
  const { number, body } = await openIssue({ kind: 'normal' });
  const branch = `script-dispatcher/edit/issue-${number}`;
  const first = await branchSha(world.content, branch);
  const movedBase = await commitToBare(world.content, 'main', {
    'pages/extra.md': '# Added on main meanwhile\n',
  });
  const made = world.fake.addComment(REPO, number, { body: '/run', user: REQUESTER });
  const event = issueCommentCreated({
    issueNumber: number,
    issueBody: body,
    commentId: made.id,
    body: '/run',
    user: REQUESTER,
    repo: REPO,
  });
  const again = await world.run({ eventName: 'issue_comment', event, inputs: {} });
  expect(again.outputs.status).toBe('succeeded');
  const log = await gitLog(world.content, branch);
  expect(log[0].sha).not.toBe(first);
  expect(log[0].parents).toEqual([movedBase]);
  expect(await readBranchFile(world.content, branch, 'pages/extra.md')).toBe('# Added on main meanwhile\n');
  expect(pullsOf(branch)).toHaveLength(1);
  expect(statusOf(number)).toMatch(/updated/i);
});

test('no changes: nothing is pushed and the comment says so', async () => {
  const before = await listBranches(world.content);
  const { number, run } = await openIssue({ kind: 'none' });
  expect(run.outputs.status).toBe('succeeded');
  expect(await listBranches(world.content)).toEqual(before);
  expect(statusOf(number)).toMatch(/no changes/i);
  expect(run.outputs['pull-request-urls']).toBe('[]');
});

test('"Open a pull request: No" pushes the branch and links a compare view', async () => {
  const { number, run } = await openIssue({ kind: 'normal', 'open-pull-request': 'No' });
  expect(run.outputs.status).toBe('succeeded');
  const branch = `script-dispatcher/edit/issue-${number}`;
  expect(await branchSha(world.content, branch)).toBeDefined();
  expect(pullsOf(branch)).toHaveLength(0);
  expect(statusOf(number)).toContain(`/compare/main...${branch}`);
});

test('a dry run pushes nothing and says which files it would have changed', async () => {
  const before = await listBranches(world.content);
  const inputs = { script: 'edit', args: 'kind=normal', 'dry-run': 'true' };
  const run = await world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO }),
    inputs,
  });
  expect(run.outputs.status).toBe('succeeded');
  expect(await listBranches(world.content)).toEqual(before);
  expect(run.summary).toMatch(/would have/i);
  expect(run.summary).toContain('pages/new.md');
});

test('a failing write script pushes nothing; its outputs are still uploaded', async () => {
  const before = await listBranches(world.content);
  const { number, run } = await openIssue({}, 'edit-fail');
  expect(run.outputs.status).toBe('failed');
  expect(await listBranches(world.content)).toEqual(before);
  expect(statusOf(number)).toContain('failing on purpose');
  const files = await world.artifacts.download(`edit-fail-${run.outputs.job}`);
  expect(files.get('done.txt')?.toString()).toBe('normal\n');
});

test('hooks planted in the checkout never run', async () => {
  const { number, run } = await openIssue({ kind: 'hooks' });
  expect(run.outputs.status).toBe('succeeded');
  expect(existsSync(join(world.workspace, 'content', 'HOOK-RAN'))).toBe(false);
  const files = await listBranchFiles(world.content, `script-dispatcher/edit/issue-${number}`);
  expect(files.some((f) => f.includes('hooks'))).toBe(false);
});

test('hostile file names are committed as they are, none taken for an option', async () => {
  const { number, run } = await openIssue({ kind: 'hostile' });
  expect(run.outputs.status).toBe('succeeded');
  const files = await listBranchFiles(world.content, `script-dispatcher/edit/issue-${number}`);
  for (const name of [
    ' spaced name.md',
    'ünïcødé.md',
    '-leading-dash.md',
    'quote"s.md',
    'new\nline.md',
    '--force',
    "it's.md",
  ]) {
    expect(files).toContain(`odd/${name}`);
  }
});

test('a pull request for 20,000 changed files stays within the body limit', async () => {
  const { number, run } = await openIssue({ kind: 'many' });
  expect(run.outputs.status).toBe('succeeded');
  const pulls = pullsOf(`script-dispatcher/edit/issue-${number}`);
  expect(pulls).toHaveLength(1);
  expect(pulls[0].body!.length).toBeLessThanOrEqual(65_536);
  expect(pulls[0].body).toMatch(/20,?000/);
  expect(statusOf(number)).toMatch(/20,?000/);
}, 120_000);

test('a push that loses a race is retried after reading the branch again', async () => {
  const number = nextIssue++;
  const branch = `script-dispatcher/edit/issue-${number}`;
  const main = await branchSha(world.content, 'main');
  const marker = join(world.root, 'race-lost');
  // Another push wins the first time: the server moves the branch before taking ours.
  const hook = `#!/bin/sh
while read old new ref; do
  if [ "$ref" = "refs/heads/${branch}" ] && [ ! -e '${marker}' ]; then
    touch '${marker}'
    env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES git update-ref "$ref" ${main}
  fi
done
exit 0
`;
  await writeFile(join(world.content, 'hooks', 'pre-receive'), hook, { mode: 0o755 });
  const pushes = () => world.fake.gitRequests.filter((r) => r.path.endsWith('git-receive-pack')).length;
  const before = pushes();
  try {
    const { run } = await openIssue({ kind: 'normal' }, 'edit', number);
    expect(existsSync(marker)).toBe(true);
    expect(pushes() - before).toBe(2);
    expect(run.outputs.status).toBe('succeeded');
    const log = await gitLog(world.content, branch);
    expect(log[0].parents).toEqual([main]);
    expect(await readBranchFile(world.content, branch, 'pages/new.md')).toBe('# New page\n');
    expect(pullsOf(branch)).toHaveLength(1);
  } finally {
    await rm(join(world.content, 'hooks', 'pre-receive'), { force: true });
  }
});
