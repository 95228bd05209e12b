/**
 * A write script's changes across fan-out legs. Each leg commits its changes on top of the base it checked
 * out and writes them as a git bundle (plus a small description) into its artifact, under
 * `_dispatch/changes/`. Gather applies the legs' commits in leg order onto its own checkout of the target
 * (a cherry-pick each, in a throwaway worktree, so a base that moved meanwhile is fine) and makes one commit
 * of the result; two legs that changed the same lines make a LegConflictError that names both.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  changedFiles,
  commitChanges,
  summarize,
  type ChangedFile,
  type CommitOptions,
  type CommitResult,
} from './commit';
import { GitError, type Git } from '../workspace/git';

/** Where a leg's changes lie in its artifact, relative to the artifact's root. */
export const LEG_CHANGES_DIR = '_dispatch/changes';

/** The ref a leg's bundle carries. */
const BUNDLE_REF = 'refs/script-dispatcher/leg';
/** Where gather fetches each leg's commit to. */
const FETCHED_REF = 'refs/script-dispatcher/legs';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** `_dispatch/changes/<target>.json` of a leg's artifact. */
export interface LegChanges {
  version: 1;
  leg: number;
  /** The leg's name in the plan. */
  name: string;
  /** The target whose checkout changed. */
  target: string;
  /** The commit the leg's changes were made on. */
  base: string;
  /** The leg's commit (its only parent is `base`). */
  commit: string;
  /** The bundle's file name, beside this description: `<target>.bundle`. */
  bundle: string;
  /** Every changed path, in git's order. */
  files: ChangedFile[];
}

export interface WriteLegChangesOptions extends CommitOptions {
  leg: number;
  name: string;
  target: string;
  /** The root of the leg's artifact: the bundle goes to `<root>/_dispatch/changes/<target>.bundle`. */
  artifactRoot: string;
}

/**
 * Leg side: commits the changes in the checkout `opts.dir` (excluded paths aside, HEAD untouched) and writes
 * the commit as a bundle with its description into the artifact. Nothing changed: writes nothing, returns
 * undefined.
 */
export async function writeLegChanges(
  git: Git,
  opts: WriteLegChangesOptions,
): Promise<LegChanges | undefined> {
  if (!TARGET.test(opts.target)) throw new Error(`Not a target key: ${opts.target}`);
  const result = await commitChanges(git, opts);
  if (!result.commit) return undefined;
  const repo = git.at(opts.dir);
  const dir = path.join(path.resolve(opts.artifactRoot), ...LEG_CHANGES_DIR.split('/'));
  await mkdir(dir, { recursive: true });
  const bundle = `${opts.target}.bundle`;
  await repo.run(['update-ref', BUNDLE_REF, result.commit]);
  try {
    await repo.run(['bundle', 'create', path.join(dir, bundle), BUNDLE_REF, `^${result.base}`]);
  } finally {
    await repo.run(['update-ref', '-d', BUNDLE_REF]);
  }
  const changes: LegChanges = {
    version: 1,
    leg: opts.leg,
    name: opts.name,
    target: opts.target,
    base: result.base,
    commit: result.commit,
    bundle,
    files: result.allFiles,
  };
  await writeFile(path.join(dir, `${opts.target}.json`), `${JSON.stringify(changes, null, 2)}\n`);
  return changes;
}

/** A leg's changes as gather found them: the description, and the bundle's absolute path. */
export interface FoundLegChanges extends LegChanges {
  bundlePath: string;
}

/**
 * Gather side: the changes in one leg's downloaded artifact (`legDir`, e.g. `<root>/legs/<name>`), per
 * target. A description that does not hold together is an error naming the file.
 */
