/**
 * Bare git repositories on disk for tests, made and read with the real git CLI. Every call is
 * asynchronous: a test process may also host the git HTTP server, and a synchronous git call talking to it
 * would never get an answer.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type FileContents = Record<string, string | Buffer>;

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A fixed identity and no user or system configuration, so results do not depend on the machine. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  // No background gc or maintenance: it would race the removal of temporary work trees.
  GIT_CONFIG_COUNT: '2',
  GIT_CONFIG_KEY_0: 'gc.auto',
  GIT_CONFIG_VALUE_0: '0',
  GIT_CONFIG_KEY_1: 'maintenance.auto',
  GIT_CONFIG_VALUE_1: 'false',
};

/** Runs git; rejects on a non-zero exit unless `allowFailure`. */
export function git(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      env: { ...process.env, ...GIT_ENV, ...(opts.env ?? {}) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = {
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? -1,
      };
      if (result.code !== 0 && !opts.allowFailure) {
        reject(new Error(`git ${args.join(' ')} exited with ${result.code}: ${result.stderr.trim()}`));
      } else resolve(result);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

async function writeFiles(root: string, files: FileContents) {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/**
 * Creates a bare repository at `dir` (parents created) whose `branch` (default `main`, also HEAD) holds one
 * commit with `files`. Returns the commit sha.
 */
export async function createBareRepo(
  dir: string,
  files: FileContents,
  opts: { branch?: string; message?: string } = {},
): Promise<string> {
  const branch = opts.branch ?? 'main';
  await mkdir(dir, { recursive: true });
  await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
  const work = await mkdtemp(join(tmpdir(), 'repo-seed-'));
  try {
    await git(['init', '--quiet', `--initial-branch=${branch}`, work]);
    await writeFiles(work, files);
    await git(['add', '--all'], { cwd: work });
    await git(['commit', '--quiet', '--allow-empty', '-m', opts.message ?? 'Initial commit'], { cwd: work });
    await git(['push', '--quiet', dir, `HEAD:refs/heads/${branch}`], { cwd: work });
    return (await git(['rev-parse', 'HEAD'], { cwd: work })).stdout.trim();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The sha `branch` points at, or undefined when there is no such branch. */
export async function branchSha(bare: string, branch: string): Promise<string | undefined> {
  const r = await git(
    ['--git-dir', bare, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`],
    {
      allowFailure: true,
    },
  );
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** Branch names, sorted. */
export async function listBranches(bare: string): Promise<string[]> {
  const r = await git(['--git-dir', bare, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads']);
  return r.stdout.split('\n').filter(Boolean).sort();
}

/** A file's text on a branch, or undefined when the branch or the file does not exist. */
export async function readBranchFile(
  bare: string,
  branch: string,
  path: string,
): Promise<string | undefined> {
  const buffer = await readBranchFileBytes(bare, branch, path);
  return buffer?.toString('utf8');
}

/** A file's bytes on a branch, or undefined when the branch or the file does not exist. */
export async function readBranchFileBytes(
  bare: string,
  branch: string,
  path: string,
): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', bare, 'cat-file', 'blob', `refs/heads/${branch}:${path}`], {
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out) : undefined));
  });
}

/** Paths of all files on a branch, sorted. */
export async function listBranchFiles(bare: string, branch: string): Promise<string[]> {
  const r = await git(['--git-dir', bare, 'ls-tree', '-r', '--name-only', '-z', `refs/heads/${branch}`]);
  return r.stdout.split('\0').filter(Boolean).sort();
}

/**
 * Commits `files` on top of `branch` (created from `from`, default the branch itself, when missing) directly
 * in the bare repository, e.g. to move a base branch. A `null` content deletes the file. Returns the sha.
 */
export async function commitToBare(
  bare: string,
  branch: string,
  files: Record<string, string | Buffer | null>,
  opts: { message?: string; from?: string } = {},
): Promise<string> {
  const existing = await branchSha(bare, branch);
  const parent = existing ?? (opts.from ? await branchSha(bare, opts.from) : undefined);
  const scratch = await mkdtemp(join(tmpdir(), 'repo-index-'));
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    if (parent) await git(['--git-dir', bare, 'read-tree', parent], { env });
    // `--index-info` needs no work tree: mode 0 removes a path.
    const lines: string[] = [];
    for (const [path, content] of Object.entries(files)) {
      if (content === null) {
        lines.push(`0 ${'0'.repeat(40)}\t${path}`);
        continue;
      }
      const blob = (
        await git(['--git-dir', bare, 'hash-object', '-w', '--stdin'], { input: content })
      ).stdout.trim();
      lines.push(`100644 ${blob}\t${path}`);
    }
    await git(['--git-dir', bare, 'update-index', '--index-info'], { env, input: lines.join('\n') + '\n' });
    const tree = (await git(['--git-dir', bare, 'write-tree'], { env })).stdout.trim();
    const args = ['--git-dir', bare, 'commit-tree', tree, '-m', opts.message ?? `Update ${branch}`];
    if (parent) args.push('-p', parent);
    const sha = (await git(args)).stdout.trim();
    await git(['--git-dir', bare, 'update-ref', `refs/heads/${branch}`, sha, existing ?? '0'.repeat(40)]);
    return sha;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export interface LogEntry {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
  subject: string;
  body: string;
}

/** Commits reachable from `branch`, newest first. */
export async function gitLog(bare: string, branch: string): Promise<LogEntry[]> {
  const r = await git([
    '--git-dir',
    bare,
    'log',
    '-z',
    '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%s%x1f%b',
    `refs/heads/${branch}`,
  ]);
  return r.stdout
    .split('\0')
    .filter((line) => line.trim())
    .map((line) => {
      const [sha, parents, authorName, authorEmail, committerName, committerEmail, subject, body] =
        line.split('\x1f');
      return {
        sha: sha.trim(),
        parents: parents ? parents.split(' ') : [],
        authorName,
        authorEmail,
        committerName,
        committerEmail,
        subject,
        body: (body ?? '').trim(),
      };
    });
}

/** Files changed between two revisions (`git diff --name-status`), e.g. a base branch and a pull request head. */
export async function changedFiles(
  bare: string,
  from: string,
  to: string,
): Promise<Array<{ status: string; path: string }>> {
  const r = await git(['--git-dir', bare, 'diff', '--name-status', '--no-renames', '-z', from, to]);
  const parts = r.stdout.split('\0').filter(Boolean);
  const result: Array<{ status: string; path: string }> = [];
  for (let i = 0; i + 1 < parts.length; i += 2) result.push({ status: parts[i], path: parts[i + 1] });
  return result;
}
