/**
 * The artifact backend of GitHub Actions, locally: Azurite (the real Azure Storage emulator) holds the
 * blobs, and a fake results service answers the twirp ArtifactService calls that `@actions/artifact`
 * makes, handing out upload and download URLs signed with Azurite's well-known account key (so SAS
 * permissions are really enforced).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import { unzip } from './zip';

/** Azurite's documented development account. */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-results';
const SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface ArtifactRecord {
  id: number;
  name: string;
  /** Size the client reported when finalizing (bytes of the zip). */
  size: number;
  finalized: boolean;
  deleted: boolean;
  /** `sha256:<hex>` as the client reported it. */
  digest?: string;
  mimeType?: string;
  blobName: string;
  runBackendId: string;
  jobBackendId: string;
  createdAt: string;
}

export interface ArtifactServiceRequest {
  method: string;
  status: number;
  body: unknown;
}

export interface ArtifactServiceFault {
  /** Twirp method name, e.g. `CreateArtifact`; all when omitted. */
  method?: string;
  status: number;
  times?: number;
  /** Twirp error body; `{code, msg}` by default. */
  body?: unknown;
}

export interface ArtifactService {
  /** Base URL of the fake results service. */
  url: string;
  /** Base URL of Azurite's blob endpoint (with the account path). */
  blobUrl: string;
  runBackendId: string;
  jobBackendId: string;
  /** What the runner gives a job: ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN. */
  env: { ACTIONS_RESULTS_URL: string; ACTIONS_RUNTIME_TOKEN: string };
  /**
   * The same for another job of the same workflow run (e.g. a fan-out leg or gather job): its artifacts are
   * stored under its own job id, and it lists and downloads every artifact of the run, as on GitHub.
   */
  jobEnv(jobBackendId: string): { ACTIONS_RESULTS_URL: string; ACTIONS_RUNTIME_TOKEN: string };
  /** Every artifact created, in order (also unfinalized and deleted ones). */
  artifacts: ArtifactRecord[];
  requests: ArtifactServiceRequest[];
  /** The finalized artifact's zip, unpacked: file path inside the zip → bytes. */
  download(name: string): Promise<Map<string, Buffer>>;
  /** The finalized artifact's blob as uploaded. */
  downloadRaw(name: string): Promise<Buffer>;
  inject(fault: ArtifactServiceFault): void;
  close(): Promise<void>;
}

/** Another twirp service served beside the artifact one, over the same server and Azurite. */
export interface ExtraTwirpService {
  /** e.g. `github.actions.results.api.v1.CacheService` */
  name: string;
  methods: Record<string, (body: Record<string, unknown>) => Promise<{ status: number; body: unknown }>>;
}

/** What an extra service gets to store its blobs: Azurite's container and SAS-signed URLs of its blobs. */
export interface SharedStorage {
  container: ReturnType<BlobServiceClient['getContainerClient']>;
  sign(blobName: string, permissions: string): string;
}

const base64url = (s: string) => Buffer.from(s).toString('base64url');

/** An unsigned JWT as the runner's ACTIONS_RUNTIME_TOKEN: the client decodes it, nobody verifies it. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const iat = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      iat,
      nbf: iat,
      exp: iat + 6 * 3600,
      iss: 'vstoken.actions.githubusercontent.com',
    }),
  );
  return `${header}.${payload}.`;
}

interface Azurite {
  process: ChildProcess;
  port: number;
  dir: string;
}

async function startAzurite(): Promise<Azurite> {
  const require = createRequire(import.meta.url);
  const main = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'blob', 'main.js');
  const dir = await mkdtemp(join(tmpdir(), 'azurite-'));
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AZURITE_ACCOUNTS: undefined } },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within 20 s:\n${out}`));
    }, 20_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${out}`));
    });
  });
  // Keep draining the output so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { process: child, port, dir };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** A google.protobuf wrapper (StringValue, Int64Value) in JSON is the bare value; accept `{value}` too. */