export async function readLegChanges(legDir: string): Promise<FoundLegChanges[]> {
  const dir = path.join(legDir, ...LEG_CHANGES_DIR.split('/'));
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: FoundLegChanges[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file} is not JSON: ${(error as Error).message}`, { cause: error });
    }
    const changes = value as Partial<LegChanges>;
    const valid =
      changes.version === 1 &&
      Number.isInteger(changes.leg) &&
      typeof changes.name === 'string' &&
      typeof changes.target === 'string' &&
      TARGET.test(changes.target) &&
      name === `${changes.target}.json` &&
      changes.bundle === `${changes.target}.bundle` &&
      typeof changes.base === 'string' &&
      SHA.test(changes.base) &&
      typeof changes.commit === 'string' &&
      SHA.test(changes.commit) &&
      Array.isArray(changes.files);
    if (!valid) throw new Error(`${file} does not describe a leg's changes.`);
    const bundlePath = path.join(dir, changes.bundle!);
    const info = await stat(bundlePath).catch(() => undefined);
    if (!info?.isFile()) throw new Error(`${file} names the bundle ${changes.bundle}, which is not there.`);
    found.push({ ...(changes as LegChanges), bundlePath });
  }
  return found;
}

/**
 * Gather side: every leg's changes from the downloaded leg folders (`<root>/legs/<name>`), grouped by
 * target, each group in leg order: one applyLegChanges and one pull request per target. Changes that claim
 * another leg, or a target the leg did not run on, are an error.
 */
