/**
 * `script-dispatcher init`: sets up a repository that already exists (the nearest folder upwards holding
 * `.git`) with a commented starter manifest and the two workflows. It never overwrites a file: each one that
 * is already there is skipped, and said so.
 */
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors';
import { INIT_FILES } from './init-templates';

/** What `init` did. Paths are relative to the repository root, with `/`. */
export interface InitResult {
  root: string;
  written: string[];
  skipped: string[];
}

/** The nearest of `start` and its parents holding `.git` (a folder, or the file of a worktree); else undefined. */
export async function findRepositoryRoot(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    const found = await fs.lstat(path.join(dir, '.git')).catch(() => undefined);
    if (found && (found.isDirectory() || found.isFile())) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Writes the starter files into the repository around `start`. Throws a UserError when `start` is not inside a
 * git repository; a file that exists (or a link in its place) is skipped, never written through.
 */
export async function initRepository(start: string): Promise<InitResult> {
  const root = await findRepositoryRoot(start);
  if (!root) {
    throw new UserError(`${path.resolve(start)} is not inside a git repository.`, [
      {
        message: 'No folder holding `.git` was found here or above.',
        fix: 'Run `script-dispatcher init` inside the repository that will hold your scripts (or `git init` first).',
      },
    ]);
  }
  const result: InitResult = { root, written: [], skipped: [] };
  for (const file of INIT_FILES) {
    const target = path.join(root, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      // O_EXCL: fails when anything is there, a dangling link included, so nothing is ever overwritten.
      const handle = await fs.open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        await handle.writeFile(file.content);
      } finally {
        await handle.close();
      }
      result.written.push(file.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      result.skipped.push(file.path);
    }
  }
  return result;
}

/** The lines `init` prints: what it wrote, what it skipped, and what to do next. */
export function describeInit(result: InitResult): string {
  const lines: string[] = [];
  for (const file of result.written) lines.push(`wrote ${file}`);
  for (const file of result.skipped) lines.push(`skipped ${file} (it exists already; left as it is)`);
  lines.push(
    '',
    'Next:',
    '  1. Describe your scripts in .github/script-dispatcher.yml, then check it: script-dispatcher validate',
    '  2. Write the issue forms and the list of scripts of the workflow: script-dispatcher generate',
    '  3. Give the workflows a token for your content repositories (see the comments in .github/workflows/)',
    '  4. Try a script on this machine: script-dispatcher run hello --arg name=you',
  );
  return lines.join('\n');
}

/**
 * The `init` command: writes into the repository around `cwd`, prints what it did on `out`, a user mistake on
 * `err`. Returns the exit code: 0, or 2 outside a repository.
 */
export async function initCommand(
  cwd: string,
  out: { write(text: string): unknown },
  err: { write(text: string): unknown },
): Promise<number> {
  try {
    const result = await initRepository(cwd);
    out.write(`${describeInit(result)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const fix = error.problems.map((p) => `${p.message} ${p.fix ?? ''}`.trim()).join('\n');
    err.write(`${error.message}\n${fix}\n`);
    return 2;
  }
}
