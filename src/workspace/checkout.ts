import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Git, GitError, type GitAuth } from './git';
import { protectRepository } from './guard';

/** The content repository cannot be checked out; the message says why and what to do. */
export class CheckoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckoutError';
  }
}

export interface CheckoutSource {
  /** Clone URL: smart HTTP(S) or file:// (a plain path ignores the shallow depth). */
  url: string;
  /** Branch to check out; undefined: the remote's default branch. */
  ref?: string;
  /** Directory of the checkout: created; reused only when it already is a checkout of `url`. */
  dest: string;
}

export interface CheckoutResult {
  /** The commit checked out. */
  sha: string;
  /** The branch checked out (the default branch's name when no ref was given). */
  ref: string;
}

/** `cloneUrl` when the target has one, else `<serverUrl>/<owner>/<name>`. */
export function cloneUrlFor(target: { repository: string; cloneUrl?: string }, serverUrl: string): string {
  if (target.cloneUrl) return target.cloneUrl;
  return `${serverUrl.replace(/\/+$/, '')}/${target.repository}`;
}

/** The branch a remote's HEAD points to, with its commit. */
export async function remoteDefaultBranch(git: Git, url: string): Promise<{ branch: string; sha?: string }> {
  const { stdout } = await git.run(['ls-remote', '--symref', '--', url, 'HEAD']);
  let branch: string | undefined;
  let sha: string | undefined;
  for (const line of stdout.split('\n')) {
    const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
    if (symref) branch = symref[1];
    const direct = /^([0-9a-f]{40,64})\tHEAD$/.exec(line);
    if (direct) sha = direct[1];
  }
  if (!branch) throw noDefaultBranch(url);
  return { branch, sha };
}

function noDefaultBranch(url: string): CheckoutError {
  return new CheckoutError(
    `${displayUrl(url)} has no default branch (is it empty?). Push a first commit, or set \`ref\` for it in the manifest.`,
  );
}

/**
 * Checks out `ref` (or the remote's default branch) of `url` into `dest`, shallow (depth 1) and without tags,
 * on a local branch of the same name. An empty `dest` gets a single-branch clone; one that already is a
 * checkout of `url` is fetched again and reset to the remote branch, with untracked files removed, as
 * actions/checkout does.
 */
export async function checkoutTarget(auth: GitAuth | Git, source: CheckoutSource): Promise<CheckoutResult> {
  const { url, dest } = source;
  if (url.startsWith('-')) throw new CheckoutError(`Not a repository URL: ${displayUrl(url)}`);
  // git's version check and the look at `dest` run side by side.
  const [base, state] = await Promise.all([
    auth instanceof Git ? auth : Git.create({ cwd: process.cwd(), ...auth }),
    destinationState(dest, url),
  ]);
  const given = source.ref?.replace(/^refs\/heads\//, '');
  if (given) await checkBranchName(base, given);
  const git = base.at(dest);
  let branch: string;
  if (state === 'empty') {
    branch = await cloneInto(base, url, dest, given);
  } else {
    branch = given || (await remoteDefaultBranch(base, url)).branch;
    if (!given) await checkBranchName(base, branch);
    await fetchInto(git, url, branch);
  }
  const [head] = await Promise.all([
    git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] }),
    // A default branch is the remote's word: checked like a given one.
    state === 'empty' && !given ? checkBranchName(base, branch) : undefined,
  ]);
  // An empty remote clones to a branch with no commit.
  if (head.exitCode !== 0) throw noDefaultBranch(url);
  // What .git holds now is what the dispatcher uses after the script, whatever the script does to it.
  await protectRepository(dest);
  return { sha: head.stdout.trim(), ref: branch };
}

/**
 * One `git clone` of one branch (the remote's default when `branch` is not given) into an empty `dest`;
 * answers the branch checked out. `--no-local`: a repository on disk is copied as over the wire, never
 * hard-linked, so nothing a script does to the checkout's objects reaches the original.
 */
async function cloneInto(git: Git, url: string, dest: string, branch: string | undefined): Promise<string> {
  await mkdir(dest, { recursive: true });
  try {
    await git.run([
      'clone',
      '--quiet',
      '--no-local',
      '--depth=1',
      '--no-tags',
      '--single-branch',
      '--no-recurse-submodules',
      ...(branch ? ['--branch', branch] : []),
      '--',
      url,
      dest,
    ]);
  } catch (error) {
    if (branch && error instanceof GitError && /Remote branch .* not found/i.test(error.stderr)) {
      throw new CheckoutError(
        `Branch \`${branch}\` does not exist in ${displayUrl(url)}. Check \`ref\` in the manifest.`,
      );
    }
    throw error;
  }
  if (branch) return branch;
  // The branch the clone checked out: the remote's HEAD, as the clone wrote it.
  const head = await readFile(path.join(dest, '.git', 'HEAD'), 'utf8');
  const name = /^ref: refs\/heads\/(.+)$/.exec(head.trim())?.[1];
  if (!name) throw noDefaultBranch(url);
  return name;
}

/** Fetches `branch` into an existing checkout of `url` and resets it to the fetched commit. */
async function fetchInto(git: Git, url: string, branch: string): Promise<void> {
  const tracking = `refs/remotes/origin/${branch}`;
  try {
    await git.run([
      'fetch',
      '--no-tags',
      '--depth=1',
      '--no-recurse-submodules',
      '--quiet',
      'origin',
      `+refs/heads/${branch}:${tracking}`,
    ]);
  } catch (error) {
    if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)) {
      throw new CheckoutError(
        `Branch \`${branch}\` does not exist in ${displayUrl(url)}. Check \`ref\` in the manifest.`,
      );
    }
    throw error;
  }
  await git.run(['checkout', '-q', '--force', '--no-track', '-B', branch, tracking]);
  await git.run(['clean', '-q', '-ffdx']);
}

/** Whether `dest` is missing or empty, or already a checkout of `url`; throws otherwise. */
async function destinationState(dest: string, url: string): Promise<'empty' | 'reuse'> {
  let entries: string[];
  try {
    const info = await stat(dest);
    if (!info.isDirectory()) throw new CheckoutError(`Cannot check out into ${dest}: it is a file.`);
    entries = await readdir(dest);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'empty';
    throw error;
  }
  if (entries.length === 0) return 'empty';
  const existing = await originOf(dest);
  if (existing !== undefined && sameUrl(existing, url)) return 'reuse';
  throw new CheckoutError(
    `Cannot check out ${displayUrl(url)} into ${dest}: the directory is not empty` +
      (existing === undefined ? '.' : ` and holds a checkout of ${displayUrl(existing)}.`) +
      ' Remove it, or choose another `path` for this repository in the manifest.',
  );
}

/** remote.origin.url of the repository whose top is `dir`, read from its own config file only. */
async function originOf(dir: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, '.git', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  let inOrigin = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const section = /^\[\s*remote\s+"origin"\s*\]$/i.exec(line);
    if (line.startsWith('[')) {
      inOrigin = section !== null;
      continue;
    }
    const entry = /^url\s*=\s*(.*)$/i.exec(line);
    if (inOrigin && entry) return entry[1].replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\/+$/, '').replace(/\.git$/, '');
  return norm(a) === norm(b);
}

async function checkBranchName(git: Git, branch: string): Promise<void> {
  if (!(await git.isValidBranch(branch)))
    throw new CheckoutError(`\`${branch}\` is not a valid branch name.`);
}

/** A URL for messages: without any user or password part. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
