import type { Permission } from '../manifest/types';

/** owner/name of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export function parseRepo(full: string): RepoRef {
  const [owner, repo] = full.split('/');
  return { owner, repo };
}

export type ReactionContent = 'eyes' | 'rocket' | 'confused' | '+1' | '-1' | 'laugh' | 'heart' | 'hooray';

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
  user: string;
}

export interface PullRequest {
  number: number;
  url: string;
  head: string;
  base: string;
}

/**
 * The GitHub REST calls the pipeline makes, in its own words. The action's adapter retries what is safe to
 * retry (5xx, 429, secondary rate limits); a create that may have happened is never blindly repeated.
 */
export interface GitHubApi {
  /** The collaborator permission of `user` on the repository the workflow runs in. Throws on any error. */
  getPermission(user: string): Promise<Permission>;
  /** Whether `user` is an active member of `org/team-slug`. False on 404. */
  isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean>;

  listComments(issue: number): Promise<IssueComment[]>;
  /**
   * Creates a comment whose body holds `marker`; if the create fails in a way that may have created it,
   * finds it by the marker instead of creating a second one.
   */
  createComment(issue: number, body: string, marker: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;

  addIssueReaction(issue: number, content: ReactionContent): Promise<void>;
  addCommentReaction(commentId: number, content: ReactionContent): Promise<void>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;

  cancelWorkflowRun(runId: string): Promise<void>;

  /** Pull requests on a content repository (made with the content token). */
  findOpenPullRequest(repo: RepoRef, head: string, base: string): Promise<PullRequest | undefined>;
  createPullRequest(
    repo: RepoRef,
    pr: { title: string; body: string; head: string; base: string; draft: boolean },
  ): Promise<PullRequest>;
  updatePullRequest(repo: RepoRef, number: number, pr: { title: string; body: string }): Promise<PullRequest>;
  addPullRequestLabels(repo: RepoRef, number: number, labels: string[]): Promise<void>;
}
