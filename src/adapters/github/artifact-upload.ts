/**
 * Uploads one artifact to the Actions results service, as `@actions/artifact` does (artifact version 7, a
 * zip), with only what the action already loads: `@actions/http-client` (the runner's proxy settings
 * included), zlib and the streaming zip writer beside this file. The library itself brings some 5 MB of
 * JavaScript (the Azure storage SDK, archiver, protobuf runtime), which every run paid for to upload a record
 * of a few kilobytes; it is still used where the action downloads (gather).
 *
 * The protocol: `CreateArtifact` (twirp, JSON) answers a signed blob URL; the zip goes there in 8 MiB blocks
 * (`Put Block`, then `Put Block List`), or in one `Put Blob` when it fits in one; `FinalizeArtifact` gets the
 * size and the SHA-256 of the zip and answers the artifact's id. Every request is retried where that is safe
 * (see retry.ts); the signed URL is never printed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { HttpClient, type HttpClientResponse } from '@actions/http-client';
import { isInside } from '../../shared/paths';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry';
import { zipStream, type ZipEntry } from './zip-writer';

const TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const BLOCK_BYTES = 8 * 1024 * 1024;
/** Blocks on their way to storage at once, while the zip goes on. */
const BLOCKS_IN_FLIGHT = 2;
const BLOB_API_VERSION = '2024-11-04';
/** A request that stays silent this long is given up (and tried again where that is safe). */
const SOCKET_TIMEOUT_MS = 300_000;

export interface UploadOptions {
  env?: NodeJS.ProcessEnv;
  /** Told when a request is tried again. */
  notice?: (message: string) => void;
  policy?: RetryPolicy;
  /** zlib level (default 6, as `@actions/artifact`). */
  level?: number;
  /** A request silent this long fails (default 5 minutes). */
  timeoutMs?: number;
}

export interface UploadedArtifact {
  id: number;
  /** Bytes of the zip. */
  size: number;
  /** `sha256:<hex>` of the zip. */
  digest: string;
}

/** A failed request: what the service said, never the URL it was sent to. */
export class ArtifactUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactUploadError';
  }
}

/** Uploads `files` (absolute paths under `rootDir`) as the zip artifact `name` of this job. */
export async function uploadArtifact(
  name: string,
  rootDir: string,
  files: readonly string[],
  options: UploadOptions = {},
): Promise<UploadedArtifact> {
  const env = options.env ?? process.env;
  checkArtifactName(name);
  const entries = zipEntries(rootDir, files);
  const token = env.ACTIONS_RUNTIME_TOKEN;
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  if (!token || !resultsUrl) {
    throw new ArtifactUploadError(
      isEnterpriseServer(env.GITHUB_SERVER_URL)
        ? 'this GitHub Enterprise Server offers no artifact service of version 4 (the one actions/upload-artifact@v4 uses), so the outputs cannot be uploaded.'
        : 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: artifacts can be uploaded only in a workflow job.',
    );
  }
  const ids = backendIds(token);
  const http = new HttpClient('script-dispatcher', [], {
    socketTimeout: options.timeoutMs ?? SOCKET_TIMEOUT_MS,
    keepAlive: true,
  });
  const send = sender(http, options);
  try {
    const twirp = async (method: string, body: Record<string, unknown>) => {
      const url = new URL(`/twirp/${TWIRP_SERVICE}/${method}`, new URL(resultsUrl).origin).href;
      const answer = await send(method, 'POST', url, JSON.stringify(body), {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      });
      const parsed = parseJson(answer);
      if (parsed?.ok !== true)
        throw new ArtifactUploadError(`${method}: the results service did not accept it.`);
      return parsed;
    };

    const created = await twirp('CreateArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name,
      mime_type: 'application/zip',
      version: 7,
    });
    const blobUrl = created.signed_upload_url;
    if (typeof blobUrl !== 'string' || !blobUrl) {
      throw new ArtifactUploadError('CreateArtifact: the results service gave no upload URL.');
    }
    const { size, sha256 } = await uploadBlob(send, blobUrl, zipStream(entries, { level: options.level }));
    const finalized = await twirp('FinalizeArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name,
      size: String(size),
      hash: `sha256:${sha256}`,
    });
    const id = Number(finalized.artifact_id);
    if (!Number.isSafeInteger(id))
      throw new ArtifactUploadError('FinalizeArtifact: no artifact id in the answer.');
    return { id, size, digest: `sha256:${sha256}` };
  } finally {
    http.dispose();
  }
}

/**
 * A server other than github.com, a GHE.com tenant or a local one (as `@actions/artifact` tells them apart).
 */
function isEnterpriseServer(serverUrl: string | undefined): boolean {
  if (!serverUrl) return false;
  try {
    const host = new URL(serverUrl).hostname.toLowerCase();
    return !(
      host === 'github.com' ||
      host.endsWith('.ghe.com') ||
      host === 'localhost' ||
      host.endsWith('.localhost')
    );
  } catch {
    return false;
  }
}

