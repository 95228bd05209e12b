/**
 * The Actions cache service (v2, twirp `CacheService`) that `@actions/cache` talks to, locally: served by
 * the artifact fake's server on the same origin, its blobs in the same Azurite, upload and download URLs
 * SAS-signed as there.
 *
 *   const service = await startArtifactService({ services: [(storage) => (cache = cacheService(storage))] });
 *   env: { ...service.env, ...CACHE_ENV }
 *
 * Matching as the real service does it: the key, then each restore key in order; for each, an exact key
 * wins, else the newest entry whose key starts with it; `version` must be equal. Entries are immutable:
 * creating an existing key and version answers 409 `already_exists`.
 */
import { createHash } from 'node:crypto';
import type { ExtraTwirpService, SharedStorage } from './results-service';

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

/** What makes `@actions/cache` use the v2 service at ACTIONS_RESULTS_URL. */
export const CACHE_ENV = { ACTIONS_CACHE_SERVICE_V2: 'true' } as const;

export interface CacheEntryRecord {
  id: number;
  key: string;
  version: string;
  blobName: string;
  /** As the client reported it when finalizing. */
  size: number;
  finalized: boolean;
  /** Creation order: the newest entry wins a prefix match. */
  seq: number;
}

export interface CacheServiceFake extends ExtraTwirpService {
  entries: CacheEntryRecord[];
  /** Finalized entries' keys, oldest first. */
  keys(): string[];
}

type Answer = { status: number; body: unknown };
const twirpError = (status: number, code: string, msg: string): Answer => ({ status, body: { code, msg } });

export function cacheService(storage: SharedStorage): CacheServiceFake {
  const entries: CacheEntryRecord[] = [];
  let seq = 0;
  let nextId = 7_000;
  const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

  const find = (key: string, version: string) => entries.find((e) => e.key === key && e.version === version);

  const methods: ExtraTwirpService['methods'] = {
    async CreateCacheEntry(body) {
      const key = text(body.key);
      const version = text(body.version);
      if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required');
      if (find(key, version)) {
        return twirpError(409, 'already_exists', `cache entry with key ${key} and version already exists`);
      }
      const id = ++nextId;
      const blobName = `caches/${id}/${createHash('sha256').update(`${key}\n${version}`).digest('hex')}`;
      entries.push({ id, key, version, blobName, size: 0, finalized: false, seq: ++seq });
      return { status: 200, body: { ok: true, signed_upload_url: storage.sign(blobName, 'cw') } };
    },
    async FinalizeCacheEntryUpload(body) {
      const entry = find(text(body.key), text(body.version));
      if (!entry || entry.finalized) return twirpError(404, 'not_found', 'no pending cache entry');
      if (!(await storage.container.getBlobClient(entry.blobName).exists())) {
        return twirpError(400, 'failed_precondition', 'no blob was uploaded for this cache entry');
      }
      entry.size = Number(text(body.size_bytes) || 0);
      entry.finalized = true;
      entry.seq = ++seq;
      return { status: 200, body: { ok: true, entry_id: String(entry.id) } };
    },
    async GetCacheEntryDownloadURL(body) {
      const version = text(body.version);
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(text) : [];
      const usable = entries.filter((e) => e.finalized && e.version === version);
      for (const wanted of [text(body.key), ...restoreKeys]) {
        if (!wanted) continue;
        const match =
          usable.find((e) => e.key === wanted) ??
          usable.filter((e) => e.key.startsWith(wanted)).sort((a, b) => b.seq - a.seq)[0];
        if (match) {
          return {
            status: 200,
            body: {
              ok: true,
              signed_download_url: storage.sign(match.blobName, 'r'),
              matched_key: match.key,
            },
          };
        }
      }
      return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
    },
  };

  return {
    name: CACHE_SERVICE,
    methods,
    entries,
    keys: () =>
      entries
        .filter((e) => e.finalized)
        .sort((a, b) => a.seq - b.seq)
        .map((e) => e.key),
  };
}
