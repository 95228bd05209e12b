/**
 * The cache key of a flow step: the SHA-256 of a canonical JSON of everything the step's outputs depend on.
 *
 * - the script's manifest entry;
 * - the content of every workspace file its command or notebook names (argv elements that are existing
 *   files inside the workspace) and of the files its `cache-files` globs match;
 * - its typed argument values (csv and file values by the SHA-256 of their content);
 * - the target's commit SHA;
 * - the SHA-256 of every file in the outputs of the steps it needs.
 *
 * What differs between runs by design never enters as text: files are named relative to the workspace,
 * `{steps.X.output}` counts by the content of X's outputs, `{job}` and temporary paths not at all. So the
 * same flow gets the same keys on another machine or in another checkout folder.
 *
 * The key comes with its components (one hash per part), so a miss can say which part changed since the
 * last entry of the step.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { fillStepValue, stepOutputsIn } from '../manifest/flows';
import type { ArgValue, FlowStep, Script } from '../manifest/types';
import { collectOutputs } from '../publish/outputs';
import { isInside } from '../shared/paths';

/** Bump when what enters the key changes, so old entries stop matching. */
export const CACHE_KEY_VERSION = 1;

/**
 * One hash per component: `script`, `file:<path relative to the workspace>`, `arg:<name>`, `target`,
 * `step:<name>` (the outputs of a needed step).
 */
export type CacheComponents = Record<string, string>;

export interface CacheKey {
  /** 64 hex digits. */
  key: string;
  components: CacheComponents;
}

export interface CacheKeyInput {
  /** The step's script, as the manifest built it. */
  script: Script;
  /** The step as the manifest gives it: its argument templates and `cache-files`. */
  step: Pick<FlowStep, 'name' | 'args' | 'cacheFiles' | 'needs'>;
  /** Absolute: GITHUB_WORKSPACE (the CLI: the repository root). Files are named relative to it. */
  workspace: string;
  /** Absolute: where the script runs; relative argv elements and `cache-files` globs are resolved there. */
  workingDirectory: string;
  /** The flow's typed argument values (`{args.NAME}`). */
  flowArgs: Record<string, ArgValue>;
  /** The step's typed argument values once filled in, by name; csv/file values are paths of files. */
  args: Record<string, ArgValue>;
  /** The target's key (`{target}`) and the commit SHA checked out; undefined for a script without target. */
  target?: { key: string; commit: string };
  /** Absolute output directories of the steps it needs, by step name. */
  neededOutputs: Record<string, string>;
}

/** JSON with object keys sorted at every level, no spaces: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Not a finite number.');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** The SHA-256 of a file's content, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The key of a step and its components. */
export async function cacheKey(input: CacheKeyInput): Promise<CacheKey> {
  const components: CacheComponents = {};
  components.script = sha256(canonicalJson(input.script));

  const workspace = await realDir(input.workspace);
  const files = new Set<string>();
  const named = [...input.script.command];
  const notebook = (input.script as { notebook?: unknown }).notebook;
  if (typeof notebook === 'string') named.push(notebook);
  for (const element of named) {
    if (element === '' || element.includes('{')) continue; // placeholders: the arguments and target count
    const file = await workspaceFile(workspace, path.resolve(input.workingDirectory, element));
    if (file) files.add(file);
  }
  for (const glob of input.step.cacheFiles) {
    for (const file of await globFiles(input.workingDirectory, glob)) {
      const inside = await workspaceFile(workspace, file);
      if (inside) files.add(inside);
    }
  }
  for (const file of files) {
    components[`file:${path.relative(workspace, file).split(path.sep).join('/')}`] = await sha256File(file);
  }

  const outputsPlaceholder = Object.fromEntries(input.step.needs.map((n) => [n, `{steps.${n}.output}`]));
  for (const [name, value] of Object.entries(input.args)) {
    const spec = input.script.args.find((a) => a.name === name);
    let canonical: unknown;
    if ((spec?.type === 'csv' || spec?.type === 'file') && typeof value === 'string') {
      canonical = { sha256: await sha256File(value) };
    } else if (Object.hasOwn(input.step.args, name)) {
      // As written, with `{args.NAME}` and `{target}` filled and `{steps.X.output}`, `{job}` kept as text.
      canonical = fillStepValue(input.step.args[name], {
        args: input.flowArgs,
        target: input.target?.key,
        job: '{job}',
        outputs: outputsPlaceholder,
      });
    } else canonical = value;
    components[`arg:${name}`] = sha256(canonicalJson(canonical));
  }

  components.target = sha256(canonicalJson(input.target ?? null));

  for (const need of [...input.step.needs].sort()) {
    const dir = input.neededOutputs[need];
    const listing = dir ? await collectOutputs(dir) : undefined;
    const hashes: [string, string][] = [];
    for (const [i, rel] of (listing?.relative ?? []).entries()) {
      hashes.push([rel, await sha256File((listing as { files: string[] }).files[i])]);
    }
    components[`step:${need}`] = sha256(canonicalJson(hashes));
  }
  return { key: sha256(canonicalJson({ version: CACHE_KEY_VERSION, components })), components };
}

/** The steps whose outputs a step's arguments read (for a caller that wants to check `needs`). */
export function outputsReadBy(step: Pick<FlowStep, 'args'>): string[] {
  return [
    ...new Set(Object.values(step.args).flatMap((v) => (typeof v === 'string' ? stepOutputsIn(v) : []))),
  ];
}

/**
 * Why a step ran although it has `cache: true`: `no entry` when the step has none yet, else the components
 * that differ from the last entry (`file scripts/broken.py`, `argument limit`, `target commit`,
 * `outputs of step images`, `script entry`).
 */
export function explainMiss(previous: CacheComponents | undefined, current: CacheComponents): string {
  if (!previous) return 'no entry';
  const names = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  const changed = names.filter((name) => previous[name] !== current[name]).map(describeComponent);
  return changed.length > 0 ? changed.join(', ') : 'no entry';
}

function describeComponent(name: string): string {
  if (name === 'script') return 'script entry';
  if (name === 'target') return 'target commit';
  if (name.startsWith('file:')) return `file ${name.slice('file:'.length)}`;
  if (name.startsWith('arg:')) return `argument ${name.slice('arg:'.length)}`;
  if (name.startsWith('step:')) return `outputs of step ${name.slice('step:'.length)}`;
  return name;
}

async function realDir(dir: string): Promise<string> {
  try {
    return await fs.realpath(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** The real path of `candidate` when it is a regular file inside the workspace. */
async function workspaceFile(workspace: string, candidate: string): Promise<string | undefined> {
  try {
    const real = await fs.realpath(candidate);
    if (!isInside(workspace, real)) return undefined;
    return (await fs.stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Regular files under `root` that `glob` matches (relative to `root`), `.git` excluded, sorted. */
async function globFiles(root: string, glob: string): Promise<string[]> {
  const matches = picomatch(glob, { dot: true });
  const scan = picomatch.scan(glob);
  const start = path.resolve(root, scan.base);
  if (start !== root && !isInside(root, start)) return [];
  if (!scan.isGlob) {
    const stat = await fs.stat(start).catch(() => undefined);
    return stat?.isFile() ? [start] : [];
  }
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && matches(path.relative(root, full).split(path.sep).join('/')))
        found.push(full);
    }
  };
  await walk(start);
  return found.sort();
}
