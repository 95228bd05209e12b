/**
 * SHA-256 of files, fast: a few files are read at once (the disk and the thread pool stay busy while one
 * file is hashed), each through one reused buffer per worker, so memory stays at `concurrency` buffers
 * whatever the sizes of the files.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { collectOutputs } from './outputs';

export interface FileHash {
  /** Relative to the folder, with `/`. */
  path: string;
  bytes: number;
  sha256: string;
}

export const DEFAULT_HASH_CONCURRENCY = 8;
const BUFFER_BYTES = 256 * 1024;

/** The SHA-256 (hex) and size of one file, read through `buffer`. */
export async function hashFile(
  file: string,
  buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES),
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Hashes `files` (absolute paths), at most `concurrency` at once; `relative[i]` names `files[i]` in the
 * result. The result is in the order given.
 */
export async function hashFiles(
  files: readonly string[],
  relative: readonly string[],
  options: { concurrency?: number } = {},
): Promise<FileHash[]> {
  const concurrency = Math.max(1, Math.min(files.length, options.concurrency ?? DEFAULT_HASH_CONCURRENCY));
  const result: FileHash[] = new Array<FileHash>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    while (next < files.length) {
      const i = next++;
      const { bytes, sha256 } = await hashFile(files[i], buffer);
      result[i] = { path: relative[i], bytes, sha256 };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

/**
 * Every file that would be uploaded from `dir` (the rules of `collectOutputs`: links out of it are left out),
 * hashed, sorted by path. `skip` leaves out relative paths (the reserved `_dispatch/`).
 */
export async function hashFolder(
  dir: string,
  options: { concurrency?: number; skip?: (relative: string) => boolean } = {},
): Promise<FileHash[]> {
  const listed = await collectOutputs(dir);
  const files: string[] = [];
  const relative: string[] = [];
  listed.relative.forEach((rel, i) => {
    if (options.skip?.(rel)) return;
    files.push(listed.files[i]);
    relative.push(rel);
  });
  return hashFiles(files, relative, options);
}

/** `a/b.txt` under `root`, with `/`. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
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
