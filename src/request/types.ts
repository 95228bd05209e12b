/** What was asked, read from the event (or the CLI), before anything is checked against the manifest. */

import type { RawArgument } from '../args/types';

export type { RawArgument };

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
  /** The event and trigger that started the run, when a trigger did. */
  event?: { name: string; trigger?: string };
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
  /** Something a maintainer should still see in the log (e.g. the manifest is broken). */
  warning?: string;
}

/**
 * An issue whose form was edited: it runs only when the issue's last request was rejected or never ran (a
 * request that already ran is run again with `/run`, not by editing).
 */
export interface EditedRequest {
  kind: 'edited';
  run: RunRequest;
}

/** A request that came in while the manifest cannot be read: answered with the manifest's problems. */
export interface BrokenManifestRequest {
  kind: 'broken-manifest';
  requester: string;
  issue?: number;
  commentId?: number;
  /** What the status comment says. */
  reason: string;
  /** The loader's own message (every problem with its position): the step's error. */
  message: string;
  problems: import('../errors').Problem[];
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

/**
 * An event that names no script (push, schedule, repository_dispatch without `client_payload.script`,
 * workflow_run, ...): routed through the manifest's `triggers`, each match run as its own request.
 */
export interface TriggeredRequest {
  kind: 'triggered';
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_ACTOR: the requester of every run the triggers start. */
  requester: string;
  dryRun: boolean;
}

export type Request =
  | RunRequest
  | TriggeredRequest
  | EditedRequest
  | CancelRequest
  | HelpRequest
  | Ignored
  | UnreadableRequest
  | BrokenManifestRequest;
