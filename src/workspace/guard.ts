import { rmSync, type Stats } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A script runs in its checkout and can write anything in it, `.git` included: a clean filter, an
 * `http.proxy`, a `credential.helper`, an `include.path`, hooks, a `commondir` pointing at another repository.
 * So the state of `.git` that git needs after the script is taken right after the checkout and kept in this
 * process's memory; before the dispatcher runs git there again, `.git` is put back to it: the same config
 * file, no hooks, no `info/` (attributes, excludes), no alternates, and no top-level entry the checkout did
 * not make. A `.git` that is no longer the same directory is refused.
 */

/** Thrown when `.git` cannot be put back: the changes of the script are not committed. */
export class TamperedRepositoryError extends Error {
  constructor(dir: string, what: string) {
    super(
      `The script changed ${path.join(dir, '.git')} (${what}), so its changes were not committed. ` +
        'Scripts may change the files of the checkout, not its .git directory.',
    );
    this.name = 'TamperedRepositoryError';
  }
}

interface Snapshot {
  gitDir: string;
  dev: number;
  ino: number;
  config: Buffer;
  /** Top-level names of .git, and whether each was a directory. */
  entries: Map<string, boolean>;
}

/** Work tree (real path) → its .git as the checkout left it. */
const snapshots = new Map<string, Snapshot>();

/**
 * The user's global git config (XDG, then ~/.gitconfig) as it was before any script ran: a script runs as
 * the same user and could add a filter there too. Git LFS and the like are defined there, so it is kept, and
 * once a script has run, git reads this copy instead (through GIT_CONFIG_GLOBAL).
 */
let globalConfig: string | undefined;
let globalCopy: string | undefined;

async function readGlobalConfig(env: NodeJS.ProcessEnv): Promise<string> {
  const home = env.HOME ?? os.homedir();
  const xdg = env.XDG_CONFIG_HOME
    ? path.join(env.XDG_CONFIG_HOME, 'git', 'config')
    : path.join(home, '.config', 'git', 'config');
  const parts: string[] = [];
  for (const file of [xdg, path.join(home, '.gitconfig')]) {
    try {
      parts.push(await readFile(file, 'utf8'));
    } catch {
      // none
    }
  }
  return parts.join('\n');
}

/** The private copy of the global config git reads once a script ran; undefined before. */
export function globalConfigCopy(): string | undefined {
  return globalCopy;
}

/** Entries under .git that are never put back: they only ever make git run or read something else. */
const DROPPED = [
  'hooks',
  'info',
  path.join('objects', 'info', 'alternates'),
  path.join('objects', 'info', 'http-alternates'),
];

/** Records the state of `dir/.git` (call it right after the checkout, before any script runs). */
export async function protectRepository(dir: string): Promise<void> {
  const top = await realpath(dir);
  const gitDir = path.join(top, '.git');
  const info = await lstat(gitDir);
  if (!info.isDirectory()) throw new Error(`${gitDir} is not a directory`);
  const config = await readFile(path.join(gitDir, 'config'));
  // Nothing of these is needed, before or after: a fresh `git init` makes sample hooks only.
  await dropRunnable(gitDir);
  const entries = new Map<string, boolean>();
  for (const entry of await readdir(gitDir, { withFileTypes: true }))
    entries.set(entry.name, entry.isDirectory());
  snapshots.set(top, { gitDir, dev: info.dev, ino: info.ino, config, entries });
  globalConfig ??= await readGlobalConfig(process.env);
}

/** Whether `dir` was checked out by this process (and is guarded). */
export async function isProtected(dir: string): Promise<boolean> {
  try {
    return snapshots.has(await realpath(dir));
  } catch {
    return false;
  }
}

/**
 * Puts `dir/.git` back to the state recorded by protectRepository; a no-op for a directory that was not
 * recorded (a local checkout the CLI was given). Throws a TamperedRepositoryError when it cannot.
 */
export async function restoreRepository(dir: string): Promise<void> {
  let top: string;
  try {
    top = await realpath(dir);
  } catch {
    return;
  }
  const snap = snapshots.get(top);
  if (!snap) return;
  let info: Stats;
  try {
    info = await lstat(snap.gitDir);
  } catch {
    throw new TamperedRepositoryError(top, 'it is gone');
  }
  if (!info.isDirectory() || info.dev !== snap.dev || info.ino !== snap.ino) {
    throw new TamperedRepositoryError(top, 'it was replaced');
  }
  for (const entry of await readdir(snap.gitDir, { withFileTypes: true })) {
    const wasDir = snap.entries.get(entry.name);
    const full = path.join(snap.gitDir, entry.name);
    if (wasDir === undefined) {
      await rm(full, { recursive: true, force: true });
    } else if (wasDir !== entry.isDirectory() || entry.isSymbolicLink()) {
      throw new TamperedRepositoryError(top, `${entry.name} was replaced`);
    }
  }
  for (const [name, wasDir] of snap.entries) {
    if (!wasDir) continue;
    const stat = await lstat(path.join(snap.gitDir, name)).catch(() => undefined);
    if (!stat?.isDirectory()) throw new TamperedRepositoryError(top, `${name} was replaced`);
  }
  // A new file, never through whatever link the script left in its place.
  const config = path.join(snap.gitDir, 'config');
  await rm(config, { recursive: true, force: true });
  await writeFile(config, snap.config, { flag: 'wx', mode: 0o644 });
  await dropRunnable(snap.gitDir);
  if (globalConfig !== undefined) {
    // A fresh private file each time: nothing the script could have prepared or can reach in between.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sd-gitconfig-'));
    const file = path.join(dir, 'config');
    await writeFile(file, globalConfig, { flag: 'wx', mode: 0o600 });
    const old = globalCopy;
    globalCopy = file;
    if (old) await rm(path.dirname(old), { recursive: true, force: true });
    else
      process.once(
        'exit',
        () => globalCopy && rmSync(path.dirname(globalCopy), { recursive: true, force: true }),
      );
  }
}

async function dropRunnable(gitDir: string): Promise<void> {
  for (const name of DROPPED) await rm(path.join(gitDir, name), { recursive: true, force: true });
  await mkdir(path.join(gitDir, 'hooks'));
}

/** Forgets every recorded repository (tests). */
export function forgetRepositories(): void {
  snapshots.clear();
  globalConfig = undefined;
  globalCopy = undefined;
}
