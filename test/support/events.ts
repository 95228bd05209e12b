/**
 * Event payloads as GitHub delivers them: a real example from `@octokit/webhooks-examples`, with the fields
 * a test cares about overridden (repository, issue, comment, sender...).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { makeUser, userId, userJson, type Hosts } from './github-json';

type Payload = Record<string, unknown> & {
  repository?: Record<string, unknown>;
  issue?: Record<string, unknown>;
  comment?: Record<string, unknown>;
  sender?: Record<string, unknown>;
};

interface Example {
  name: string;
  examples: Payload[];
}

let examples: Example[] | undefined;

function loadExamples(): Example[] {
  if (!examples) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json');
    examples = JSON.parse(readFileSync(file, 'utf8')) as Example[];
  }
  return examples;
}

/** A deep copy of the first example of `name` that satisfies `pick`. */
export function examplePayload(name: string, pick: (p: Payload) => boolean = () => true): Payload {
  const group = loadExamples().find((e) => e.name === name);
  const found = group?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

/** Where the payload's URLs point: a fake GitHub (`{ apiUrl, serverUrl }`) or github.com by default. */
export interface PayloadHost {
  apiUrl: string;
  serverUrl: string;
}

export interface CommonOptions {
  /** `owner/name` of the repository the workflow runs in (default `octo-org/octo-repo`). */
  repo?: string;
  defaultBranch?: string;
  host?: PayloadHost;
}

const GITHUB: PayloadHost = { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' };
const hostsOf = (host?: PayloadHost): Hosts => ({
  api: (host ?? GITHUB).apiUrl,
  web: (host ?? GITHUB).serverUrl,
});

function replaceStrings(node: unknown, replace: (s: string) => string): unknown {
  if (typeof node === 'string') return replace(node);
  if (Array.isArray(node)) return node.map((n) => replaceStrings(n, replace));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = replaceStrings(v, replace);
    return out;
  }
  return node;
}

/** Moves every URL and name of the example's repository to `repo` on `host`. */
function retarget(payload: Payload, opts: CommonOptions): Payload {
  const repo = opts.repo ?? 'octo-org/octo-repo';
  const [owner, name] = repo.split('/');
  const old = payload.repository as { full_name: string; owner: { login: string } } | undefined;
  const host = opts.host ?? GITHUB;
  const oldFull = old?.full_name;
  const replaced = replaceStrings(payload, (s) => {
    let r = s;
    if (oldFull) r = r.split(oldFull).join(repo);
    if (host !== GITHUB) {
      r = r
        .replace(/^https:\/\/api\.github\.com/, host.apiUrl)
        .replace(/^https:\/\/github\.com/, host.serverUrl);
    }
    return r;
  }) as Payload;
  if (replaced.repository) {
    const ownerUser = makeUser(
      owner,
      (old?.owner as { type?: string } | undefined)?.type === 'Organization' ? 'Organization' : 'User',
    );
    Object.assign(replaced.repository, {
      name,
      full_name: repo,
      owner: userJson(hostsOf(opts.host), ownerUser),
      default_branch: opts.defaultBranch ?? 'main',
    });
    delete replaced.repository.master_branch;
  }
  if (replaced.organization && typeof replaced.organization === 'object') {
    (replaced.organization as Record<string, unknown>).login = owner;
  }
  return replaced;
}

function user(login: string, type: 'User' | 'Bot' | undefined, host?: PayloadHost) {
  return userJson(hostsOf(host), makeUser(login, type));
}

function labelObjects(repo: string, names: string[], host?: PayloadHost) {
  const h = hostsOf(host);
  return names.map((n) => ({
    id: userId(`label ${n}`),
    node_id: Buffer.from(`label ${n}`).toString('base64'),
    url: `${h.api}/repos/${repo}/labels/${encodeURIComponent(n)}`,
    name: n,
    color: 'ededed',
    default: false,
    description: null,
  }));
}

function setIssue(
  payload: Payload,
  opts: CommonOptions & {
    number: number;
    title?: string;
    body?: string | null;
    user?: string;
    userType?: 'User' | 'Bot';
    labels?: string[];
    state?: 'open' | 'closed';
  },
) {
  const repo = opts.repo ?? 'octo-org/octo-repo';
  const h = hostsOf(opts.host);
  const api = `${h.api}/repos/${repo}/issues/${opts.number}`;
  const issue = payload.issue as Record<string, unknown>;
  delete issue.pull_request;
  Object.assign(issue, {
    number: opts.number,
    id: 3_000_000_000 + opts.number,
    url: api,
    repository_url: `${h.api}/repos/${repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${h.web}/${repo}/issues/${opts.number}`,
    title: opts.title ?? `Issue ${opts.number}`,
    body: opts.body ?? null,
    user: user(opts.user ?? 'octocat', opts.userType, opts.host),
    labels: labelObjects(repo, opts.labels ?? [], opts.host),
    state: opts.state ?? 'open',
  });
}

export interface IssueEventOptions extends CommonOptions {
  number: number;
  body: string | null;
  /** The issue author, also the sender. */
  user: string;
  title?: string;
  labels?: string[];
}

function issuesEvent(action: string, opts: IssueEventOptions): Payload {
  const payload = retarget(
    examplePayload('issues', (p) => p.action === action || (action === 'reopened' && p.action === 'opened')),
    opts,
  );
  payload.action = action;
  delete payload.changes;
  setIssue(payload, opts);
  payload.sender = user(opts.user, undefined, opts.host);
  return payload;
}

/** `issues` / `opened`. */
export function issuesOpened(opts: IssueEventOptions): Payload {
  return issuesEvent('opened', opts);
}

/** `issues` / `reopened`. */
export function issuesReopened(opts: IssueEventOptions): Payload {
  return issuesEvent('reopened', opts);
}

/** `issues` / `edited`, with `changes.body.from` (and the sender, default the author). */
export function issuesEdited(
  opts: IssueEventOptions & { previousBody: string | null; editor?: string },
): Payload {
  const payload = issuesEvent('edited', opts);
  payload.changes = { body: { from: opts.previousBody ?? '' } };
  payload.sender = user(opts.editor ?? opts.user, undefined, opts.host);
  return payload;
}

export interface IssueCommentOptions extends CommonOptions {
  issueNumber: number;
  issueBody?: string | null;
  issueTitle?: string;
  /** The issue's author (default the commenter). */
  issueUser?: string;
  issueLabels?: string[];
  /** The comment is on a pull request. */
  isPullRequest?: boolean;
  commentId: number;
  body: string;
  /** The comment author, also the sender. */
  user: string;
  userType?: 'User' | 'Bot';
}

function issueCommentEvent(action: 'created' | 'edited', opts: IssueCommentOptions): Payload {
  const payload = retarget(
    examplePayload('issue_comment', (p) => p.action === action),
    opts,
  );
  const repo = opts.repo ?? 'octo-org/octo-repo';
  const h = hostsOf(opts.host);
  setIssue(payload, {
    ...opts,
    number: opts.issueNumber,
    title: opts.issueTitle,
    body: opts.issueBody ?? null,
    user: opts.issueUser ?? opts.user,
    labels: opts.issueLabels,
  });
  if (opts.isPullRequest) {
    const issue = payload.issue as Record<string, unknown>;
    issue.html_url = `${h.web}/${repo}/pull/${opts.issueNumber}`;
    issue.pull_request = {
      url: `${h.api}/repos/${repo}/pulls/${opts.issueNumber}`,
      html_url: `${h.web}/${repo}/pull/${opts.issueNumber}`,
      diff_url: `${h.web}/${repo}/pull/${opts.issueNumber}.diff`,
      patch_url: `${h.web}/${repo}/pull/${opts.issueNumber}.patch`,
      merged_at: null,
    };
  }
  const kind = opts.isPullRequest ? 'pull' : 'issues';
  Object.assign(payload.comment as Record<string, unknown>, {
    id: opts.commentId,
    node_id: Buffer.from(`IC${opts.commentId}`).toString('base64'),
    url: `${h.api}/repos/${repo}/issues/comments/${opts.commentId}`,
    html_url: `${h.web}/${repo}/${kind}/${opts.issueNumber}#issuecomment-${opts.commentId}`,
    issue_url: `${h.api}/repos/${repo}/issues/${opts.issueNumber}`,
    body: opts.body,
    user: user(opts.user, opts.userType, opts.host),
  });
  payload.sender = user(opts.user, opts.userType, opts.host);
  return payload;
}

/** `issue_comment` / `created`. */
export function issueCommentCreated(opts: IssueCommentOptions): Payload {
  const payload = issueCommentEvent('created', opts);
  delete payload.changes;
  return payload;
}

/** `issue_comment` / `edited`, with `changes.body.from`. */
export function issueCommentEdited(opts: IssueCommentOptions & { previousBody: string }): Payload {
  const payload = issueCommentEvent('edited', opts);
  payload.changes = { body: { from: opts.previousBody } };
  return payload;
}

/** `workflow_dispatch` with these inputs (the runner also passes them as `inputs`). */
export function workflowDispatch(
  inputs: Record<string, string | boolean | number>,
  opts: CommonOptions & { sender?: string; ref?: string } = {},
): Payload {
  const payload = retarget(examplePayload('workflow_dispatch'), opts);
  payload.inputs = inputs;
  payload.ref = opts.ref ?? `refs/heads/${opts.defaultBranch ?? 'main'}`;
  payload.sender = user(opts.sender ?? 'octocat', undefined, opts.host);
  return payload;
}

/** `repository_dispatch` with this `client_payload` (`action` is the event type). */
export function repositoryDispatch(
  clientPayload: Record<string, unknown>,
  opts: CommonOptions & { eventType?: string; sender?: string; branch?: string } = {},
): Payload {
  const payload = retarget(examplePayload('repository_dispatch'), opts);
  payload.action = opts.eventType ?? 'run-script';
  payload.client_payload = clientPayload;
  payload.branch = opts.branch ?? opts.defaultBranch ?? 'main';
  payload.sender = user(opts.sender ?? 'octocat', undefined, opts.host);
  return payload;
}

/** `schedule`: the payload has the cron line. */
export function schedule(cron = '0 6 * * 1', opts: CommonOptions = {}): Payload {
  const repository = retarget(examplePayload('repository_dispatch'), opts).repository;
  return { schedule: cron, repository };
}
