/**
 * The ports: what the pipeline needs from the world, in its own words. The front doors build adapters of
 * these (src/adapters/github/ for the action, src/adapters/local/ for the CLI) once, with an options object;
 * stages and the pipeline import these interfaces, never an adapter.
 */
import type { Permission } from './manifest/types';
import type { Job } from './plan/job';
import type { PlanContext } from './plan/plan';
import type { Masker } from './shared/mask';
import type { ChangeSummary, PullRequestLink } from './publish/types';
import type { RunReport } from './report/types';

/** owner/name of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export type ReactionContent = 'eyes' | 'rocket' | 'confused' | '+1' | '-1' | 'laugh' | 'heart' | 'hooray';

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
  user: string;
}

export interface Issue {
  number: number;
  title: string;
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

  /** The open issues of the repository (pull requests left out), newest first. */
  listOpenIssues(): Promise<Issue[]>;
  /**
   * Opens an issue whose body holds `marker`; if the create fails in a way that may have opened it, finds
   * it by the marker instead of opening a second one.
   */
  createIssue(title: string, body: string, marker: string): Promise<Issue>;

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

/** Where the script's output goes while it runs (the Actions log, or the terminal). */
export interface LogSink {
  /**
   * A group of lines in the Actions log. The script's output follows until `endGroup`; it may issue workflow
   * commands only when `workflowCommands` is true (the manifest's `workflow-commands`).
   */
  group(title: string, options?: { workflowCommands?: boolean }): void;
  endGroup(): void;
  /**
   * Raw bytes of the script's stdout/stderr, in order; written as they come. A sink that returns a promise
   * gets no more output until it resolves: the script's pipes are paused meanwhile (backpressure).
   */
  write(chunk: Buffer): void | Promise<void>;
  /** A line of the dispatcher's own. */
  info(line: string): void;
  warning(line: string): void;
}

/** Shows the report where the requester looks: the status comment, the summary, the terminal. */
export interface Reporter {
  /** Called once the request is accepted (authorized, arguments valid), before anything runs. */
  accept(): Promise<void>;
  /** Called whenever the run moves on; must not throw. */
  update(report: RunReport): Promise<void>;
  /** Where the report can be seen (the status comment), once known. */
  readonly url?: string;
}

/** Opens the reporter of one request: where it reports depends on the issue and comment it came from. */
export type ReporterFactory = (where: {
  issue?: number;
  commentId?: number;
  statusLabels: boolean;
  /** The manifest's `progress-interval` (seconds): the least time between two progress edits. */
  progressIntervalSeconds?: number;
}) => Reporter;

/** Where the outputs go: an Actions artifact, or (CLI) nowhere, since they already sit in a local folder. */
export interface ArtifactStore {
  upload(name: string, rootDir: string, files: string[]): Promise<{ id?: string; url?: string }>;
}

/** One cache entry of a flow step: its key and the key's components (to explain a later miss). */
export interface CacheEntry {
  flow: string;
  step: string;
  /** 64 hex digits. */
  key: string;
  components: Record<string, string>;
}

/** Stored outputs of cached flow steps: the Actions cache, or a local folder (see src/flow/cache-store.ts). */
export interface CacheStore {
  /** On a hit, copies the entry's files into `dir`; a miss may tell the components of the step's last entry. */
  restore(
    entry: CacheEntry,
    dir: string,
  ): Promise<{ hit: true } | { hit: false; previous?: Record<string, string> }>;
  /** Saves the files of `dir` as the entry (entries are immutable: an existing key is left as it is). */
  save(entry: CacheEntry, dir: string): Promise<void>;
}

/** A checked-out content repository. */
export interface Checkout {
  sha: string;
  /** The branch that was checked out (the base of pull requests). */
  ref: string;
}

/** What publishing a write script's changes did. */
export interface PublishResult {
  changes?: ChangeSummary;
  /** The script ran and changed nothing. */
  noChanges?: boolean;
  pullRequests?: PullRequestLink[];
  /** Open a pull request: No — the pushed branch's compare view. */
  compareUrl?: string;
  /** The branch the changes were committed on, when it exists. */
  branch?: string;
}

/** The content repositories: checkout before the script, and a write script's changes after it. */
export interface ContentRepo {
  checkout(job: Job): Promise<Checkout>;
  /** Commits, pushes and opens or updates the pull request (the CLI: a local branch). */
  publish(job: Job, checkout: Checkout, links: { artifactUrl?: string }): Promise<PublishResult>;
}

/** Everything about where requests run that is not in the manifest or the request. */
export interface RunEnvironment extends Omit<
  PlanContext,
  'requester' | 'issue' | 'dryRun' | 'openPullRequest' | 'given'
> {
  /** The workflow run, for links (and for /cancel). */
  run?: { id: string; url: string };
  /** The GitHub host (`https://github.com`), for links and attachment downloads. */
  serverUrl: string;
  /** owner/name of the repository the workflow runs in ('' for the CLI outside a repository). */
  repository: string;
  /** For the run record: `GITHUB_SHA` and `GITHUB_RUN_ATTEMPT` (the action only). */
  sha?: string;
  runAttempt?: number;
  /** The event name (`GITHUB_EVENT_NAME`; `cli` for the CLI), and the trigger that matched, if one did. */
  eventName?: string;
  trigger?: string;
}

/** The adapters of one front door, built once, handed to `dispatch`. */
export interface Ports {
  environment: RunEnvironment;
  /** Authorization, comments, cancellation: the action only (the CLI runs as the local user). */
  api?: GitHubApi;
  reporter: ReporterFactory;
  artifacts: ArtifactStore;
  content: ContentRepo;
  log: LogSink;
  masker: Masker;
  /** Downloads an attachment link (already checked against the policy), refusing more than `maxBytes`. */
  download(url: string, maxBytes: number): Promise<Buffer>;
  /** csv/file values written `@path` read a local file (the CLI only: never for requests from GitHub). */
  localFiles?: boolean;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** The files a push changed (push triggers with `paths`), computed from the payload's before and after. */
  changedFiles?: (payload: Record<string, unknown>) => Promise<string[]>;
  /** Where flow steps with `cache: true` keep their outputs; none: they always run. */
  cache?: CacheStore;
}
