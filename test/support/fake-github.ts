/**
 * A small stateful fake of GitHub on 127.0.0.1: the REST API (issues, comments, reactions, labels, pull
 * requests, collaborator permissions, team memberships, workflow runs) and the web host (attachments, and
 * git smart HTTP for bare repositories when `gitRoot` is given).
 *
 * Every API request is checked against GitHub's OpenAPI description: a method and path GitHub does not
 * document, a body that does not match the operation's schema, or an undocumented query parameter is
 * recorded in `violations` and answered 404 / 400. A documented operation the fake does not implement is
 * answered 404 and recorded in `unknownRequests`. The fake's own JSON answers are checked against the
 * documented response schemas too (`responseViolations`).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHttpHandler, type GitHttpHandler, type GitRequestRecord } from './git-server';
import { createRoutes, fail, type Ctx, type Reply } from './fake-github-routes';
import { FakeState, lc } from './fake-github-state';
import {
  fakeSha,
  makeUser,
  now,
  type FakeComment,
  type FakeIssue,
  type FakeLabel,
  type FakePull,
  type FakeRepo,
  type FakeRun,
  type RepoRole,
} from './github-json';
import { loadOpenApi, type OpenApiOperation } from './openapi';

export type {
  FakeComment,
  FakeIssue,
  FakeJob,
  FakeLabel,
  FakePull,
  FakeReaction,
  FakeRepo,
  FakeRun,
  FakeUser,
  RepoRole,
} from './github-json';
export type { GitRequestRecord } from './git-server';

export interface TokenGrant {
  /** Repositories (`owner/name`, any case) the token reaches; `'*'` (default) for all. */
  repos?: string[] | '*';
  /** Who the token acts as: the author of what it creates. Default `github-actions[bot]`. */
  login?: string;
  /** `'read'` tokens get 403 on every write and on git push. Default `'write'`. */
  access?: 'read' | 'write';
}

export interface FakeGitHubOptions {
  /** The token standing for the workflow's GITHUB_TOKEN (all repositories, `github-actions[bot]`). */
  token?: string;
  /** More tokens, e.g. a content token limited to some repositories. */
  tokens?: Record<string, TokenGrant>;
  /** Directory of bare repositories (`<owner>/<name>.git` or `<owner>/<name>`) served over git smart HTTP on
   * the web host, authenticated with the tokens above; pull requests check their branches there. */
  gitRoot?: string;
  /** Check the fake's own JSON answers against GitHub's response schemas (default true). */
  checkResponses?: boolean;
}

export interface LoggedRequest {
  kind: 'api' | 'web' | 'git';
  method: string;
  /** Pathname, still URL-encoded as sent. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names; `authorization` is replaced by `<scheme> <fingerprint>`. */
  headers: Record<string, string>;
  /** Fingerprint of the token used (see `fingerprint()`), if any. */
  auth?: string;
  /** Parsed JSON body, else the text, else undefined. */
  body: unknown;
  status: number;
  /** The documented operation, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route?: string;
  /** Decoded path parameters of the operation. */
  params: Record<string, string>;
  /** Set when an injected fault answered this request. */
  fault?: FaultSpec;
  /** The connection was destroyed instead of answered. */
  dropped?: boolean;
  time: number;
}

export interface Violation {
  kind: 'unknown-operation' | 'request-body' | 'query' | 'path-parameter';
  method: string;
  path: string;
  route?: string;
  problems: string[];
}

export interface ResponseViolation {
  route: string;
  status: number;
  problems: string[];
}

