/**
 * `script-dispatcher trace FILE [RECORD ...]`: where a file comes from. FILE is hashed; the run records
 * given (record files, folders holding them at any depth as `_dispatch/record.json`, or downloaded artifact
 * zips) are searched for an output with that SHA-256, and each match is told: the run, step, script,
 * arguments and content commit that produced it.
 *
 * Zips are read with Node's zlib and the zip central directory: only the record entries are read and
 * inflated, whatever the size of the artifact.
 */
import { open, readdir, readFile, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { hashFile } from '../publish/hash';
import type { RecordOutput, RunRecord } from './record';

const inflate = promisify(inflateRaw);

/** Record files larger than this are not read. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** Folders walked to find records: at most this many entries in all. */
const MAX_WALK_ENTRIES = 1_000_000;
const RECORD_NAME = /(^|\/)_dispatch\/record\.json$/;

export interface LoadedRecord {
  /** Where it was read: a file, or `archive.zip!legs/phy/_dispatch/record.json`. */
  source: string;
  record: RunRecord;
}

export interface TraceMatch {
  source: string;
  record: RunRecord;
  output: RecordOutput;
  /** Fan-out: the leg whose outputs hold the file. */
  leg?: string;
}

export interface TraceResult {
  file: string;
  sha256: string;
  bytes: number;
  matches: TraceMatch[];
  /** Records searched. */
  records: number;
  /** What could not be read, and why (a bad zip, a file that is not a record...). */
  problems: string[];
}

/** Reads every record the sources hold. Never throws for a bad source: it becomes a problem. */
export async function loadRecords(
  sources: readonly string[],
): Promise<{ records: LoadedRecord[]; problems: string[] }> {
  const records: LoadedRecord[] = [];
  const problems: string[] = [];
  const add = (source: string, text: string | Buffer): void => {
    const record = parseRecord(text);
    if (record) records.push({ source, record });
    else problems.push(`${source}: not a run record (version 1)`);
  };
  for (const source of sources) {
    try {
      const info = await stat(source);
      if (info.isDirectory()) {
        await walk(source, problems, add);
      } else if (await isZip(source)) {
        await readZipRecords(source, add);
      } else if (info.size > MAX_RECORD_BYTES) {
        problems.push(`${source}: too large to be a run record`);
      } else {
        add(source, await readFile(source));
      }
    } catch (error) {
      problems.push(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { records, problems };
}

/** Hashes `file` and finds the records' outputs with the same SHA-256. */
export async function traceFile(file: string, sources: readonly string[]): Promise<TraceResult> {
  const { sha256, bytes } = await hashFile(file);
  const { records, problems } = await loadRecords(sources);
  const matches: TraceMatch[] = [];
  for (const { source, record } of records) {
    for (const output of record.outputs ?? []) {
      if (output.sha256 === sha256) matches.push({ source, record, output });
    }
    for (const leg of record.legs ?? []) {
      for (const output of leg.outputs ?? []) {
        if (output.sha256 === sha256) matches.push({ source, record, output, leg: leg.name ?? leg.leg });
      }
    }
  }
  // Newest run first.
  matches.sort((a, b) => (a.record['finished-at'] < b.record['finished-at'] ? 1 : -1));
  return { file, sha256, bytes, matches, records: records.length, problems };
}

/** A record parsed, when it looks like version 1 of the run record. */
export function parseRecord(text: string | Buffer): RunRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(typeof text === 'string' ? text : text.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<RunRecord>;
  if (record.version !== 1 || !Array.isArray(record.outputs) || typeof record.job !== 'string')
    return undefined;
  return record as RunRecord;
}

async function walk(
  dir: string,
  problems: string[],
  add: (source: string, text: Buffer) => void,
): Promise<void> {
  const pending = [dir];
  let seen = 0;
  while (pending.length > 0) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      problems.push(`${current}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        problems.push(`${dir}: more than ${MAX_WALK_ENTRIES} entries; the rest was not searched`);
        return;
      }
      const full = path.join(current, entry.name);
      // Links are not followed: a folder of records never leads out of itself.
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile()) {
        try {
          if (entry.name === 'record.json' && path.basename(current) === '_dispatch') {
            const size = (await stat(full)).size;
            if (size > MAX_RECORD_BYTES) problems.push(`${full}: too large to be a run record`);
            else add(full, await readFile(full));
          } else if (entry.name.toLowerCase().endsWith('.zip')) {
            await readZipRecords(full, add);
          }
        } catch (error) {
          problems.push(`${full}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
}

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === LOCAL;
  } finally {
    await handle.close();
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('the zip archive ends too soon');
    done += bytesRead;
  }
  return buffer;
}

/** Reads the `_dispatch/record.json` entries of a zip (at any depth), passing each to `add`. */
export async function readZipRecords(
  zip: string,
  add: (source: string, text: Buffer) => void,
): Promise<void> {
  const handle = await open(zip, 'r');
  try {
    const size = (await handle.stat()).size;
    const tailLength = Math.min(size, 22 + 0xffff + 20);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
      const z64 = Number(tail.readBigUInt64LE(eocd - 20 + 8));
      const record = await readAt(handle, z64, 56);
      if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('bad zip64 end of central directory');
      count = Number(record.readBigUInt64LE(32));
      dirSize = Number(record.readBigUInt64LE(40));
      dirOffset = Number(record.readBigUInt64LE(48));
    }
    if (dirOffset + dirSize > size) throw new Error('the central directory lies outside the archive');
    const dir = await readAt(handle, dirOffset, dirSize);
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory');
      const flags = dir.readUInt16LE(p + 8);
      const method = dir.readUInt16LE(p + 10);
      let compressed = dir.readUInt32LE(p + 20);
      let uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      let local = dir.readUInt32LE(p + 42);
      const name = dir.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = dir.readUInt16LE(e);
        const length = dir.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === 0xffffffff) {
            uncompressed = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (compressed === 0xffffffff) {
            compressed = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (local === 0xffffffff) local = Number(dir.readBigUInt64LE(q));
        }
        e += 4 + length;
      }
      p = extraEnd + commentLength;
      if (!RECORD_NAME.test(name.replace(/\\/g, '/'))) continue;
      const source = `${zip}!${name}`;
      if (uncompressed > MAX_RECORD_BYTES || compressed > MAX_RECORD_BYTES) {
        throw new Error(`${name} is too large to be a run record`);
      }
      const header = await readAt(handle, local, 30);
      if (header.readUInt32LE(0) !== LOCAL) throw new Error(`bad local header for ${name}`);
      const start = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const data = await readAt(handle, start, compressed);
      let content: Buffer;
      if (method === 0) content = data;
      else if (method === 8) content = await inflate(data, { maxOutputLength: MAX_RECORD_BYTES });
      else throw new Error(`${name}: unsupported compression method ${method}`);
      add(source, content);
    }
  } finally {
    await handle.close();
  }
}

