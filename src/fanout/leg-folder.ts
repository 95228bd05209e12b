/**
 * A leg's downloaded artifact, read back from the merged tree `legs/<name>/`: every regular file hashed
 * (what the merged record lists comes from the files themselves, not from what a leg claims), and its
 * `_dispatch/record.json`. Symbolic links are not followed and not listed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LegFolder, LegOutput } from './merge';
import type { LegPart } from './plan';

/** The merged tree's folder of a leg, relative to the merged artifact's root. */
export function legFolderPath(part: LegPart): string {
  return `legs/${part.name}`;
}

/** Reads leg `part`'s folder under `root` (the merged artifact's root). */
export async function readLegFolder(root: string, part: LegPart): Promise<LegFolder> {
  const relative = legFolderPath(part);
  const dir = path.join(root, ...relative.split('/'));
  const files = await listFiles(dir);
  const outputs: LegOutput[] = new Array<LegOutput>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const { bytes, sha256 } = await hashFile(path.join(dir, ...file.split('/')));
      outputs[i] = { path: `${relative}/${file}`, bytes, sha256 };
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));

  let record: unknown;
  try {
    record = JSON.parse(await readFile(path.join(dir, '_dispatch', 'record.json'), 'utf8'));
  } catch {
    record = undefined;
  }
  return { leg: part.leg, ...(record !== undefined ? { record } : {}), outputs };
}

/** Regular files under `dir`, as sorted `/`-separated relative paths; none when `dir` does not exist. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(file)
      .on('data', (chunk: Buffer | string) => {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += buffer.length;
        hash.update(buffer);
      })
      .on('error', reject)
      .on('end', () => resolve({ bytes, sha256: hash.digest('hex') }));
  });
}
