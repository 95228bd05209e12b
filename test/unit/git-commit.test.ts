import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  commitChanges,
  commitOnLocalBranch,
  parseNameStatus,
  pushBranch,
  PushRaceError,
  summarize,
} from '../../src/publish/commit';
import { checkoutTarget } from '../../src/workspace/checkout';
import { Git } from '../../src/workspace/git';

const AUTHOR = { name: 'Dispatch Bot', email: 'bot@example.com' };
const BRANCH = 'script-dispatcher/fix_links/issue-7';

/** git as a test uses it to set things up: hooks off, a fixed identity. */
function sh(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** A bare repository with one commit on main holding `files`, and a seed clone to move it on. */
function makeRemote(root: string, files: Record<string, string>) {
  const bare = path.join(root, 'content.git');
  const seed = path.join(root, 'seed');
  sh(root, 'init', '-q', '--bare', '-b', 'main', bare);
  sh(root, 'init', '-q', '-b', 'main', seed);
  for (const [file, text] of Object.entries(files)) write(seed, file, text);
  sh(seed, 'add', '-A');
  sh(seed, 'commit', '-q', '-m', 'base');
  const url = `file://${bare}`;
  sh(seed, 'push', '-q', url, 'main');
  return {
    bare,
    url,
    seed,
    ref: (ref: string): string | undefined => {
      const out = sh(bare, 'for-each-ref', '--format=%(objectname)', `refs/heads/${ref}`).trim();
      return out || undefined;
    },
    /** path → [mode, content] of a commit of the remote. */
    tree: (rev: string): Map<string, [string, string]> => {
      const out = sh(bare, 'ls-tree', '-r', '-z', rev);
      const map = new Map<string, [string, string]>();
      for (const entry of out.split('\0').filter(Boolean)) {
        const [meta, file] = [entry.slice(0, entry.indexOf('\t')), entry.slice(entry.indexOf('\t') + 1)];
        const [mode, , blob] = meta.split(' ');
        map.set(file, [mode, sh(bare, 'cat-file', 'blob', blob)]);
      }
      return map;
    },
    /** Moves main on by one commit. */
    advance: (file: string, text: string) => {
      write(seed, file, text);
      sh(seed, 'add', '-A');
      sh(seed, 'commit', '-q', '-m', 'base moved');
      sh(seed, 'push', '-q', url, 'main');
    },
  };
}

const HOSTILE = [
  'with space.txt',
  'ünïcødé ✓.md',
  '-rf',
  '--help',
  "quote\"s and 'single'.txt",
  'new\nline.txt',
  'tab\there.txt',
  'back\\slash.txt',
  '*glob?[x].txt',
  ':(top)magic.txt',
  'dir with space/-n',
];

describe('commitChanges and pushBranch', () => {
  let root: string;
  let git: Git;
  let n = 0;
  const fresh = async (remote: { url: string }) => {
    const dest = path.join(root, `work-${++n}`);
    const { sha } = await checkoutTarget(git, { url: remote.url, ref: 'main', dest });
    return { dest, sha };
  };

  beforeEach(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sd-commit-'));
    git = await Git.create({ cwd: root });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('commits modified, new, deleted, renamed and chmod-ed files as one commit on the base, and pushes it', async () => {
    const body = 'a long enough body so that rename detection sees the same file\n'.repeat(5);
    const remote = makeRemote(root, {
      'keep.txt': 'keep\n',
      'edit.txt': 'old\n',
      'gone.txt': 'bye\n',
      'old/name.txt': body,
      'run.sh': '#!/bin/sh\necho hi\n',
    });
    const { dest, sha } = await fresh(remote);
    write(dest, 'edit.txt', 'new\n');
    write(dest, 'added/deep/new.txt', 'fresh\n');
    rmSync(path.join(dest, 'gone.txt'));
    mkdirSync(path.join(dest, 'new'), { recursive: true });
    renameSync(path.join(dest, 'old/name.txt'), path.join(dest, 'new/name.txt'));
    chmodSync(path.join(dest, 'run.sh'), 0o755);

    const result = await commitChanges(git, {
      dir: dest,
      exclude: [],
      message: 'Run fix_links (#7)',
      author: AUTHOR,
    });
    expect(result.base).toBe(sha);
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(result.changes).toMatchObject({ count: 5, added: 1, modified: 2, deleted: 1, renamed: 1 });
    expect(result.allFiles).toContainEqual({ status: 'R', path: 'new/name.txt', from: 'old/name.txt' });
    // HEAD did not move: the working tree never switched branches.
    expect(sh(dest, 'rev-parse', 'HEAD').trim()).toBe(sha);

    const pushed = await pushBranch(git, {
      dir: dest,
      remote: remote.url,
      commit: result.commit!,
      branch: BRANCH,
    });
    expect(pushed).toEqual({});
    expect(remote.ref(BRANCH)).toBe(result.commit);
    expect(sh(remote.bare, 'rev-parse', `${BRANCH}^`).trim()).toBe(sha);
    expect(sh(remote.bare, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', BRANCH).trim()).toBe(
      'Dispatch Bot <bot@example.com>|Dispatch Bot <bot@example.com>|Run fix_links (#7)',
    );
    const tree = remote.tree(BRANCH);
    expect([...tree.keys()].sort()).toEqual([
      'added/deep/new.txt',
      'edit.txt',
      'keep.txt',
      'new/name.txt',
      'run.sh',
    ]);
    expect(tree.get('edit.txt')).toEqual(['100644', 'new\n']);
    expect(tree.get('run.sh')?.[0]).toBe('100755');
    expect(tree.get('new/name.txt')?.[1]).toBe(body);
    expect(remote.ref('main')).toBe(sha);
  });

  it('updates the same branch on a second run, rebuilt on the base, with a lease on what it saw', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const first = await fresh(remote);
    write(first.dest, 'a.txt', '2\n');
    const one = await commitChanges(git, { dir: first.dest, exclude: [], message: 'one', author: AUTHOR });
    await pushBranch(git, { dir: first.dest, remote: remote.url, commit: one.commit!, branch: BRANCH });

    const second = await fresh(remote);
    write(second.dest, 'a.txt', '3\n');
    const two = await commitChanges(git, { dir: second.dest, exclude: [], message: 'two', author: AUTHOR });
    const pushed = await pushBranch(git, {
      dir: second.dest,
      remote: remote.url,
      commit: two.commit!,
      branch: BRANCH,
    });
    expect(pushed).toEqual({ previous: one.commit });
    expect(remote.ref(BRANCH)).toBe(two.commit);
    expect(sh(remote.bare, 'rev-parse', `${BRANCH}^`).trim()).toBe(second.sha);
    expect(sh(remote.bare, 'rev-list', '--count', BRANCH).trim()).toBe('2');
  });

  it('rebuilds the branch on the new base when the base moved between runs', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n', 'b.txt': 'b\n' });
    const first = await fresh(remote);
    write(first.dest, 'a.txt', '2\n');
    const one = await commitChanges(git, { dir: first.dest, exclude: [], message: 'one', author: AUTHOR });
    await pushBranch(git, { dir: first.dest, remote: remote.url, commit: one.commit!, branch: BRANCH });

    remote.advance('b.txt', 'b moved\n');
    const second = await fresh(remote);
    expect(second.sha).not.toBe(first.sha);
    write(second.dest, 'a.txt', '2\n');
    const two = await commitChanges(git, { dir: second.dest, exclude: [], message: 'two', author: AUTHOR });
    expect(two.changes).toMatchObject({ count: 1, modified: 1 });
    await pushBranch(git, { dir: second.dest, remote: remote.url, commit: two.commit!, branch: BRANCH });
    expect(sh(remote.bare, 'rev-parse', `${BRANCH}^`).trim()).toBe(second.sha);
    expect(remote.tree(BRANCH).get('b.txt')?.[1]).toBe('b moved\n');
  });

  it('retries a push that lost the race to another push, and wins', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const other = await fresh(remote);
    write(other.dest, 'a.txt', 'other\n');
    const theirs = await commitChanges(git, {
      dir: other.dest,
      exclude: [],
      message: 'theirs',
      author: AUTHOR,
    });

    const mine = await fresh(remote);
    write(mine.dest, 'a.txt', 'mine\n');
    const ours = await commitChanges(git, { dir: mine.dest, exclude: [], message: 'ours', author: AUTHOR });
    const attempts: number[] = [];
    const pushed = await pushBranch(git, {
      dir: mine.dest,
      remote: remote.url,
      commit: ours.commit!,
      branch: BRANCH,
      onBeforePush: (attempt) => {
        attempts.push(attempt);
        if (attempt === 1) sh(other.dest, 'push', '-q', remote.url, `${theirs.commit}:refs/heads/${BRANCH}`);
      },
    });
    expect(attempts).toEqual([1, 2]);
    expect(pushed).toEqual({ previous: theirs.commit });
    expect(remote.ref(BRANCH)).toBe(ours.commit);
  });

  it('gives up with a clear error when every attempt loses the race', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const mine = await fresh(remote);
    write(mine.dest, 'a.txt', 'mine\n');
    const ours = await commitChanges(git, { dir: mine.dest, exclude: [], message: 'ours', author: AUTHOR });
    let i = 0;
    const error = await pushBranch(git, {
      dir: mine.dest,
      remote: remote.url,
      commit: ours.commit!,
      branch: BRANCH,
      onBeforePush: () => {
        write(remote.seed, 'a.txt', `race ${++i}\n`);
        sh(remote.seed, 'commit', '-q', '-am', `race ${i}`);
        sh(remote.seed, 'push', '-q', '-f', remote.url, `HEAD:refs/heads/${BRANCH}`);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRaceError);
    expect((error as Error).message).toMatch(/changed by another push during each of 3 attempts/);
    expect(remote.ref(BRANCH)).not.toBe(ours.commit);
  });

  it('reports no changes, makes no commit and pushes nothing when the script changed nothing', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const { dest, sha } = await fresh(remote);
    write(dest, 'a.txt', '2\n');
    write(dest, 'a.txt', '1\n');
    const result = await commitChanges(git, { dir: dest, exclude: [], message: 'x', author: AUTHOR });
    expect(result).toEqual({
      base: sha,
      changes: { count: 0, added: 0, modified: 0, deleted: 0, renamed: 0, files: [] },
      allFiles: [],
    });
    expect(remote.ref(BRANCH)).toBeUndefined();
  });

  it('never runs a hook or fsmonitor the script planted', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const { dest } = await fresh(remote);
    const marker = path.join(root, 'hook-ran');
    const hooks = path.join(dest, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    for (const hook of [
      'pre-commit',
      'post-commit',
      'pre-push',
      'commit-msg',
      'post-checkout',
      'reference-transaction',
    ]) {
      writeFileSync(path.join(hooks, hook), `#!/bin/sh\necho ${hook} >> '${marker}'\n`, { mode: 0o755 });
    }
    const monitor = path.join(root, 'monitor.sh');
    writeFileSync(monitor, `#!/bin/sh\necho fsmonitor >> '${marker}'\n`, { mode: 0o755 });
    sh(dest, 'config', 'core.fsmonitor', monitor);
    write(dest, 'a.txt', '2\n');

    const result = await commitChanges(git, { dir: dest, exclude: [], message: 'x', author: AUTHOR });
    await pushBranch(git, { dir: dest, remote: remote.url, commit: result.commit!, branch: BRANCH });
    write(dest, 'a.txt', '3\n');
    await commitOnLocalBranch(git, { dir: dest, exclude: [], message: 'y', author: AUTHOR, branch: 'local' });
    expect(existsSync(marker)).toBe(false);
  });

  it('commits files with hostile names exactly', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n', '-gone': 'x\n', 'old name\n.txt': 'y\n' });
    const { dest } = await fresh(remote);
    HOSTILE.forEach((name, i) => write(dest, name, `content ${i}\n`));
    rmSync(path.join(dest, '-gone'));
    rmSync(path.join(dest, 'old name\n.txt'));

    const result = await commitChanges(git, { dir: dest, exclude: [], message: 'x', author: AUTHOR });
    expect(result.changes).toMatchObject({ count: HOSTILE.length + 2, added: HOSTILE.length, deleted: 2 });
    expect(result.allFiles.map((f) => f.path).sort()).toEqual([...HOSTILE, '-gone', 'old name\n.txt'].sort());
    await pushBranch(git, { dir: dest, remote: remote.url, commit: result.commit!, branch: BRANCH });
    const tree = remote.tree(BRANCH);
    HOSTILE.forEach((name, i) => expect(tree.get(name)?.[1]).toBe(`content ${i}\n`));
    expect(tree.has('-gone')).toBe(false);
    expect(tree.has('old name\n.txt')).toBe(false);
  });

  it('leaves the excluded paths out of the commit', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n', 'out*/tracked.txt': 'base\n' });
    const { dest } = await fresh(remote);
    write(dest, 'a.txt', '2\n');
    write(dest, 'output/job-1/report.txt', 'report\n');
    write(dest, 'out*/tracked.txt', 'changed by the script\n');
    write(dest, 'outside.txt', 'kept\n');

    const result = await commitChanges(git, {
      dir: dest,
      exclude: [path.join(dest, 'output/job-1'), 'out*', path.join(root, 'not-inside')],
      message: 'x',
      author: AUTHOR,
    });
    expect(result.allFiles.map((f) => f.path).sort()).toEqual(['a.txt', 'outside.txt']);
    await pushBranch(git, { dir: dest, remote: remote.url, commit: result.commit!, branch: BRANCH });
    const tree = remote.tree(BRANCH);
    expect(tree.has('output/job-1/report.txt')).toBe(false);
    expect(tree.get('out*/tracked.txt')?.[1]).toBe('base\n');
  });

  it('refuses an invalid branch name before pushing anything', async () => {
    const remote = makeRemote(root, { 'a.txt': '1\n' });
    const { dest } = await fresh(remote);
    write(dest, 'a.txt', '2\n');
    const result = await commitChanges(git, { dir: dest, exclude: [], message: 'x', author: AUTHOR });
    for (const branch of ['a..b', 'x:y', '-f', 'has space']) {
      await expect(
        pushBranch(git, { dir: dest, remote: remote.url, commit: result.commit!, branch }),
      ).rejects.toThrow(/not a valid branch name/);
    }
  });
});

