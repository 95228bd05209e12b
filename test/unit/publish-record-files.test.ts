import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reserveDispatchFolder, writeDispatchFiles } from '../../src/publish/dispatch-folder';
import { hashFile, hashFolder } from '../../src/publish/hash';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'record-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

describe('hash', () => {
  it('hashes every file under a folder, sorted, links out of it left out', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'b', 'c'), { recursive: true });
    writeFileSync(path.join(out, 'a.txt'), 'hello');
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
    writeFileSync(path.join(out, 'b', 'c', 'big.bin'), big);
    writeFileSync(path.join(out, 'empty'), '');
    writeFileSync(path.join(dir, 'outside'), 'secret');
    symlinkSync(path.join(dir, 'outside'), path.join(out, 'link'));
    mkdirSync(path.join(out, '_dispatch'));
    writeFileSync(path.join(out, '_dispatch', 'record.json'), '{}');
    const hashes = await hashFolder(out, { skip: (rel) => rel.startsWith('_dispatch/') });
    expect(hashes).toEqual([
      { path: 'a.txt', bytes: 5, sha256: sha('hello') },
      { path: 'b/c/big.bin', bytes: big.length, sha256: sha(big) },
      { path: 'empty', bytes: 0, sha256: sha('') },
    ]);
    expect(await hashFile(path.join(out, 'a.txt'))).toEqual({
      bytes: 5,
      sha256: sha('hello'),
    });
  });
});

describe('_dispatch/', () => {
  it('moves what the script wrote there, with a warning, and never loses the record and the log', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, '_dispatch'), { recursive: true });
    writeFileSync(path.join(out, '_dispatch', 'record.json'), 'mine');
    mkdirSync(path.join(out, '_dispatch.script'));
    const warnings: string[] = [];
    expect(await reserveDispatchFolder(out, (w) => warnings.push(w))).toBe('_dispatch.script-2');
    expect(readFileSync(path.join(out, '_dispatch.script-2', 'record.json'), 'utf8')).toBe('mine');
    expect(warnings[0]).toContain('kept under `_dispatch.script-2/`');
    expect(await reserveDispatchFolder(out, (w) => warnings.push(w))).toBeUndefined();

    const log = path.join(dir, 'log');
    writeFileSync(log, 'the whole log\n');
    // Written again after the move (something the script left running), as a link to outside.
    symlinkSync(path.join(dir, 'log'), path.join(out, '_dispatch'));
    const written = await writeDispatchFiles(out, { version: 1 }, log, (w) => warnings.push(w));
    expect(JSON.parse(readFileSync(written.record, 'utf8'))).toEqual({ version: 1 });
    expect(readFileSync(written.log, 'utf8')).toBe('the whole log\n');
    expect(readdirSync(path.join(out, '_dispatch')).sort()).toEqual(['log.txt', 'record.json']);
    expect(readFileSync(log, 'utf8')).toBe('the whole log\n');
    expect(warnings).toHaveLength(2);
    expect(readdirSync(out).sort()).toEqual([
      '_dispatch',
      '_dispatch.script',
      '_dispatch.script-2',
      '_dispatch.script-3',
    ]);
  });

  it('writes an empty log when there is none', async () => {
    const written = await writeDispatchFiles(dir, {}, undefined, () => undefined);
    expect(readFileSync(written.log, 'utf8')).toBe('');
  });
});