const unwrap = (v: unknown): string | undefined =>
  v === undefined || v === null
    ? undefined
    : typeof v === 'object' && 'value' in (v as object)
      ? String((v as { value: unknown }).value)
      : String(v);

export async function startArtifactService(
  opts: {
    runBackendId?: string;
    jobBackendId?: string;
    /** More twirp services on the same origin (the cache service), made once storage is up. */
    services?: ((storage: SharedStorage) => ExtraTwirpService)[];
  } = {},
): Promise<ArtifactService> {
  const runBackendId = opts.runBackendId ?? 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
  const jobBackendId = opts.jobBackendId ?? 'ca395085-040a-526b-2ce8-bdc85f692774';
  const token = runtimeToken(runBackendId, jobBackendId);
  /** Runtime token → the job of this run it was given to. */
  const jobTokens = new Map<string, string>([[token, jobBackendId]]);
  const azurite = await startAzurite();
  const exitGuard = () => azurite.process.kill('SIGKILL');
  process.once('exit', exitGuard);

  const blobUrl = `http://127.0.0.1:${azurite.port}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const blobService = new BlobServiceClient(blobUrl, credential);
  const container = blobService.getContainerClient(CONTAINER);
  await container.create();

  const sign = (blobName: string, permissions: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 5 * 60_000),
        expiresOn: new Date(Date.now() + 60 * 60_000),
      },
      credential,
    ).toString();
    return `${blobUrl}/${CONTAINER}/${blobName.split('/').map(encodeURIComponent).join('/')}?${sas}`;
  };

  const extra = new Map(
    (opts.services ?? []).map((make) => make({ container, sign })).map((x) => [x.name, x]),
  );

  const artifacts: ArtifactRecord[] = [];
  const requests: ArtifactServiceRequest[] = [];
  let faults: Array<ArtifactServiceFault & { remaining: number }> = [];
  let nextId = 4_100_000_000;

  type Answer = { status: number; body: unknown };
  const twirpError = (status: number, code: string, msg: string): Answer => ({ status, body: { code, msg } });

  const live = (name: string) =>
    artifacts.filter((a) => a.name === name && !a.deleted && a.runBackendId === runBackendId);

  const methods: Record<string, (body: Record<string, unknown>, job: string) => Promise<Answer>> = {
    async CreateArtifact(body, job) {
      const name = String(body.name ?? '');
      if (!name) return twirpError(400, 'invalid_argument', 'name is required');
      if (live(name).some((a) => a.finalized)) {
        return twirpError(
          409,
          'already_exists',
          `an artifact with this name already exists on the workflow run`,
        );
      }
      const mimeType = unwrap(body.mime_type) ?? 'application/zip';
      const blobName = `${runBackendId}/${job}/${name}${mimeType === 'application/zip' ? '.zip' : ''}`;
      for (const old of live(name)) old.deleted = true;
      artifacts.push({
        id: ++nextId,
        name,
        size: 0,
        finalized: false,
        deleted: false,
        mimeType,
        blobName,
        runBackendId,
        jobBackendId: job,
        createdAt: new Date().toISOString(),
      });
      return { status: 200, body: { ok: true, signed_upload_url: sign(blobName, 'cw') } };
    },
    async FinalizeArtifact(body) {
      const artifact = live(String(body.name ?? '')).find((a) => !a.finalized);
      if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
      const exists = await container.getBlobClient(artifact.blobName).exists();
      if (!exists) return twirpError(400, 'failed_precondition', 'no blob was uploaded for this artifact');
      artifact.size = Number(body.size ?? 0);
      artifact.digest = unwrap(body.hash);
      artifact.finalized = true;
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    },
    async ListArtifacts(body) {
      const nameFilter = unwrap(body.name_filter);
      const idFilter = unwrap(body.id_filter);
      const list = artifacts
        .filter((a) => a.finalized && !a.deleted)
        .filter((a) => nameFilter === undefined || a.name === nameFilter)
        .filter((a) => idFilter === undefined || String(a.id) === idFilter)
        .map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.digest ? { digest: a.digest } : {}),
        }));
      return { status: 200, body: { artifacts: list } };
    },
    async GetSignedArtifactURL(body) {
      const artifact = live(String(body.name ?? '')).find((a) => a.finalized);
      if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
      return { status: 200, body: { signed_url: sign(artifact.blobName, 'r') } };
    },
    async DeleteArtifact(body) {
      const artifact = live(String(body.name ?? '')).find((a) => a.finalized);
      if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
      artifact.deleted = true;
      await container.getBlobClient(artifact.blobName).deleteIfExists();
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    },
  };

  const server = createServer((req, res) => {
    const answer = (method: string, a: Answer, body: unknown) => {
      requests.push({ method, status: a.status, body });
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    };
    (async () => {
      const m = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(req.url ?? '');
      const body = (await readJson(req).catch(() => undefined)) as Record<string, unknown> | undefined;
      const service = m ? extra.get(m[1]) : undefined;
      const handlers = service?.methods ?? methods;
      if (req.method !== 'POST' || !m || (m[1] !== SERVICE && !service) || !handlers[m[2]]) {
        return answer(
          m?.[2] ?? String(req.url),
          twirpError(404, 'bad_route', `no handler for ${req.url}`),
          body,
        );
      }
      const method = m[2];
      const auth = req.headers.authorization ?? '';
      const job = auth.startsWith('Bearer ') ? jobTokens.get(auth.slice('Bearer '.length)) : undefined;
      if (job === undefined) {
        return answer(method, twirpError(401, 'unauthenticated', 'invalid runtime token'), body);
      }
      if (!body) return answer(method, twirpError(400, 'malformed', 'body is not JSON'), body);
      // A job names itself, except when it asks for the download URL of another job's artifact of the run.
      const jobs = [...jobTokens.values()];
      if (
        !service &&
        (body.workflow_run_backend_id !== runBackendId ||
          (method === 'GetSignedArtifactURL'
            ? !jobs.includes(String(body.workflow_job_run_backend_id))
            : body.workflow_job_run_backend_id !== job))
      ) {
        return answer(
          method,
          twirpError(403, 'permission_denied', 'backend ids do not match the token'),
          body,
        );
      }
      const fault = faults.find((f) => f.remaining > 0 && (!f.method || f.method === method));
      if (fault) {
        fault.remaining--;
        return answer(
          method,
          { status: fault.status, body: fault.body ?? { code: 'internal', msg: 'injected fault' } },
          body,
        );
      }
      answer(method, await handlers[method](body, job), body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const finalized = (name: string) => {
    const artifact = live(name).find((a) => a.finalized);
    if (!artifact)
      throw new Error(
        `no finalized artifact named ${name} (have: ${artifacts.map((a) => a.name).join(', ')})`,
      );
    return artifact;
  };
  const downloadRaw = async (name: string) =>
    container.getBlobClient(finalized(name).blobName).downloadToBuffer();

  return {
    url,
    blobUrl,
    runBackendId,
    jobBackendId,
    env: { ACTIONS_RESULTS_URL: `${url}/`, ACTIONS_RUNTIME_TOKEN: token },
    jobEnv(job) {
      const jobToken = runtimeToken(runBackendId, job);
      jobTokens.set(jobToken, job);
      return { ACTIONS_RESULTS_URL: `${url}/`, ACTIONS_RUNTIME_TOKEN: jobToken };
    },
    artifacts,
    requests,
    downloadRaw,
    download: async (name) => unzip(await downloadRaw(name)),
    inject(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    async close() {
      faults = [];
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      process.removeListener('exit', exitGuard);
      if (azurite.process.exitCode === null && azurite.process.signalCode === null) {
        const exited = new Promise((resolve) => azurite.process.once('exit', resolve));
        azurite.process.kill('SIGTERM');
        const timer = setTimeout(() => azurite.process.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      await rm(azurite.dir, { recursive: true, force: true });
    },
  };
}
