/**
 * SHA-256 of files, fast and in bounded memory: every file is read through one reused buffer, with
 * synchronous reads (a small file costs a few microseconds instead of four trips through the thread pool),
 * in slices of at most ~10 ms between which the event loop runs (timers, the status comment) again.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../shared/paths';

export interface FileHash {
  /** Relative to the folder, with `/`. */
  path: string;
  bytes: number;
  sha256: string;
}

const BUFFER_BYTES = 1024 * 1024;
/** The longest the event loop waits while files are hashed. */
const SLICE_MS = 10;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Hashes one file, yielding to the event loop when a slice is used up. */
async function hashOne(
  file: string,
  buffer: Buffer,
  clock: { sliceStart: number },
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(read === buffer.length ? buffer : buffer.subarray(0, read));
      bytes += read;
      if (performance.now() - clock.sliceStart > SLICE_MS) {
        await yieldToLoop();
        clock.sliceStart = performance.now();
      }
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The SHA-256 (hex) and size of one file. */
export function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  return hashOne(file, Buffer.allocUnsafe(BUFFER_BYTES), { sliceStart: performance.now() });
}

/** Hashes `files` (absolute paths); `relative[i]` names `files[i]` in the result, which keeps their order. */
export async function hashFiles(files: readonly string[], relative: readonly string[]): Promise<FileHash[]> {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  const clock = { sliceStart: performance.now() };
  const result: FileHash[] = [];
  for (let i = 0; i < files.length; i++) {
    const { bytes, sha256 } = await hashOne(files[i], buffer, clock);
    result.push({ path: relative[i], bytes, sha256 });
    if (performance.now() - clock.sliceStart > SLICE_MS) {
      await yieldToLoop();
      clock.sliceStart = performance.now();
    }
  }
  return result;
}

/**
 * Every file that would be uploaded from `dir`, hashed, sorted by path (the rules of `collectOutputs`:
 * regular files, and links that resolve to a regular file inside `dir`; nothing else). `skip` leaves out
 * relative paths (`isReserved`: the `_dispatch/` folder). The walk is synchronous, directory by directory,
 * yielding to the event loop like the hashing does.
 */
export async function hashFolder(
  dir: string,
  options: { skip?: (relative: string) => boolean } = {},
): Promise<FileHash[]> {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  const relative: string[] = [];
  const pending: string[] = [''];
  let sliceStart = performance.now();
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    const full = rel ? path.join(root, rel) : root;
    const entries = readdirSync(full, { withFileTypes: true });
    const subdirs: string[] = [];
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        subdirs.push(childRel);
      } else if (entry.isFile()) {
        files.push(path.join(full, entry.name));
        relative.push(childRel);
      } else if (entry.isSymbolicLink()) {
        try {
          const real = realpathSync(path.join(full, entry.name));
          if (isInside(root, real) && statSync(real).isFile()) {
            files.push(path.join(full, entry.name));
            relative.push(childRel);
          }
        } catch {
          // A link to nothing is not uploaded.
        }
      }
    }
    pending.push(...subdirs);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  const order = relative.map((_, i) => i).filter((i) => !options.skip?.(relative[i]));
  order.sort((a, b) => (relative[a] < relative[b] ? -1 : relative[a] > relative[b] ? 1 : 0));
  return hashFiles(
    order.map((i) => files[i]),
    order.map((i) => relative[i]),
  );
}

/**
 * The csv/file arguments' files, for the record: `{path, bytes, sha256}` by argument name, `path` the file's
 * name (the dispatcher names them after the argument, never after the user's input). Other values are left out.
 */
export async function hashArgFiles(
  specs: readonly { name: string; type: string }[],
  values: Readonly<Record<string, unknown>>,
): Promise<Record<string, FileHash>> {
  const out: Record<string, FileHash> = {};
  for (const spec of specs) {
    const value = values[spec.name];
    if ((spec.type !== 'csv' && spec.type !== 'file') || typeof value !== 'string' || value === '') continue;
    const { bytes, sha256 } = await hashFile(value);
    out[spec.name] = { path: path.basename(value), bytes, sha256 };
  }
  return out;
}
