/**
 * Where cached step outputs live. A port: the CLI keeps entries on disk (`src/adapters/local/cache-store.ts`),
 * Actions in the Actions cache service (`src/adapters/github/cache-store.ts`).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { collectOutputs } from '../publish/outputs';
import { explainMiss, type CacheComponents } from './cache-key';

/** One entry: a step of a flow, its key, and the components of the key (to explain later misses). */
export interface CacheEntry {
  flow: string;
  step: string;
  /** 64 hex digits (`cacheKey`). */
  key: string;
  components: CacheComponents;
}

export type CacheLookup =
  | { hit: true }
  /** `previous`: the components of the step's newest entry, when the store knows one. */
  | { hit: false; previous?: CacheComponents };

export interface CacheStore {
  /** On a hit, copies the entry's files into `dir` (the step's output directory). */
  restore(entry: CacheEntry, dir: string): Promise<CacheLookup>;
  /** Saves the files of `dir` as the entry. Entries are immutable: saving an existing key keeps the first. */
  save(entry: CacheEntry, dir: string): Promise<void>;
}

/** The name of an entry: `script-dispatcher-<flow>-<step>-<key>`. */
export function cacheEntryName(entry: Pick<CacheEntry, 'flow' | 'step' | 'key'>): string {
  checkEntry(entry);
  return `script-dispatcher-${entry.flow}-${entry.step}-${entry.key}`;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const KEY = /^[0-9a-f]{64}$/;

/** Flow and step names are manifest names and the key is hex: all safe as path segments and cache keys. */
export function checkEntry(entry: Pick<CacheEntry, 'flow' | 'step' | 'key'>): void {
  if (!NAME.test(entry.flow) || !NAME.test(entry.step) || !KEY.test(entry.key)) {
    throw new Error(`Not a cache entry: ${JSON.stringify([entry.flow, entry.step, entry.key])}.`);
  }
}

/**
 * Looks a step up: `cached` when its outputs were restored, otherwise `cacheMiss` says why it must run
 * (`no entry`, or which components changed since the step's last entry).
 */
export async function lookUpStep(
  store: CacheStore,
  entry: CacheEntry,
  dir: string,
): Promise<{ cached: true } | { cached: false; cacheMiss: string }> {
  const lookup = await store.restore(entry, dir);
  if (lookup.hit) return { cached: true };
  return { cached: false, cacheMiss: explainMiss(lookup.previous, entry.components) };
}

/**
 * Copies the regular files of `from` into `to` (links that lead outside `from` are left out, as for
 * uploads); returns their paths relative to `to`.
 */
export async function copyFiles(from: string, to: string): Promise<string[]> {
  const listing = await collectOutputs(from);
  for (const [i, rel] of listing.relative.entries()) {
    const target = path.join(to, ...rel.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(listing.files[i], target);
  }
  return listing.relative;
}

/** Reads `components.json` written beside an entry's outputs; undefined when absent or unreadable. */
export async function readComponents(file: string): Promise<CacheComponents | undefined> {
  try {
    const value = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
    return Object.fromEntries(entries) as CacheComponents;
  } catch {
    return undefined;
  }
}
