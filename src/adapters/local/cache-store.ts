/**
 * The CLI's step cache, under `.script-dispatcher/cache/` of the repository root:
 * `<flow>/<step>/<key>/outputs/...` and `<flow>/<step>/<key>/components.json`, and
 * `<flow>/<step>/latest.json` naming the step's newest entry (to explain a miss).
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  checkEntry,
  copyFiles,
  readComponents,
  type CacheEntry,
  type CacheLookup,
  type CacheStore,
} from '../../flow/cache-store';

export const LOCAL_CACHE_DIR = path.join('.script-dispatcher', 'cache');

/** `root`: the repository root (the manifest's directory). */
export function localCacheStore(root: string): CacheStore {
  const base = path.join(root, LOCAL_CACHE_DIR);
  const stepDir = (entry: CacheEntry) => {
    checkEntry(entry);
    return path.join(base, entry.flow, entry.step);
  };
  return {
    async restore(entry: CacheEntry, dir: string): Promise<CacheLookup> {
      const folder = path.join(stepDir(entry), entry.key);
      if (await readComponents(path.join(folder, 'components.json'))) {
        await fs.mkdir(dir, { recursive: true });
        await copyFiles(path.join(folder, 'outputs'), dir);
        return { hit: true };
      }
      const latest = await readComponents(path.join(stepDir(entry), 'latest.json'));
      return latest ? { hit: false, previous: latest } : { hit: false };
    },

    async save(entry: CacheEntry, dir: string): Promise<void> {
      const parent = stepDir(entry);
      const folder = path.join(parent, entry.key);
      await fs.mkdir(parent, { recursive: true });
      const staging = path.join(parent, `.tmp-${randomUUID()}`);
      try {
        await fs.mkdir(path.join(staging, 'outputs'), { recursive: true });
        await copyFiles(dir, path.join(staging, 'outputs'));
        await fs.writeFile(path.join(staging, 'components.json'), JSON.stringify(entry.components, null, 2));
        try {
          await fs.rename(staging, folder);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error; // another run saved it first
        }
        const latest = path.join(parent, `.latest-${randomUUID()}.json`);
        await fs.writeFile(latest, JSON.stringify(entry.components, null, 2));
        await fs.rename(latest, path.join(parent, 'latest.json'));
      } finally {
        await fs.rm(staging, { recursive: true, force: true });
      }
    },
  };
}
