import { promises as fs } from 'node:fs';
import { parseRepo, type GitHubApi } from '../github/api';
import type { Job, ResolvedTarget } from '../plan/job';
import type { Checkout } from '../pipeline';
import type { RunReport } from '../report/types';
import { isInside } from '../shared/paths';
import { checkoutTarget, cloneUrlFor } from '../workspace/checkout';
import { Git, GitError } from '../workspace/git';
import { commitChanges, commitOnLocalBranch, pushBranch } from './commit';
import { compareUrl, MAX_BODY_CHARS, openOrUpdatePullRequest, renderPullRequestBody } from './pull-request';

/** How the content repositories are reached. */
export interface ContentAccess {
  token: string;
  serverUrl: string;
}

function needTarget(job: Job): ResolvedTarget {
  if (!job.target) throw new Error(`\`${job.script.name}\` has no content repository`);
  return job.target;
}

/** Output directories inside the checkout are never committed. */
function excluded(job: Job, dir: string): string[] {
  return isInside(dir, job.outputDir) ? [job.outputDir] : [];
}

/** Actions: a depth-1 fetch of the target's ref into its path, authenticated with the content token. */
export async function checkoutForAction(job: Job, access: ContentAccess): Promise<Checkout> {
  const target = needTarget(job);
  const git = await Git.create({ cwd: job.cwd, token: access.token, serverUrl: access.serverUrl });
  try {
    return await checkoutTarget(git, {
      url: cloneUrlFor(target, access.serverUrl),
      ref: target.ref,
      dest: target.absolutePath,
    });
  } catch (error) {
    throw explainGitFailure(error, target.repository, 'read');
  }
}

const DENIED =
  /could not read Username|Authentication failed|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden/i;
const MISSING = /Repository not found|not found|returned error: 404|does not appear to be a git repository/i;

/** Turns git's words for "no access" into what the user can do about it. */
function explainGitFailure(error: unknown, repository: string, access: 'read' | 'write'): Error {
  if (!(error instanceof GitError)) return error as Error;
  const text = `${error.message}\n${error.stderr}`;
  const need =
    access === 'read'
      ? `read access to \`${repository}\` (Contents: read)`
      : `write access to \`${repository}\` (Contents: write, Pull requests: write)`;
  if (DENIED.test(text)) {
    return new Error(
      `the content token was refused by \`${repository}\`: it needs ${need}. Set the \`content-token\` input to ` +
        'a GitHub App installation token or a fine-grained token with that access.',
    );
  }
  if (MISSING.test(text)) {
    return new Error(
      `\`${repository}\` was not found, or the content token cannot see it: check \`repository\` in the manifest ` +
        `and that the \`content-token\` has ${need}.`,
    );
  }
  return error;
}

export interface PublishContext extends ContentAccess {
  api: GitHubApi;
  issueUrl?: string;
  runUrl?: string;
  dryRun: boolean;
}

/**
 * Actions: the changes become one commit on the job's branch, pushed, and a pull request opened or updated
 * (or, with `Open a pull request: No`, a compare view). A dry run commits nothing that leaves the runner.
 */
export async function publishForAction(
  job: Job,
  checkout: Checkout,
  report: RunReport,
  ctx: PublishContext,
): Promise<Partial<RunReport>> {
  const target = needTarget(job);
  const write = job.write;
  if (!write) return {};
  const git = await Git.create({ cwd: target.absolutePath, token: ctx.token, serverUrl: ctx.serverUrl });
  const result = await commitChanges(git, {
    dir: target.absolutePath,
    exclude: excluded(job, target.absolutePath),
    message: write.commitMessage,
    author: write.author,
  });
  if (!result.commit) return { noChanges: true, changes: result.changes };
  if (ctx.dryRun) return { changes: result.changes };

  await pushBranch(git, {
    dir: target.absolutePath,
    remote: cloneUrlFor(target, ctx.serverUrl),
    commit: result.commit,
    branch: write.branch,
  }).catch((error: unknown) => {
    throw explainGitFailure(error, target.repository, 'write');
  });
  const repo = parseRepo(target.repository);
  if (!write.openPullRequest) {
    return {
      changes: result.changes,
      compareUrl: compareUrl(ctx.serverUrl, repo, checkout.ref, write.branch),
    };
  }
  const generated = renderPullRequestBody({
    issueUrl: ctx.issueUrl,
    runUrl: ctx.runUrl,
    artifactUrl: report.artifact?.url,
    script: job.script.name,
    job: job.id,
    args: job.args,
    changes: result.changes,
    allFiles: result.allFiles,
  });
  const pr = await openOrUpdatePullRequest(ctx.api, {
    repo,
    head: write.branch,
    base: checkout.ref,
    title: write.pullRequest.title,
    body: withPreface(write.pullRequest.body, generated),
    labels: write.pullRequest.labels,
    draft: write.pullRequest.draft,
  });
  return { changes: result.changes, pullRequests: [pr] };
}

/** The manifest's `pull-request.body` above the generated body, cut so that the whole stays within the limit. */
function withPreface(preface: string | undefined, generated: string): string {
  if (!preface) return generated;
  const room = MAX_BODY_CHARS - generated.length - 20;
  const text = preface.length > room ? `${preface.slice(0, Math.max(0, room - 1))}…` : preface;
  return room > 0 ? `${text}\n\n---\n\n${generated}` : generated;
}

/** CLI: a local checkout given with `--content KEY=PATH`, or a fresh clone like in Actions. */
export async function checkoutForCli(
  job: Job,
  access: ContentAccess & { local?: string },
): Promise<Checkout> {
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
export async function publishForCli(
  job: Job,
  checkout: Checkout,
  opts: { dryRun: boolean },
): Promise<Partial<RunReport>> {
  const target = needTarget(job);
  const write = job.write;
  if (!write) return {};
  const git = await Git.create({ cwd: target.absolutePath });
  if (opts.dryRun || !checkout.sha || !(await isRepositoryRoot(git, target.absolutePath))) {
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
