/**
 * In-memory adapters for the pipeline's interfaces: a GitHub API holding permissions, teams, comments and pull
 * requests; a reporter that records every report it is shown; an artifact store that records uploads; a log
 * sink that collects text. No network, no module mocks.
 */
import path from 'node:path';
import type { LogSink } from '../../src/ports';
import type { GitHubApi, Issue, IssueComment, PullRequest, ReactionContent, RepoRef } from '../../src/ports';
import type { Permission } from '../../src/manifest/types';
import type { Reporter } from '../../src/ports';
import type { ArtifactStore } from '../../src/ports';
import type { RunReport } from '../../src/report/types';

/** An error shaped like the ones octokit throws. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

interface StoredPullRequest extends PullRequest {
  repo: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
  state: 'open' | 'closed';
}

/** Every call the API received, in order: the method name and its arguments. */
export interface ApiCall {
  method: keyof GitHubApi;
  args: unknown[];
}

export class MemoryGitHubApi implements GitHubApi {
  /** Collaborator permission by login (case-insensitive); a login not listed gets a 404. */
  readonly permissions = new Map<string, Permission | Error>();
  /** `org/slug` → members (logins, case-insensitive), or an Error to throw when asked. */
  readonly teams = new Map<string, string[] | Error>();
  readonly comments = new Map<number, IssueComment[]>();
  readonly issueReactions: { issue: number; content: ReactionContent }[] = [];
  readonly commentReactions: { commentId: number; content: ReactionContent }[] = [];
  readonly labels = new Map<number, string[]>();
  readonly cancelledRuns: string[] = [];
  /** Issues opened through the API (and any a test adds), with their state. */
  readonly issues: (Issue & { state: 'open' | 'closed' })[] = [];
  readonly pullRequests: StoredPullRequest[] = [];
  readonly calls: ApiCall[] = [];
  private nextId = 1000;

  constructor(permissions: Record<string, Permission | Error> = {}) {
    for (const [login, permission] of Object.entries(permissions)) this.setPermission(login, permission);
  }

  setPermission(login: string, permission: Permission | Error): this {
    this.permissions.set(login.toLowerCase(), permission);
    return this;
  }

  setTeam(team: string, members: string[] | Error): this {
    this.teams.set(team, members);
    return this;
  }

  /** The calls of one method. */
  callsOf(method: keyof GitHubApi): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private record(method: keyof GitHubApi, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  async getPermission(user: string): Promise<Permission> {
    this.record('getPermission', user);
    const found = this.permissions.get(user.toLowerCase());
    if (found instanceof Error) throw found;
    if (!found) throw new HttpError(404, `${user} is not a user`);
    return found;
  }

  async isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean> {
    this.record('isTeamMember', org, teamSlug, user);
    const members = this.teams.get(`${org}/${teamSlug}`);
    if (members instanceof Error) throw members;
    return (members ?? []).some((m) => m.toLowerCase() === user.toLowerCase());
  }

  async listComments(issue: number): Promise<IssueComment[]> {
    this.record('listComments', issue);
    return [...(this.comments.get(issue) ?? [])];
  }

  async createComment(issue: number, body: string, marker: string): Promise<IssueComment> {
    this.record('createComment', issue, body, marker);
    const id = this.nextId++;
    const comment: IssueComment = {
      id,
      body,
      htmlUrl: `https://github.example/o/r/issues/${issue}#issuecomment-${id}`,
      user: 'github-actions[bot]',
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return { ...comment };
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    this.record('updateComment', commentId, body);
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === commentId);
      if (comment) {
        comment.body = body;
        return { ...comment };
      }
    }
    throw new HttpError(404, `no comment ${commentId}`);
  }

  async listOpenIssues(): Promise<Issue[]> {
    this.record('listOpenIssues');
    return this.issues
      .filter((i) => i.state === 'open')
      .reverse()
      .map(({ state: _state, ...issue }) => issue);
  }

  async createIssue(title: string, body: string, marker: string): Promise<Issue> {
    this.record('createIssue', title, body, marker);
    const number = 500 + this.issues.length;
    const issue: Issue = {
      number,
      title,
      body,
      htmlUrl: `https://github.example/o/r/issues/${number}`,
      user: 'github-actions[bot]',
    };
    this.issues.push({ ...issue, state: 'open' });
    return { ...issue };
  }

  async addIssueReaction(issue: number, content: ReactionContent): Promise<void> {
    this.record('addIssueReaction', issue, content);
    this.issueReactions.push({ issue, content });
  }

  async addCommentReaction(commentId: number, content: ReactionContent): Promise<void> {
    this.record('addCommentReaction', commentId, content);
    this.commentReactions.push({ commentId, content });
  }

  async addLabels(issue: number, labels: string[]): Promise<void> {
    this.record('addLabels', issue, labels);
    const current = this.labels.get(issue) ?? [];
    this.labels.set(issue, [...current, ...labels.filter((l) => !current.includes(l))]);
  }

