/**
 * Self-tests of the end-to-end harness: the fake GitHub, the artifact backend, the git server, the bare
 * repository helpers, the event builders and the runner.
 */
import { getOctokit } from '@actions/github';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  issueCommentCreated,
  issuesEdited,
  issuesOpened,
  repositoryDispatch,
  workflowDispatch,
} from '../support/events';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { basicAuthorization, startGitHttpServer } from '../support/git-server';
import {
  branchSha,
  changedFiles,
  commitToBare,
  createBareRepo,
  git,
  gitLog,
  listBranchFiles,
  listBranches,
  readBranchFile,
} from '../support/repos';
import { startArtifactService, type ArtifactService } from '../support/results-service';
import { PROJECT_ROOT, parseFileCommands, runAction, startAction } from '../support/runner';

const REPO = 'octo-org/octo-repo';
const CONTENT = 'octo-org/content';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'harness-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const authHeaders = (token: string) => ({
  authorization: `token ${token}`,
  'content-type': 'application/json',
});

describe('fake GitHub', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addRepo(REPO);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('answers octokit like GitHub and keeps state', async () => {
    const octokit = getOctokit(fake.token, { baseUrl: fake.apiUrl });
    const owner = 'octo-org';
    const repo = 'octo-repo';
    fake.addIssue(REPO, { number: 7, body: 'hello', user: 'alice', labels: ['script'] });
    fake.setPermission(REPO, 'alice', 'triage');
    fake.addTeamMember('octo-org', 'editors', 'alice');

    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.html_url).toBe(`${fake.serverUrl}/${REPO}/issues/7#issuecomment-${created.data.id}`);
    expect(created.data.id).toBeGreaterThan(2 ** 31);

    for (let i = 0; i < 24; i++) fake.addComment(REPO, 7, { body: `seeded ${i}`, user: 'bob' });
    const firstPage = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 10 });
    expect(firstPage.data).toHaveLength(10);
    expect(firstPage.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 10,
    });
    expect(all).toHaveLength(25);
    expect(all[0].body).toBe('first');

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'edited',
    });
    expect(updated.data.body).toBe('edited');
    expect(fake.comment(REPO, created.data.id).body).toBe('edited');

    const tooLong = await octokit.rest.issues
      .updateComment({ owner, repo, comment_id: created.data.id, body: 'x'.repeat(65537) })
      .catch((e: { status: number }) => e);
    expect((tooLong as { status: number }).status).toBe(422);

    const r1 = await octokit.rest.reactions.createForIssue({ owner, repo, issue_number: 7, content: 'eyes' });
    const r2 = await octokit.rest.reactions.createForIssue({ owner, repo, issue_number: 7, content: 'eyes' });
    expect([r1.status, r2.status]).toEqual([201, 200]);
    await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: created.data.id,
      content: 'rocket',
    });
    expect(fake.issue(REPO, 7).reactions.map((r) => r.content)).toEqual(['eyes']);
    expect(fake.comment(REPO, created.data.id).reactions.map((r) => r.content)).toEqual(['rocket']);

    await octokit.rest.issues.addLabels({ owner, repo, issue_number: 7, labels: ['script:running'] });
    expect(fake.issue(REPO, 7).labels).toEqual(['script', 'script:running']);
    await octokit.rest.issues.removeLabel({ owner, repo, issue_number: 7, name: 'script:running' });
    expect(fake.issue(REPO, 7).labels).toEqual(['script']);
    const missing = await octokit.rest.issues
      .removeLabel({ owner, repo, issue_number: 7, name: 'nope' })
      .catch((e: { status: number }) => e);
    expect((missing as { status: number }).status).toBe(404);

    const permission = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alice',
    });
    expect(permission.data).toMatchObject({
      permission: 'read',
      role_name: 'triage',
      user: { login: 'alice' },
    });
    const stranger = await octokit.rest.repos
      .getCollaboratorPermissionLevel({ owner, repo, username: 'mallory' })
      .catch((e: { status: number }) => e);
    expect((stranger as { status: number }).status).toBe(404);
    const member = await octokit.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'editors',
      username: 'alice',
    });
    expect(member.data.state).toBe('active');

    fake.addWorkflowRun(REPO, { id: 555 });
    const cancel = await octokit.rest.actions.cancelWorkflowRun({ owner, repo, run_id: 555 });
    expect(cancel.status).toBe(202);
    expect(fake.cancelledRuns).toEqual([{ repo: REPO, runId: 555 }]);
    expect(fake.run(REPO, 555)?.conclusion).toBe('cancelled');
    const again = await octokit.rest.actions
      .cancelWorkflowRun({ owner, repo, run_id: 555 })
      .catch((e: { status: number }) => e);
    expect((again as { status: number }).status).toBe(409);
    const jobs = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
      owner,
      repo,
      run_id: 555,
      attempt_number: 1,
    });
    expect(jobs.data.jobs[0].html_url).toContain('/actions/runs/555/job/');

    // Pull requests: create, duplicate, list by head, update.
    const pr = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'T',
      head: 'feature',
      base: 'main',
      body: 'B',
    });
    expect(pr.status).toBe(201);
    expect(pr.data.head.ref).toBe('feature');
    const dup = await octokit.rest.pulls
      .create({ owner, repo, title: 'T', head: 'feature', base: 'main' })
      .catch((e: { status: number; response: { data: { errors: Array<{ message: string }> } } }) => e);
    expect((dup as { status: number }).status).toBe(422);
    expect(JSON.stringify((dup as { response: { data: unknown } }).response.data)).toContain(
      'A pull request already exists',
    );
    const listed = await octokit.rest.pulls.list({
      owner,
      repo,
      head: 'octo-org:feature',
      base: 'main',
      state: 'open',
    });
    expect(listed.data.map((p) => p.number)).toEqual([pr.data.number]);
    const none = await octokit.rest.pulls.list({ owner, repo, head: 'someone-else:feature' });
    expect(none.data).toEqual([]);
    await octokit.rest.pulls.update({ owner, repo, pull_number: pr.data.number, title: 'T2' });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.data.number, labels: ['automated'] });
    const got = await octokit.rest.pulls.get({ owner, repo, pull_number: pr.data.number });
    expect(got.data.title).toBe('T2');
    expect(got.data.labels.map((l) => l.name)).toEqual(['automated']);
    expect(fake.pulls(REPO)).toHaveLength(1);

    await octokit.rest.repos.get({ owner, repo });
    await octokit.rest.issues.get({ owner, repo, issue_number: 7 });
    await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 7 });
    await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 555 });
    await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, status: 'in_progress' });
    await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: 555 });
    await octokit.rest.issues.createLabel({ owner, repo, name: 'script:failed', color: 'd73a4a' });
    await octokit.rest.issues.getLabel({ owner, repo, name: 'script:failed' });
    await octokit.rest.issues.setLabels({
      owner,
      repo,
      issue_number: 7,
      labels: ['script', 'script:failed'],
    });
    expect(fake.issue(REPO, 7).labels).toEqual(['script', 'script:failed']);
    await octokit.rest.issues.listLabelsForRepo({ owner, repo });
    await octokit.rest.issues.listCommentsForRepo({ owner, repo, per_page: 5 });
    await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    await octokit.rest.reactions.listForIssue({ owner, repo, issue_number: 7, content: 'eyes' });
    await octokit.rest.reactions.listForIssueComment({ owner, repo, comment_id: created.data.id });
    await octokit.rest.issues.update({ owner, repo, issue_number: 7, title: 'Renamed' });
    await octokit.rest.repos.checkCollaborator({ owner, repo, username: 'alice' });
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    expect(fake.comments(REPO, 7)).toHaveLength(24);

    expect(fake.violations).toEqual([]);
    expect(fake.unknownRequests).toEqual([]);
    expect(fake.responseViolations).toEqual([]);
    const post = fake.requests.find(
      (r) => r.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
    expect(post).toMatchObject({ status: 201, body: { body: 'first' }, params: { issue_number: '7' } });
    expect(post?.auth).toBe(fake.fingerprint(fake.token));
    expect(post?.headers.authorization).not.toContain(fake.token);
  });

  it('rejects what GitHub does not document, and bad credentials', async () => {
    fake.addIssue(REPO, { number: 1 });
    const noBody = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1/comments`, {
      method: 'POST',
      headers: authHeaders(fake.token),
      body: JSON.stringify({ text: 'no body field' }),
    });
    expect(noBody.status).toBe(400);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatchObject({
      kind: 'request-body',
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    expect(fake.violations[0].problems.join()).toContain("must have required property 'body'");
    expect(fake.comments(REPO, 1)).toEqual([]);

    const badReaction = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1/reactions`, {
      method: 'POST',
      headers: authHeaders(fake.token),
      body: JSON.stringify({ content: 'party' }),
    });
    expect(badReaction.status).toBe(400);

    const unknown = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1/nonsense`, {
      headers: authHeaders(fake.token),
    });
    expect(unknown.status).toBe(404);
    expect(fake.violations.map((v) => v.kind)).toEqual(['request-body', 'request-body', 'unknown-operation']);
    expect(fake.unknownRequests.map((r) => r.path)).toEqual([`/repos/${REPO}/issues/1/nonsense`]);

    const badQuery = await fetch(`${fake.apiUrl}/repos/${REPO}/pulls?state=merged`, {
      headers: authHeaders(fake.token),
    });
    expect(badQuery.status).toBe(400);
    expect(fake.violations[3]).toMatchObject({ kind: 'query' });

    // Documented but not implemented by the fake: 404, not a violation.
    const contents = await fetch(`${fake.apiUrl}/repos/${REPO}/contents/README.md`, {
      headers: authHeaders(fake.token),
    });
    expect(contents.status).toBe(404);
    expect(fake.violations).toHaveLength(4);
    expect(fake.unknownRequests.at(-1)?.route).toBe('GET /repos/{owner}/{repo}/contents/{path}');

    const anonymous = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1`);
    expect(anonymous.status).toBe(401);
    const wrong = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1`, { headers: authHeaders('ghs_wrong') });
    expect(wrong.status).toBe(401);
    const bearer = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1`, {
      headers: { authorization: `Bearer ${fake.token}` },
    });
    expect(bearer.status).toBe(200);

    // A token limited to one repository, read-only.
    fake.addRepo(CONTENT);
    fake.addToken('ghs_content', { repos: [CONTENT], access: 'read' });
    const outside = await fetch(`${fake.apiUrl}/repos/${REPO}/issues/1`, {
      headers: authHeaders('ghs_content'),
    });
    expect(outside.status).toBe(404);
    const write = await fetch(`${fake.apiUrl}/repos/${CONTENT}/pulls`, {
      method: 'POST',
      headers: authHeaders('ghs_content'),
      body: JSON.stringify({ title: 't', head: 'a', base: 'main' }),
    });
    expect(write.status).toBe(403);
  });

  it('injects faults: 502 twice then OK, the effect before the fault, dropped connections, rate limits', async () => {
    fake.addIssue(REPO, { number: 3 });
    const url = `${fake.apiUrl}/repos/${REPO}/issues/3/comments`;
    const post = (body: string) =>
      fetch(url, { method: 'POST', headers: authHeaders(fake.token), body: JSON.stringify({ body }) });

    const twice = fake.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      times: 2,
    });
    expect((await post('a')).status).toBe(502);
    expect((await post('a')).status).toBe(502);
    expect((await post('a')).status).toBe(201);
    expect(twice.hits).toBe(2);
    expect(fake.comments(REPO, 3).map((c) => c.body)).toEqual(['a']);

    fake.inject({ method: 'POST', path: /\/comments$/, status: 502, applyFirst: true });
    expect((await post('b')).status).toBe(502);
    expect(fake.comments(REPO, 3).map((c) => c.body)).toEqual(['a', 'b']);

    fake.inject({ path: url.replace(fake.apiUrl, ''), drop: true });
    await expect(fetch(url, { headers: authHeaders(fake.token) })).rejects.toThrow();
    expect(fake.requests.at(-1)?.dropped).toBe(true);

    fake.inject({ status: 403 });
    const limited = await fetch(url, { headers: authHeaders(fake.token) });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { message: string }).message).toContain('secondary rate limit');

    fake.inject({ status: 429, headers: { 'retry-after': '2' } });
    const tooMany = await fetch(url, { headers: authHeaders(fake.token) });
    expect([tooMany.status, tooMany.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await fetch(url, { headers: authHeaders(fake.token) })).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  it('serves attachments, with a token and through a cross-origin redirect', async () => {
    const open = fake.addAttachment({ bytes: 'a,b\n1,2\n', name: 'spec.csv', contentType: 'text/csv' });
    const privateUrl = fake.addAttachment({
      bytes: Buffer.from([1, 2, 3]),
      repo: REPO,
      token: fake.token,
      redirect: true,
    });
    expect(open).toMatch(new RegExp(`^${fake.serverUrl}/user-attachments/files/\\d+/spec\\.csv$`));
    expect(privateUrl).toContain(`/${REPO}/files/`);
    const local = (u: string) => u.replace(fake.serverUrl, fake.apiUrl);
    expect(await (await fetch(local(open))).text()).toBe('a,b\n1,2\n');
    expect((await fetch(local(privateUrl))).status).toBe(404);
    const redirected = await fetch(local(privateUrl), {
      headers: { authorization: `token ${fake.token}` },
      redirect: 'manual',
    });
    expect(redirected.status).toBe(302);
    const location = redirected.headers.get('location') as string;
    expect((await fetch(location, { headers: { authorization: `token ${fake.token}` } })).status).toBe(400);
    expect(Buffer.from(await (await fetch(location)).arrayBuffer())).toEqual(Buffer.from([1, 2, 3]));
  });
});

