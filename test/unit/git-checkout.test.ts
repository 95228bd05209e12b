import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkoutTarget, CheckoutError, cloneUrlFor } from '../../src/workspace/checkout';
import { Git } from '../../src/workspace/git';

/** git as a test uses it to set things up: hooks off, a fixed identity. */
function sh(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** A bare repository whose branches hold the given files, one commit per branch on top of the first. */
function makeRemote(
  root: string,
  name: string,
  branches: Record<string, Record<string, string>>,
  head: string,
) {
  const bare = path.join(root, `${name}.git`);
  const seed = path.join(root, `${name}-seed`);
  sh(root, 'init', '-q', '--bare', '-b', head, bare);
  sh(root, 'init', '-q', '-b', head, seed);
  const url = `file://${bare}`;
  let first = true;
  for (const [branch, files] of Object.entries(branches)) {
    if (!first) sh(seed, 'checkout', '-q', '-b', branch);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(seed, file)), { recursive: true });
      writeFileSync(path.join(seed, file), text);
    }
    sh(seed, 'add', '-A');
    sh(seed, 'commit', '-q', '-m', `${branch} 1`);
    // A second commit, so that a depth-1 fetch is visibly shallow.
    writeFileSync(path.join(seed, 'history.txt'), `${branch}\n`);
    sh(seed, 'add', '-A');
    sh(seed, 'commit', '-q', '-m', `${branch} 2`);
    sh(seed, 'tag', `v-${branch}`);
    sh(seed, 'push', '-q', '--tags', url, branch);
    first = false;
  }
  const sha = (branch: string) => sh(bare, 'rev-parse', `refs/heads/${branch}`).trim();
  return { bare, url, sha };
}

describe('checkoutTarget', () => {
  let root: string;
  let git: Git;
  let remote: ReturnType<typeof makeRemote>;
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sd-checkout-'));
    git = await Git.create({ cwd: root });
    remote = makeRemote(root, 'content', { trunk: { 'a.txt': 'A\n' }, dev: { 'b/c.txt': 'C\n' } }, 'trunk');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('checks out a branch, shallow and without tags, on a local branch of that name', async () => {
    const dest = path.join(root, 'at-ref');
    const result = await checkoutTarget(git, { url: remote.url, ref: 'dev', dest });
    expect(result).toEqual({ sha: remote.sha('dev'), ref: 'dev' });
    expect(readFileSync(path.join(dest, 'b/c.txt'), 'utf8')).toBe('C\n');
    expect(sh(dest, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/dev');
    expect(sh(dest, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(sh(dest, 'tag', '--list').trim()).toBe('');
    expect(sh(dest, 'status', '--porcelain')).toBe('');
  });

  it('checks out the remote default branch when no ref is given', async () => {
    const dest = path.join(root, 'default');
    const result = await checkoutTarget({}, { url: remote.url, dest });
    expect(result).toEqual({ sha: remote.sha('trunk'), ref: 'trunk' });
    expect(existsSync(path.join(dest, 'a.txt'))).toBe(true);
  });

  it('accepts refs/heads/ names', async () => {
    const dest = path.join(root, 'full-ref');
    expect((await checkoutTarget(git, { url: remote.url, ref: 'refs/heads/dev', dest })).ref).toBe('dev');
  });

  it('reuses a checkout of the same URL, cleaned and at the new tip', async () => {
    const dest = path.join(root, 'reuse');
    await checkoutTarget(git, { url: remote.url, ref: 'trunk', dest });
    writeFileSync(path.join(dest, 'a.txt'), 'edited\n');
    writeFileSync(path.join(dest, 'junk.txt'), 'junk\n');
    const result = await checkoutTarget(git, { url: remote.url, ref: 'dev', dest });
    expect(result.sha).toBe(remote.sha('dev'));
    expect(existsSync(path.join(dest, 'junk.txt'))).toBe(false);
    expect(sh(dest, 'status', '--porcelain')).toBe('');
  });

  it('refuses a non-empty directory that is not a checkout of the URL', async () => {
    const dest = path.join(root, 'occupied');
    mkdirSync(dest);
    writeFileSync(path.join(dest, 'mine.txt'), 'keep me\n');
    await expect(checkoutTarget(git, { url: remote.url, dest })).rejects.toThrow(CheckoutError);
    expect(readFileSync(path.join(dest, 'mine.txt'), 'utf8')).toBe('keep me\n');

    const other = makeRemote(root, 'other', { main: { 'x.txt': 'x' } }, 'main');
    const elsewhere = path.join(root, 'elsewhere');
    await checkoutTarget(git, { url: other.url, dest: elsewhere });
    await expect(checkoutTarget(git, { url: remote.url, dest: elsewhere })).rejects.toThrow(
      /holds a checkout of/,
    );
  });

  it('says clearly when the branch does not exist', async () => {
    const dest = path.join(root, 'missing');
    await expect(checkoutTarget(git, { url: remote.url, ref: 'nope', dest })).rejects.toThrow(
      /Branch `nope` does not exist/,
    );
  });

  it('refuses branch names that are options or invalid', async () => {
    const dest = path.join(root, 'bad-name');
    await expect(
      checkoutTarget(git, { url: remote.url, ref: '--upload-pack=touch x', dest }),
    ).rejects.toThrow(CheckoutError);
    await expect(checkoutTarget(git, { url: remote.url, ref: 'a..b', dest })).rejects.toThrow(CheckoutError);
  });

  it('copies a repository on disk (a plain path): shallow, and no object hard-linked to the original', async () => {
    const dest = path.join(root, 'from-path');
    const result = await checkoutTarget(git, { url: remote.bare, dest });
    expect(result).toEqual({ sha: remote.sha('trunk'), ref: 'trunk' });
    expect(sh(dest, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    const objects = sh(dest, 'count-objects', '-v');
    expect(objects).toMatch(/^count: \d+/m);
    const linked = execFileSync('find', [path.join(dest, '.git', 'objects'), '-type', 'f', '-links', '+1'], {
      encoding: 'utf8',
    });
    expect(linked).toBe('');
  });

  it('says when a repository is empty', async () => {
    const empty = path.join(root, 'empty.git');
    sh(root, 'init', '-q', '--bare', empty);
    await expect(checkoutTarget(git, { url: `file://${empty}`, dest: path.join(root, 'e') })).rejects.toThrow(
      /no default branch/,
    );
  });
});

describe('cloneUrlFor', () => {
  it('uses the server URL and the repository, or the explicit clone URL', () => {
    expect(cloneUrlFor({ repository: 'octo/content' }, 'https://github.com/')).toBe(
      'https://github.com/octo/content',
    );
    expect(cloneUrlFor({ repository: 'octo/content', cloneUrl: 'file:///r.git' }, 'https://github.com')).toBe(
      'file:///r.git',
    );
  });
});
