/**
 * The streaming zip writer, its archives checked by readers that share none of its code: Python's zipfile
 * (which also walks each local header and data descriptor by offset), Info-ZIP's `unzip -t`, and the test
 * reader of test/support/zip.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { zipStream, type ZipEntry, type ZipOptions } from '../../src/adapters/github/zip-writer';
import { unzip } from '../support/zip';

const MiB = 1024 * 1024;

/** What Python's zipfile makes of each entry, and the local header and data descriptor it found by offset. */
interface PyEntry {
  name: string;
  size: number;
  compressed: number;
  crc: number;
  mode: number;
  method: number;
  flags: number;
  system: number;
  made: number;
  needed: number;
  date: number[];
  sha256: string;
  local: { signature: number; flags: number; method: number; crc: number; zip64: boolean };
  descriptor: { signature: number; crc: number; compressed: number; size: number; length: number };
  /** The descriptor ends where the next local header (or the central directory) starts. */
  contiguous: boolean;
}

const PYTHON = String.raw`
import hashlib, json, struct, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[1], 'rb') as f:
    bad = z.testzip()
    infos = z.infolist()
    starts = sorted(i.header_offset for i in infos) + [z.start_dir]
    out = []
    for i in infos:
        h = hashlib.sha256()
        with z.open(i) as data:
            for chunk in iter(lambda: data.read(1 << 20), b''):
                h.update(chunk)
        f.seek(i.header_offset)
        sig, _, flags, method, _, _, crc, _, _, n, m = struct.unpack('<IHHHHHIIIHH', f.read(30))
        f.seek(n, 1)
        extra, ids = f.read(m), []
        while len(extra) >= 4:
            xid, xlen = struct.unpack('<HH', extra[:4])
            ids.append(xid)
            extra = extra[4 + xlen:]
        zip64 = 1 in ids
        f.seek(i.compress_size, 1)
        fmt = '<IIQQ' if zip64 else '<IIII'
        d = struct.unpack(fmt, f.read(struct.calcsize(fmt)))
        out.append(dict(name=i.filename, size=i.file_size, compressed=i.compress_size, crc=i.CRC,
            mode=i.external_attr >> 16, method=i.compress_type, flags=i.flag_bits, system=i.create_system,
            made=i.create_version, needed=i.extract_version, date=list(i.date_time), sha256=h.hexdigest(),
            local=dict(signature=sig, flags=flags, method=method, crc=crc, zip64=zip64),
            descriptor=dict(signature=d[0], crc=d[1], compressed=d[2], size=d[3], length=struct.calcsize(fmt)),
            contiguous=f.tell() == starts[starts.index(i.header_offset) + 1]))
    print(json.dumps(dict(bad=bad, entries=out)))
`;

function python(archive: string): { bad: string | null; entries: PyEntry[] } {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PYTHON, archive], { encoding: 'utf8' }));
}