export async function legChangesByTarget(
  legs: { part: { leg: number; name: string; targets: string[] }; dir: string }[],
): Promise<Map<string, FoundLegChanges[]>> {
  const byTarget = new Map<string, FoundLegChanges[]>();
  const found = await Promise.all(legs.map((leg) => readLegChanges(leg.dir)));
  legs.forEach(({ part }, i) => {
    for (const changes of found[i]!) {
      if (changes.leg !== part.leg || !part.targets.includes(changes.target)) {
        throw new Error(
          `The artifact of leg ${part.leg} (${part.name}) holds changes of leg ${changes.leg} to \`${changes.target}\`; ` +
            `leg ${part.leg} ran on ${part.targets.map((t) => `\`${t}\``).join(', ') || 'no target'}.`,
        );
      }
      const list = byTarget.get(changes.target) ?? [];
      list.push(changes);
      byTarget.set(changes.target, list);
    }
  });
  for (const list of byTarget.values()) list.sort((a, b) => a.leg - b.leg);
  return byTarget;
}

/** Two or more legs changed the same place: which legs, which files. */
export class LegConflictError extends Error {
  /** The leg being applied first, then the earlier legs that changed the same files. */
  readonly legs: { leg: number; name: string }[];
  readonly files: string[];
  constructor(legs: { leg: number; name: string }[], files: string[]) {
    const [late, ...early] = legs;
    const named = (l: { leg: number; name: string }) => `leg ${l.leg} (${l.name})`;
    const shown = files.slice(0, 10).map((f) => `\`${f}\``);
    super(
      `The changes of ${named(late!)} conflict with ${
        early.length ? early.map(named).join(', ') : 'the earlier legs'
      } in ${shown.join(', ')}${files.length > shown.length ? ` and ${files.length - shown.length} more` : ''}. ` +
        'Split the work so that no two legs change the same lines, or run the script without fan-out.',
    );
    this.name = 'LegConflictError';
    this.legs = legs;
    this.files = files;
  }
}

export interface ApplyLegChangesOptions {
  /** Gather's checkout of the target; its HEAD is the base of the result. */
  dir: string;
  /** The legs' changes for this target, any order: they are applied in leg order. */
  legs: FoundLegChanges[];
  message: string;
  author: { name: string; email: string };
  /** Where to fetch a leg's base from when the (shallow) checkout lacks it, e.g. the clone URL. */
  remote?: string;
}

export interface AppliedLegChanges extends CommitResult {
  /** The legs whose changes are in the commit, in order. */
  legs: number[];
}

/**
 * Gather side: applies every leg's commit, in leg order, on top of HEAD of `opts.dir`, and commits the
 * result as one commit (HEAD untouched; the caller pushes it as the pull request's branch). Changes that
 * cancel out: no commit. A conflict between legs: a LegConflictError naming them.
 */
export async function applyLegChanges(git: Git, opts: ApplyLegChangesOptions): Promise<AppliedLegChanges> {
  const repo = git.at(opts.dir);
  const legs = [...opts.legs].sort((a, b) => a.leg - b.leg);
  const [head, headTree] = (await repo.run(['rev-parse', 'HEAD^{commit}', 'HEAD^{tree}'])).stdout
    .trim()
    .split('\n');
  if (!head || !headTree) throw new GitError('Could not read HEAD', ['git', 'rev-parse', 'HEAD'], 0, '');
  const { name, email } = opts.author;
  const identity = {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  };

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'legs-'));
  const worktree = path.join(tmp, 'tree');
  let added = false;
  try {
    for (const leg of legs) {
      await ensureCommit(repo, leg.base, opts.remote);
      await repo.run([
        'fetch',
        '--no-tags',
        '--quiet',
        '--',
        path.resolve(leg.bundlePath),
        `+${BUNDLE_REF}:${FETCHED_REF}/${leg.leg}`,
      ]);
      const fetched = (await repo.run(['rev-parse', `${FETCHED_REF}/${leg.leg}^{commit}`])).stdout.trim();
      if (fetched !== leg.commit) {
        throw new Error(
          `The bundle of leg ${leg.leg} (${leg.name}) holds ${fetched}, not the commit ${leg.commit} it describes.`,
        );
      }
    }

    await repo.run(['worktree', 'add', '--detach', '--quiet', worktree, head]);
    added = true;
    const tree = repo.at(worktree);
    const applied: FoundLegChanges[] = [];
    for (const leg of legs) {
      const { exitCode } = await tree.run(
        ['cherry-pick', '--allow-empty', '--keep-redundant-commits', '--no-gpg-sign', leg.commit],
        { env: identity, okCodes: [1] },
      );
      if (exitCode !== 0) {
        const { stdout } = await tree.run(['diff', '--name-only', '-z', '--diff-filter=U']);
        const files = stdout.split('\0').filter(Boolean);
        await tree.run(['cherry-pick', '--abort'], { okCodes: [128] });
        if (files.length === 0)
          throw new Error(`Could not apply the changes of leg ${leg.leg} (${leg.name}).`);
        const touched = (l: LegChanges) =>
          l.files.some((f) => files.includes(f.path) || (f.from !== undefined && files.includes(f.from)));
        const earlier = applied.filter(touched);
        throw new LegConflictError(
          [leg, ...(earlier.length ? earlier : applied)].map((l) => ({ leg: l.leg, name: l.name })),
          files,
        );
      }
      applied.push(leg);
    }

    const finalTree = (await tree.run(['rev-parse', 'HEAD^{tree}'])).stdout.trim();
    if (finalTree === headTree) {
      return { base: head, changes: summarize([]), allFiles: [], legs: legs.map((l) => l.leg) };
    }
    const commit = (
      await repo.run(['commit-tree', '--no-gpg-sign', '-p', head, '-F', '-', finalTree], {
        input: opts.message,
        env: identity,
      })
    ).stdout.trim();
    const allFiles = await changedFiles(repo, head, commit);
    return { commit, base: head, changes: summarize(allFiles), allFiles, legs: legs.map((l) => l.leg) };
  } finally {
    if (added) await repo.run(['worktree', 'remove', '--force', worktree], { okCodes: [128] });
    await rm(tmp, { recursive: true, force: true });
    await repo.run(['worktree', 'prune'], { okCodes: [128] });
    for (const leg of legs)
      await repo.run(['update-ref', '-d', `${FETCHED_REF}/${leg.leg}`], { okCodes: [1] });
  }
}

/** Makes sure `sha` is in the repository, fetching it (depth 1) from `remote` when it is not. */
async function ensureCommit(repo: Git, sha: string, remote: string | undefined): Promise<void> {
  const has = async () =>
    (await repo.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] })).exitCode === 0;
  if (await has()) return;
  if (remote && !remote.startsWith('-')) {
    await repo.run(['fetch', '--no-tags', '--quiet', '--depth=1', '--', remote, sha]);
    if (await has()) return;
  }
  throw new Error(
    `The commit ${sha} that a leg's changes were made on is not in the checkout${remote ? ` nor at ${remote}` : ''}.`,
  );
}
