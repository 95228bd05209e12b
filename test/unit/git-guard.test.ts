/**
 * Nothing a script plants in its checkout's .git runs or sees a token: the config, hooks and info/ are put
 * back to what the checkout wrote before the dispatcher runs git there again.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitChanges, pushBranch } from '../../src/publish/commit';
import { checkoutTarget } from '../../src/workspace/checkout';
import { Git, gitEnvironment } from '../../src/workspace/git';
import { forgetRepositories, restoreRepository, TamperedRepositoryError } from '../../src/workspace/guard';

const AUTHOR = { name: 'Bot', email: 'bot@example.com' };
const TOKEN = 'ghs_guardTestToken0123456789abcdefABCD';

function sh(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args],
    { cwd, encoding: 'utf8' },
  );
}

let root: string;
let url: string;
let bare: string;
let witness: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'sd-guard-'));
  bare = path.join(root, 'content.git');
  const seed = path.join(root, 'seed');
  sh(root, 'init', '-q', '--bare', '-b', 'main', bare);
  sh(root, 'init', '-q', '-b', 'main', seed);
  writeFileSync(path.join(seed, 'a.txt'), 'a\n');
  writeFileSync(path.join(seed, '.gitattributes'), '*.txt filter=evil\n');
  sh(seed, 'add', '-A');
  sh(seed, 'commit', '-q', '-m', 'base');
  url = `file://${bare}`;
  sh(seed, 'push', '-q', url, 'main');
  witness = path.join(root, 'witness');
});
afterEach(() => {
  forgetRepositories();
  rmSync(root, { recursive: true, force: true });
});

/** What a hostile script does to its checkout's .git: a filter, fsmonitor, proxy, helper, include, hooks. */
function plant(dir: string): void {
  const evil = path.join(root, 'evil.sh');
  writeFileSync(evil, `#!/bin/sh\nenv >> '${witness}'\ncat\n`);
  chmodSync(evil, 0o755);
  const include = path.join(root, 'included');
  writeFileSync(include, `[core]\n\tsshCommand = ${evil}\n`);
  appendFileSync(
    path.join(dir, '.git', 'config'),
    [
      '[filter "evil"]',
      `\tclean = ${evil}`,
      `\tsmudge = ${evil}`,
      '\trequired = true',
      '[core]',
      `\tfsmonitor = ${evil}`,
      `\tsshCommand = ${evil}`,
      '[http]',
      '\tproxy = http://127.0.0.1:9',
      '\tsslVerify = false',
      '[credential]',
      `\thelper = !${evil}`,
      '[include]',
      `\tpath = ${include}`,
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, '.git', 'hooks'), { recursive: true });
  for (const hook of ['pre-commit', 'pre-push', 'post-checkout', 'reference-transaction']) {
    writeFileSync(path.join(dir, '.git', 'hooks', hook), `#!/bin/sh\nexec ${evil}\n`, { mode: 0o755 });
  }
  mkdirSync(path.join(dir, '.git', 'info'), { recursive: true });
  writeFileSync(path.join(dir, '.git', 'info', 'attributes'), '* filter=evil\n');
}

test('a planted filter, fsmonitor, proxy, helper, include and hooks: none runs, the commit and push work', async () => {
  const dest = path.join(root, 'work');
  const git = await Git.create({ cwd: root, token: TOKEN, serverUrl: 'https://github.example' });
  await checkoutTarget(git, { url, dest });
  const before = readFileSync(path.join(dest, '.git', 'config'), 'utf8');
  plant(dest);
  writeFileSync(path.join(dest, 'a.txt'), 'changed\n');
  writeFileSync(path.join(dest, 'b.txt'), 'new\n');

  const result = await commitChanges(git, { dir: dest, exclude: [], message: 'm', author: AUTHOR });
  expect(result.commit).toBeDefined();
  await pushBranch(git, { dir: dest, remote: url, commit: result.commit!, branch: 'script/x' });

  expect(existsSync(witness)).toBe(false);
  expect(readFileSync(path.join(dest, '.git', 'config'), 'utf8')).toBe(before);
  expect(existsSync(path.join(dest, '.git', 'info'))).toBe(false);
  expect(sh(bare, 'show', 'script/x:a.txt')).toBe('changed\n');
});

test('a .git replaced by a link, or a commondir pointing elsewhere, is refused or dropped', async () => {
  const dest = path.join(root, 'work');
  const git = await Git.create({ cwd: root });
  await checkoutTarget(git, { url, dest });
  writeFileSync(path.join(dest, '.git', 'commondir'), path.join(root, 'elsewhere'));
  await restoreRepository(dest);
  expect(existsSync(path.join(dest, '.git', 'commondir'))).toBe(false);

  rmSync(path.join(dest, '.git', 'refs'), { recursive: true });
  writeFileSync(path.join(dest, '.git', 'refs'), 'x');
  await expect(restoreRepository(dest)).rejects.toBeInstanceOf(TamperedRepositoryError);
});

test('git gets no input, no credential of the step, and the auth header only to talk to the remote', async () => {
  const git = await Git.create({ cwd: root, token: TOKEN, serverUrl: 'https://github.example' });
  const saved = { ...process.env };
  Object.assign(process.env, {
    INPUT_TOKEN: TOKEN,
    'INPUT_CONTENT-TOKEN': 'x',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    OTHER: `a${TOKEN}`,
  });
  try {
    const local = git.environment();
    const remote = git.environment({}, true);
    for (const env of [local, remote]) {
      expect(Object.keys(env).filter((k) => /^INPUT_|ACTIONS_RUNTIME/.test(k))).toEqual([]);
      expect(env.OTHER).toBeUndefined();
    }
    expect(JSON.stringify(local)).not.toMatch(/extraheader/i);
    expect(JSON.stringify(remote)).toMatch(/extraheader/i);
    expect(gitEnvironment({ INPUT_X: 'y', PATH: '/bin' }, []).INPUT_X).toBeUndefined();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  }
});

test('a filter from the global git config (like Git LFS) still runs on the commit', async () => {
  const home = path.join(root, 'home');
  mkdirSync(home);
  writeFileSync(path.join(home, '.gitconfig'), '[filter "upper"]\n\tclean = tr a-z A-Z\n\tsmudge = cat\n');
  const saved = process.env.HOME;
  process.env.HOME = home;
  try {
    const dest = path.join(root, 'work');
    const git = await Git.create({ cwd: root });
    await checkoutTarget(git, { url, dest });
    // The script adds a filter of its own to the global config: the one from before still runs, its own not.
    const evil = path.join(root, 'evil.sh');
    writeFileSync(evil, `#!/bin/sh\necho ran >> '${witness}'\ncat\n`, { mode: 0o755 });
    appendFileSync(path.join(home, '.gitconfig'), `[filter "evil"]\n\tclean = ${evil}\n\trequired = true\n`);
    writeFileSync(path.join(dest, '.gitattributes'), '*.txt filter=upper\n*.md filter=evil\n');
    writeFileSync(path.join(dest, 'c.txt'), 'shout\n');
    writeFileSync(path.join(dest, 'd.md'), 'quiet\n');
    const result = await commitChanges(git, { dir: dest, exclude: [], message: 'm', author: AUTHOR });
    expect(sh(dest, 'cat-file', 'blob', `${result.commit}:c.txt`)).toBe('SHOUT\n');
    expect(sh(dest, 'cat-file', 'blob', `${result.commit}:d.md`)).toBe('quiet\n');
    expect(existsSync(witness)).toBe(false);
  } finally {
    process.env.HOME = saved;
  }
});
