/** Downloads the file a csv/file argument links to. */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { UserError } from '../errors';
import { displayUrl } from './attachments';
import { code, formatBytes } from './messages';

export interface DownloadOptions {
  /** Sent as `Authorization: token <t>`, only to the GitHub host and never after a redirect leaves it. */
  token?: string;
  /** The GitHub host, e.g. `https://github.com`. */
  serverUrl: string;
  /** The download fails as soon as more than this many bytes arrive. */
  maxBytes: number;
  /** Use this instead of Node's own HTTP client (it must honour `redirect: 'manual'`). */
  fetchImpl?: typeof fetch;
  /** Whole download, redirects included (default 2 minutes). */
  timeoutMs?: number;
}

/** The link could not be downloaded; the message says why, for the person who gave it. */
export class DownloadError extends UserError {
  readonly url: string;
  /** The HTTP status, when the server answered with an error. */
  readonly status?: number;
  readonly fix: string;
  constructor(message: string, fix: string, url: string, status?: number) {
    super(message, [{ message, fix }]);
    this.name = 'DownloadError';
    this.url = url;
    this.status = status;
    this.fix = fix;
  }
}

export const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 120_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** One HTTP answer, whichever client fetched it. */
interface Answer {
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  body: AsyncIterable<Uint8Array>;
  /** Stop reading and release the connection. */
  discard(): void;
}

type Client = (url: URL, headers: Record<string, string>, signal: AbortSignal) => Promise<Answer>;

/**
 * GETs `url` and returns its bytes. Follows up to {@link MAX_REDIRECTS} redirects; the token goes only to the
 * GitHub host (same scheme, host and port as `serverUrl`) and is dropped for good once a redirect leaves it.
 * Stops as soon as more than `maxBytes` arrive. Any failure is a {@link DownloadError}.
 */
export async function downloadAttachment(url: string, opts: DownloadOptions): Promise<Buffer> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new DownloadError(
      `${code(url)} is not a valid link.`,
      'Attach the file to the issue and use the link GitHub inserts.',
      url,
    );
  }
  const shown = code(displayUrl(current));
  const client = opts.fetchImpl ? fetchClient(opts.fetchImpl) : nodeClient;
  const server = parseUrl(opts.serverUrl);
  let authorized = Boolean(opts.token) && server !== undefined && sameOrigin(current, server);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref?.();
  const fail = (message: string, fix: string, status?: number) =>
    new DownloadError(`Could not download ${shown}: ${message}.`, fix, url, status);
  const tooLarge = () =>
    fail(
      `the file is larger than the limit of ${formatBytes(opts.maxBytes)}`,
      'Give a smaller file, or ask a maintainer to raise the size limit in the manifest.',
    );

  try {
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'https:' && current.protocol !== 'http:') {
        throw fail(`only http and https links can be downloaded, not ${code(current.protocol)}`, ATTACH_FIX);
      }
      const headers: Record<string, string> = { 'user-agent': 'script-dispatcher', accept: '*/*' };
      if (authorized && opts.token) headers.authorization = `token ${opts.token}`;

      let answer: Answer;
      try {
        answer = await client(current, headers, controller.signal);
      } catch (error) {
        throw controller.signal.aborted
          ? fail(`no answer within ${Math.round(timeoutMs / 1000)} seconds`, RETRY_FIX)
          : fail(`${networkReason(error)}`, RETRY_FIX);
      }

      if (REDIRECT_STATUSES.has(answer.status)) {
        answer.discard();
        const location = answer.header('location');
        if (!location) throw fail(`the server answered ${answer.status} without saying where to`, RETRY_FIX);
        if (redirects >= MAX_REDIRECTS) throw fail(`more than ${MAX_REDIRECTS} redirects`, ATTACH_FIX);
        const next = parseUrl(location, current);
        if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
          throw fail('the server redirected to something that is not an http(s) link', ATTACH_FIX);
        }
        if (current.protocol === 'https:' && next.protocol === 'http:') {
          throw fail('the server redirected from https to plain http', ATTACH_FIX);
        }
        if (next.username !== '' || next.password !== '') {
          throw fail('the server redirected to a link with a user name or password', ATTACH_FIX);
        }
        if (!sameOrigin(next, current)) authorized = false;
        current = next;
        continue;
      }

      if (answer.status < 200 || answer.status > 299) {
        answer.discard();
        throw fail(
          `the server answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`,
          statusFix(answer.status),
          answer.status,
        );
      }

      const declared = Number(answer.header('content-length'));
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        answer.discard();
        throw tooLarge();
      }
      const chunks: Buffer[] = [];
      let total = 0;
      try {
        for await (const chunk of answer.body) {
          total += chunk.length;
          if (total > opts.maxBytes) {
            answer.discard();
            throw tooLarge();
          }
          chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        }
      } catch (error) {
        if (error instanceof DownloadError) throw error;
        throw controller.signal.aborted
          ? fail(`the download did not finish within ${Math.round(timeoutMs / 1000)} seconds`, RETRY_FIX)
          : fail(`the connection broke: ${networkReason(error)}`, RETRY_FIX);
      }
      return Buffer.concat(chunks, total);
    }
  } finally {
    clearTimeout(timer);
  }
}

const ATTACH_FIX =
  'Attach the file to the issue (drag it into the field), or paste its content in a fenced block.';
const RETRY_FIX = 'Check the link and try again; if it keeps failing, attach the file to the issue instead.';

function statusFix(status: number): string {
  if (status === 401 || status === 403) {
    return 'The file cannot be read with the workflow’s token: attach it to this issue again, or paste its content.';
  }
  if (status === 404 || status === 410) {
    return 'Check that the link is complete and the file still exists; attach the file to this issue again if needed.';
  }
  if (status >= 500) return 'The server had a problem; try again later.';
  return RETRY_FIX;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const codeOf = (e: unknown) => (e as { code?: unknown })?.code;
  const errno = codeOf(error) ?? codeOf(cause);
  if (errno === 'ENOTFOUND' || errno === 'EAI_AGAIN') return 'the host name could not be found';
  if (errno === 'ECONNREFUSED') return 'the server refused the connection';
  if (errno === 'ECONNRESET') return 'the server closed the connection';
  if (typeof errno === 'string') return `network error ${errno}`;
  const message =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

function parseUrl(text: string, base?: URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

/** `localhost` and every `*.localhost` name (RFC 6761), which the system resolver may not know. */
export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/** DNS lookup that sends `*.localhost` to 127.0.0.1 and everything else to the system resolver. */
export const lookupWithLoopback: LookupFunction = (hostname, options, callback) => {
  if (isLoopbackName(hostname)) {
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  dns.lookup(hostname, options, callback);
};

const nodeClient: Client = (url, headers, signal) =>
  new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'GET', headers, lookup: lookupWithLoopback, signal },
      (response) => {
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          header: (name) => {
            const value = response.headers[name.toLowerCase()];
            return Array.isArray(value) ? value[0] : value;
          },
          body: response,
          discard: () => {
            response.destroy();
            request.destroy();
          },
        });
      },
    );
    request.on('error', reject);
    request.end();
  });

function fetchClient(fetchImpl: typeof fetch): Client {
  return async (url, headers, signal) => {
    const response = await fetchImpl(url, { method: 'GET', headers, redirect: 'manual', signal });
    return {
      status: response.status,
      statusText: response.statusText,
      header: (name) => response.headers.get(name) ?? undefined,
      body: chunksOf(response.body),
      discard: () => {
        response.body?.cancel().catch(() => undefined);
      },
    };
  };
}

async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
