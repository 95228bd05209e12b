/** What was asked, read from the event (or the CLI), before anything is checked against the manifest. */

/** A value as the request gave it: strings from forms, comments and `name=value` lines; any scalar from YAML/JSON. */
export type RawArgument = string | number | boolean | null;

export type RequestSource = 'issue' | 'comment' | 'dispatch' | 'cli';

export interface RunRequest {
  kind: 'run';
  source: RequestSource;
  /** The script name as given (not yet checked). */
  script: string;
  /** The target as given: a key, or a title from an issue form's Content dropdown. Undefined: the default. */
  target?: string;
  /** Argument values by argument name (forms: by the argument's title is resolved by the parser). */
  args: Record<string, RawArgument>;
  /** Who asked: the issue or comment author; GITHUB_ACTOR for other events. */
  requester: string;
  /** Issue to report into (the event's issue, or the `issue-number` input). */
  issue?: number;
  /** The comment that asked (for reactions). */
  commentId?: number;
  /** For write scripts: open a pull request (form: "Open a pull request: No" sets false). */
  openPullRequest: boolean;
  dryRun: boolean;
}

export interface CancelRequest {
  kind: 'cancel';
  requester: string;
  issue: number;
  commentId: number;
}

export interface HelpRequest {
  kind: 'help';
  /** Explain this script; undefined: list the scripts. */
  script?: string;
  requester: string;
  issue: number;
  commentId: number;
}

/** The event is not a request (a comment with no command, a bot, an edit): the step succeeds, nothing posted. */
export interface Ignored {
  kind: 'ignored';
  reason: string;
}

/**
 * The event is a request, but what it says cannot be read (an issue form with missing or invalid fields):
 * reported as `rejected` with every problem listed.
 */
export interface UnreadableRequest {
  kind: 'unreadable';
  source: RequestSource;
  requester: string;
  issue?: number;
  commentId?: number;
  script?: string;
  problems: import('../errors').Problem[];
}

export type Request = RunRequest | CancelRequest | HelpRequest | Ignored | UnreadableRequest;
