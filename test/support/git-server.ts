/**
 * Smart HTTP for bare repositories: `git http-backend` behind a small CGI wrapper, with GitHub's way of
 * authenticating (HTTP Basic, the token as password, e.g. `x-access-token:TOKEN` as actions/checkout sends
 * it). Usable on its own (`startGitHttpServer`) or mounted in the fake GitHub's web host.
 *
 * The process hosting this server must never block on a synchronous child process (execSync, spawnSync):
 * a git client talking to this server would wait for an answer that cannot come.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);

export type GitAccess = 'read' | 'write';
export type GitAuthDecision = 'ok' | 'unauthorized' | 'forbidden' | 'not-found';

export interface GitCredentials {
  user: string;
  password: string;
}

export interface GitRequestRecord {
  method: string;
  /** Path as requested, e.g. `/owner/name.git/info/refs`. */
  path: string;
  query: string;
  /** `owner/name` of the repository asked for. */
  repo: string;
  service?: 'git-upload-pack' | 'git-receive-pack';
  access: GitAccess;
  /** The Basic user name given, if any. */
  user?: string;
  status: number;
  /** What git http-backend wrote to stderr, if anything. */
  stderr?: string;
}

export interface GitHttpHandlerOptions {
  /** Directory holding the bare repositories as `<owner>/<name>.git` or `<owner>/<name>`. */
  root: string;
  /** Decides whether the credentials (undefined when none were given) may read or write `owner/name`. */
  authorize(credentials: GitCredentials | undefined, repo: string, access: GitAccess): GitAuthDecision;
}

export interface GitHttpHandler {
  /** Handles the request when it is a git request for a repository under root; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Whether the path looks like a git smart-HTTP request for an existing repository. */
  matches(pathname: string): boolean;
  requests: GitRequestRecord[];
}

const GIT_PATH =
  /^\/([^/]+)\/([^/]+?)(?:\.git)?(\/(?:info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.+))$/;

/** The `Authorization` header value actions/checkout sets through `http.extraheader`. */
export function basicAuthorization(token: string, user = 'x-access-token'): string {
  return `basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
}

function parseBasic(header: string | undefined): GitCredentials | undefined {
  const m = /^basic\s+(\S+)/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function findRepoDir(root: string, owner: string, name: string): string | undefined {
  for (const candidate of [`${name}.git`, name]) {
    const dir = join(root, owner, candidate);
    if (existsSync(dir) && statSync(dir).isDirectory()) return `${owner}/${candidate}`;
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const encoding = String(req.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipAsync(raw);
  return raw;
}

export function createGitHttpHandler(opts: GitHttpHandlerOptions): GitHttpHandler {
  const requests: GitRequestRecord[] = [];

  const parse = (pathname: string) => {
    const m = GIT_PATH.exec(pathname);
    if (!m) return undefined;
    const [, owner, name, rest] = m;
    const relative = findRepoDir(opts.root, owner, name);
    if (!relative) return undefined;
    return { owner, name, rest, relative };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const parsed = parse(url.pathname);
    if (!parsed) return false;
    const serviceParam = url.searchParams.get('service');
    const service = parsed.rest.endsWith('/git-receive-pack')
      ? 'git-receive-pack'
      : parsed.rest.endsWith('/git-upload-pack')
        ? 'git-upload-pack'
        : serviceParam === 'git-receive-pack' || serviceParam === 'git-upload-pack'
          ? serviceParam
          : undefined;
    const access: GitAccess = service === 'git-receive-pack' ? 'write' : 'read';
    const credentials = parseBasic(req.headers.authorization);
    const record: GitRequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      repo: `${parsed.owner}/${parsed.name}`,
      service,
      access,
      user: credentials?.user,
      status: 0,
    };
    requests.push(record);

    const decision = opts.authorize(credentials, record.repo, access);
    if (decision !== 'ok') {
      // Drain the request before answering, so the client sees the status rather than a reset.
      for await (const _chunk of req) void _chunk;
      const status = { unauthorized: 401, forbidden: 403, 'not-found': 404 }[decision];
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (decision === 'unauthorized') headers['www-authenticate'] = 'Basic realm="GitHub"';
      record.status = status;
      res.writeHead(status, headers);
      res.end(
        decision === 'unauthorized'
          ? 'Invalid username or token.\n'
          : decision === 'forbidden'
            ? `Permission to ${record.repo}.git denied.\n`
            : 'Repository not found.\n',
      );
      return true;
    }

    const body = await readBody(req);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_PROJECT_ROOT: opts.root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      PATH_INFO: `/${parsed.relative}${parsed.rest}`,
      QUERY_STRING: record.query,
      REQUEST_METHOD: record.method,
      CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
      CONTENT_LENGTH: String(body.length),
      REMOTE_ADDR: '127.0.0.1',
      REMOTE_USER: credentials?.user || 'x-access-token',
      SERVER_PROTOCOL: 'HTTP/1.1',
      GATEWAY_INTERFACE: 'CGI/1.1',
    };
    const protocol = req.headers['git-protocol'];
    if (protocol) env.GIT_PROTOCOL = String(protocol);

    await new Promise<void>((resolve) => {
      const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      let head = Buffer.alloc(0);
      let headersSent = false;
      const stderr: Buffer[] = [];
      child.stderr.on('data', (d: Buffer) => stderr.push(d));
      child.stdout.on('data', (chunk: Buffer) => {
        if (headersSent) {
          res.write(chunk);
          return;
        }
        head = Buffer.concat([head, chunk]);
        let end = head.indexOf('\r\n\r\n');
        let sepLength = 4;
        if (end < 0) {
          end = head.indexOf('\n\n');
          sepLength = 2;
        }
        if (end < 0) return;
        const lines = head.subarray(0, end).toString('latin1').split(/\r?\n/);
        let status = 200;
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          if (colon < 0) continue;
          const name = line.slice(0, colon).trim();
          const value = line.slice(colon + 1).trim();
          if (name.toLowerCase() === 'status') status = parseInt(value, 10) || 200;
          else headers[name] = value;
        }
        record.status = status;
        res.writeHead(status, headers);
        headersSent = true;
        const rest = head.subarray(end + sepLength);
        if (rest.length) res.write(rest);
      });
      child.on('error', (error) => {
        record.status = 500;
        if (!headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
        resolve();
      });
      child.on('close', () => {
        if (stderr.length) record.stderr = Buffer.concat(stderr).toString('utf8');
        if (!headersSent) {
          record.status = 500;
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(record.stderr ?? 'git http-backend wrote no answer');
        } else {
          res.end();
        }
        resolve();
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(body);
    });
    return true;
  };

  return { handle, matches: (pathname) => parse(pathname) !== undefined, requests };
}

export interface GitHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:PORT`; clone `${url}/<owner>/<name>.git` (or without `.git`). */
  url: string;
  port: number;
  requests: GitRequestRecord[];
  close(): Promise<void>;
}

/**
 * A git smart-HTTP server on 127.0.0.1 for the bare repositories under `root`. Every request needs Basic
 * credentials whose password is `token` (any user name); push (receive-pack) is allowed with it too.
 */
export async function startGitHttpServer(opts: { root: string; token: string }): Promise<GitHttpServer> {
  const handler = createGitHttpHandler({
    root: opts.root,
    authorize: (credentials) => (credentials?.password === opts.token ? 'ok' : 'unauthorized'),
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    handler
      .handle(req, res, url)
      .then((handled) => {
        if (handled) return;
        handler.requests.push({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.search.replace(/^\?/, ''),
          repo: '',
          access: 'read',
          status: 404,
        });
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Repository not found.\n');
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: handler.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
