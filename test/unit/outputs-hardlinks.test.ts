import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectOutputs } from '../../src/publish/outputs';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'outputs-hl-'));
  await mkdir(join(root, 'out', 'sub'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

test('a hard link to a file outside the output directory is not uploaded, and says why', async () => {
  await writeFile(join(root, 'secret.txt'), 'outside');
  await link(join(root, 'secret.txt'), join(root, 'out', 'copy.txt'));
  await writeFile(join(root, 'out', 'fine.txt'), 'ok');
  const found = await collectOutputs(join(root, 'out'));
  expect(found.relative).toEqual(['fine.txt']);
  expect(found.bytes).toBe(2);
  expect(found.skipped).toEqual(['copy.txt: a hard link to a file outside the output directory']);
});

test('a symbolic link inside to a file that is hard-linked from outside is not uploaded either', async () => {
  await writeFile(join(root, 'secret.txt'), 'outside');
  await link(join(root, 'secret.txt'), join(root, 'out', 'sub', 'copy.txt'));
  await symlink('sub/copy.txt', join(root, 'out', 'alias.txt'));
  const found = await collectOutputs(join(root, 'out'));
  expect(found.relative).toEqual([]);
  expect(found.skipped).toHaveLength(2);
});

test('hard links whose every name is inside the directory are uploaded, each name once', async () => {
  await writeFile(join(root, 'out', 'a.txt'), 'same');
  await link(join(root, 'out', 'a.txt'), join(root, 'out', 'sub', 'b.txt'));
  const found = await collectOutputs(join(root, 'out'));
  expect(found.relative).toEqual(['a.txt', 'sub/b.txt']);
  expect(found.skipped).toEqual([]);
});
