/**
 * The artifact upload against the fake results service and a real Azurite (test/support/results-service.ts),
 * and, for what storage does wrong (errors, silence), against a small blob server of its own.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ArtifactUploadError, backendIds, uploadArtifact } from '../../src/adapters/github/artifact-upload';
import type { RetryPolicy } from '../../src/adapters/github/retry';
import { runtimeToken, startArtifactService, type ArtifactService } from '../support/results-service';

const FAST: RetryPolicy = { serverRetries: 3, baseDelayMs: 5, rateLimitRetries: 2, maxRateLimitWaitMs: 1000 };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sd-artifact-upload-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string, contents: Record<string, Buffer | string>): string[] {
  return Object.entries(contents).map(([name, body]) => {
    const file = path.join(root, ...name.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    return file;
  });
}

describe('against the results service and Azurite', () => {
  let service: ArtifactService;
  beforeAll(async () => {
    service = await startArtifactService();
  }, 60_000);
  afterAll(() => service?.close());

  test('a small artifact: one Put Blob, finalized with its size and digest, the files inside', async () => {
    const root = path.join(dir, 'small');
    const list = files(root, {
      'report.csv': 'a,b\n1,2\n',
      'nested/deeper/é.txt': 'été',
      '_dispatch/record.json': '{}',
    });
    const before = service.requests.length;
    const up = await uploadArtifact('outputs-small', root, list, { env: service.env, policy: FAST });

    const record = service.artifacts.find((a) => a.name === 'outputs-small');
    expect(record).toMatchObject({ finalized: true, id: up.id, size: up.size, mimeType: 'application/zip' });
    const raw = await service.downloadRaw('outputs-small');
    expect(raw.length).toBe(up.size);
    expect(up.digest).toBe(`sha256:${sha256(raw)}`);
    expect(record?.digest).toBe(up.digest);
    const got = await service.download('outputs-small');
    expect([...got.keys()].sort()).toEqual(['_dispatch/record.json', 'nested/deeper/é.txt', 'report.csv']);
    expect(got.get('nested/deeper/é.txt')?.toString()).toBe('été');
    expect(service.requests.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual([
      'CreateArtifact 200',
      'FinalizeArtifact 200',
    ]);
  });

  test('a zip of several blocks (20 MiB that do not compress) arrives whole', async () => {
    const root = path.join(dir, 'large');
    const big = randomBytes(20 * 1024 * 1024);
    const list = files(root, { 'big.bin': big, 'small.txt': 'x' });
    const up = await uploadArtifact('outputs-large', root, list, { env: service.env, policy: FAST });
    expect(up.size).toBeGreaterThan(2 * 8 * 1024 * 1024);
    const raw = await service.downloadRaw('outputs-large');
    expect(up.digest).toBe(`sha256:${sha256(raw)}`);
    const got = await service.download('outputs-large');
    expect(sha256(got.get('big.bin') ?? Buffer.alloc(0))).toBe(sha256(big));
    expect(got.get('small.txt')?.toString()).toBe('x');
  });

  test('a server error on CreateArtifact is tried again, and said', async () => {
    const root = path.join(dir, 'retry');
    const list = files(root, { 'a.txt': 'a' });
    service.inject({ method: 'CreateArtifact', status: 503, times: 1 });
    const notices: string[] = [];
    const up = await uploadArtifact('outputs-retry', root, list, {
      env: service.env,
      policy: FAST,
      notice: (m) => notices.push(m),
    });
    expect(up.id).toBeGreaterThan(0);
    expect(notices).toEqual([
      expect.stringMatching(/^CreateArtifact failed: 503 injected fault; trying again in/),
    ]);
  });

  test('a refusal is not tried again: the error carries what the service said', async () => {
    const root = path.join(dir, 'refused');
    const list = files(root, { 'a.txt': 'a' });
    service.inject({
      method: 'FinalizeArtifact',
      status: 400,
      times: 1,
      body: { code: 'invalid_argument', msg: 'size is wrong' },
    });
    const notices: string[] = [];
    await expect(
      uploadArtifact('outputs-refused', root, list, {
        env: service.env,
        policy: FAST,
        notice: (m) => notices.push(m),
      }),
    ).rejects.toThrow(new ArtifactUploadError('FinalizeArtifact failed: 400 size is wrong'));
    expect(notices).toEqual([]);
  });

  test('another job’s token is refused (the backend ids come from the token)', async () => {
    const root = path.join(dir, 'other');
    const list = files(root, { 'a.txt': 'a' });
    const env = { ...service.env, ACTIONS_RUNTIME_TOKEN: runtimeToken('someone-else', 'job') };
    await expect(uploadArtifact('outputs-other', root, list, { env, policy: FAST })).rejects.toThrow(
      /401|403/,
    );
  });
});

/** A results service and blob store in one, whose blob side answers `blob` (the twirp side always accepts). */
async function fakeStorage(
  blob: (req: IncomingMessage, body: Buffer) => { status: number; body?: string } | 'hang',
) {
  const seen: Array<{ method: string; url: string; authorization?: string; bytes: number }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        bytes: body.length,
      });
      if (req.url?.startsWith('/twirp/')) {
        const { port } = server.address() as AddressInfo;
        const answer = req.url.endsWith('/CreateArtifact')
          ? {
              ok: true,
              signed_upload_url: `http://127.0.0.1:${port}/blob/a.zip?sv=2024&sig=SECRET-SIGNATURE`,
            }
          : { ok: true, artifact_id: '42' };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
        return;
      }
      const answer = blob(req, body);
      if (answer === 'hang') return;
      res.writeHead(answer.status).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const env = {
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run', 'job'),
  };
  return { env, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('when storage misbehaves', () => {
  test('a block that fails once is sent again; the runtime token never goes to storage', async () => {
    const root = path.join(dir, 'flaky');
    const list = files(root, { 'big.bin': randomBytes(9 * 1024 * 1024) });
    let failures = 1;
    const storage = await fakeStorage((req) =>
      req.url?.includes('comp=block&') && failures-- > 0 ? { status: 500 } : { status: 201 },
    );
    try {
      const notices: string[] = [];
      const up = await uploadArtifact('flaky', root, list, {
        env: storage.env,
        policy: FAST,
        notice: (m) => notices.push(m),
      });
      expect(up.id).toBe(42);
      const blocks = storage.seen.filter((s) => s.url.includes('comp=block&'));
      expect(blocks.map((b) => b.bytes)).toEqual([
        8 * 1024 * 1024,
        8 * 1024 * 1024,
        up.size - 8 * 1024 * 1024,
      ]);
      expect(storage.seen.filter((s) => s.url.includes('comp=blocklist'))).toHaveLength(1);
      expect(notices).toEqual([expect.stringMatching(/^Uploading a block of the artifact failed: 500/)]);
      expect(
        storage.seen.filter((s) => s.url.startsWith('/blob/')).every((s) => s.authorization === undefined),
      ).toBe(true);
      expect(
        storage.seen
          .filter((s) => s.url.startsWith('/twirp/'))
          .every((s) => s.authorization?.startsWith('Bearer ')),
      ).toBe(true);
    } finally {
      await storage.close();
    }
  });

  test('a refused blob (an expired signature) fails with storage’s message, and without the signature', async () => {
    const root = path.join(dir, 'expired');
    const list = files(root, { 'a.txt': 'a' });
    const storage = await fakeStorage(() => ({
      status: 403,
      body: '<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>Signature not valid in the specified time frame\nRequestId:1</Message></Error>',
    }));
    try {
      const error = await uploadArtifact('expired', root, list, { env: storage.env, policy: FAST }).catch(
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(ArtifactUploadError);
      expect((error as Error).message).toBe(
        'Uploading the artifact failed: 403 Signature not valid in the specified time frame',
      );
      expect(storage.seen.filter((s) => s.url.startsWith('/blob/'))).toHaveLength(1);
    } finally {
      await storage.close();
    }
  });

  test('storage that never answers: the request times out, is tried again, and the error hides the signature', async () => {
    const root = path.join(dir, 'silent');
    const list = files(root, { 'a.txt': 'a' });
    const storage = await fakeStorage(() => 'hang');
    try {
      const policy = { ...FAST, serverRetries: 1 };
      const notices: string[] = [];
      const error = await uploadArtifact('silent', root, list, {
        env: storage.env,
        policy,
        timeoutMs: 300,
        notice: (m) => notices.push(m),
      }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(ArtifactUploadError);
      expect((error as Error).message).toMatch(/^Uploading the artifact failed: .*timeout/i);
      expect([(error as Error).message, ...notices].join('\n')).not.toContain('SECRET');
      expect(storage.seen.filter((s) => s.url.startsWith('/blob/'))).toHaveLength(2);
    } finally {
      await storage.close();
    }
  });
});

describe('what is checked before anything is sent', () => {
  const env = {
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run', 'job'),
  };

  test('a file outside the directory, a bad name, no runtime token', async () => {
    const root = path.join(dir, 'checks');
    const list = files(root, { 'a.txt': 'a' });
    await expect(uploadArtifact('x', root, [path.join(dir, 'elsewhere.txt')], { env })).rejects.toThrow(
      /is not inside .*checks, the directory being uploaded/,
    );
    await expect(uploadArtifact('a/b', root, list, { env })).rejects.toThrow(/cannot be an artifact name/);
    await expect(uploadArtifact('x', root, list, { env: {} })).rejects.toThrow(
      /ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/,
    );
    const ghes = { GITHUB_SERVER_URL: 'https://github.example.com', ACTIONS_RUNTIME_TOKEN: 'x' };
    await expect(uploadArtifact('x', root, list, { env: ghes })).rejects.toThrow(
      /GitHub Enterprise Server offers no artifact service of version 4/,
    );
  });

  test('backend ids come from the Actions.Results scope of the token', () => {
    expect(backendIds(runtimeToken('run-1', 'job-2'))).toEqual({ run: 'run-1', job: 'job-2' });
    expect(() => backendIds('not-a-jwt')).toThrow(/no Actions.Results scope/);
  });
});
