import { promises as fs } from 'node:fs';
import type { Job } from '../../plan/job';
import type { Checkout, ContentRepo, PublishResult } from '../../ports';
import type { ChangeSummary } from '../../publish/types';
import { commitOnLocalBranch } from '../../publish/commit';
import { checkoutForAction, excluded, needTarget, type ContentAccess } from '../../workspace/content';
import { Git } from '../../workspace/git';

/** What the CLI's content repositories adapter is built with. */
export interface LocalContentOptions extends ContentAccess {
  /** Local checkouts by target key (`--content KEY=PATH`). */
  contents: Record<string, string>;
}

/**
 * The CLI: a local checkout (`--content`) or a fresh clone; a write script's changes are committed on a
 * local branch, and nothing is pushed.
 */
export class LocalContentRepo implements ContentRepo {
  constructor(private readonly options: LocalContentOptions) {}

  checkout(job: Job): Promise<Checkout> {
    return checkoutForCli(job, {
      ...this.options,
      local: job.target ? this.options.contents[job.target.key] : undefined,
    });
  }

  publish(job: Job, checkout: Checkout): Promise<PublishResult> {
    return publishForCli(job, checkout, { dryRun: job.dryRun });
  }
}

/** CLI: a local checkout given with `--content KEY=PATH`, or a fresh clone like in Actions. */
async function checkoutForCli(job: Job, access: ContentAccess & { local?: string }): Promise<Checkout> {
  if (!access.local) return checkoutForAction(job, access);
  const stat = await fs.stat(access.local).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`--content: \`${access.local}\` is not a folder`);
  const git = await Git.create({ cwd: access.local });
  if (!(await isRepositoryRoot(git, access.local))) return { sha: '', ref: '' };
  const sha = (await git.run(['rev-parse', '--verify', '-q', 'HEAD'], { okCodes: [1] })).stdout.trim();
  const ref = (await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], { okCodes: [1] })).stdout.trim();
  return { sha, ref };
}

async function isRepositoryRoot(git: Git, dir: string): Promise<boolean> {
  const { stdout, exitCode } = await git.run(['rev-parse', '--show-toplevel'], { okCodes: [128] });
  if (exitCode !== 0) return false;
  const [top, here] = await Promise.all([fs.realpath(stdout.trim()), fs.realpath(dir)]);
  return top === here;
}

/**
 * CLI: a write script's changes are committed on a local branch of the checkout (which becomes its current
 * branch); nothing is pushed. A folder that is not the root of a git repository keeps its changes as they are.
 */
async function publishForCli(
  job: Job,
  checkout: Checkout,
  opts: { dryRun: boolean },
): Promise<PublishResult> {
  const target = needTarget(job);
  const write = job.write;
  if (!write) return {};
  const git = await Git.create({ cwd: target.absolutePath });
  const isRoot = !!checkout.sha && (await isRepositoryRoot(git, target.absolutePath));
  if (opts.dryRun && isRoot) {
    const changes = summarize(await uncommittedChanges(target.absolutePath));
    process.stderr.write(
      `The changes were left in ${target.absolutePath} as the script made them (dry run).\n`,
    );
    return changes.count > 0 ? { changes } : { noChanges: true, changes };
  }
  if (opts.dryRun || !isRoot) {
    process.stderr.write(
      `The changes were left in ${target.absolutePath} as the script made them ` +
        `(${opts.dryRun ? 'dry run' : 'not the root of a git repository with a commit'}).\n`,
    );
    return {};
  }
  const result = await commitOnLocalBranch(git, {
    dir: target.absolutePath,
    exclude: excluded(job, target.absolutePath),
    message: write.commitMessage,
    author: write.author,
    branch: write.branch,
  });
  if (!result.commit) return { noChanges: true, changes: result.changes };
  process.stderr.write(
    `Committed the changes on the local branch ${write.branch} of ${target.absolutePath}.\n`,
  );
  return { changes: result.changes, branch: write.branch };
}

/**
 * The uncommitted changes (`git status --porcelain` lines, untracked files included) of the git repository
 * whose root is `dir`; none when `dir` is not the root of a repository.
 */
export async function uncommittedChanges(dir: string): Promise<string[]> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) return [];
  const git = await Git.create({ cwd: dir });
  if (!(await isRepositoryRoot(git, dir))) return [];
  const { stdout } = await git.run(['status', '--porcelain', '--untracked-files=all']);
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/** A change summary from `git status --porcelain` lines (what a dry run would commit). */
function summarize(lines: string[]): ChangeSummary {
  const summary: ChangeSummary = { count: 0, added: 0, modified: 0, deleted: 0, renamed: 0, files: [] };
  for (const line of lines) {
    const xy = line.slice(0, 2);
    const file = line.slice(3).replace(/^.* -> /, '');
    const status =
      xy === '??' || xy.includes('A') ? 'A' : xy.includes('D') ? 'D' : xy.includes('R') ? 'R' : 'M';
    summary.count++;
    if (status === 'A') summary.added++;
    else if (status === 'D') summary.deleted++;
    else if (status === 'R') summary.renamed++;
    else summary.modified++;
    if (summary.files.length < 10) summary.files.push({ status, path: file });
  }
  return summary;
}
