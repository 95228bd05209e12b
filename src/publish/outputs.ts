import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { isInside } from '../shared/paths';
import picomatch from 'picomatch';

/** The files of an output directory that may be uploaded, and what was left out and why. */
export interface OutputFiles {
  /** The directory the files were listed from, links resolved (the root to upload them from). */
  root: string;
  /** Absolute paths of regular files inside the directory (links resolving inside it included). */
  files: string[];
  /** Paths relative to the directory, with `/`. */
  relative: string[];
  bytes: number;
  /** `name: reason` for everything that was not uploaded. */
  skipped: string[];
}

/**
 * Lists the regular files under `dir`. A symbolic link is followed only when it resolves to a regular file
 * inside `dir`; links that lead outside (or to directories) are never uploaded. The same for hard links: a
 * file whose inode has more names than the directory holds is also linked from outside, and left out.
 */
export async function collectOutputs(dir: string): Promise<OutputFiles> {
  const result: OutputFiles = { root: dir, files: [], relative: [], bytes: 0, skipped: [] };
  /** Every file found (links resolved), with its inode: hard links are judged once all names are known. */
  const found: Array<{ full: string; rel: string; stat: Stats; how: string }> = [];
  let root: string;
  try {
    root = await fs.realpath(dir);
  } catch {
    return result;
  }
  result.root = root;
  const walk = async (current: string): Promise<void> => {
    const entries = await fs.readdir(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        await walk(full);
      } else if (entry.isFile()) {
        found.push({ full, rel, stat: await fs.lstat(full), how: 'a hard link to' });
      } else if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = await fs.realpath(full);
        } catch {
          result.skipped.push(`${rel}: a link to nothing`);
          continue;
        }
        if (!isInside(root, real)) {
          result.skipped.push(`${rel}: a link to outside the output directory`);
          continue;
        }
        const stat = await fs.stat(real);
        if (!stat.isFile()) {
          result.skipped.push(`${rel}: a link to a directory`);
          continue;
        }
        found.push({ full, rel, stat, how: 'a link to a hard link to' });
      } else {
        result.skipped.push(`${rel}: not a regular file`);
      }
    }
  };
  await walk(root);
  // Names of each inode inside the directory; fewer than its link count: another name is outside.
  const inode = (stat: Stats) => `${stat.dev}:${stat.ino}`;
  const names = new Map<string, Set<string>>();
  for (const { stat, full, how } of found) {
    if (how !== 'a hard link to') continue;
    const key = inode(stat);
    names.set(key, (names.get(key) ?? new Set()).add(full));
  }
  for (const { full, rel, stat, how } of found) {
    if (stat.nlink > (names.get(inode(stat))?.size ?? 0)) {
      result.skipped.push(`${rel}: ${how} a file outside the output directory`);
      continue;
    }
    result.files.push(full);
    result.relative.push(rel);
    result.bytes += stat.size;
  }
  return result;
}

/** The `outputs.expect` globs that match none of the files. */
export function missingExpected(expect: string[], relative: string[]): string[] {
  return expect.filter((glob) => {
    const matches = picomatch(glob, { dot: true });
    return !relative.some((file) => matches(file));
  });
}
