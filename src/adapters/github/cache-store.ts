/**
 * The step cache in Actions: the Actions cache service through `@actions/cache`, one entry per step and
 * key, named `script-dispatcher-<flow>-<step>-<key>`.
 *
 * `@actions/cache` derives an entry's version from the path strings it is given, and archives paths
 * relative to GITHUB_WORKSPACE, so save and restore go through the same staging folder,
 * `.script-dispatcher-cache/<flow>/<step>` of the workspace (given as that relative path when the process runs
 * there, as in Actions), holding `outputs/` and `components.json`. A miss also fetches the step's newest
 * entry (by key prefix) to say which components changed.
 */
import type * as cache from '@actions/cache';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  cacheEntryName,
  copyFiles,
  readComponents,
  type CacheEntry,
  type CacheLookup,
  type CacheStore,
} from '../../flow/cache-store';

export interface ActionsCacheOptions {
  /** GITHUB_WORKSPACE (default: that variable, else the current directory). */
  workspace?: string;
  /** The library's functions (tests may wrap them); `@actions/cache`, loaded on first use, when not given. */
  library?: CacheLibrary;
  /** Where the library's warnings go (a failed save never fails the step). */
  warn?: (message: string) => void;
}

type CacheLibrary = Pick<typeof cache, 'restoreCache' | 'saveCache'>;

/** The library and the Azure client under it are large: they load only when a flow step is cached. */
const loadLibrary = async (): Promise<CacheLibrary> => import('@actions/cache');

export function actionsCacheStore(options: ActionsCacheOptions = {}): CacheStore {
  const workspace = path.resolve(options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd());
  let loaded: Promise<CacheLibrary> | undefined;
  const library = (): Promise<CacheLibrary> =>
    (loaded ??= options.library ? Promise.resolve(options.library) : loadLibrary());
  /** The folder, and the path string the library gets for it (equal on save and restore). */
  const staging = (entry: CacheEntry) => {
    cacheEntryName(entry); // checks the names
    const relative = path.join('.script-dispatcher-cache', entry.flow, entry.step);
    const folder = path.join(workspace, relative);
    const given = path.resolve(process.cwd()) === workspace ? relative.split(path.sep).join('/') : folder;
    return { folder, given };
  };

  return {
    async restore(entry: CacheEntry, dir: string): Promise<CacheLookup> {
      const { folder, given } = staging(entry);
      const name = cacheEntryName(entry);
      await fs.rm(folder, { recursive: true, force: true });
      try {
        const prefix = `script-dispatcher-${entry.flow}-${entry.step}-`;
        const matched = await (await library()).restoreCache([given], name, [prefix]);
        if (matched === name) {
          await fs.mkdir(dir, { recursive: true });
          await copyFiles(path.join(folder, 'outputs'), dir);
          return { hit: true };
        }
        // A prefix match is the newest entry of this step only when the rest is a key (not another step's).
        const previous =
          matched?.startsWith(prefix) && /^[0-9a-f]{64}$/.test(matched.slice(prefix.length))
            ? await readComponents(path.join(folder, 'components.json'))
            : undefined;
        return previous ? { hit: false, previous } : { hit: false };
      } finally {
        await fs.rm(folder, { recursive: true, force: true });
      }
    },

    async save(entry: CacheEntry, dir: string): Promise<void> {
      const { folder, given } = staging(entry);
      await fs.rm(folder, { recursive: true, force: true });
      try {
        await fs.mkdir(path.join(folder, 'outputs'), { recursive: true });
        await copyFiles(dir, path.join(folder, 'outputs'));
        await fs.writeFile(path.join(folder, 'components.json'), JSON.stringify(entry.components, null, 2));
        const id = await (await library()).saveCache([given], cacheEntryName(entry));
        if (id === -1)
          options.warn?.(`The cache entry ${cacheEntryName(entry)} was not saved (it may exist already).`);
      } finally {
        await fs.rm(folder, { recursive: true, force: true });
      }
    },
  };
}