describe('bare repositories and the git server', () => {
  it('make, read and move branches', async () => {
    const bare = join(scratch, 'helpers', 'o', 'r.git');
    const first = await createBareRepo(bare, {
      'README.md': '# hi\n',
      'data/a.txt': 'a',
      'bin/x': Buffer.from([0, 1]),
    });
    expect(await branchSha(bare, 'main')).toBe(first);
    expect(await listBranchFiles(bare, 'main')).toEqual(['README.md', 'bin/x', 'data/a.txt']);
    const second = await commitToBare(
      bare,
      'main',
      { 'data/a.txt': 'A', 'README.md': null, 'new.txt': 'n' },
      { message: 'Move base' },
    );
    expect(await readBranchFile(bare, 'main', 'data/a.txt')).toBe('A');
    expect(await readBranchFile(bare, 'main', 'README.md')).toBeUndefined();
    const log = await gitLog(bare, 'main');
    expect(log.map((c) => c.subject)).toEqual(['Move base', 'Initial commit']);
    expect(log[0]).toMatchObject({ sha: second, parents: [first] });
    await commitToBare(bare, 'topic', { 'topic.txt': 't' }, { from: 'main' });
    expect(await listBranches(bare)).toEqual(['main', 'topic']);
    expect(await changedFiles(bare, 'main', 'topic')).toEqual([{ status: 'A', path: 'topic.txt' }]);
    expect(await branchSha(bare, 'nope')).toBeUndefined();
  });

  it('clones with the token, answers 401 without it, and accepts a push', async () => {
    const root = join(scratch, 'git-root');
    const bare = join(root, 'octo-org', 'content.git');
    await createBareRepo(bare, { 'page.md': 'v1\n' });
    const server = await startGitHttpServer({ root, token: 'ghs_secret' });
    try {
      const auth = ['-c', `http.extraheader=AUTHORIZATION: ${basicAuthorization('ghs_secret')}`];
      const denied = await git(['clone', `${server.url}/octo-org/content`, join(scratch, 'denied')], {
        allowFailure: true,
      });
      expect(denied.code).not.toBe(0);
      expect(server.requests[0].status).toBe(401);

      const work = join(scratch, 'clone');
      await git([...auth, 'clone', '--depth', '1', `${server.url}/octo-org/content`, work]);
      await writeFile(join(work, 'page.md'), 'v2\n');
      await git(['commit', '-am', 'Edit page'], { cwd: work });
      await git([...auth, 'push', 'origin', 'HEAD:refs/heads/edit'], { cwd: work });
      expect(await readBranchFile(bare, 'edit', 'page.md')).toBe('v2\n');
      expect(server.requests.some((r) => r.service === 'git-receive-pack' && r.status === 200)).toBe(true);

      const wrong = await git(
        [
          '-c',
          `http.extraheader=AUTHORIZATION: ${basicAuthorization('nope')}`,
          'ls-remote',
          `${server.url}/octo-org/content.git`,
        ],
        { allowFailure: true },
      );
      expect(wrong.code).not.toBe(0);

      // A gzip-encoded upload-pack request, as git sends large negotiations.
      const sha = (await branchSha(bare, 'main')) as string;
      const pkt = (line: string) => (line.length + 4).toString(16).padStart(4, '0') + line;
      const negotiation = `${pkt(`want ${sha}\n`)}0000${pkt('done\n')}`;
      const packed = await fetch(`${server.url}/octo-org/content.git/git-upload-pack`, {
        method: 'POST',
        headers: {
          authorization: basicAuthorization('ghs_secret'),
          'content-type': 'application/x-git-upload-pack-request',
          'content-encoding': 'gzip',
        },
        body: gzipSync(negotiation),
      });
      expect(packed.status).toBe(200);
      expect(Buffer.from(await packed.arrayBuffer()).includes(Buffer.from('PACK'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('is mounted on the fake GitHub web host, where pull requests check the branches', async () => {
    const root = join(scratch, 'gh-root');
    const bare = join(root, 'octo-org', 'content.git');
    await createBareRepo(bare, { 'page.md': 'v1\n' });
    const fake = await startFakeGitHub({
      gitRoot: root,
      tokens: { ghs_other: { repos: ['octo-org/else'] } },
    });
    try {
      fake.addRepo(CONTENT);
      const auth = (t: string) => ['-c', `http.extraheader=AUTHORIZATION: ${basicAuthorization(t)}`];
      const work = join(scratch, 'gh-clone');
      // git resolves *.localhost to the loopback address by itself.
      await git([...auth(fake.token), 'clone', `${fake.serverUrl}/${CONTENT}`, work]);
      const other = await git([...auth('ghs_other'), 'ls-remote', `${fake.serverUrl}/${CONTENT}`], {
        allowFailure: true,
      });
      expect(other.code).not.toBe(0);
      expect(fake.gitRequests.at(-1)?.status).toBe(404);

      const create = (head: string) =>
        fetch(`${fake.apiUrl}/repos/${CONTENT}/pulls`, {
          method: 'POST',
          headers: authHeaders(fake.token),
          body: JSON.stringify({ title: 'Edit', head, base: 'main' }),
        });
      expect((await create('missing')).status).toBe(422);
      await git([...auth(fake.token), 'push', 'origin', 'HEAD:refs/heads/same'], { cwd: work });
      const same = await create('same');
      expect(same.status).toBe(422);
      expect(await same.text()).toContain('No commits between main and same');

      await writeFile(join(work, 'page.md'), 'v2\n');
      await git(['commit', '-am', 'Edit'], { cwd: work });
      await git([...auth(fake.token), 'push', 'origin', 'HEAD:refs/heads/edit'], { cwd: work });
      const ok = await create('edit');
      expect(ok.status).toBe(201);
      expect(((await ok.json()) as { head: { sha: string } }).head.sha).toBe(await branchSha(bare, 'edit'));
      expect(fake.violations).toEqual([]);
      expect(fake.responseViolations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe('events', () => {
  it('builds payloads from real examples', () => {
    const host = { apiUrl: 'http://127.0.0.1:1', serverUrl: 'http://github.localhost:1' };
    const opened = issuesOpened({
      number: 12,
      body: '### Script\n\nx',
      user: 'alice',
      repo: REPO,
      host,
      labels: ['script'],
    });
    expect(opened).toMatchObject({
      action: 'opened',
      issue: {
        number: 12,
        body: '### Script\n\nx',
        user: { login: 'alice', type: 'User' },
        labels: [{ name: 'script' }],
      },
      repository: { full_name: REPO, name: 'octo-repo', owner: { login: 'octo-org' } },
      sender: { login: 'alice' },
    });
    expect(JSON.stringify(opened)).not.toContain('https://api.github.com');
    expect((opened.issue as { html_url: string }).html_url).toBe(`${host.serverUrl}/${REPO}/issues/12`);

    const edited = issuesEdited({ number: 12, body: 'new', previousBody: 'old', user: 'alice', repo: REPO });
    expect(edited).toMatchObject({ action: 'edited', changes: { body: { from: 'old' } } });

    const comment = issueCommentCreated({
      issueNumber: 12,
      issueBody: 'b',
      commentId: 99,
      body: '/run',
      user: 'dependabot[bot]',
      userType: 'Bot',
      repo: REPO,
    });
    expect(comment).toMatchObject({
      action: 'created',
      issue: { number: 12, body: 'b' },
      comment: { id: 99, body: '/run', user: { login: 'dependabot[bot]', type: 'Bot' } },
      sender: { type: 'Bot' },
    });
    expect(comment).not.toHaveProperty('changes');

    expect(workflowDispatch({ script: 'x' }, { repo: REPO })).toMatchObject({
      inputs: { script: 'x' },
      ref: 'refs/heads/main',
    });
    expect(repositoryDispatch({ script: 'x' }, { repo: REPO })).toMatchObject({
      action: 'run-script',
      client_payload: { script: 'x' },
      repository: { full_name: REPO },
    });
  });

  it('reads file commands', () => {
    expect(parseFileCommands('a=1\nmulti<<EOF_1\nline 1\nline 2\nEOF_1\nempty<<X\nX\nb=x=y\n')).toEqual({
      a: '1',
      multi: 'line 1\nline 2',
      empty: '',
      b: 'x=y',
    });
  });
});

describe('runner and artifacts', () => {
  let fake: FakeGitHub;
  let artifacts: ArtifactService;
  beforeAll(async () => {
    [fake, artifacts] = await Promise.all([startFakeGitHub(), startArtifactService()]);
    fake.addRepo(REPO);
  });
  afterAll(async () => {
    await Promise.all([fake.close(), artifacts.close()]);
  });

  async function entry(name: string, source: string) {
    const file = join(scratch, name);
    await writeFile(file, source);
    return file;
  }

  it('runs an entry script with the runner environment and reads its outputs', async () => {
    const attachment = fake.addAttachment({ bytes: 'attached', token: fake.token, redirect: true });
    fake.addIssue(REPO, { number: 5, body: 'b', user: 'alice' });
    const script = await entry(
      'outputs.mjs',
      `
      import { appendFileSync, readFileSync } from 'node:fs';
      const e = process.env;
      const event = JSON.parse(readFileSync(e.GITHUB_EVENT_PATH, 'utf8'));
      const got = await fetch(${JSON.stringify(attachment)}, { headers: { authorization: 'token ' + e.INPUT_TOKEN } });
      const api = await fetch(e.GITHUB_API_URL + '/repos/' + e.GITHUB_REPOSITORY + '/issues/' + event.issue.number + '/comments', {
        method: 'POST', headers: { authorization: 'token ' + e.INPUT_TOKEN }, body: JSON.stringify({ body: 'from the action' }) });
      const out = (name, value) => appendFileSync(e.GITHUB_OUTPUT, name + '<<ghadelimiter_1\\n' + value + '\\nghadelimiter_1\\n');
      out('multi', 'line 1\\nline 2');
      out('manifest', e['INPUT_MANIFEST']);
      out('dry-run', e['INPUT_DRY-RUN']);
      out('attachment', (await got.text()) + ' ' + api.status);
      appendFileSync(e.GITHUB_OUTPUT, 'simple=' + e.GITHUB_EVENT_NAME + ' ' + e.GITHUB_ACTOR + ' ' + process.version.split('.')[0] + '\\n');
      appendFileSync(e.GITHUB_STEP_SUMMARY, '## Report\\n');
      console.log('::add-mask::s3cr3t');
      console.log('::error title=Run failed::bad%0Aargument');
      process.exitCode = 3;
      `,
    );
    const workspace = join(scratch, 'ws-outputs');
    await mkdir(workspace, { recursive: true });
    const run = await runAction({
      workspace,
      eventName: 'issues',
      event: issuesOpened({ number: 5, body: 'b', user: 'alice', repo: REPO, host: fake }),
      inputs: { script: 'x', unknown: 'y' },
      github: fake,
      entry: script,
      localhostDns: true,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(3);
    expect(run.outputs).toEqual({
      multi: 'line 1\nline 2',
      manifest: '.github/script-dispatcher.yml',
      'dry-run': 'false',
      attachment: 'attached 201',
      simple: 'issues alice v24',
    });
    expect(run.summary).toBe('## Report\n');
    expect(run.annotations).toEqual([
      { level: 'error', message: 'bad\nargument', properties: { title: 'Run failed' } },
    ]);
    expect(run.masks).toEqual(['s3cr3t']);
    expect(run.unexpectedInputs).toEqual(['unknown']);
    expect(run.env.INPUT_TOKEN).toBe(fake.token);
    expect(run.env['INPUT_CONTENT-TOKEN']).toBe('');
    expect(fake.comments(REPO, 5).map((c) => c.body)).toEqual(['from the action']);
    expect(fake.run(REPO, run.runId)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.orphans).toEqual([]);
  });

  it('cancels a run when GitHub is asked to cancel it, and times out', async () => {
    const script = await entry(
      'wait.mjs',
      `
      import { spawn } from 'node:child_process';
      spawn('sleep', ['30'], { stdio: 'ignore', detached: true }).unref();
      process.on('SIGINT', () => { console.log('got SIGINT'); process.exit(130); });
      console.log('waiting');
      setInterval(() => {}, 1000);
      `,
    );
    const workspace = join(scratch, 'ws-cancel');
    await mkdir(workspace, { recursive: true });
    const event = workflowDispatch({}, { repo: REPO });
    const running = await startAction({
      workspace,
      eventName: 'workflow_dispatch',
      event,
      inputs: {},
      github: fake,
      entry: script,
    });
    await running.waitForOutput('waiting');
    const cancel = await fetch(`${fake.apiUrl}/repos/${REPO}/actions/runs/${running.runId}/cancel`, {
      method: 'POST',
      headers: authHeaders(fake.token),
    });
    expect(cancel.status).toBe(202);
    const run = await running.result;
    expect(run).toMatchObject({ cancelled: true, timedOut: false, exitCode: 130 });
    expect(run.stdout).toContain('got SIGINT');
    expect(run.orphans.map((o) => o.command)).toEqual(['sleep 30']);
    expect(fake.run(REPO, run.runId)?.conclusion).toBe('cancelled');

    const stubborn = await entry(
      'stubborn.mjs',
      `process.on('SIGINT', () => {}); setInterval(() => {}, 1000);`,
    );
    const timed = await runAction({
      workspace,
      eventName: 'workflow_dispatch',
      event,
      inputs: {},
      github: fake,
      entry: stubborn,
      timeoutMs: 500,
      cancelGraceMs: 200,
    });
    expect(timed).toMatchObject({ timedOut: true, cancelled: true, signal: 'SIGTERM' });
  }, 30_000);

  it('uploads with the real @actions/artifact client; the zip is listed and unpacked', async () => {
    const artifactModule = pathToFileURL(
      join(PROJECT_ROOT, 'node_modules', '@actions', 'artifact', 'lib', 'artifact.js'),
    ).href;
    const script = await entry(
      'upload.mjs',
      `
      import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
      import { join } from 'node:path';
      const { DefaultArtifactClient } = await import(${JSON.stringify(artifactModule)});
      const dir = join(process.env.RUNNER_TEMP, 'out');
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(join(dir, 'report.txt'), 'all good\\n');
      writeFileSync(join(dir, 'sub', 'data.bin'), Buffer.alloc(100000, 7));
      const client = new DefaultArtifactClient();
      const up = await client.uploadArtifact('outputs-job1', [join(dir, 'report.txt'), join(dir, 'sub', 'data.bin')], dir);
      const list = await client.listArtifacts();
      const down = await client.downloadArtifact(up.id, { path: join(process.env.RUNNER_TEMP, 'down') });
      appendFileSync(process.env.GITHUB_OUTPUT, 'id=' + up.id + '\\nlisted=' + list.artifacts.map((a) => a.name).join(',') + '\\n');
      `,
    );
    const workspace = join(scratch, 'ws-artifact');
    await mkdir(workspace, { recursive: true });
    const run = await runAction({
      workspace,
      eventName: 'workflow_dispatch',
      event: workflowDispatch({}, { repo: REPO }),
      inputs: {},
      github: fake,
      artifacts,
      entry: script,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.listed).toBe('outputs-job1');
    const record = artifacts.artifacts.find((a) => a.name === 'outputs-job1');
    expect(record).toMatchObject({ finalized: true, id: Number(run.outputs.id) });
    expect(record?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const files = await artifacts.download('outputs-job1');
    expect([...files.keys()].sort()).toEqual(['report.txt', 'sub/data.bin']);
    expect(files.get('report.txt')?.toString()).toBe('all good\n');
    expect(files.get('sub/data.bin')).toEqual(Buffer.alloc(100000, 7));
    expect(artifacts.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'CreateArtifact 200',
      'FinalizeArtifact 200',
      'ListArtifacts 200',
      'ListArtifacts 200',
      'GetSignedArtifactURL 200',
    ]);
  });
});
