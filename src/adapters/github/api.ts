import { getOctokit } from '@actions/github';
import type { PermissionPrefetch } from './prefetch';
import { PERMISSIONS, type Permission } from '../../manifest/types';
import type { GitHubApi, Issue, IssueComment, PullRequest, ReactionContent, RepoRef } from '../../ports';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry';

type Octokit = ReturnType<typeof getOctokit>;
type Notice = (message: string) => void;

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An octokit whose every request is retried where that is safe (see retry.ts). */
export function createOctokit(
  token: string,
  notice: Notice,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Octokit {
  const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const e = error as RequestErrorLike;
        const call = {
          method: String(options.method),
          url: String(options.url),
          status: e.status,
          headers: e.response?.headers ?? {},
          message: e.message ?? '',
        };
        const wait = retryDelay(call, attempt, policy);
        if (wait === undefined) throw error;
        notice(
          `GitHub answered ${call.status ?? 'nothing'} to ${call.method} ${call.url}; trying again in ` +
            `${Math.round(wait / 100) / 10} s.`,
        );
        await sleep(wait);
      }
    }
  });
  return octokit;
}

function toComment(data: {
  id: number | bigint;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}) {
  return { id: Number(data.id), body: data.body ?? '', htmlUrl: data.html_url, user: data.user?.login ?? '' };
}

function toIssue(data: {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    user: data.user?.login ?? '',
  };
}

function toPull(data: { number: number; html_url: string; head: { ref: string }; base: { ref: string } }) {
  return { number: data.number, url: data.html_url, head: data.head.ref, base: data.base.ref };
}

/**
 * The GitHub REST adapter of the action. `octokit` talks to the repository the workflow runs in;
 * `contentOctokit` (content-token) to the content repositories.
 */
export class OctokitGitHubApi implements GitHubApi {
  constructor(
    private readonly repo: RepoRef,
    private readonly octokit: Octokit,
    private readonly contentOctokit: Octokit,
    private readonly notice: Notice,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly prefetched?: PermissionPrefetch,
  ) {}

  async getPermission(user: string): Promise<Permission> {
    // The answer the entry point asked for before the action loaded, when it is about this user and was a 200.
    const early =
      this.prefetched && this.prefetched.login.toLowerCase() === user.toLowerCase()
        ? await this.prefetched.answer
        : undefined;
    const data =
      early ??
      (
        await this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
          ...this.repo,
          username: user,
        })
      ).data;
    // role_name is precise (triage, maintain); `permission` folds them into read and write.
    const role = (data as { role_name?: string }).role_name as Permission | undefined;
    if (role && PERMISSIONS.includes(role)) return role;
    const legacy = data.permission as Permission | 'none';
    if (PERMISSIONS.includes(legacy as Permission)) return legacy as Permission;
    throw new Error(`the permission is \`${legacy}\``);
  }

  async isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.request(
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        {
          org,
          team_slug: teamSlug,
          username: user,
        },
      );
      return data.state === 'active';
    } catch (error) {
      if ((error as RequestErrorLike).status === 404) return false;
      throw error;
    }
  }

  async listComments(issue: number): Promise<IssueComment[]> {
    const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.repo,
      issue_number: issue,
      per_page: 100,
    });
    return data.map(toComment);
  }

  async createComment(issue: number, body: string, marker: string): Promise<IssueComment> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { data } = await this.octokit.request(
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          {
            ...this.repo,
            issue_number: issue,
            body,
          },
        );
        return toComment(data);
      } catch (error) {
        const status = (error as RequestErrorLike).status;
        // A 4xx means nothing was created; anything else may have created it: look before trying again.
        if (status !== undefined && status < 500) throw error;
        const existing = await this.findComment(issue, marker).catch(() => undefined);
        if (existing) return existing;
        if (attempt >= this.policy.serverRetries) throw error;
        const wait = this.policy.baseDelayMs * 2 ** attempt;
        this.notice(
          `Creating the comment failed (${status ?? 'no answer'}); trying again in ${wait / 1000} s.`,
        );
        await sleep(wait);
      }
    }
  }

  private async findComment(issue: number, marker: string): Promise<IssueComment | undefined> {
    const comments = await this.listComments(issue);
    return comments.find((c) => c.body.includes(marker));
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...this.repo,
      comment_id: commentId,
      body,
    });
    return toComment(data);
  }

  async listOpenIssues(): Promise<Issue[]> {
    const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      ...this.repo,
      state: 'open',
      per_page: 100,
    });
    return data.filter((i) => !i.pull_request).map(toIssue);
  }

  async createIssue(title: string, body: string, marker: string): Promise<Issue> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', {
          ...this.repo,
          title,
          body,
        });
        return toIssue(data);
      } catch (error) {
        const status = (error as RequestErrorLike).status;
        // A 4xx means nothing was created; anything else may have created it: look before trying again.
        if (status !== undefined && status < 500) throw error;
        const existing = await this.listOpenIssues()
          .then((issues) => issues.find((i) => i.body.includes(marker)))
          .catch(() => undefined);
        if (existing) return existing;
        if (attempt >= this.policy.serverRetries) throw error;
        const wait = this.policy.baseDelayMs * 2 ** attempt;
        this.notice(`Opening the issue failed (${status ?? 'no answer'}); trying again in ${wait / 1000} s.`);
        await sleep(wait);
      }
    }
  }

  async addIssueReaction(issue: number, content: ReactionContent): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
      ...this.repo,
      issue_number: issue,
      content,
    });
  }

  async addCommentReaction(commentId: number, content: ReactionContent): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
      ...this.repo,
      comment_id: commentId,
      content,
    });
  }

  async addLabels(issue: number, labels: string[]): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...this.repo,
      issue_number: issue,
      labels,
    });
  }

  async removeLabel(issue: number, label: string): Promise<void> {
    try {
      await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...this.repo,
        issue_number: issue,
        name: label,
      });
    } catch (error) {
      if ((error as RequestErrorLike).status !== 404) throw error;
    }
  }

  async cancelWorkflowRun(runId: string): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', {
      ...this.repo,
      run_id: Number(runId),
    });
  }

  async findOpenPullRequest(repo: RepoRef, head: string, base: string): Promise<PullRequest | undefined> {
    const { data } = await this.contentOctokit.request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      head: `${repo.owner}:${head}`,
      base,
      state: 'open',
      per_page: 10,
    });
    const found = data.find((pr) => pr.head.ref === head && pr.base.ref === base);
    return found ? toPull(found) : undefined;
  }

  async createPullRequest(
    repo: RepoRef,
    pr: { title: string; body: string; head: string; base: string; draft: boolean },
  ): Promise<PullRequest> {
    const { data } = await this.contentOctokit.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      ...pr,
    });
    return toPull(data);
  }

  async updatePullRequest(
    repo: RepoRef,
    number: number,
    pr: { title: string; body: string },
  ): Promise<PullRequest> {
    const { data } = await this.contentOctokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: number,
      ...pr,
    });
    return toPull(data);
  }

  async addPullRequestLabels(repo: RepoRef, number: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.contentOctokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: number,
      labels,
    });
  }
}
