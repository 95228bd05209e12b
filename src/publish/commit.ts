import path from 'node:path';
import type { ChangeSummary } from './types';
import { GitError, type Git } from '../workspace/git';
import { restoreRepository } from '../workspace/guard';

/**
 * A write script's changes become one commit on top of the checked-out base, built with plumbing only: the
 * working tree never switches branches, no diffstat is computed, and no hook runs. The branch is rebuilt on
 * the current base every run and pushed with a lease on the commit the dispatcher saw.
 */

/** How many changed paths a ChangeSummary lists. */
export const LISTED_FILES = 50;
/** Pushes tried when another push to the same branch wins the race. */
export const PUSH_ATTEMPTS = 3;

export interface Author {
  name: string;
  email: string;
}

export interface CommitOptions {
  /** The checkout. */
  dir: string;
  /** Paths (absolute, or relative to dir) left out of the commit, e.g. an output directory in the checkout. */
  exclude: string[];
  message: string;
  author: Author;
}

export interface ChangedFile {
  /** A, M, D, R or T. */
  status: string;
  /** The path after the change; for renames `from` holds the old one. */
  path: string;
  from?: string;
}

export interface CommitResult {
  /** The new commit; undefined when nothing changed. */
  commit?: string;
  /** The commit the changes were made on. */
  base: string;
  changes: ChangeSummary;
  /** Every changed path, in git's order. */
  allFiles: ChangedFile[];
}

/** Another push to the branch won every attempt. */
export class PushRaceError extends Error {
  readonly branch: string;
  readonly attempts: number;
  constructor(branch: string, attempts: number, detail: string) {
    super(
      `Could not push branch \`${branch}\`: it was changed by another push during each of ${attempts} attempts` +
        `${detail ? ` (${detail})` : ''}. Run the script again once the other run has finished.`,
    );
    this.name = 'PushRaceError';
    this.branch = branch;
    this.attempts = attempts;
  }
}

/**
 * Stages every change under `dir` except the excluded paths, and commits the result on top of HEAD
 * without moving HEAD. Nothing changed: no commit.
 */
export async function commitChanges(git: Git, opts: CommitOptions): Promise<CommitResult> {
  const repo = git.at(opts.dir);
  // The script may have planted filters, hooks or a proxy in .git: back to what the checkout wrote.
  await restoreRepository(opts.dir);
  const [base, baseTree] = await headAndTree(repo);
  await repo.run(['add', '-A', '--', '.', ...excludeSpecs(opts.dir, opts.exclude)]);
  const tree = (await repo.run(['write-tree'])).stdout.trim();
  if (tree === baseTree) return { base, changes: emptySummary(), allFiles: [] };

  const { name, email } = opts.author;
  const { stdout } = await repo.run(['commit-tree', '--no-gpg-sign', '-p', base, '-F', '-', tree], {
    input: opts.message,
    env: {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
    },
  });
  const commit = stdout.trim();
  const allFiles = await changedFiles(repo, base, commit);
  return { commit, base, changes: summarize(allFiles), allFiles };
}

export interface PushOptions {
  /** Any directory of the local repository that holds `commit`. */
  dir: string;
  /** URL of the remote repository. */
  remote: string;
  commit: string;
  /** Branch name, without refs/heads/. */
  branch: string;
  /** Called right before each push, after the remote branch was read (a seam for tests). */
  onBeforePush?: (attempt: number) => Promise<void> | void;
}

/**
 * Sets the remote branch to `commit`, whatever it held, as long as nobody pushed to it since it was read:
 * `--force-with-lease` on the commit seen (or on "must not exist"). A lost race is retried with what the
 * branch holds then; after PUSH_ATTEMPTS lost races, a PushRaceError.
 */
export async function pushBranch(git: Git, opts: PushOptions): Promise<{ previous?: string }> {
  if (opts.remote.startsWith('-')) throw new Error(`Not a repository URL: ${opts.remote}`);
  const repo = git.at(opts.dir);
  await restoreRepository(opts.dir);
  await checkBranch(repo, opts.branch);
  const ref = `refs/heads/${opts.branch}`;
  let lastReason = '';
  for (let attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
    const previous = await remoteBranch(repo, opts.remote, ref);
    if (previous === opts.commit) return { previous };
    await opts.onBeforePush?.(attempt);
    const args = [
      'push',
      '--porcelain',
      '--no-verify',
      '--no-recurse-submodules',
      `--force-with-lease=${ref}:${previous ?? ''}`,
      '--',
      opts.remote,
      `${opts.commit}:${ref}`,
    ];
    // Exit code 1: a ref was rejected; --porcelain says why on stdout, one line per ref.
    const { exitCode, stdout, stderr } = await repo.run(args, { okCodes: [1] });
    if (exitCode === 0) return previous ? { previous } : {};
    const reason = lostRace(`${stdout}\n${stderr}`);
    if (reason === undefined) {
      const detail = `${rejection(stdout, ref) ?? ''}\n${stderr}`.trim();
      throw new GitError(
        `git push of ${ref} to ${opts.remote} was rejected: ${detail}`,
        ['git', ...args],
        1,
        stderr,
      );
    }
    lastReason = reason;
  }
  throw new PushRaceError(opts.branch, PUSH_ATTEMPTS, lastReason);
}

