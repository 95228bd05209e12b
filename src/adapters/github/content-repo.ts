import type { Job } from '../../plan/job';
import type { Checkout, ContentRepo, GitHubApi, PublishResult } from '../../ports';
import { commitChanges, pushBranch } from '../../publish/commit';
import {
  compareUrl,
  MAX_BODY_CHARS,
  openOrUpdatePullRequest,
  renderPullRequestBody,
} from '../../publish/pull-request';
import { parseRepo } from '../../shared/repo';
import { cloneUrlFor } from '../../workspace/checkout';
import {
  checkoutForAction,
  excluded,
  explainGitFailure,
  needTarget,
  type ContentAccess,
} from '../../workspace/content';
import { Git } from '../../workspace/git';

/** What the Actions content repositories adapter is built with. */
export interface GitHubContentOptions extends ContentAccess {
  api: GitHubApi;
  /** owner/name of the repository the workflow runs in (for the issue link). */
  repository: string;
  runUrl?: string;
}

/**
 * Actions: a depth-1 checkout with the content token; after a write script, the changes become one commit on
 * the job's branch, pushed, and a pull request opened or updated (or, with `Open a pull request: No`, a
 * compare view). A dry run commits nothing that leaves the runner.
 */
export class GitHubContentRepo implements ContentRepo {
  constructor(private readonly options: GitHubContentOptions) {}

  checkout(job: Job): Promise<Checkout> {
    return checkoutForAction(job, this.options);
  }

  async publish(job: Job, checkout: Checkout, links: { artifactUrl?: string }): Promise<PublishResult> {
    const ctx = this.options;
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
    if (job.dryRun) return { changes: result.changes };

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
        branch: write.branch,
        compareUrl: compareUrl(ctx.serverUrl, repo, checkout.ref, write.branch),
      };
    }
    const generated = renderPullRequestBody({
      issueUrl: job.issue ? `${ctx.serverUrl}/${ctx.repository}/issues/${job.issue}` : undefined,
      runUrl: ctx.runUrl,
      artifactUrl: links.artifactUrl,
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
    return { changes: result.changes, branch: write.branch, pullRequests: [pr] };
  }
}

/** The manifest's `pull-request.body` above the generated body, cut so that the whole stays within the limit. */
function withPreface(preface: string | undefined, generated: string): string {
  if (!preface) return generated;
  const room = MAX_BODY_CHARS - generated.length - 20;
  const text = preface.length > room ? `${preface.slice(0, Math.max(0, room - 1))}…` : preface;
  return room > 0 ? `${text}\n\n---\n\n${generated}` : generated;
}
