/**
 * The REST operations the fake GitHub implements, keyed by the documented `METHOD /path/{template}`. Each
 * takes the request (already checked against the OpenAPI description, authenticated, with its repository
 * found) and answers the way GitHub does, including its validation errors.
 */
import {
  collaboratorPermissionJson,
  commentJson,
  fakeSha,
  issueJson,
  jobJson,
  labelJson,
  now,
  pullJson,
  reactionJson,
  repoJson,
  runJson,
  type FakeComment,
  type FakeIssue,
  type FakePull,
  type FakeReaction,
  type FakeRepo,
  type FakeUser,
} from './github-json';
import { lc, type FakeState } from './fake-github-state';

export interface Ctx {
  method: string;
  /** Pathname as sent. */
  path: string;
  query: Record<string, string>;
  /** Decoded path parameters. */
  params: Record<string, string>;
  body: unknown;
  /** Who the token acts as. */
  user: FakeUser;
  /** The `{owner}/{repo}` of the path (undefined for routes without one). */
  repo: FakeRepo;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

const DOCS = 'https://docs.github.com/rest';

/** GitHub's error body. */
export const fail = (status: number, message: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra },
});

const validationFailed = (errors: Array<Record<string, unknown>>, message = 'Validation Failed'): Reply =>
  fail(422, message, { errors });

/** GitHub's limit on issue, comment and pull request bodies, in characters. */
const MAX_BODY = 65536;

