import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localCacheStore } from '../../src/adapters/local/cache-store';
import { cacheEntryName, lookUpStep, type CacheEntry } from '../../src/flow/cache-store';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = (
  key: string,
  components: Record<string, string> = { script: 's', 'arg:n': key },
): CacheEntry => ({
  flow: 'audit',
  step: 'broken',
  key: key.repeat(64).slice(0, 64),
  components,
});

function outputs(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('the local cache store', () => {
  it('misses with `no entry`, saves, then restores the same files', async () => {
    const store = localCacheStore(join(root, 'repo'));
    const out1 = outputs('out1', { 'report.csv': 'a,b\n', 'figures/x.svg': '<svg/>' });
    expect(await lookUpStep(store, entry('a'), out1)).toEqual({ cached: false, cacheMiss: 'no entry' });
    await store.save(entry('a'), out1);
    const out2 = outputs('out2', {});
    expect(await lookUpStep(store, entry('a'), out2)).toEqual({ cached: true });
    expect(readFileSync(join(out2, 'report.csv'), 'utf8')).toBe('a,b\n');
    expect(readFileSync(join(out2, 'figures/x.svg'), 'utf8')).toBe('<svg/>');
    expect(readdirSync(join(root, 'repo', '.script-dispatcher', 'cache', 'audit', 'broken')).sort()).toEqual([
      'a'.repeat(64),
      'latest.json',
    ]);
  });

  it('explains a miss by the components that changed since the last entry', async () => {
    const store = localCacheStore(root);
    await store.save(entry('a'), outputs('out', { f: '1' }));
    expect(await lookUpStep(store, entry('b'), outputs('o2', {}))).toEqual({
      cached: false,
      cacheMiss: 'argument n',
    });
  });

  it('keeps the first entry of a key, and never copies links that lead outside', async () => {
    const store = localCacheStore(root);
    const secret = outputs('secret', { 'token.txt': 'secret' });
    const out = outputs('out', { 'a.txt': 'first' });
    symlinkSync(join(secret, 'token.txt'), join(out, 'link.txt'));
    await store.save(entry('a'), out);
    await store.save(entry('a'), outputs('again', { 'a.txt': 'second' }));
    const back = outputs('back', {});
    await store.restore(entry('a'), back);
    expect(readdirSync(back)).toEqual(['a.txt']);
    expect(readFileSync(join(back, 'a.txt'), 'utf8')).toBe('first');
  });

  it('refuses names that are not manifest names or keys', async () => {
    const store = localCacheStore(root);
    await expect(store.restore({ ...entry('a'), step: '../x' }, root)).rejects.toThrow('Not a cache entry');
    expect(() => cacheEntryName({ flow: 'f', step: 's', key: 'abc' })).toThrow('Not a cache entry');
    expect(cacheEntryName(entry('c'))).toBe(`script-dispatcher-audit-broken-${'c'.repeat(64)}`);
  });
});
