/**
 * The fake Actions cache service, checked against the real `@actions/cache` (v2 protocol): save, hit, miss,
 * restore-key prefixes, immutable entries; and the Actions step cache store over it.
 */
import { restoreCache, saveCache } from '@actions/cache';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsCacheStore } from '../../src/adapters/github/cache-store';
import { lookUpStep, type CacheEntry } from '../../src/flow/cache-store';
import { CACHE_ENV, cacheService, type CacheServiceFake } from '../support/cache-service';
import { startArtifactService, type ArtifactService } from '../support/results-service';

let service: ArtifactService;
let cache: CacheServiceFake;
let workspace: string;
const saved = { ...process.env };

beforeAll(async () => {
  service = await startArtifactService({ services: [(storage) => (cache = cacheService(storage))] });
  workspace = mkdtempSync(join(tmpdir(), 'cache-ws-'));
  mkdirSync(join(workspace, '_temp'));
  Object.assign(process.env, service.env, CACHE_ENV, {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(workspace, '_temp'),
    GITHUB_SERVER_URL: 'https://github.com',
  });
});

afterAll(async () => {
  process.env = saved;
  await service?.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** A folder of the workspace with these files, replacing what was there. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(workspace, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('the fake cache service with the real @actions/cache', () => {
  it('saves an entry and restores it by its key', async () => {
    const dir = folder('deps', { 'a.txt': 'alpha', 'sub/b.txt': 'beta' });
    const id = await saveCache([dir], 'deps-1');
    expect(id).toBeGreaterThan(0);
    expect(cache.keys()).toEqual(['deps-1']);
    rmSync(dir, { recursive: true });
    expect(await restoreCache([dir], 'deps-1')).toBe('deps-1');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha');
    expect(readFileSync(join(dir, 'sub/b.txt'), 'utf8')).toBe('beta');
    expect(service.requests.map((r) => [r.method, r.status])).toEqual(
      expect.arrayContaining([
        ['CreateCacheEntry', 200],
        ['FinalizeCacheEntryUpload', 200],
        ['GetCacheEntryDownloadURL', 200],
      ]),
    );
  });

  it('misses an unknown key, and a known key saved with other path strings', async () => {
    const dir = folder('deps', {});
    expect(await restoreCache([dir], 'nothing-here')).toBeUndefined();
    expect(await restoreCache([join(workspace, 'other')], 'deps-1')).toBeUndefined();
  });

  it('matches restore keys by prefix, newest first, after the exact key', async () => {
    const dir = folder('p', { 'v.txt': 'one' });
    await saveCache([dir], 'p-1');
    folder('p', { 'v.txt': 'two' });
    await saveCache([dir], 'p-2');
    rmSync(dir, { recursive: true });
    expect(await restoreCache([dir], 'p-x', ['q-', 'p-'])).toBe('p-2');
    expect(readFileSync(join(dir, 'v.txt'), 'utf8')).toBe('two');
    expect(await restoreCache([dir], 'p-1', ['p-'])).toBe('p-1');
    expect(readFileSync(join(dir, 'v.txt'), 'utf8')).toBe('one');
  });

  it('keeps entries immutable: saving an existing key answers 409 and saveCache returns -1', async () => {
    const dir = folder('deps', { 'a.txt': 'changed' });
    expect(await saveCache([dir], 'deps-1')).toBe(-1);
    expect(service.requests.at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 409 });
    rmSync(dir, { recursive: true });
    await restoreCache([dir], 'deps-1');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha');
  });
});

describe('the Actions step cache store', () => {
  const entry = (key: string, components: Record<string, string>): CacheEntry => ({
    flow: 'audit',
    step: 'broken',
    key: key.repeat(64),
    components,
  });

  it('misses, saves, hits, and explains a later miss from the previous entry', async () => {
    const store = actionsCacheStore({ workspace });
    const out = folder('out1', { 'report.csv': 'a,b\n' });
    const first = entry('a', { script: 's', 'file:x.py': '1' });
    expect(await lookUpStep(store, first, out)).toEqual({ cached: false, cacheMiss: 'no entry' });
    await store.save(first, out);
    expect(cache.keys()).toContain(`script-dispatcher-audit-broken-${'a'.repeat(64)}`);

    const back = folder('out2', {});
    expect(await lookUpStep(store, first, back)).toEqual({ cached: true });
    expect(readFileSync(join(back, 'report.csv'), 'utf8')).toBe('a,b\n');

    const second = entry('b', { script: 's', 'file:x.py': '2' });
    expect(await lookUpStep(store, second, folder('out3', {}))).toEqual({
      cached: false,
      cacheMiss: 'file x.py',
    });
    // The previous entry was only read for its components: its outputs stay out, its staging folder is gone.
    expect(existsSync(join(workspace, 'out3', 'report.csv'))).toBe(false);
    expect(existsSync(join(workspace, '.script-dispatcher-cache', 'audit', 'broken'))).toBe(false);
  });

  it('hits from another workspace folder, as on another runner (the library gets a relative path)', async () => {
    const cwd = process.cwd();
    const other = mkdtempSync(join(tmpdir(), 'cache-ws2-'));
    try {
      process.chdir(workspace);
      const out = folder('out4', { 'n.txt': 'four' });
      const fourth = entry('d', { script: 's' });
      await actionsCacheStore({ workspace }).save(fourth, out);

      process.chdir(other);
      process.env.GITHUB_WORKSPACE = other;
      const back = join(other, 'back');
      expect(await lookUpStep(actionsCacheStore({ workspace: other }), fourth, back)).toEqual({
        cached: true,
      });
      expect(readFileSync(join(back, 'n.txt'), 'utf8')).toBe('four');
      expect(existsSync(join(other, '.script-dispatcher-cache', 'audit', 'broken'))).toBe(false);
    } finally {
      process.chdir(cwd);
      process.env.GITHUB_WORKSPACE = workspace;
      rmSync(other, { recursive: true, force: true });
    }
  });
});