export interface FaultSpec {
  /** Only requests with this method (any case). */
  method?: string;
  /** An exact pathname, an OpenAPI template (`/repos/{owner}/{repo}/pulls`), or a RegExp on the pathname. */
  path?: string | RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** The status to answer (default 500). */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body to answer; a GitHub-like message by default (403/429: a secondary rate limit). */
  body?: unknown;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  /** Perform the request's real effect first, then answer the fault (e.g. comment created, 502 answered). */
  applyFirst?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface Fault {
  spec: FaultSpec;
  remaining: number;
  /** Requests this fault answered. */
  hits: number;
}

export interface AttachmentOptions {
  bytes: Buffer | string;
  /** File name in the URL (default `file.bin`). */
  name?: string;
  /** `owner/name`: serve under `/<owner>/<name>/files/<id>/<name>` instead of `/user-attachments/files/...`. */
  repo?: string;
  /** `assets`: `/user-attachments/assets/<uuid>` (images), no name. */
  kind?: 'files' | 'assets';
  /** Require `Authorization: token <token>` (or Bearer). */
  token?: string;
  contentType?: string;
  /** Answer 302 to a signed storage URL on another origin, like GitHub does; that URL rejects any
   * Authorization header. */
  redirect?: boolean;
}

export interface FakeGitHub {
  /** REST API base URL (for GITHUB_API_URL): `http://127.0.0.1:PORT`. */
  apiUrl: string;
  /** Web host (for GITHUB_SERVER_URL): `http://github.localhost:PORT`. */
  serverUrl: string;
  port: number;
  /** The default token (GITHUB_TOKEN). */
  token: string;
  /** All API, web and git requests, in order. */
  requests: LoggedRequest[];
  /** Requests GitHub's OpenAPI description rejects. */
  violations: Violation[];
  /** Answers of the fake that do not match GitHub's response schemas (a bug of the fake). */
  responseViolations: ResponseViolation[];
  /** Requests nothing in the fake answers (undocumented ones too). */
  unknownRequests: LoggedRequest[];
  /** Git smart-HTTP requests (when gitRoot is set). */
  gitRequests: GitRequestRecord[];
  /** Workflow runs whose cancellation was requested. */
  cancelledRuns: Array<{ repo: string; runId: number }>;

  addToken(token: string, grant?: TokenGrant): void;
  /** Stable fingerprint of a token, as found in `requests[].auth`. */
  fingerprint(token: string): string;

  addRepo(fullName: string, opts?: { defaultBranch?: string; private?: boolean }): FakeRepo;
  repo(fullName: string): FakeRepo;
  addIssue(
    fullName: string,
    opts?: {
      number?: number;
      title?: string;
      body?: string | null;
      user?: string;
      labels?: string[];
      state?: 'open' | 'closed';
    },
  ): FakeIssue;
  issue(fullName: string, number: number): FakeIssue;
  addComment(
    fullName: string,
    issueNumber: number,
    opts: { body: string; user?: string; userType?: 'User' | 'Bot'; id?: number },
  ): FakeComment;
  /** Comments of an issue, oldest first. */
  comments(fullName: string, issueNumber: number): FakeComment[];
  comment(fullName: string, commentId: number): FakeComment;
  addLabel(fullName: string, name: string, opts?: { color?: string; description?: string }): FakeLabel;
  addPull(
    fullName: string,
    opts: {
      number?: number;
      head: string;
      base?: string;
      title?: string;
      body?: string;
      draft?: boolean;
      state?: 'open' | 'closed';
      labels?: string[];
      user?: string;
      headOwner?: string;
    },
  ): FakePull;
  pulls(fullName: string): FakePull[];
  /** Collaborator role of `login`; users never given one are unknown (404). */
  setPermission(fullName: string, login: string, role: RepoRole): void;
  addTeamMember(
    org: string,
    teamSlug: string,
    login: string,
    opts?: { role?: 'member' | 'maintainer'; state?: 'active' | 'pending' },
  ): void;
  addWorkflowRun(
    fullName: string,
    opts: {
      id: number;
      name?: string;
      event?: string;
      status?: FakeRun['status'];
      conclusion?: string | null;
      headBranch?: string;
      headSha?: string;
      actor?: string;
      runAttempt?: number;
      jobs?: Array<{ id?: number; name: string }>;
    },
  ): FakeRun;
  run(fullName: string, runId: number): FakeRun | undefined;
  /** Called when cancellation of `runId` is requested (instead of completing the run at once). */
  onRunCancel(runId: number, handler: () => void): () => void;
  /** Serves bytes at an attachment URL on the web host; returns the absolute URL. */
  addAttachment(opts: AttachmentOptions): string;

  /** Makes the next matching request(s) fail. */
  inject(spec: FaultSpec): Fault;
  clearFaults(): void;
  /** Empties requests, violations, unknownRequests and responseViolations. */
  clearLog(): void;
  close(): Promise<void>;
}

interface Attachment extends AttachmentOptions {
  data: Buffer;
  storageKey: string;
}

const DOCS = 'https://docs.github.com/rest';

function defaultFaultBody(status: number): unknown {
  switch (status) {
    case 403:
    case 429:
      return {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you ' +
          'reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url:
          'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      };
    case 422:
      return {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'custom', message: 'injected fault' }],
        documentation_url: DOCS,
        status: '422',
      };
    case 404:
      return { message: 'Not Found', documentation_url: DOCS, status: '404' };
    case 401:
      return { message: 'Bad credentials', documentation_url: DOCS, status: '401' };
    case 409:
      return { message: 'Conflict', documentation_url: DOCS, status: '409' };
    case 502:
      return { message: 'Server Error' };
    case 503:
      return { message: 'Service Unavailable' };
    default:
      return { message: 'Server Error' };
  }
}

