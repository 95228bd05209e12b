/**
 * Changed files of a push against real repositories served over smart HTTP with a token, from a depth-1
 * checkout as actions/checkout leaves it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangedFilesError, pushChangedFiles } from '../../src/workspace/changed-files';
import { Git, GitError } from '../../src/workspace/git';
import { startGitHttpServer, type GitHttpServer } from '../support/git-server';
import { commitToBare, createBareRepo, git as sh } from '../support/repos';

const TOKEN = 'test-token-changed-files';
const ZERO = '0'.repeat(40);

let root: string;
let server: GitHttpServer;
let bare: string;
let url: string;
let auth: Git;
/** Commits of main, oldest first, and of a feature branch. */
const main: string[] = [];
let many: string;
let feature: string;
let rewritten: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-changed-'));
  bare = join(root, 'srv', 'octo', 'site.git');
  main.push(await createBareRepo(bare, { 'README.md': 'hello\n', 'content/a.json': '{}\n' }));
  main.push(await commitToBare(bare, 'main', { 'content/b.json': '{"b":1}\n' }));
  main.push(await commitToBare(bare, 'main', { 'docs/x.md': 'x\n' }));
  main.push(await commitToBare(bare, 'main', { 'content/a.json': '{"a":2}\n', 'README.md': null }));
  // 400 changed files, the only content file last in git's order.
  const files: Record<string, string> = {};
  for (let i = 0; i < 399; i += 1) files[`assets/f${String(i).padStart(3, '0')}.txt`] = `${i}\n`;
  files['zz/content/late.json'] = '{}\n';
  many = await commitToBare(bare, 'main', files);
  // A branch that left main at main[1], then main moved on (main[2], main[3], many).
  await sh(['--git-dir', bare, 'branch', 'feature', main[1]]);
  feature = await commitToBare(bare, 'feature', { 'feature/new.txt': 'n\n' });
  // A rewrite of main[3]: not a descendant of main[3].
  await sh(['--git-dir', bare, 'branch', 'rewrite', main[2]]);
  rewritten = await commitToBare(bare, 'rewrite', { 'content/rewritten.json': '{}\n' });
  server = await startGitHttpServer({ root: join(root, 'srv'), token: TOKEN });
  url = `${server.url}/octo/site.git`;
  auth = await Git.create({ cwd: root, token: TOKEN, serverUrl: server.url });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

let count = 0;
/** A depth-1 checkout of `sha`, as actions/checkout makes it (no credentials left behind). */
async function checkout(sha: string): Promise<Git> {
  const dir = join(root, `work-${(count += 1)}`);
  const git = auth.at(dir);
  await sh(['init', '-q', dir]);
  await git.run(['remote', 'add', 'origin', url]);
  await git.run(['fetch', '--no-tags', '--depth=1', '--quiet', 'origin', sha]);
  await git.run(['checkout', '-q', '--detach', sha]);
  expect((await git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim()).toBe('true');
  return git;
}

const repository = { default_branch: 'main' };

describe('pushChangedFiles', () => {
  it('lists all 400 files of a push whose before is not in the shallow checkout', async () => {
    const git = await checkout(many);
    expect(
      (await git.run(['cat-file', '-e', `${main[3]}^{commit}`], { okCodes: [128, 1] })).exitCode,
    ).not.toBe(0);
    const result = await pushChangedFiles(
      git,
      { before: main[3], after: many, forced: false, repository },
      url,
    );
    expect(result.comparedWith).toBe('before');
    expect(result.files).toHaveLength(400);
    expect(result.files[399]).toBe('zz/content/late.json');
    expect(result.base).toBe(main[3]);
  }, 60_000);

  it('compares across several commits, with deletions', async () => {
    const git = await checkout(main[3]);
    const result = await pushChangedFiles(
      git,
      { before: main[0], after: main[3], forced: false, repository },
      url,
    );
    expect(result.files.sort()).toEqual(['README.md', 'content/a.json', 'content/b.json', 'docs/x.md']);
  }, 60_000);

  it('compares a new branch with where it left the default branch', async () => {
    const git = await checkout(feature);
    const result = await pushChangedFiles(
      git,
      { before: ZERO, after: feature, created: true, forced: false, repository },
      url,
    );
    expect(result).toEqual({
      files: ['feature/new.txt'],
      base: main[1],
      head: feature,
      comparedWith: 'default-branch',
      reason: 'the push created the branch',
    });
  }, 60_000);

  it('compares a forced push with the default branch', async () => {
    const git = await checkout(rewritten);
    const result = await pushChangedFiles(
      git,
      { before: main[3], after: rewritten, forced: true, repository },
      url,
    );
    expect(result.comparedWith).toBe('default-branch');
    expect(result.reason).toBe('the push was forced');
    expect(result.files).toEqual(['content/rewritten.json']);
  }, 60_000);

  it('finds out whether before is an ancestor when the payload does not say', async () => {
    const rewrite = await pushChangedFiles(
      await checkout(rewritten),
      { before: main[3], after: rewritten, repository },
      url,
    );
    expect(rewrite.comparedWith).toBe('default-branch');
    expect(rewrite.reason).toMatch(/is not an ancestor of `after`$/);

    const normal = await pushChangedFiles(
      await checkout(main[3]),
      { before: main[1], after: main[3], repository },
      url,
    );
    expect(normal.comparedWith).toBe('before');
    expect(normal.files.sort()).toEqual(['README.md', 'content/a.json', 'docs/x.md']);
  }, 60_000);

  it('compares with the default branch when the remote no longer has before', async () => {
    const git = await checkout(feature);
    const gone = 'f'.repeat(40);
    const result = await pushChangedFiles(
      git,
      { before: gone, after: feature, forced: false, repository },
      url,
    );
    expect(result.comparedWith).toBe('default-branch');
    expect(result.reason).toBe('`before` (ffffffffffff) is not on the remote any more');
    expect(result.files).toEqual(['feature/new.txt']);
  }, 60_000);

  it('lists nothing for a deleted branch', async () => {
    const git = await checkout(main[3]);
    expect(
      await pushChangedFiles(git, { before: main[3], after: ZERO, deleted: true, repository }, url),
    ).toEqual({
      files: [],
      comparedWith: 'nothing',
    });
  }, 60_000);

  it('says what is wrong with a payload it cannot use', async () => {
    const git = await checkout(main[3]);
    await expect(pushChangedFiles(git, { before: 'HEAD', after: main[3] }, url)).rejects.toThrow(
      new ChangedFilesError('The push event\'s `before` is not a commit sha (got "HEAD").'),
    );
    await expect(pushChangedFiles(git, { before: ZERO, after: main[3], created: true }, url)).rejects.toThrow(
      /the push created the branch, so .* no `repository.default_branch`/,
    );
    await expect(
      pushChangedFiles(
        git,
        { before: ZERO, after: main[3], repository: { default_branch: '--upload-pack=x' } },
        url,
      ),
    ).rejects.toThrow(ChangedFilesError);
  }, 60_000);

  it('needs the token to fetch, and never shows it', async () => {
    const git = await checkout(many);
    const anonymous = await Git.create({ cwd: git.cwd, serverUrl: server.url });
    const error = await pushChangedFiles(
      anonymous,
      { before: main[3], after: many, forced: false, repository },
      url,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    const withToken = await pushChangedFiles(
      git,
      { before: main[3], after: many, forced: false, repository },
      url,
    );
    expect(withToken.files).toHaveLength(400);
    expect(JSON.stringify(withToken)).not.toContain(TOKEN);
  }, 60_000);
});
