/**
 * The JSON the fake GitHub answers with, shaped like GitHub's (the fields its OpenAPI description
 * requires), built from the fake's state.
 */
import { createHash } from 'node:crypto';

export interface Hosts {
  /** REST API base, e.g. http://127.0.0.1:PORT */
  api: string;
  /** Web host, e.g. http://github.localhost:PORT */
  web: string;
}

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeReaction {
  id: number;
  content: string;
  user: FakeUser;
  createdAt: string;
}

export interface FakeIssue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: FakeUser;
  /** Label names, in the order they were added. */
  labels: string[];
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  reactions: FakeReaction[];
  /** Set when this issue number belongs to a pull request. */
  isPullRequest: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  reactions: FakeReaction[];
}

export interface FakePull {
  number: number;
  id: number;
  title: string;
  body: string | null;
  /** Branch name on the same repository. */
  head: string;
  /** Owner of the head branch (the repository owner unless seeded otherwise). */
  headOwner: string;
  base: string;
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  user: FakeUser;
  maintainerCanModify: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  headSha: string;
  baseSha: string;
}

export interface FakeJob {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
}

export interface FakeRun {
  id: number;
  name: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  headBranch: string;
  headSha: string;
  actor: FakeUser;
  runNumber: number;
  runAttempt: number;
  createdAt: string;
  updatedAt: string;
  jobs: FakeJob[];
}

export interface FakeRepo {
  id: number;
  owner: FakeUser;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  labels: Map<string, FakeLabel>;
  issues: Map<number, FakeIssue>;
  comments: Map<number, FakeComment>;
  pulls: Map<number, FakePull>;
  /** Collaborator roles by login (lower case). */
  permissions: Map<string, { user: FakeUser; role: RepoRole }>;
  runs: Map<number, FakeRun>;
  nextNumber: number;
}

export const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const nodeId = (kind: string, id: number | string) => Buffer.from(`0:${kind}${id}`).toString('base64');

/** A stable fake object id for a login. */
export function userId(login: string): number {
  return 1000 + (createHash('sha256').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000);
}