/** Terminal-safe text from a record: no control characters (no escape sequences), one line. */
function plain(value: unknown, max = 300): string {
  const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    ' ',
  );
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function argText(value: unknown): string {
  if (value && typeof value === 'object' && 'sha256' in value) {
    const file = value as { path?: unknown; bytes?: unknown; sha256?: unknown };
    return `${plain(file.path)} (${plain(file.bytes)} bytes, sha256 ${plain(file.sha256, 64)})`;
  }
  return plain(value);
}

/** The answer as plain text for a terminal. */
export function renderTrace(result: TraceResult): string {
  const lines: string[] = [];
  const what = `${result.file} (sha256 ${result.sha256}, ${result.bytes} bytes)`;
  if (result.matches.length === 0) {
    lines.push(
      `No run record lists ${what}: searched ${result.records} record${result.records === 1 ? '' : 's'}.`,
      'Give the records of the runs that may have produced it: `_dispatch/record.json` files, folders holding them, or the downloaded artifact zips.',
    );
  } else {
    lines.push(
      `${what} was produced by ${result.matches.length === 1 ? 'this run' : `${result.matches.length} runs`}:`,
    );
    for (const match of result.matches) {
      const r = match.record;
      lines.push('');
      const run = r.workflow
        ? `run ${plain(r.workflow['run-id'])} (attempt ${plain(r.workflow['run-attempt'])}) of ${plain(r.workflow.repository)}, ${plain(r.workflow.url)}`
        : `a local run (${plain(r.event?.name ?? 'cli')})`;
      lines.push(`  Run:       ${run}`);
      lines.push(`  Job:       ${plain(r.job)} · ${plain(r.status)} · finished ${plain(r['finished-at'])}`);
      const step = match.output.step ? ` · step ${plain(match.output.step)}` : '';
      const leg = match.leg ? ` · leg ${plain(match.leg)}` : '';
      lines.push(`  Script:    ${plain(r.script)} (${plain(r.kind)})${step}${leg}`);
      lines.push(`  As:        ${plain(match.output.path)}`);
      const args = Object.entries(r.args ?? {});
      lines.push(
        `  Arguments: ${args.length === 0 ? 'none' : args.map(([k, v]) => `${plain(k, 100)}=${argText(v)}`).join(', ')}`,
      );
      for (const c of r.content ?? []) {
        lines.push(
          `  Content:   ${plain(c.target)}: ${plain(c.repository)}@${plain(c.sha, 64)}${c.ref ? ` (${plain(c.ref)})` : ''}`,
        );
      }
      if (r.requester)
        lines.push(`  Requested: ${plain(r.requester)}${r.issue ? ` in issue #${plain(r.issue)}` : ''}`);
      lines.push(`  Record:    ${plain(match.source, 1000)}`);
    }
  }
  for (const problem of result.problems) lines.push(`warning: ${plain(problem, 1000)}`);
  return lines.join('\n');
}