const redactedHeaders = (req: IncomingMessage, fingerprint: (t: string) => string) => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (headers.authorization) {
    const [scheme, ...rest] = headers.authorization.split(' ');
    headers.authorization = `${scheme} ${fingerprint(rest.join(' '))}`;
  }
  return headers;
};

function parseToken(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const openapi = loadOpenApi();
  const checkResponses = opts.checkResponses ?? true;
  const defaultToken = opts.token ?? `ghs_${randomBytes(18).toString('hex')}`;
  const grants = new Map<string, Required<TokenGrant>>();
  const addToken = (token: string, grant: TokenGrant = {}) => {
    grants.set(token, {
      repos: grant.repos ?? '*',
      login: grant.login ?? 'github-actions[bot]',
      access: grant.access ?? 'write',
    });
  };
  addToken(defaultToken);
  for (const [token, grant] of Object.entries(opts.tokens ?? {})) addToken(token, grant);
  const fingerprint = (token: string) =>
    `fp:${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;

  const state = new FakeState(opts.gitRoot);
  const routes = createRoutes(state);
  const attachments = new Map<string, Attachment>();
  const storage = new Map<string, Attachment>();
  let faults: Fault[] = [];

  const requests: LoggedRequest[] = [];
  const violations: Violation[] = [];
  const responseViolations: ResponseViolation[] = [];
  const unknownRequests: LoggedRequest[] = [];

  const takeFault = (method: string, pathname: string, template?: string) => {
    const fault = faults.find((f) => {
      if (f.remaining <= 0) return false;
      if (f.spec.method && f.spec.method.toUpperCase() !== method) return false;
      const p = f.spec.path;
      if (p === undefined) return true;
      if (p instanceof RegExp) return p.test(pathname);
      return p === pathname || p === template;
    });
    if (fault) {
      fault.remaining--;
      fault.hits++;
    }
    return fault;
  };

  const answerFault = async (res: ServerResponse, entry: LoggedRequest, fault: Fault) => {
    const spec = fault.spec;
    entry.fault = spec;
    if (spec.delayMs) await new Promise((r) => setTimeout(r, spec.delayMs));
    if (spec.drop) {
      entry.dropped = true;
      entry.status = 0;
      res.socket?.destroy();
      return;
    }
    const status = spec.status ?? 500;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (status === 403 || status === 429) headers['retry-after'] = '1';
    Object.assign(headers, spec.headers ?? {});
    entry.status = status;
    res.writeHead(status, headers);
    res.end(JSON.stringify(spec.body ?? defaultFaultBody(status)));
  };

  const send = (res: ServerResponse, entry: LoggedRequest, reply: Reply) => {
    entry.status = reply.status;
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...(reply.headers ?? {}),
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(JSON.stringify(reply.body));
  };

  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };

  let gitHandler: GitHttpHandler | undefined;
  if (opts.gitRoot) {
    gitHandler = createGitHttpHandler({
      root: opts.gitRoot,
      authorize: (credentials, repo, access) => {
        if (!credentials) return 'unauthorized';
        const grant = grants.get(credentials.password);
        if (!grant) return 'unauthorized';
        if (grant.repos !== '*' && !grant.repos.some((r) => lc(r) === lc(repo))) return 'not-found';
        if (access === 'write' && grant.access !== 'write') return 'forbidden';
        return 'ok';
      },
    });
  }

  const handleWeb = async (req: IncomingMessage, res: ServerResponse, url: URL, entry: LoggedRequest) => {
    const stored = url.pathname.startsWith('/_storage/') ? storage.get(url.pathname) : undefined;
    if (stored) {
      if (req.headers.authorization) {
        entry.status = 400;
        res.writeHead(400, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>Only one auth ' +
            'mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or ' +
            'the Authorization header should be specified</Message></Error>',
        );
        return true;
      }
      entry.status = 200;
      res.writeHead(200, {
        'content-type': stored.contentType ?? 'application/octet-stream',
        'content-length': String(stored.data.length),
      });
      res.end(stored.data);
      return true;
    }
    const attachment = attachments.get(url.pathname);
    if (!attachment) return false;
    if (attachment.token !== undefined && parseToken(req.headers.authorization) !== attachment.token) {
      entry.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return true;
    }
    if (attachment.redirect) {
      entry.status = 302;
      res.writeHead(302, {
        location: `${state.hosts.api}${attachment.storageKey}?X-Amz-Signature=${randomBytes(16).toString('hex')}`,
      });
      res.end();
      return true;
    }
    entry.status = 200;
    res.writeHead(200, {
      'content-type': attachment.contentType ?? 'application/octet-stream',
      'content-length': String(attachment.data.length),
      'content-disposition': `attachment; filename=${attachment.name ?? 'file.bin'}`,
    });
    res.end(attachment.data);
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const token = parseToken(req.headers.authorization);
    const basic = /^basic\s+(\S+)/i.exec(req.headers.authorization ?? '');
    const basicPassword = basic
      ? Buffer.from(basic[1], 'base64').toString('utf8').split(':').slice(1).join(':')
      : undefined;
    const entry: LoggedRequest = {
      kind: 'api',
      method,
      path: url.pathname,
      query,
      headers: redactedHeaders(req, fingerprint),
      auth: token ? fingerprint(token) : basicPassword ? fingerprint(basicPassword) : undefined,
      body: undefined,
      status: 0,
      params: {},
      time: Date.now(),
    };
    requests.push(entry);

    // Web host: attachments and git.
    const isWeb = url.pathname.startsWith('/_storage/') || attachments.has(url.pathname);
    const isGit = !isWeb && gitHandler?.matches(url.pathname);
    if (isWeb || isGit) {
      entry.kind = isWeb ? 'web' : 'git';
      const fault = takeFault(method, url.pathname);
      if (fault) {
        for await (const _chunk of req) void _chunk;
        await answerFault(res, entry, fault);
        return;
      }
      if (isWeb) {
        await handleWeb(req, res, url, entry);
        return;
      }
      const git = gitHandler as GitHttpHandler;
      await git.handle(req, res, url);
      entry.status = git.requests[git.requests.length - 1]?.status ?? res.statusCode;
      return;
    }

    // REST API.
    const raw = await readBody(req);
    let body: unknown = undefined;
    const bodyPresent = raw.length > 0;
    if (bodyPresent) {
      const text = raw.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch {
        entry.body = text;
        send(res, entry, fail(400, 'Problems parsing JSON'));
        violations.push({ kind: 'request-body', method, path: url.pathname, problems: ['body is not JSON'] });
        return;
      }
    }
    entry.body = body;

    const match = openapi.match(method, url.pathname);
    if (!match) {
      violations.push({
        kind: 'unknown-operation',
        method,
        path: url.pathname,
        problems: [`GitHub documents no ${method} ${url.pathname}`],
      });
      unknownRequests.push(entry);
      send(res, entry, fail(404, 'Not Found'));
      return;
    }
    const operation: OpenApiOperation = match.operation;
    entry.route = operation.route;
    entry.params = match.params;

    const pathProblems = openapi.checkPathParams(operation, match.params);
    if (pathProblems.length) {
      violations.push({
        kind: 'path-parameter',
        method,
        path: url.pathname,
        route: operation.route,
        problems: pathProblems,
      });
      send(res, entry, fail(404, 'Not Found'));
      return;
    }
    const queryProblems = openapi.checkQuery(operation, query);
    if (queryProblems.length) {
      violations.push({
        kind: 'query',
        method,
        path: url.pathname,
        route: operation.route,
        problems: queryProblems,
      });
      send(res, entry, fail(400, queryProblems.join('; ')));
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      const bodyProblems = openapi.checkBody(operation, body, bodyPresent);
      if (bodyProblems.length) {
        violations.push({
          kind: 'request-body',
          method,
          path: url.pathname,
          route: operation.route,
          problems: bodyProblems,
        });
        send(res, entry, fail(400, `Invalid request.\n\n${bodyProblems.join('\n')}`));
        return;
      }
    }

    const fault = takeFault(method, url.pathname, operation.template);
    if (fault && !fault.spec.applyFirst) {
      await answerFault(res, entry, fault);
      return;
    }

    // Authentication and authorization.
    const grant = token ? grants.get(token) : undefined;
    if (!grant) {
      send(res, entry, fail(401, token ? 'Bad credentials' : 'Requires authentication'));
      return;
    }
    const handler = routes[operation.route];
    if (!handler) {
      unknownRequests.push(entry);
      send(res, entry, fail(404, 'Not Found'));
      return;
    }
    let repo: FakeRepo | undefined;
    if (match.params.owner !== undefined && match.params.repo !== undefined) {
      const fullName = `${match.params.owner}/${match.params.repo}`;
      repo = state.findRepo(fullName);
      const allowed = grant.repos === '*' || grant.repos.some((r) => lc(r) === lc(fullName));
      if (!repo || !allowed) {
        send(res, entry, fail(404, 'Not Found'));
        return;
      }
      if (method !== 'GET' && method !== 'HEAD' && grant.access !== 'write') {
        send(res, entry, fail(403, 'Resource not accessible by integration'));
        return;
      }
    }
    const ctx: Ctx = {
      method,
      path: url.pathname,
      query,
      params: match.params,
      body,
      user: makeUser(grant.login),
      repo: repo as FakeRepo,
    };
    const reply = await handler(ctx);
    if (checkResponses && reply.status >= 200 && reply.status < 300) {
      const problems = openapi.checkResponse(operation, reply.status, reply.body ?? null);
      if (reply.status === 204 || reply.body === undefined) problems.length = 0;
      if (problems.length)
        responseViolations.push({ route: operation.route, status: reply.status, problems });
    }
    if (fault) {
      await answerFault(res, entry, fault);
      return;
    }
    send(res, entry, reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const entry = requests[requests.length - 1];
      if (entry) entry.status = 500;
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake GitHub failed: ${String(error)}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  state.hosts = { api: `http://127.0.0.1:${port}`, web: `http://github.localhost:${port}` };

  const fake: FakeGitHub = {
    apiUrl: state.hosts.api,
    serverUrl: state.hosts.web,
    port,
    token: defaultToken,
    requests,
    violations,
    responseViolations,
    unknownRequests,
    gitRequests: gitHandler?.requests ?? [],
    cancelledRuns: state.cancelledRuns,
    addToken,
    fingerprint,

    addRepo(fullName, o = {}) {
      const [owner, name] = fullName.split('/');
      if (!owner || !name) throw new Error(`fake GitHub: "${fullName}" is not owner/name`);
      const repo: FakeRepo = {
        id: state.nextId('repo'),
        owner: makeUser(owner),
        name,
        fullName,
        defaultBranch: o.defaultBranch ?? 'main',
        private: o.private ?? false,
        labels: new Map(),
        issues: new Map(),
        comments: new Map(),
        pulls: new Map(),
        permissions: new Map(),
        runs: new Map(),
        nextNumber: 1,
      };
      state.repos.set(lc(fullName), repo);
      return repo;
    },
    repo: (fullName) => state.mustRepo(fullName),
    addIssue(fullName, o = {}) {
      const r = state.mustRepo(fullName);
      return state.newIssue(r, o.number ?? r.nextNumber, {
        title: o.title,
        body: o.body ?? null,
        user: makeUser(o.user ?? 'octocat'),
        labels: o.labels,
        state: o.state,
      });
    },
    issue(fullName, number) {
      const issue = state.mustRepo(fullName).issues.get(number);
      if (!issue) throw new Error(`fake GitHub: no issue #${number} in ${fullName}`);
      return issue;
    },
    addComment(fullName, issueNumber, o) {
      const r = state.mustRepo(fullName);
      if (!r.issues.has(issueNumber)) throw new Error(`fake GitHub: no issue #${issueNumber} in ${fullName}`);
      const t = now();
      const comment: FakeComment = {
        id: o.id ?? state.nextId('comment'),
        issueNumber,
        body: o.body,
        user: makeUser(o.user ?? 'octocat', o.userType),
        createdAt: t,
        updatedAt: t,
        reactions: [],
      };
      state.ids.comment = Math.max(state.ids.comment, comment.id);
      r.comments.set(comment.id, comment);
      return comment;
    },
    comments(fullName, issueNumber) {
      return [...state.mustRepo(fullName).comments.values()]
        .filter((c) => c.issueNumber === issueNumber)
        .sort((a, b) => a.id - b.id);
    },
    comment(fullName, commentId) {
      const c = state.mustRepo(fullName).comments.get(commentId);
      if (!c) throw new Error(`fake GitHub: no comment ${commentId} in ${fullName}`);
      return c;
    },
    addLabel(fullName, name, o = {}) {
      return state.ensureLabel(state.mustRepo(fullName), name, o.color, o.description ?? null);
    },
    addPull(fullName, o) {
      const r = state.mustRepo(fullName);
      const number = o.number ?? r.nextNumber;
      const user = makeUser(o.user ?? 'github-actions[bot]');
      const issue = state.newIssue(r, number, {
        title: o.title ?? `Pull request ${number}`,
        body: o.body ?? null,
        user,
        labels: o.labels,
        state: o.state,
        isPullRequest: true,
      });
      const pull: FakePull = {
        number,
        id: state.nextId('pull'),
        title: issue.title,
        body: issue.body,
        head: o.head,
        headOwner: o.headOwner ?? r.owner.login,
        base: o.base ?? r.defaultBranch,
        draft: o.draft ?? false,
        state: o.state ?? 'open',
        merged: false,
        user,
        maintainerCanModify: true,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        closedAt: issue.closedAt,
        headSha: fakeSha(`${fullName} ${o.head}`),
        baseSha: fakeSha(`${fullName} ${o.base ?? r.defaultBranch}`),
      };
      r.pulls.set(number, pull);
      return pull;
    },
    pulls(fullName) {
      return [...state.mustRepo(fullName).pulls.values()].sort((a, b) => a.number - b.number);
    },
    setPermission(fullName, login, role) {
      state.mustRepo(fullName).permissions.set(lc(login), { user: makeUser(login), role });
    },
    addTeamMember(org, teamSlug, login, o = {}) {
      const key = lc(`${org}/${teamSlug}`);
      const team = state.teams.get(key) ?? new Map();
      team.set(lc(login), { role: o.role ?? 'member', state: o.state ?? 'active' });
      state.teams.set(key, team);
    },
    addWorkflowRun(fullName, o) {
      const r = state.mustRepo(fullName);
      const t = now();
      const run: FakeRun = {
        id: o.id,
        name: o.name ?? 'Script Dispatcher',
        event: o.event ?? 'issues',
        status: o.status ?? 'in_progress',
        conclusion: o.conclusion ?? null,
        headBranch: o.headBranch ?? r.defaultBranch,
        headSha: o.headSha ?? fakeSha(`${fullName} run ${o.id}`),
        actor: makeUser(o.actor ?? 'octocat'),
        runNumber: r.runs.size + 1,
        runAttempt: o.runAttempt ?? 1,
        createdAt: t,
        updatedAt: t,
        jobs: (o.jobs ?? [{ name: 'dispatch' }]).map((j, i) => ({
          id: j.id ?? o.id * 10 + i + 1,
          name: j.name,
          status: o.status ?? 'in_progress',
          conclusion: o.conclusion ?? null,
        })),
      };
      r.runs.set(run.id, run);
      return run;
    },
    run(fullName, runId) {
      return state.mustRepo(fullName).runs.get(runId);
    },
    onRunCancel(runId, handler) {
      state.cancelHandlers.set(runId, handler);
      return () => {
        if (state.cancelHandlers.get(runId) === handler) state.cancelHandlers.delete(runId);
      };
    },
    addAttachment(o) {
      const id = state.nextId('attachment');
      const name = o.name ?? 'file.bin';
      const path =
        o.kind === 'assets'
          ? `/user-attachments/assets/${randomUUID()}`
          : o.repo
            ? `/${o.repo}/files/${id}/${encodeURIComponent(name)}`
            : `/user-attachments/files/${id}/${encodeURIComponent(name)}`;
      const attachment: Attachment = {
        ...o,
        name,
        data: Buffer.isBuffer(o.bytes) ? o.bytes : Buffer.from(o.bytes),
        storageKey: `/_storage/${randomUUID()}`,
      };
      attachments.set(path, attachment);
      storage.set(attachment.storageKey, attachment);
      return `${state.hosts.web}${path}`;
    },

    inject(spec) {
      const fault: Fault = { spec, remaining: spec.times ?? 1, hits: 0 };
      faults.push(fault);
      return fault;
    },
    clearFaults() {
      faults = [];
    },
    clearLog() {
      requests.length = 0;
      violations.length = 0;
      unknownRequests.length = 0;
      responseViolations.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
