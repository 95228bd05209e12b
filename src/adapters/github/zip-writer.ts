/**
 * Writes a ZIP archive (APPNOTE.TXT) as a stream of buffers, with Node's own zlib and fs, in place of the
 * `archiver` library and its megabytes of code: the artifact upload sends each buffer on as it comes.
 *
 * - Streaming: each file is read in chunks, its CRC-32 and sizes counted on the way, and written after its
 *   local header (general-purpose bit 3: the sizes follow the data, in a data descriptor). Only the central
 *   directory (46 bytes and the name an entry) is kept until the end; a multi-GiB file never sits in memory.
 * - ZIP64: a file bigger than `zip64Above` is marked ZIP64 in its local header (8-byte sizes in its data
 *   descriptor); sizes and offsets past 4 GiB go to ZIP64 extra fields in the central directory, and a
 *   ZIP64 end record is written when the directory's offset, size or entry count need it.
 * - Names are UTF-8 (bit 11); Unix modes and mtimes (as DOS local time) are kept.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** Absolute path of a regular file on disk (may be a symbolic link to a regular file; it is followed). */
  source: string;
  /** Its name in the archive: relative, '/'-separated, no leading '/', no '..' segments (throw if so). */
  name: string;
}

export interface ZipOptions {
  /** zlib level 0–9 (default 6). 0 stores entries uncompressed (method 0). */
  level?: number;
  /**
   * Entries whose file size (stat) is above this many bytes get ZIP64 local headers and data descriptors;
   * the archive gets ZIP64 end records when any offset/size/count needs them. Default 0xFFFFFFFF minus a
   * margin for deflate's growth on incompressible data. Tests set it to -1 to force every ZIP64 structure.
   */
  zip64Above?: number;
}

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** Deflate's worst case grows data by some 0.03% (zlib's deflateBound): 16 MiB of margin covers it. */
const ZIP64_ABOVE = 0xff000000;
const CHUNK = 256 * 1024;

interface Written {
  name: Buffer;
  zip64: boolean;
  method: number;
  /** MS-DOS time (low 16 bits) and date (high 16 bits), as the headers hold them. */
  modified: number;
  mode: number;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** The archive's bytes, in order, as they are produced. Never holds a whole file in memory. */
export async function* zipStream(
  entries: readonly ZipEntry[],
  options: ZipOptions = {},
): AsyncGenerator<Buffer> {
  const level = options.level ?? 6;
  if (!Number.isInteger(level) || level < 0 || level > 9) throw new Error(`zip level ${level} is not 0–9`);
  const zip64Above = options.zip64Above ?? ZIP64_ABOVE;
  checkNames(entries);

  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const file = await openEntry(entry);
    try {
      const w: Written = {
        name: Buffer.from(entry.name, 'utf8'),
        zip64: file.stats.size > zip64Above,
        method: level === 0 ? 0 : 8,
        modified: dosDateTime(file.stats.mtime),
        mode: file.stats.mode & 0o777,
        crc: 0,
        size: 0,
        compressedSize: 0,
        offset,
      };
      const header = localHeader(w);
      yield header;
      try {
        for await (const chunk of content(file.handle, level, w)) {
          w.compressedSize += chunk.length;
          yield chunk;
        }
      } catch (error) {
        throw cannotAdd(entry.name, error);
      }
      const descriptor = dataDescriptor(w);
      yield descriptor;
      offset += header.length + w.compressedSize + descriptor.length;
      written.push(w);
    } finally {
      await file.handle.close();
    }
  }

  const directory = Buffer.concat(written.map(centralHeader));
  yield directory;
  const count = written.length;
  if (zip64Above < 0 || count >= MAX16 || offset >= MAX32 || directory.length >= MAX32) {
    const record = Buffer.alloc(56 + 20);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE((3 << 8) | 45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    // The locator: where the ZIP64 end record is, on disk 0 of 1.
    record.writeUInt32LE(0x07064b50, 56);
    record.writeBigUInt64LE(BigInt(offset + directory.length), 64);
    record.writeUInt32LE(1, 72);
    yield record;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(directory.length, MAX32), 12);
  end.writeUInt32LE(Math.min(offset, MAX32), 16);
  yield end;
}

function checkNames(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const { name } of entries) {
    const problem = nameProblem(name) ?? (seen.has(name) ? 'it is there already' : undefined);
    if (problem) throw new Error(`cannot add ${JSON.stringify(name)} to the archive: ${problem}`);
    seen.add(name);
  }
}