export function createRoutes(s: FakeState): Record<string, Handler> {
  const paginate = <T>(ctx: Ctx, items: T[], render: (item: T) => unknown): Reply => {
    const perPage = Math.min(Math.max(parseInt(ctx.query.per_page ?? '30', 10) || 30, 1), 100);
    const page = Math.max(parseInt(ctx.query.page ?? '1', 10) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
      return `${s.hosts.api}${ctx.path}?${q.toString()}`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`);
    if (page > 1 || page < last) {
      links.push(`<${link(last)}>; rel="last"`);
      links.push(`<${link(1)}>; rel="first"`);
    }
    return { status: 200, body: slice.map(render), headers: links.length ? { link: links.join(', ') } : {} };
  };

  const issueOr404 = (ctx: Ctx) => ctx.repo.issues.get(Number(ctx.params.issue_number));
  const commentOr404 = (ctx: Ctx) => ctx.repo.comments.get(Number(ctx.params.comment_id));
  const tooLong = (body: string) => [...body].length > MAX_BODY;
  const bodyTooLong = (resource: string) =>
    validationFailed([
      {
        resource,
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ]);

  const addReaction = (ctx: Ctx, list: FakeReaction[]): Reply => {
    const content = String((ctx.body as { content: string }).content);
    const existing = list.find((r) => r.content === content && lc(r.user.login) === lc(ctx.user.login));
    if (existing) return { status: 200, body: reactionJson(s.hosts, existing) };
    const reaction: FakeReaction = { id: s.nextId('reaction'), content, user: ctx.user, createdAt: now() };
    list.push(reaction);
    return { status: 201, body: reactionJson(s.hosts, reaction) };
  };

  const listReactions = (ctx: Ctx, list: FakeReaction[]) =>
    paginate(
      ctx,
      list.filter((r) => !ctx.query.content || r.content === ctx.query.content),
      (r) => reactionJson(s.hosts, r),
    );

  const deleteReaction = (ctx: Ctx, list: FakeReaction[]): Reply => {
    const i = list.findIndex((r) => r.id === Number(ctx.params.reaction_id));
    if (i < 0) return fail(404, 'Not Found');
    list.splice(i, 1);
    return { status: 204 };
  };

  const labelNames = (body: unknown): string[] => {
    const raw = Array.isArray(body) ? body : ((body as { labels?: unknown[] } | undefined)?.labels ?? []);
    return raw.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
  };

  const issueLabelsReply = (ctx: Ctx, issue: FakeIssue): Reply => ({
    status: 200,
    body: issue.labels.map((n) => labelJson(s.hosts, ctx.repo, s.ensureLabel(ctx.repo, n))),
  });

  const pullHead = (ctx: Ctx, head: string) => {
    const colon = head.indexOf(':');
    return colon < 0
      ? { owner: ctx.repo.owner.login, ref: head }
      : { owner: head.slice(0, colon), ref: head.slice(colon + 1) };
  };

  const touch = (x: { updatedAt: string }) => {
    x.updatedAt = now();
  };

  function cancelRun(ctx: Ctx): Reply {
    const runId = Number(ctx.params.run_id);
    const run = ctx.repo.runs.get(runId);
    if (!run) return fail(404, 'Not Found');
    if (run.status === 'completed') return fail(409, 'Cannot cancel a workflow run that is completed.');
    s.cancelledRuns.push({ repo: ctx.repo.fullName, runId });
    const handler = s.cancelHandlers.get(runId);
    if (handler) setImmediate(handler);
    else {
      run.status = 'completed';
      run.conclusion = 'cancelled';
      for (const job of run.jobs) {
        job.status = 'completed';
        job.conclusion = 'cancelled';
      }
      touch(run);
    }
    return { status: 202, body: {} };
  }

  return {
    'GET /repos/{owner}/{repo}': (ctx) => ({ status: 200, body: repoJson(s.hosts, ctx.repo) }),

    // Issues
    'GET /repos/{owner}/{repo}/issues': (ctx) => {
      const state = ctx.query.state ?? 'open';
      const list = [...ctx.repo.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => !ctx.query.creator || i.user.login === ctx.query.creator)
        .sort((a, b) => b.number - a.number);
      return paginate(ctx, list, (i) => issueJson(s.hosts, ctx.repo, i));
    },
    'POST /repos/{owner}/{repo}/issues': (ctx) => {
      const b = ctx.body as { title?: unknown; body?: string | null; labels?: unknown[] };
      if (typeof b.title !== 'string' || b.title === '') return fail(422, 'Validation Failed');
      if (b.body && tooLong(b.body)) return bodyTooLong('Issue');
      const issue = s.newIssue(ctx.repo, ctx.repo.nextNumber, {
        title: b.title,
        body: b.body ?? null,
        user: ctx.user,
        labels: b.labels ? labelNames(b.labels) : [],
      });
      return { status: 201, body: issueJson(s.hosts, ctx.repo, issue) };
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
      const issue = issueOr404(ctx);
      return issue ? { status: 200, body: issueJson(s.hosts, ctx.repo, issue) } : fail(404, 'Not Found');
    },
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      const b = ctx.body as {
        title?: string;
        body?: string | null;
        state?: 'open' | 'closed';
        labels?: unknown[];
      };
      if (b.body && tooLong(b.body)) return bodyTooLong('Issue');
      if (b.title !== undefined) issue.title = String(b.title);
      if (b.body !== undefined) issue.body = b.body;
      if (b.state) {
        issue.state = b.state;
        issue.closedAt = b.state === 'closed' ? now() : null;
      }
      if (b.labels) issue.labels = labelNames(b.labels).map((n) => s.ensureLabel(ctx.repo, n).name);
      touch(issue);
      return { status: 200, body: issueJson(s.hosts, ctx.repo, issue) };
    },

    // Comments
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      const since = ctx.query.since ? Date.parse(ctx.query.since) : undefined;
      const list = [...ctx.repo.comments.values()]
        .filter((c) => c.issueNumber === issue.number)
        .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
        .sort((a, b) => a.id - b.id);
      return paginate(ctx, list, (c) => commentJson(s.hosts, ctx.repo, c));
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      const body = String((ctx.body as { body: string }).body);
      if (tooLong(body)) return bodyTooLong('IssueComment');
      const t = now();
      const comment: FakeComment = {
        id: s.nextId('comment'),
        issueNumber: issue.number,
        body,
        user: ctx.user,
        createdAt: t,
        updatedAt: t,
        reactions: [],
      };
      ctx.repo.comments.set(comment.id, comment);
      return { status: 201, body: commentJson(s.hosts, ctx.repo, comment) };
    },
    'GET /repos/{owner}/{repo}/issues/comments': (ctx) => {
      const since = ctx.query.since ? Date.parse(ctx.query.since) : undefined;
      const list = [...ctx.repo.comments.values()]
        .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
        .sort((a, b) => (ctx.query.direction === 'desc' ? b.id - a.id : a.id - b.id));
      return paginate(ctx, list, (c) => commentJson(s.hosts, ctx.repo, c));
    },
    'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
      const c = commentOr404(ctx);
      return c ? { status: 200, body: commentJson(s.hosts, ctx.repo, c) } : fail(404, 'Not Found');
    },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
      const c = commentOr404(ctx);
      if (!c) return fail(404, 'Not Found');
      const body = String((ctx.body as { body: string }).body);
      if (tooLong(body)) return bodyTooLong('IssueComment');
      c.body = body;
      touch(c);
      return { status: 200, body: commentJson(s.hosts, ctx.repo, c) };
    },
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
      const c = commentOr404(ctx);
      if (!c) return fail(404, 'Not Found');
      ctx.repo.comments.delete(c.id);
      return { status: 204 };
    },

    // Reactions
    'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
      const issue = issueOr404(ctx);
      return issue ? listReactions(ctx, issue.reactions) : fail(404, 'Not Found');
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
      const issue = issueOr404(ctx);
      return issue ? addReaction(ctx, issue.reactions) : fail(404, 'Not Found');
    },
    'DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}': (ctx) => {
      const issue = issueOr404(ctx);
      return issue ? deleteReaction(ctx, issue.reactions) : fail(404, 'Not Found');
    },
    'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
      const c = commentOr404(ctx);
      return c ? listReactions(ctx, c.reactions) : fail(404, 'Not Found');
    },
    'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
      const c = commentOr404(ctx);
      return c ? addReaction(ctx, c.reactions) : fail(404, 'Not Found');
    },
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}': (ctx) => {
      const c = commentOr404(ctx);
      return c ? deleteReaction(ctx, c.reactions) : fail(404, 'Not Found');
    },

    // Labels
    'GET /repos/{owner}/{repo}/labels': (ctx) =>
      paginate(ctx, [...ctx.repo.labels.values()], (l) => labelJson(s.hosts, ctx.repo, l)),
    'POST /repos/{owner}/{repo}/labels': (ctx) => {
      const b = ctx.body as { name: string; color?: string; description?: string };
      if (ctx.repo.labels.has(lc(b.name))) {
        return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      }
      const label = s.ensureLabel(
        ctx.repo,
        b.name,
        (b.color ?? 'ededed').replace(/^#/, ''),
        b.description ?? null,
      );
      return { status: 201, body: labelJson(s.hosts, ctx.repo, label) };
    },
    'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
      const label = ctx.repo.labels.get(lc(ctx.params.name));
      return label ? { status: 200, body: labelJson(s.hosts, ctx.repo, label) } : fail(404, 'Not Found');
    },
    'DELETE /repos/{owner}/{repo}/labels/{name}': (ctx) => {
      const label = ctx.repo.labels.get(lc(ctx.params.name));
      if (!label) return fail(404, 'Not Found');
      ctx.repo.labels.delete(lc(label.name));
      for (const issue of ctx.repo.issues.values())
        issue.labels = issue.labels.filter((n) => lc(n) !== lc(label.name));
      return { status: 204 };
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      return paginate(ctx, issue.labels, (n) => labelJson(s.hosts, ctx.repo, s.ensureLabel(ctx.repo, n)));
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      for (const name of labelNames(ctx.body)) {
        const label = s.ensureLabel(ctx.repo, name);
        if (!issue.labels.some((n) => lc(n) === lc(label.name))) issue.labels.push(label.name);
      }
      touch(issue);
      return issueLabelsReply(ctx, issue);
    },
    'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      issue.labels = [...new Set(labelNames(ctx.body).map((n) => s.ensureLabel(ctx.repo, n).name))];
      touch(issue);
      return issueLabelsReply(ctx, issue);
    },
    'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      issue.labels = [];
      touch(issue);
      return { status: 204 };
    },
    'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
      const issue = issueOr404(ctx);
      if (!issue) return fail(404, 'Not Found');
      const before = issue.labels.length;
      issue.labels = issue.labels.filter((n) => lc(n) !== lc(ctx.params.name));
      if (issue.labels.length === before) return fail(404, 'Label does not exist');
      touch(issue);
      return issueLabelsReply(ctx, issue);
    },

    // Pull requests
    'GET /repos/{owner}/{repo}/pulls': async (ctx) => {
      const state = ctx.query.state ?? 'open';
      // Like GitHub, a head filter without `owner:` is ignored.
      const head = ctx.query.head?.includes(':') ? pullHead(ctx, ctx.query.head) : undefined;
      const list = [...ctx.repo.pulls.values()]
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || (lc(p.headOwner) === lc(head.owner) && p.head === head.ref))
        .filter((p) => !ctx.query.base || p.base === ctx.query.base)
        .sort((a, b) => (ctx.query.direction === 'asc' ? a.number - b.number : b.number - a.number));
      for (const p of list) await s.refreshPullShas(ctx.repo, p);
      return paginate(ctx, list, (p) => pullJson(s.hosts, ctx.repo, p, false));
    },
    'POST /repos/{owner}/{repo}/pulls': async (ctx) => {
      const b = ctx.body as {
        title?: string;
        head: string;
        base: string;
        body?: string;
        draft?: boolean;
        maintainer_can_modify?: boolean;
      };
      if (b.title === undefined) {
        return validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
      }
      if (b.body && tooLong(b.body)) return bodyTooLong('PullRequest');
      const head = pullHead(ctx, b.head);
      const duplicate = [...ctx.repo.pulls.values()].find(
        (p) =>
          p.state === 'open' &&
          p.head === head.ref &&
          lc(p.headOwner) === lc(head.owner) &&
          p.base === b.base,
      );
      if (duplicate) {
        return validationFailed([
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${head.owner}:${head.ref}.`,
          },
        ]);
      }
      let headSha = fakeSha(`${ctx.repo.fullName} ${head.ref}`);
      let baseSha = fakeSha(`${ctx.repo.fullName} ${b.base}`);
      const dir = s.bareDir(ctx.repo);
      if (dir) {
        const hs = await s.branchSha(dir, head.ref);
        const bs = await s.branchSha(dir, b.base);
        const invalid = [
          ...(hs ? [] : [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]),
          ...(bs ? [] : [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]),
        ];
        if (invalid.length) return validationFailed(invalid);
        if ((await s.commitsBetween(dir, bs as string, hs as string)) === 0) {
          return validationFailed([
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `No commits between ${b.base} and ${head.ref}`,
            },
          ]);
        }
        headSha = hs as string;
        baseSha = bs as string;
      }
      const number = ctx.repo.nextNumber;
      const issue = s.newIssue(ctx.repo, number, {
        title: b.title,
        body: b.body ?? null,
        user: ctx.user,
        isPullRequest: true,
      });
      const pull: FakePull = {
        number,
        id: s.nextId('pull'),
        title: b.title,
        body: b.body ?? null,
        head: head.ref,
        headOwner: head.owner,
        base: b.base,
        draft: b.draft ?? false,
        state: 'open',
        merged: false,
        user: ctx.user,
        maintainerCanModify: b.maintainer_can_modify ?? true,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        closedAt: null,
        headSha,
        baseSha,
      };
      ctx.repo.pulls.set(number, pull);
      return { status: 201, body: pullJson(s.hosts, ctx.repo, pull, true) };
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': async (ctx) => {
      const p = ctx.repo.pulls.get(Number(ctx.params.pull_number));
      if (!p) return fail(404, 'Not Found');
      await s.refreshPullShas(ctx.repo, p);
      return { status: 200, body: pullJson(s.hosts, ctx.repo, p, true) };
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': async (ctx) => {
      const p = ctx.repo.pulls.get(Number(ctx.params.pull_number));
      if (!p) return fail(404, 'Not Found');
      const b = ctx.body as {
        title?: string;
        body?: string;
        state?: 'open' | 'closed';
        base?: string;
        maintainer_can_modify?: boolean;
      };
      if (b.body && tooLong(b.body)) return bodyTooLong('PullRequest');
      const issue = ctx.repo.issues.get(p.number);
      if (b.title !== undefined) p.title = b.title;
      if (b.body !== undefined) p.body = b.body;
      if (b.base !== undefined) p.base = b.base;
      if (b.maintainer_can_modify !== undefined) p.maintainerCanModify = b.maintainer_can_modify;
      if (b.state) {
        p.state = b.state;
        p.closedAt = b.state === 'closed' ? now() : null;
      }
      if (issue) {
        issue.title = p.title;
        issue.body = p.body;
        issue.state = p.state;
        issue.closedAt = p.closedAt;
        touch(issue);
      }
      touch(p);
      await s.refreshPullShas(ctx.repo, p);
      return { status: 200, body: pullJson(s.hosts, ctx.repo, p, true) };
    },

    // Permissions and s.teams
    'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (ctx) => {
      const entry = ctx.repo.permissions.get(lc(ctx.params.username));
      if (!entry) return fail(404, 'Not Found');
      return { status: 200, body: collaboratorPermissionJson(s.hosts, entry.user, entry.role) };
    },
    'GET /repos/{owner}/{repo}/collaborators/{username}': (ctx) => {
      const entry = ctx.repo.permissions.get(lc(ctx.params.username));
      return entry && entry.role !== 'none' ? { status: 204 } : fail(404, 'Not Found');
    },
    'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (ctx) => {
      const team = s.teams.get(lc(`${ctx.params.org}/${ctx.params.team_slug}`));
      const member = team?.get(lc(ctx.params.username));
      if (!member) return fail(404, 'Not Found');
      return {
        status: 200,
        body: {
          url: `${s.hosts.api}/organizations/1/team/1/memberships/${ctx.params.username}`,
          role: member.role,
          state: member.state,
        },
      };
    },

    // Actions
    'GET /repos/{owner}/{repo}/actions/runs': (ctx) => {
      const q = ctx.query;
      const list = [...ctx.repo.runs.values()]
        .filter((r) => !q.event || r.event === q.event)
        .filter((r) => !q.branch || r.headBranch === q.branch)
        .filter((r) => !q.actor || lc(r.actor.login) === lc(q.actor))
        .filter((r) => !q.head_sha || r.headSha === q.head_sha)
        .filter((r) => !q.status || r.status === q.status || r.conclusion === q.status)
        .sort((a, b) => b.id - a.id);
      const page = paginate(ctx, list, (r) => runJson(s.hosts, ctx.repo, r));
      return { ...page, body: { total_count: list.length, workflow_runs: page.body } };
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (ctx) => {
      const run = ctx.repo.runs.get(Number(ctx.params.run_id));
      return run ? { status: 200, body: runJson(s.hosts, ctx.repo, run) } : fail(404, 'Not Found');
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': (ctx) => {
      const run = ctx.repo.runs.get(Number(ctx.params.run_id));
      if (!run) return fail(404, 'Not Found');
      const page = paginate(ctx, run.jobs, (j) => jobJson(s.hosts, ctx.repo, run, j));
      return { ...page, body: { total_count: run.jobs.length, jobs: page.body } };
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': (ctx) => {
      const run = ctx.repo.runs.get(Number(ctx.params.run_id));
      if (!run || Number(ctx.params.attempt_number) > run.runAttempt) return fail(404, 'Not Found');
      const page = paginate(ctx, run.jobs, (j) => jobJson(s.hosts, ctx.repo, run, j));
      return { ...page, body: { total_count: run.jobs.length, jobs: page.body } };
    },
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': (ctx) => cancelRun(ctx),
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': (ctx) => cancelRun(ctx),
  };
}