/** A fake but well-formed 40-hex sha. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function makeUser(login: string, type?: FakeUser['type']): FakeUser {
  return { login, id: userId(login), type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
}

export function userJson(h: Hosts, u: FakeUser) {
  const api = `${h.api}/users/${encodeURIComponent(u.login)}`;
  const web =
    u.type === 'Bot'
      ? `${h.web}/apps/${encodeURIComponent(u.login.replace(/\[bot\]$/, ''))}`
      : `${h.web}/${u.login}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId('U', u.id),
    avatar_url: `${h.web}/avatars/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: web,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function repoJson(h: Hosts, r: FakeRepo) {
  const api = `${h.api}/repos/${r.fullName}`;
  const web = `${h.web}/${r.fullName}`;
  const openIssues = [...r.issues.values()].filter((i) => i.state === 'open').length;
  const created = '2020-01-01T00:00:00Z';
  return {
    id: r.id,
    node_id: nodeId('R', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: userJson(h, r.owner),
    private: r.private,
    html_url: web,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `${h.web.replace(/^https?:/, 'git:')}/${r.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${new URL(h.web).hostname}:${r.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: web,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: created,
    created_at: created,
    updated_at: created,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

export function labelJson(h: Hosts, r: FakeRepo, l: FakeLabel) {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${h.api}/repos/${r.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'eyes', 'rocket'] as const;

function rollup(url: string, reactions: FakeReaction[]) {
  const counts: Record<string, number> = {};
  for (const c of REACTIONS) counts[c] = reactions.filter((r) => r.content === c).length;
  return { url, total_count: reactions.length, ...counts };
}

export function reactionJson(h: Hosts, r: FakeReaction) {
  return {
    id: r.id,
    node_id: nodeId('REA', r.id),
    user: userJson(h, r.user),
    content: r.content,
    created_at: r.createdAt,
  };
}

function issueLabels(h: Hosts, r: FakeRepo, names: string[]) {
  return names.map((n) => r.labels.get(n.toLowerCase())).flatMap((l) => (l ? [labelJson(h, r, l)] : []));
}

export function issueJson(h: Hosts, r: FakeRepo, i: FakeIssue) {
  const api = `${h.api}/repos/${r.fullName}/issues/${i.number}`;
  const kind = i.isPullRequest ? 'pull' : 'issues';
  const comments = [...r.comments.values()].filter((c) => c.issueNumber === i.number).length;
  const pull = i.isPullRequest ? r.pulls.get(i.number) : undefined;
  return {
    id: i.id,
    node_id: nodeId('I', i.id),
    url: api,
    repository_url: `${h.api}/repos/${r.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${h.web}/${r.fullName}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: null,
    title: i.title,
    body: i.body,
    user: userJson(h, i.user),
    labels: issueLabels(h, r, i.labels),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    ...(pull
      ? {
          pull_request: {
            url: `${h.api}/repos/${r.fullName}/pulls/${i.number}`,
            html_url: `${h.web}/${r.fullName}/pull/${i.number}`,
            diff_url: `${h.web}/${r.fullName}/pull/${i.number}.diff`,
            patch_url: `${h.web}/${r.fullName}/pull/${i.number}.patch`,
            merged_at: null,
          },
          draft: pull.draft,
        }
      : {}),
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: authorAssociation(r, i.user),
    reactions: rollup(`${api}/reactions`, i.reactions),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
  };
}

function authorAssociation(r: FakeRepo, u: FakeUser) {
  if (u.login.toLowerCase() === r.owner.login.toLowerCase()) return 'OWNER';
  const p = r.permissions.get(u.login.toLowerCase());
  if (p && p.role !== 'none') return 'COLLABORATOR';
  return 'NONE';
}

export function commentJson(h: Hosts, r: FakeRepo, c: FakeComment) {
  const api = `${h.api}/repos/${r.fullName}/issues/comments/${c.id}`;
  const issue = r.issues.get(c.issueNumber);
  const kind = issue?.isPullRequest ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: api,
    html_url: `${h.web}/${r.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(h, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${h.api}/repos/${r.fullName}/issues/${c.issueNumber}`,
    author_association: authorAssociation(r, c.user),
    performed_via_github_app: null,
    reactions: rollup(`${api}/reactions`, c.reactions),
  };
}

function branchJson(h: Hosts, r: FakeRepo, owner: string, ref: string, sha: string) {
  return {
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: userJson(h, r.owner),
    repo: repoJson(h, r),
  };
}

/** `full`: the pull-request schema (get, create, update); otherwise pull-request-simple (list). */
export function pullJson(h: Hosts, r: FakeRepo, p: FakePull, full: boolean) {
  const api = `${h.api}/repos/${r.fullName}/pulls/${p.number}`;
  const issueApi = `${h.api}/repos/${r.fullName}/issues/${p.number}`;
  const web = `${h.web}/${r.fullName}/pull/${p.number}`;
  const issue = r.issues.get(p.number);
  const simple = {
    url: api,
    id: p.id,
    node_id: nodeId('PR', p.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${h.api}/repos/${r.fullName}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${h.api}/repos/${r.fullName}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(h, p.user),
    body: p.body,
    labels: issueLabels(h, r, issue?.labels ?? []),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(h, r, p.headOwner, p.head, p.headSha),
    base: branchJson(h, r, r.owner.login, p.base, p.baseSha),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${h.api}/repos/${r.fullName}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${h.api}/repos/${r.fullName}/statuses/${p.headSha}` },
    },
    author_association: authorAssociation(r, p.user),
    auto_merge: null,
    draft: p.draft,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: p.merged,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: [...r.comments.values()].filter((c) => c.issueNumber === p.number).length,
    review_comments: 0,
    maintainer_can_modify: p.maintainerCanModify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function collaboratorPermissionJson(h: Hosts, user: FakeUser, role: RepoRole) {
  // The legacy `permission` folds maintain into write and triage into read.
  const permission = (
    { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none' } as const
  )[role];
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  return {
    permission,
    role_name: role,
    user: {
      ...userJson(h, user),
      permissions: {
        pull: rank >= 1,
        triage: rank >= 2,
        push: rank >= 3,
        maintain: rank >= 4,
        admin: rank >= 5,
      },
      role_name: role,
    },
  };
}

export function runJson(h: Hosts, r: FakeRepo, run: FakeRun) {
  const api = `${h.api}/repos/${r.fullName}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: '.github/workflows/dispatch.yml',
    display_title: run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: 1,
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CS', run.id + 1),
    url: api,
    html_url: `${h.web}/${r.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    actor: userJson(h, run.actor),
    triggering_actor: userJson(h, run.actor),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${h.api}/repos/${r.fullName}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${h.api}/repos/${r.fullName}/actions/workflows/1`,
    head_commit: {
      id: run.headSha,
      tree_id: fakeSha(`tree ${run.headSha}`),
      message: 'commit',
      timestamp: run.createdAt,
      author: { name: 'Author', email: 'author@example.com' },
      committer: { name: 'Author', email: 'author@example.com' },
    },
    repository: repoJson(h, r),
    head_repository: repoJson(h, r),
  };
}

export function jobJson(h: Hosts, r: FakeRepo, run: FakeRun, job: FakeJob) {
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${h.api}/repos/${r.fullName}/actions/runs/${run.id}`,
    run_attempt: run.runAttempt,
    node_id: nodeId('CR', job.id),
    head_sha: run.headSha,
    url: `${h.api}/repos/${r.fullName}/actions/jobs/${job.id}`,
    html_url: `${h.web}/${r.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: run.createdAt,
    started_at: run.createdAt,
    completed_at: job.status === 'completed' ? run.updatedAt : null,
    name: job.name,
    steps: [],
    check_run_url: `${h.api}/repos/${r.fullName}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 1,
    runner_group_name: 'GitHub Actions',
    workflow_name: run.name,
    head_branch: run.headBranch,
  };
}