function nameProblem(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  if (name.startsWith('/')) return 'the name is absolute';
  if (name.includes('\\')) return "the name has a '\\' (the separator is '/')";
  if (name.includes('\0')) return 'the name has a NUL character';
  const segments = name.split('/');
  if (segments.includes('..')) return "the name has a '..' segment";
  if (segments.some((segment) => segment === '' || segment === '.'))
    return "the name has an empty or '.' segment";
  if (Buffer.byteLength(name) > MAX16) return 'the name is longer than 65535 bytes';
  return undefined;
}

function cannotAdd(name: string, error: unknown): Error {
  // Not `instanceof Error`: fs errors may come from another realm (as under jest).
  const message = (error as { message?: unknown } | null)?.message;
  const reason = typeof message === 'string' ? message : String(error);
  return new Error(`cannot add ${name} to the archive: ${reason}`, { cause: error });
}

/** Opens the file (following links) and stats that very file, once. */
async function openEntry(entry: ZipEntry): Promise<{ handle: FileHandle; stats: Stats }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(entry.source, 'r');
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new Error(`${entry.source} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}`);
    return { handle, stats };
  } catch (error) {
    await handle?.close();
    throw cannotAdd(entry.name, error);
  }
}

/** The entry's data as stored: deflated, or as read at level 0. Counts the CRC and size of what was read. */
async function* content(handle: FileHandle, level: number, w: Written): AsyncGenerator<Buffer> {
  const input = handle.createReadStream({ highWaterMark: CHUNK, autoClose: false });
  async function* counted(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      w.crc = crc32(chunk, w.crc);
      w.size += chunk.length;
      yield chunk;
    }
  }
  if (level === 0) {
    yield* counted(input);
    return;
  }
  const deflate = createDeflateRaw({ level });
  const feeding = pipeline(input, counted, deflate);
  // A failed read destroys the deflate with its error, which ends the loop below; the rejection is not lost.
  feeding.catch(() => undefined);
  for await (const chunk of deflate) yield chunk as Buffer;
  await feeding;
}

/** MS-DOS date and time, in local time and 2-second steps, from 1980 (earlier times are 1980-01-01). */
function dosDateTime(mtime: Date): number {
  if (mtime.getFullYear() < 1980) return (((1 << 5) | 1) << 16) >>> 0;
  const date =
    ((Math.min(mtime.getFullYear(), 2107) - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  const time = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  return ((date << 16) | time) >>> 0;
}

/** The fields the local header and the central directory share: version needed to name length. */
function common(w: Written, version: number, header: Buffer, at: number): void {
  header.writeUInt16LE(version, at);
  header.writeUInt16LE(0x0808, at + 2); // bit 3: sizes in the data descriptor; bit 11: UTF-8 name
  header.writeUInt16LE(w.method, at + 4);
  header.writeUInt32LE(w.modified, at + 6);
  header.writeUInt16LE(w.name.length, at + 22);
}

function localHeader(w: Written): Buffer {
  // A ZIP64 entry says so with a ZIP64 extra field; its sizes (zero here) come after the data, 8 bytes each.
  const extra = w.zip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  common(w, w.zip64 ? 45 : 20, header, 4);
  if (w.zip64) header.fill(0xff, 18, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, w.name, extra]);
}

function dataDescriptor(w: Written): Buffer {
  const descriptor = Buffer.alloc(w.zip64 ? 24 : 16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(w.crc, 4);
  if (w.zip64) {
    descriptor.writeBigUInt64LE(BigInt(w.compressedSize), 8);
    descriptor.writeBigUInt64LE(BigInt(w.size), 16);
  } else if (w.size > MAX32 || w.compressedSize > MAX32) {
    throw cannotAdd(w.name.toString(), new Error('the file grew past 4 GiB while it was read'));
  } else {
    descriptor.writeUInt32LE(w.compressedSize, 8);
    descriptor.writeUInt32LE(w.size, 12);
  }
  return descriptor;
}

function centralHeader(w: Written): Buffer {
  // A field that does not fit (or any of a ZIP64 entry's) is 0xffffffff, its value in the ZIP64 extra field.
  const big = (value: number): boolean => w.zip64 || value >= MAX32;
  const extra = zip64Extra([w.size, w.compressedSize, w.offset].filter(big));
  const version = extra.length > 0 ? 45 : 20;
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE((3 << 8) | version, 4); // made by: Unix
  common(w, version, header, 6);
  header.writeUInt32LE(w.crc, 16);
  header.writeUInt32LE(big(w.compressedSize) ? MAX32 : w.compressedSize, 20);
  header.writeUInt32LE(big(w.size) ? MAX32 : w.size, 24);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(((0o100000 | w.mode) << 16) >>> 0, 38);
  header.writeUInt32LE(big(w.offset) ? MAX32 : w.offset, 42);
  return Buffer.concat([header, w.name, extra]);
}

/** The ZIP64 extended information extra field (0x0001) with these 8-byte values, or nothing if none. */
function zip64Extra(values: number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return extra;
}
