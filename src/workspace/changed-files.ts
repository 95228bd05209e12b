/**
 * The files a push changed, computed from the push payload's `before` and `after` with git, for the
 * `paths` of push triggers. No limit on their number (GitHub's own `paths` filter stops after 300).
 *
 * The checkout is usually shallow (depth 1, as actions/checkout leaves it), so whatever commit it lacks
 * is fetched from the workflow repository's URL by its sha, with the Git's token header (never stored in
 * a remote, a URL or a file); nothing is written to the checkout's branches or remotes.
 *
 * - A normal push: `git diff before after`.
 * - A new branch (`before` is all zeros, or `created`), a forced push (`forced`, or `before` is not an
 *   ancestor of `after` when the payload does not say), or a `before` the remote no longer has: the
 *   files changed since the branch left the default branch (`payload.repository.default_branch`), i.e.
 *   `git diff $(git merge-base default after) after`, deepening the shallow history as far as needed.
 * - A deleted branch: no files.
 */
import { Git, GitError } from './git';

export interface PushPayload {
  before?: unknown;
  after?: unknown;
  created?: unknown;
  deleted?: unknown;
  forced?: unknown;
  repository?: { default_branch?: unknown } | null;
}

export interface ChangedFiles {
  /** Paths relative to the repository root, in git's order; renames are a removal and an addition. */
  files: string[];
  /** The commit compared with `head`. Undefined for a deleted branch. */
  base?: string;
  head?: string;
  /** What `base` is: the push's `before`, or where the branch left the default branch. */
  comparedWith: 'before' | 'default-branch' | 'nothing';
  /** Why the default branch was used (for messages and logs). */
  reason?: string;
}

/** The payload cannot say which files changed (a sha that is not one, no default branch). */
export class ChangedFilesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangedFilesError';
  }
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;

/** How far each deepening step goes; 0: the whole history. */
const DEEPEN_STEPS = [64, 1024, 0];

/**
 * The files the push of `payload` changed. `git` works in the checkout of the workflow repository (its
 * token and server URL authenticate the fetches); `remoteUrl` is that repository's URL
 * (`<server>/<owner>/<name>`).
 */
export async function pushChangedFiles(
  git: Git,
  payload: PushPayload,
  remoteUrl: string,
): Promise<ChangedFiles> {
  if (remoteUrl.startsWith('-')) throw new ChangedFilesError(`Not a repository URL: ${remoteUrl}`);
  const after = shaOf(payload.after, 'after');
  if (payload.deleted === true || ZERO.test(after)) return { files: [], comparedWith: 'nothing' };
  const before = shaOf(payload.before, 'before');
  const source = new Source(git, remoteUrl);
  await source.ensure([after]);

  let reason: string | undefined;
  if (ZERO.test(before) || payload.created === true) reason = 'the push created the branch';
  else if (payload.forced === true) reason = 'the push was forced';
  else if (!(await source.tryEnsure(before)))
    reason = `\`before\` (${before.slice(0, 12)}) is not on the remote any more`;
  else if (typeof payload.forced !== 'boolean' && !(await source.isAncestor(before, after))) {
    reason = `\`before\` (${before.slice(0, 12)}) is not an ancestor of \`after\``;
  }

  if (reason === undefined) {
    return { files: await diffNames(git, before, after), base: before, head: after, comparedWith: 'before' };
  }
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch !== 'string' || defaultBranch === '') {
    throw new ChangedFilesError(
      `${reason}, so the changed files are those since the branch left the default branch, but the event names no \`repository.default_branch\`.`,
    );
  }
  const tip = await source.branchTip(defaultBranch);
  const base = (await source.mergeBase(tip, after)) ?? tip;
  return {
    files: await diffNames(git, base, after),
    base,
    head: after,
    comparedWith: 'default-branch',
    reason,
  };
}

function shaOf(value: unknown, field: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value;
  throw new ChangedFilesError(
    `The push event's \`${field}\` is not a commit sha (got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : String(value)}).`,
  );
}

async function diffNames(git: Git, base: string, head: string): Promise<string[]> {
  const { stdout } = await git.run([
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    base,
    head,
    '--',
  ]);
  return stdout.split('\0').filter((name) => name !== '');
}

/** The workflow repository's remote, fetched from by URL into the checkout's object store. */
class Source {
  constructor(
    private readonly git: Git,
    private readonly url: string,
  ) {}

  private async has(sha: string): Promise<boolean> {
    const { exitCode } = await this.git.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] });
    return exitCode === 0;
  }

  private fetch(args: string[], refs: string[]) {
    return this.git.run([
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--no-write-fetch-head',
      '--quiet',
      ...args,
      '--',
      this.url,
      ...refs,
    ]);
  }

  /** Fetches the commits the checkout lacks (depth 1). */
  async ensure(shas: string[]): Promise<void> {
    const missing: string[] = [];
    for (const sha of shas) if (!(await this.has(sha))) missing.push(sha);
    if (missing.length > 0) await this.fetch(['--depth=1'], missing);
  }

  /** `ensure`, false when the remote does not have the commit. */
  async tryEnsure(sha: string): Promise<boolean> {
    try {
      await this.ensure([sha]);
      return true;
    } catch (error) {
      if (
        error instanceof GitError &&
        /not our ref|no such remote ref|couldn't find remote ref|unadvertised object|bad object/i.test(
          error.stderr,
        )
      ) {
        return false;
      }
      throw error;
    }
  }

  /** The commit a branch of the remote points at, fetched (depth 1). */
  async branchTip(branch: string): Promise<string> {
    const { exitCode } = await this.git.run(['check-ref-format', `refs/heads/${branch}`], { okCodes: [1] });
    if (exitCode !== 0 || branch.startsWith('-')) {
      throw new ChangedFilesError(`The event's default branch \`${branch}\` is not a valid branch name.`);
    }
    const { stdout } = await this.git.run(['ls-remote', '--', this.url, `refs/heads/${branch}`]);
    const sha = stdout.split('\t')[0]?.trim() ?? '';
    if (!SHA.test(sha)) throw new ChangedFilesError(`The default branch \`${branch}\` is not on the remote.`);
    await this.ensure([sha]);
    return sha;
  }

  /** Whether `a` is an ancestor of `b`, deepening the shallow history until it can tell. */
  async isAncestor(a: string, b: string): Promise<boolean> {
    const ask = async () =>
      (await this.git.run(['merge-base', '--is-ancestor', a, b], { okCodes: [1] })).exitCode === 0;
    return (await this.deepenUntil([a, b], ask)) ?? false;
  }

  /** The best common ancestor of `a` and `b`, deepening the shallow history as far as needed. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const ask = async () => {
      const { stdout, exitCode } = await this.git.run(['merge-base', a, b], { okCodes: [1] });
      return exitCode === 0 ? stdout.trim() : undefined;
    };
    return this.deepenUntil([a, b], ask);
  }

  /** Asks; while there is no answer and the history is shallow, fetches deeper history of `shas`. */
  private async deepenUntil<T>(
    shas: string[],
    ask: () => Promise<T | undefined | false>,
  ): Promise<T | undefined> {
    for (const step of [...DEEPEN_STEPS, undefined]) {
      const answer = await ask();
      if (answer !== undefined && answer !== false) return answer;
      if (step === undefined || !(await this.isShallow())) return undefined;
      await this.fetch([step === 0 ? '--unshallow' : `--deepen=${step}`], shas);
    }
    return undefined;
  }

  private async isShallow(): Promise<boolean> {
    const { stdout } = await this.git.run(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
  }
}