  async removeLabel(issue: number, label: string): Promise<void> {
    this.record('removeLabel', issue, label);
    const current = this.labels.get(issue) ?? [];
    if (!current.includes(label)) throw new HttpError(404, `label ${label} is not on #${issue}`);
    this.labels.set(
      issue,
      current.filter((l) => l !== label),
    );
  }

  async cancelWorkflowRun(runId: string): Promise<void> {
    this.record('cancelWorkflowRun', runId);
    this.cancelledRuns.push(runId);
  }

  async findOpenPullRequest(repo: RepoRef, head: string, base: string): Promise<PullRequest | undefined> {
    this.record('findOpenPullRequest', repo, head, base);
    const full = `${repo.owner}/${repo.repo}`;
    const found = this.pullRequests.find(
      (pr) => pr.repo === full && pr.head === head && pr.base === base && pr.state === 'open',
    );
    return found ? publicView(found) : undefined;
  }

  async createPullRequest(
    repo: RepoRef,
    pr: { title: string; body: string; head: string; base: string; draft: boolean },
  ): Promise<PullRequest> {
    this.record('createPullRequest', repo, pr);
    const full = `${repo.owner}/${repo.repo}`;
    const number = this.pullRequests.filter((p) => p.repo === full).length + 1;
    const stored: StoredPullRequest = {
      ...pr,
      number,
      url: `https://github.example/${full}/pull/${number}`,
      repo: full,
      labels: [],
      state: 'open',
    };
    this.pullRequests.push(stored);
    return publicView(stored);
  }

  async updatePullRequest(
    repo: RepoRef,
    number: number,
    pr: { title: string; body: string },
  ): Promise<PullRequest> {
    this.record('updatePullRequest', repo, number, pr);
    const stored = this.find(repo, number);
    stored.title = pr.title;
    stored.body = pr.body;
    return publicView(stored);
  }

  async addPullRequestLabels(repo: RepoRef, number: number, labels: string[]): Promise<void> {
    this.record('addPullRequestLabels', repo, number, labels);
    const stored = this.find(repo, number);
    stored.labels = [...stored.labels, ...labels.filter((l) => !stored.labels.includes(l))];
  }

  private find(repo: RepoRef, number: number): StoredPullRequest {
    const full = `${repo.owner}/${repo.repo}`;
    const stored = this.pullRequests.find((p) => p.repo === full && p.number === number);
    if (!stored) throw new HttpError(404, `no pull request ${full}#${number}`);
    return stored;
  }
}

function publicView(pr: StoredPullRequest): PullRequest {
  return { number: pr.number, url: pr.url, head: pr.head, base: pr.base };
}

/** Keeps a copy of every report it is shown, so later changes to the report do not rewrite history. */
export class RecordingReporter implements Reporter {
  readonly reports: RunReport[] = [];
  /** How many times the request was accepted. */
  accepted = 0;

  async accept(): Promise<void> {
    this.accepted++;
  }

  async update(report: RunReport): Promise<void> {
    this.reports.push(structuredClone(report));
  }

  /** The phases in the order they were shown, each once per change. */
  get phases(): string[] {
    const phases: string[] = [];
    for (const report of this.reports) {
      if (phases[phases.length - 1] !== report.phase) phases.push(report.phase);
    }
    return phases;
  }

  get last(): RunReport | undefined {
    return this.reports[this.reports.length - 1];
  }
}

export interface RecordedUpload {
  name: string;
  rootDir: string;
  files: string[];
}

/**
 * Records uploads; `failWith` makes every upload throw it. Like `@actions/artifact`, it refuses a file whose
 * absolute path does not start with `rootDir`.
 */
export class RecordingArtifactStore implements ArtifactStore {
  readonly uploads: RecordedUpload[] = [];
  failWith?: Error;

  async upload(name: string, rootDir: string, files: string[]): Promise<{ id?: string; url?: string }> {
    if (this.failWith) throw this.failWith;
    for (const file of files) {
      if (!path.resolve(file).startsWith(rootDir)) {
        throw new Error(`The rootDirectory: ${rootDir} is not a parent directory of the file: ${file}`);
      }
    }
    this.uploads.push({ name, rootDir, files: [...files] });
    const id = String(this.uploads.length);
    return { id, url: `https://github.example/o/r/actions/runs/1/artifacts/${id}` };
  }
}

/** Collects what the script printed and what the dispatcher said. */
export class CollectingLog implements LogSink {
  readonly chunks: Buffer[] = [];
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  readonly groups: string[] = [];

  group(title: string): void {
    this.groups.push(title);
  }
  endGroup(): void {}
  write(chunk: Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }
  info(line: string): void {
    this.infos.push(line);
  }
  warning(line: string): void {
    this.warnings.push(line);
  }

  /** The script's output as text. */
  get output(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