describe('commitOnLocalBranch', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sd-local-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('commits on a local branch, checked out, with a clean status and the files in place', async () => {
    const dir = path.join(root, 'repo');
    sh(root, 'init', '-q', '-b', 'main', dir);
    write(dir, 'a.txt', '1\n');
    write(dir, 'b.txt', 'b\n');
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-q', '-m', 'base');
    const base = sh(dir, 'rev-parse', 'HEAD').trim();
    write(dir, 'a.txt', '2\n');
    rmSync(path.join(dir, 'b.txt'));
    write(dir, 'c d.txt', 'c\n');
    write(dir, 'out/result.json', '{}');

    const git = await Git.create({ cwd: dir });
    const result = await commitOnLocalBranch(git, {
      dir,
      exclude: ['out'],
      message: 'Run x',
      author: AUTHOR,
      branch: 'script-dispatcher/x/job-1',
    });
    expect(result.branch).toBe('script-dispatcher/x/job-1');
    expect(sh(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/script-dispatcher/x/job-1');
    expect(sh(dir, 'rev-parse', 'HEAD').trim()).toBe(result.commit);
    expect(sh(dir, 'rev-parse', 'HEAD^').trim()).toBe(base);
    expect(sh(dir, 'rev-parse', 'main').trim()).toBe(base);
    expect(sh(dir, 'status', '--porcelain', '-z')).toBe('?? out/\0');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('2\n');
    expect(existsSync(path.join(dir, 'b.txt'))).toBe(false);

    // Nothing more changed: no commit, HEAD stays.
    const again = await commitOnLocalBranch(git, {
      dir,
      exclude: ['out'],
      message: 'x',
      author: AUTHOR,
      branch: 'other',
    });
    expect(again.commit).toBeUndefined();
    expect(sh(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/script-dispatcher/x/job-1');
  });
});

describe('parseNameStatus and summarize', () => {
  it('parses -z output with renames and odd names', () => {
    const out = ['M', 'a\nb', 'R087', 'old', 'new', 'A', '-x', 'D', 'tab\there', 'T', 'link', ''].join('\0');
    const files = parseNameStatus(out);
    expect(files).toEqual([
      { status: 'M', path: 'a\nb' },
      { status: 'R', path: 'new', from: 'old' },
      { status: 'A', path: '-x' },
      { status: 'D', path: 'tab\there' },
      { status: 'T', path: 'link' },
    ]);
    expect(summarize(files)).toEqual({
      count: 5,
      added: 1,
      modified: 2,
      deleted: 1,
      renamed: 1,
      files: files.map((f) => ({ status: f.status, path: f.path })),
    });
  });

  it('lists only the first 50 paths', () => {
    const files = Array.from({ length: 120 }, (_, i) => ({ status: 'A', path: `f${i}` }));
    const summary = summarize(files);
    expect(summary.count).toBe(120);
    expect(summary.files).toHaveLength(50);
  });

  it('ignores a truncated tail', () => {
    expect(parseNameStatus('M\0a\0R100\0only-old')).toEqual([{ status: 'M', path: 'a' }]);
  });
});
