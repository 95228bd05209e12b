import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectOutputs, missingExpected } from '../../src/publish/outputs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh temp directory holding `output/` (returned) and `outside/`. */
function fresh(): { root: string; output: string; outside: string } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-outputs-')));
  dirs.push(root);
  const output = path.join(root, 'output');
  const outside = path.join(root, 'outside');
  mkdirSync(output);
  mkdirSync(outside);
  return { root, output, outside };
}

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe('collectOutputs', () => {
  test('nested files with their sizes, sorted, relative with `/`', async () => {
    const { output } = fresh();
    write(path.join(output, 'b.txt'), 'bb');
    write(path.join(output, 'a.csv'), 'a,b\n1,2\n');
    write(path.join(output, 'nested/deeper/z.json'), '{}');
    write(path.join(output, 'nested/c.md'), '# c');
    write(path.join(output, '.hidden'), 'h');
    const result = await collectOutputs(output);
    expect(result.relative).toEqual(['.hidden', 'a.csv', 'b.txt', 'nested/c.md', 'nested/deeper/z.json']);
    expect(result.files).toEqual(result.relative.map((r) => path.join(output, ...r.split('/'))));
    expect(result.bytes).toBe(1 + 8 + 2 + 3 + 2);
    expect(result.skipped).toEqual([]);
  });

  test('an empty directory yields nothing', async () => {
    const { output } = fresh();
    mkdirSync(path.join(output, 'empty/also-empty'), { recursive: true });
    expect(await collectOutputs(output)).toEqual({
      root: realpathSync(output),
      files: [],
      relative: [],
      bytes: 0,
      skipped: [],
    });
  });

  test('a missing directory yields nothing', async () => {
    const { root } = fresh();
    expect(await collectOutputs(path.join(root, 'never-made'))).toEqual({
      root: path.join(root, 'never-made'),
      files: [],
      relative: [],
      bytes: 0,
      skipped: [],
    });
  });

  test('a symlink to a file inside is kept, with the size of its target', async () => {
    const { output } = fresh();
    write(path.join(output, 'data/real.txt'), '12345');
    symlinkSync(path.join('data', 'real.txt'), path.join(output, 'alias.txt'));
    const result = await collectOutputs(output);
    expect(result.relative).toEqual(['alias.txt', 'data/real.txt']);
    expect(result.files).toContain(path.join(output, 'alias.txt'));
    expect(result.bytes).toBe(10);
    expect(result.skipped).toEqual([]);
  });

  test('links out, links to directories, dangling links and FIFOs are skipped with reasons', async () => {
    const { output, outside } = fresh();
    write(path.join(outside, 'secret.txt'), 'do not upload');
    write(path.join(output, 'keep.txt'), 'ok');
    mkdirSync(path.join(output, 'sub'));
    write(path.join(output, 'sub/inner.txt'), 'in');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(output, 'out-link.txt'));
    symlinkSync(path.join('..', '..', 'outside', 'secret.txt'), path.join(output, 'sub', 'relative-out.txt'));
    symlinkSync(path.join(output, 'sub'), path.join(output, 'dir-link'));
    symlinkSync(outside, path.join(output, 'outside-dir-link'));
    symlinkSync(path.join(output, 'nothing-here'), path.join(output, 'dangling'));
    execFileSync('mkfifo', [path.join(output, 'pipe')]);

    const result = await collectOutputs(output);
    expect(result.relative).toEqual(['keep.txt', 'sub/inner.txt']);
    expect(result.bytes).toBe(4);
    expect(result.skipped).toEqual([
      'dangling: a link to nothing',
      'dir-link: a link to a directory',
      'out-link.txt: a link to outside the output directory',
      'outside-dir-link: a link to outside the output directory',
      'pipe: not a regular file',
      'sub/relative-out.txt: a link to outside the output directory',
    ]);
  });

  test('an output directory that is itself a link is read through it', async () => {
    const { root, output } = fresh();
    write(path.join(output, 'x.txt'), 'x');
    const link = path.join(root, 'output-link');
    symlinkSync(output, link);
    const result = await collectOutputs(link);
    expect(result.relative).toEqual(['x.txt']);
    expect(result.bytes).toBe(1);
  });

  // BUG (src/shared/paths.ts, `isInside`): a relative path starting with the characters `..` is taken for
  // a parent directory, so a link to a file inside the output directory whose name starts with `..`
  // (`..notes.txt`) is skipped as "a link to outside the output directory".
  test('a link to an inside file whose name starts with `..` is kept', async () => {
    const { output } = fresh();
    write(path.join(output, '..notes.txt'), 'n');
    symlinkSync('..notes.txt', path.join(output, 'notes-link.txt'));
    const result = await collectOutputs(output);
    expect(result.skipped).toEqual([]);
    expect(result.relative).toEqual(['..notes.txt', 'notes-link.txt']);
  });
});

describe('missingExpected', () => {
  const files = ['report.csv', 'summary.txt', 'nested/deep/x.json', 'nested/y.md', '.env.out', 'logs/.keep'];

  test('nothing expected, nothing missing', () => {
    expect(missingExpected([], files)).toEqual([]);
    expect(missingExpected([], [])).toEqual([]);
  });

  test('plain names and `*` globs', () => {
    expect(missingExpected(['summary.txt', '*.csv'], files)).toEqual([]);
    expect(missingExpected(['*.pdf', 'summary.txt', 'other.txt'], files)).toEqual(['*.pdf', 'other.txt']);
  });

  test('`*` does not cross directories; `**` does', () => {
    expect(missingExpected(['*.json'], files)).toEqual(['*.json']);
    expect(missingExpected(['**/*.json', 'nested/**', 'nested/*/x.json'], files)).toEqual([]);
    expect(missingExpected(['other/**'], files)).toEqual(['other/**']);
  });

  test('dotfiles are matched by globs', () => {
    expect(missingExpected(['*.out', '.env.*', 'logs/*'], files)).toEqual([]);
  });

  test('every glob is missing when there are no files', () => {
    expect(missingExpected(['*.csv', 'nested/**'], [])).toEqual(['*.csv', 'nested/**']);
  });
});