/** Characters the artifact service refuses in a name. */
const BAD_NAME = /[":<>|*?\r\n\\/]/;

function checkArtifactName(name: string): void {
  if (!name || BAD_NAME.test(name)) {
    throw new ArtifactUploadError(
      `${JSON.stringify(name)} cannot be an artifact name: it must not be empty nor contain " : < > | * ? \\ / or a line break.`,
    );
  }
}

function zipEntries(rootDir: string, files: readonly string[]): ZipEntry[] {
  const root = path.resolve(rootDir);
  return files.map((file) => {
    const full = path.resolve(file);
    if (!isInside(root, full)) {
      throw new ArtifactUploadError(`${file} is not inside ${root}, the directory being uploaded.`);
    }
    return { source: file, name: path.relative(root, full).split(path.sep).join('/') };
  });
}

/** The run's and the job's backend ids, from the runtime token's `Actions.Results:<run>:<job>` scope. */
export function backendIds(token: string): { run: string; job: string } {
  let scopes: unknown;
  try {
    const payload = token.split('.')[1] ?? '';
    scopes = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    scopes = undefined;
  }
  for (const scope of typeof scopes === 'string' ? scopes.split(' ') : []) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
      return { run: parts[1], job: parts[2] };
    }
  }
  throw new ArtifactUploadError(
    'ACTIONS_RUNTIME_TOKEN holds no Actions.Results scope: it is not a runtime token.',
  );
}

type Body = string | Buffer;
type Send = (
  what: string,
  method: string,
  url: string,
  body: Body,
  headers: Record<string, string>,
) => Promise<string>;

/** One request, tried again after a dropped connection, a server error or a rate limit (retry.ts). */
function sender(http: HttpClient, options: UploadOptions): Send {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  return async (what, method, url, body, headers) => {
    for (let attempt = 0; ; attempt++) {
      let status: number | undefined;
      let message: string;
      let answerHeaders: Record<string, string | undefined> = {};
      try {
        const sent = Buffer.isBuffer(body) ? Readable.from([body]) : body;
        const length = String(Buffer.byteLength(body));
        const response: HttpClientResponse = await http.request(method, url, sent, {
          ...headers,
          'Content-Length': length,
        });
        const text = await response.readBody();
        status = response.message.statusCode;
        if (status !== undefined && status >= 200 && status < 300) return text;
        answerHeaders = flatHeaders(response.message.headers);
        message = `${what} failed: ${status ?? '?'} ${serviceMessage(text) ?? response.message.statusMessage ?? ''}`;
      } catch (error) {
        // Some errors quote the request's path: its query (the blob URL's signature) goes.
        const query = new URL(url).search;
        message = `${what} failed: ${String((error as Error).message)
          .split(query || '\0')
          .join('')}`;
      }
      const wait = retryDelay(
        { method, url: new URL(url).pathname, status, headers: answerHeaders, message },
        attempt,
        policy,
      );
      if (wait === undefined) throw new ArtifactUploadError(message.trim());
      options.notice?.(`${message.trim()}; trying again in ${Math.round(wait / 100) / 10} s.`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
}

function flatHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers))
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** The useful part of an error body: twirp's `msg`, or Azure's `<Message>`. */
function serviceMessage(text: string): string | undefined {
  const twirp = parseJson(text)?.msg;
  if (typeof twirp === 'string') return twirp;
  return /<Message>([^<]*)<\/Message>/.exec(text)?.[1]?.split('\n')[0];
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Streams the zip to the signed blob URL: one `Put Blob` when it fits in a block, else blocks (two on their
 * way at once) and the block list. Answers the zip's size and SHA-256.
 */
async function uploadBlob(
  send: Send,
  blobUrl: string,
  zip: AsyncIterable<Buffer>,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  const blockIds: string[] = [];
  const inFlight = new Set<Promise<unknown>>();
  let failed: unknown;
  let size = 0;
  // What the zip gave since the last block (a small zip never makes an 8 MiB buffer).
  let pending: Buffer[] = [];
  let filled = 0;
  const withQuery = (query: string) => `${blobUrl}${blobUrl.includes('?') ? '&' : '?'}${query}`;
  const common = { 'x-ms-version': BLOB_API_VERSION };

  const putBlock = async (bytes: Buffer) => {
    // Ids of one length, as Azure requires: the block's number, zero-padded.
    const id = Buffer.from(String(blockIds.length).padStart(8, '0')).toString('base64');
    blockIds.push(id);
    const sending = send(
      'Uploading a block of the artifact',
      'PUT',
      withQuery(`comp=block&blockid=${encodeURIComponent(id)}`),
      bytes,
      common,
    )
      .catch((error: unknown) => {
        failed ??= error;
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    if (inFlight.size >= BLOCKS_IN_FLIGHT) await Promise.race(inFlight);
    if (failed) throw failed;
  };

  for await (const chunk of zip) {
    hash.update(chunk);
    size += chunk.length;
    pending.push(chunk);
    filled += chunk.length;
    while (filled >= BLOCK_BYTES) {
      const joined = Buffer.concat(pending, filled);
      await putBlock(joined.subarray(0, BLOCK_BYTES));
      pending = filled > BLOCK_BYTES ? [joined.subarray(BLOCK_BYTES)] : [];
      filled -= BLOCK_BYTES;
    }
  }
  const last = Buffer.concat(pending, filled);
  if (blockIds.length === 0) {
    await send('Uploading the artifact', 'PUT', blobUrl, last, {
      ...common,
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-blob-content-type': 'application/zip',
    });
  } else {
    if (filled > 0) await putBlock(last);
    await Promise.all(inFlight);
    if (failed) throw failed;
    const list = blockIds.map((id) => `<Latest>${id}</Latest>`).join('');
    await send(
      'Committing the artifact',
      'PUT',
      withQuery('comp=blocklist'),
      `<?xml version="1.0" encoding="utf-8"?><BlockList>${list}</BlockList>`,
      {
        ...common,
        'Content-Type': 'application/xml',
        'x-ms-blob-content-type': 'application/zip',
      },
    );
  }
  return { size, sha256: hash.digest('hex') };
}