export interface LocalBranchOptions extends CommitOptions {
  /** Branch name, without refs/heads/. */
  branch: string;
}

/**
 * For a local checkout: commits the changes on the local branch `branch` (created or reset) and makes it
 * the checked-out branch. The working tree keeps its files and its status is clean afterwards (excluded
 * paths aside). Nothing is pushed; nothing changed: no commit, HEAD stays.
 */
export async function commitOnLocalBranch(
  git: Git,
  opts: LocalBranchOptions,
): Promise<CommitResult & { branch: string }> {
  const repo = git.at(opts.dir);
  await checkBranch(repo, opts.branch);
  const result = await commitChanges(git, opts);
  if (result.commit) {
    const ref = `refs/heads/${opts.branch}`;
    await repo.run(['update-ref', '-m', 'script-dispatcher: commit changes', ref, result.commit]);
    await repo.run(['symbolic-ref', '-m', `script-dispatcher: switch to ${opts.branch}`, 'HEAD', ref]);
  }
  return { ...result, branch: opts.branch };
}

/** Parses `git diff-tree -r -z --name-status` output (with or without renames). */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const status = fields[i];
    if (status === '') {
      i++;
      continue;
    }
    const kind = status[0];
    if (kind === 'R' || kind === 'C') {
      const from = fields[i + 1];
      const to = fields[i + 2];
      if (from === undefined || to === undefined) break;
      files.push({ status: kind, path: to, from });
      i += 3;
    } else {
      const file = fields[i + 1];
      if (file === undefined) break;
      files.push({ status: kind, path: file });
      i += 2;
    }
  }
  return files;
}

/** Counts by kind, and the first LISTED_FILES paths. Copies count as added. */
export function summarize(files: ChangedFile[]): ChangeSummary {
  const summary = emptySummary();
  summary.count = files.length;
  for (const file of files) {
    if (file.status === 'A' || file.status === 'C') summary.added++;
    else if (file.status === 'D') summary.deleted++;
    else if (file.status === 'R') summary.renamed++;
    else summary.modified++;
  }
  summary.files = files.slice(0, LISTED_FILES).map((f) => ({ status: f.status, path: f.path }));
  return summary;
}

function emptySummary(): ChangeSummary {
  return { count: 0, added: 0, modified: 0, deleted: 0, renamed: 0, files: [] };
}

async function headAndTree(repo: Git): Promise<[string, string]> {
  const { stdout } = await repo.run(['rev-parse', 'HEAD^{commit}', 'HEAD^{tree}']);
  const [commit, tree] = stdout.trim().split('\n');
  if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !/^[0-9a-f]{40,64}$/.test(tree ?? '')) {
    throw new GitError(`Unexpected output of git rev-parse: ${stdout}`, ['git', 'rev-parse'], 0, '');
  }
  return [commit, tree];
}

/** `:(exclude,literal)` pathspecs, relative to dir, for the excluded paths inside it. */
function excludeSpecs(dir: string, exclude: string[]): string[] {
  const specs: string[] = [];
  for (const p of exclude) {
    const rel = path.relative(path.resolve(dir), path.resolve(dir, p));
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    specs.push(`:(exclude,literal)${rel.split(path.sep).join('/')}`);
  }
  return specs;
}

/** The files that differ between two commits, renames detected. */
export async function changedFiles(repo: Git, from: string, to: string): Promise<ChangedFile[]> {
  const { stdout } = await repo.run([
    'diff-tree',
    '-r',
    '-z',
    '-M',
    '--name-status',
    '--no-commit-id',
    '--end-of-options',
    from,
    to,
  ]);
  return parseNameStatus(stdout);
}

async function checkBranch(repo: Git, branch: string): Promise<void> {
  if (!(await repo.isValidBranch(branch))) throw new Error(`\`${branch}\` is not a valid branch name.`);
}

/** The commit a remote branch holds, or undefined when it does not exist. */
async function remoteBranch(repo: Git, remote: string, ref: string): Promise<string | undefined> {
  const { stdout } = await repo.run(['ls-remote', '--', remote, ref]);
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t');
    if (name === ref) return sha;
  }
  return undefined;
}

/** Why a push lost a race with another push, or undefined when it failed for another reason. */
function lostRace(output: string): string | undefined {
  const match =
    /\((stale info|fetch first|non-fast-forward|failed to update ref|incorrect old value provided)\)/.exec(
      output,
    ) ?? /(cannot lock ref|stale info|incorrect old value)/.exec(output);
  return match ? match[1] : undefined;
}

/** The porcelain line of `ref`, e.g. `[remote rejected] (pre-receive hook declined)`. */
function rejection(porcelain: string, ref: string): string | undefined {
  for (const line of porcelain.split('\n')) {
    const [flag, refs, summary] = line.split('\t');
    if (flag === '!' && refs?.endsWith(`:${ref}`)) return summary;
  }
  return undefined;
}