/** Info-ZIP's test of every entry (CRC included). It exits with 1 on an empty archive, with a warning. */
function unzipTest(archive: string): string {
  try {
    return execFileSync('unzip', ['-t', archive], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    if (status === 1) return stdout + stderr;
    throw error;
  }
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** V8's gc(), for a clean start of a memory measurement (a new context gets it once the flag is set). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let dir: string;
let archives = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-zip-writer-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a file under the temp dir with this mode and answers its entry. */
async function file(name: string, content: string | Buffer, mode = 0o644): Promise<ZipEntry> {
  const source = join(dir, 'files', name);
  await mkdir(dirname(source), { recursive: true });
  await writeFile(source, content);
  await chmod(source, mode);
  return { source, name };
}

/** Zips to a file in the temp dir and answers its path. */
async function zip(entries: readonly ZipEntry[], options?: ZipOptions): Promise<string> {
  const archive = join(dir, `archive-${++archives}.zip`);
  await pipeline(zipStream(entries, options), createWriteStream(archive));
  return archive;
}

/** Checks the archive with the three readers; answers Python's view of its entries, in order. */
function check(archive: string, expected: Record<string, Buffer | string>): PyEntry[] {
  const { bad, entries } = python(archive);
  expect(bad).toBeNull();
  expect(entries.map((e) => e.name)).toEqual(Object.keys(expected));
  for (const e of entries) {
    const content = expected[e.name];
    expect(e.sha256).toBe(sha256(content));
    expect(e.size).toBe(Buffer.byteLength(content));
    expect(e.flags & 0x0808).toBe(0x0808);
    expect(e.system).toBe(3);
    expect(e.local).toMatchObject({ signature: 0x04034b50, flags: e.flags, method: e.method, crc: 0 });
    expect(e.descriptor).toMatchObject({
      signature: 0x08074b50,
      crc: e.crc,
      compressed: e.compressed,
      size: e.size,
    });
    expect(e.contiguous).toBe(true);
  }
  expect(unzipTest(archive)).toMatch(entries.length > 0 ? /No errors detected/ : /zipfile is empty/);
  const files = unzip(readFileSync(archive));
  expect([...files.keys()]).toEqual(Object.keys(expected));
  for (const [name, content] of files) expect(sha256(content)).toBe(sha256(expected[name]));
  return entries;
}

function hasZip64End(archive: string): boolean {
  const bytes = readFileSync(archive);
  return bytes.length >= 42 && bytes.readUInt32LE(bytes.length - 42) === 0x07064b50;
}

describe('zipStream', () => {
  it('zips files with nested and UTF-8 names, an empty file, modes and mtimes', async () => {
    const entries = [
      await file('report.csv', 'a,b\n1,2\n'),
      await file('logs/run/out.txt', 'hello\n'.repeat(1000)),
      await file('empty.txt', ''),
      await file('données/é.csv', 'x;y\n', 0o600),
      await file('bin/run.sh', '#!/bin/sh\necho hi\n', 0o755),
    ];
    await utimes(entries[0].source, new Date(2021, 2, 4, 5, 6, 9), new Date(2021, 2, 4, 5, 6, 9));
    await utimes(entries[2].source, new Date(1970, 0, 2), new Date(1970, 0, 2));
    const archive = await zip(entries);

    const got = check(archive, {
      'report.csv': 'a,b\n1,2\n',
      'logs/run/out.txt': 'hello\n'.repeat(1000),
      'empty.txt': '',
      'données/é.csv': 'x;y\n',
      'bin/run.sh': '#!/bin/sh\necho hi\n',
    });
    expect(got.map((e) => e.mode)).toEqual([0o100644, 0o100644, 0o100644, 0o100600, 0o100755]);
    expect(got.map((e) => [e.method, e.needed, e.made, e.local.zip64])).toEqual(
      Array(5).fill([8, 20, 20, false]),
    );
    expect(got.map((e) => e.descriptor.length)).toEqual(Array(5).fill(16));
    expect(got[0].date).toEqual([2021, 3, 4, 5, 6, 8]);
    expect(got[2].date).toEqual([1980, 1, 1, 0, 0, 0]);
    expect(got[1].compressed).toBeLessThan(200);
    expect(hasZip64End(archive)).toBe(false);
  });

  it('follows a symbolic link to a regular file', async () => {
    const target = await file('target.txt', 'the target\n', 0o640);
    const source = join(dir, 'files', 'link.txt');
    await symlink(target.source, source);
    const [e] = check(await zip([{ source, name: 'link.txt' }]), { 'link.txt': 'the target\n' });
    expect(e.mode).toBe(0o100640);
  });

  it('takes sizes and CRC from the bytes read, not from stat', async () => {
    if (process.platform !== 'linux') return;
    // /proc files stat as empty, yet have content.
    const content = readFileSync('/proc/version');
    expect(content.length).toBeGreaterThan(0);
    check(await zip([{ source: '/proc/version', name: 'version' }]), { version: content });
  });

  it('zips 20 MiB of random and of compressible data, byte for byte', async () => {
    const random = randomBytes(20 * MiB);
    const text = Buffer.from('line of a large and repetitive log file\n'.repeat((20 * MiB) / 40));
    const archive = await zip([await file('random.bin', random), await file('log.txt', text)]);
    const [r, t] = check(archive, { 'random.bin': random, 'log.txt': text });
    expect(r.compressed).toBeGreaterThan(20 * MiB);
    expect(r.compressed).toBeLessThan(20 * MiB + 64 * 1024);
    expect(t.compressed).toBeLessThan(MiB);
  });

  it('stores at level 0 and deflates harder at level 9', async () => {
    const text = 'stored or deflated\n'.repeat(5000);
    const entries = [await file('level/a.txt', text), await file('level/empty', '')];
    const stored = check(await zip(entries, { level: 0 }), { 'level/a.txt': text, 'level/empty': '' });
    expect(stored.map((e) => [e.method, e.compressed])).toEqual([
      [0, text.length],
      [0, 0],
    ]);
    const [best] = check(await zip(entries, { level: 9 }), { 'level/a.txt': text, 'level/empty': '' });
    expect(best.method).toBe(8);
    expect(best.compressed).toBeLessThan(text.length / 50);
  });

  it('writes a valid empty archive for no entries', async () => {
    const archive = await zip([]);
    // What Python's zipfile writes for no entries, too.
    expect(readFileSync(archive)).toEqual(Buffer.from('504b0506' + '00'.repeat(18), 'hex'));
    check(archive, {});
  });

  it('writes every ZIP64 structure when forced, and readers take them', async () => {
    const text = 'zip64\n'.repeat(3000);
    const entries = [
      await file('z64/a.txt', text),
      await file('z64/empty', ''),
      await file('z64/run.sh', 'echo\n', 0o755),
    ];
    for (const level of [6, 0]) {
      const archive = await zip(entries, { zip64Above: -1, level });
      const got = check(archive, { 'z64/a.txt': text, 'z64/empty': '', 'z64/run.sh': 'echo\n' });
      expect(got.map((e) => [e.needed, e.made, e.local.zip64, e.descriptor.length])).toEqual(
        Array(3).fill([45, 45, true, 24]),
      );
      expect(got[2].mode).toBe(0o100755);
      expect(hasZip64End(archive)).toBe(true);
    }
    const archive = await zip([], { zip64Above: -1 });
    expect(hasZip64End(archive)).toBe(true);
    check(archive, {});
  });

  it('names the entry that cannot be read, and why', async () => {
    const ok = await file('ok.txt', 'ok');
    const missing = { source: join(dir, 'nowhere', 'report.csv'), name: 'out/report.csv' };
    await expect(zip([ok, missing])).rejects.toThrow(
      /^cannot add out\/report\.csv to the archive: ENOENT: no such file or directory/,
    );
    await mkdir(join(dir, 'a-folder'), { recursive: true });
    await expect(zip([{ source: join(dir, 'a-folder'), name: 'folder' }])).rejects.toThrow(
      /^cannot add folder to the archive: .*a-folder is a directory$/,
    );
  });

  it.each([
    ['../x', "'..' segment"],
    ['a/../../x', "'..' segment"],
    ['/abs', 'absolute'],
    ['a\\b', "'\\'"],
    ['', 'empty'],
    ['a//b', "empty or '.' segment"],
    ['./a', "empty or '.' segment"],
    ['dir/', "empty or '.' segment"],
    ['a\0b', 'NUL'],
  ])('rejects the name %j before writing anything', async (name, problem) => {
    const ok = await file('fine.txt', 'fine');
    const archive = zipStream([ok, { source: ok.source, name }]);
    await expect(archive.next()).rejects.toThrow(problem);
  });

  it('rejects a name given twice before writing anything', async () => {
    const ok = await file('twice.txt', 'twice');
    const archive = zipStream([ok, await file('other.txt', ''), { ...ok }]);
    await expect(archive.next()).rejects.toThrow(
      'cannot add "twice.txt" to the archive: it is there already',
    );
  });

  it('closes the file when the reader stops early', async () => {
    if (process.platform !== 'linux') return;
    const big = await file('stop-early.bin', randomBytes(4 * MiB));
    const fds = readdirSync('/proc/self/fd').length;
    for (const level of [0, 6]) {
      const archive = zipStream([big], { level });
      await archive.next();
      await archive.next();
      await archive.return(undefined);
      expect(readdirSync('/proc/self/fd').length).toBe(fds);
    }
  });

  it.each([1, 0])('zips a 200 MiB file in bounded memory at level %d', async (level) => {
    const { source } = await file(`sparse-${level}.bin`, '');
    await truncate(source, 200 * MiB);
    // What is held, measured after full collections (the read chunks' garbage says nothing of it), at most
    // every 100 ms while the zip goes on; the stream is hashed, not kept.
    collectGarbage();
    const before = process.memoryUsage();
    const growth = { rss: 0, buffers: 0, samples: 0, at: 0 };
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of zipStream([{ source, name: 'sparse.bin' }], { level })) {
      hash.update(chunk);
      bytes += chunk.length;
      if (Date.now() - growth.at < 100) continue;
      collectGarbage();
      const now = process.memoryUsage();
      growth.rss = Math.max(growth.rss, now.rss - before.rss);
      growth.buffers = Math.max(growth.buffers, now.arrayBuffers - before.arrayBuffers);
      growth.samples++;
      growth.at = Date.now();
    }
    expect(growth.samples).toBeGreaterThan(1);
    // A writer that held the file would show 200 MiB; chunks not yet released under load, some 16 MiB.
    expect(growth.rss).toBeLessThan(64 * MiB);
    expect(growth.buffers).toBeLessThan(48 * MiB);
    if (level === 0) expect(bytes).toBeGreaterThan(200 * MiB);
    else expect(bytes).toBeLessThan(2 * MiB);
  });
});
