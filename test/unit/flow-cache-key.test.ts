import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheKey, canonicalJson, explainMiss, type CacheKeyInput } from '../../src/flow/cache-key';
import { scriptOf } from '../support/scripts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

const FILES = {
  'scripts/broken.py': 'print("broken")\n',
  'scripts/lib/util.py': 'X = 1\n',
  'scripts/lib/other.py': 'Y = 2\n',
  'README.md': 'not named\n',
};

/** A checkout of the same workspace in a fresh folder (another machine, another job), with its inputs. */
function setup(change: (w: { root: string; input: CacheKeyInput }) => void = () => undefined): CacheKeyInput {
  const root = mkdtempSync(join(tmpdir(), 'ws-'));
  made.push(root);
  write(root, FILES);
  const job = `${Math.random()}`.slice(2);
  const images = join(root, 'tmp', `job-${job}`, 'images');
  write(images, { 'image_list.csv': 'path\na.png\n', 'sub/n.txt': '2' });
  const upload = join(root, 'tmp', `upload-${job}.csv`);
  write(root, { [`tmp/upload-${job}.csv`]: 'x,y\n1,2\n' });
  const input: CacheKeyInput = {
    script: scriptOf('broken', {
      command: ['python3', 'scripts/broken.py', '--out={output}', 'missing.py'],
      args: [
        { name: 'list', type: 'text', title: 'list', required: true },
        { name: 'limit', type: 'number', title: 'limit', required: false },
        { name: 'table', type: 'csv', title: 'table', required: false },
        { name: 'tag', type: 'text', title: 'tag', required: false },
      ],
    }),
    step: {
      name: 'broken',
      needs: ['images'],
      args: { list: '{steps.images.output}/image_list.csv', limit: '{args.limit}', tag: '{target}-{job}' },
      cacheFiles: ['scripts/lib/*.py'],
    },
    workspace: root,
    workingDirectory: root,
    flowArgs: { limit: 3 },
    args: {
      list: `${images}/image_list.csv`,
      limit: 3,
      table: upload,
      tag: `phy-${job}`,
    },
    target: { key: 'phy', commit: 'a'.repeat(40) },
    neededOutputs: { images },
  };
  change({ root, input });
  return input;
}

describe('cacheKey', () => {
  it('gives the same key for the same inputs in other folders, jobs and temp paths', async () => {
    const a = await cacheKey(setup());
    const b = await cacheKey(setup());
    expect(a.key).toMatch(/^[0-9a-f]{64}$/);
    expect(b.key).toBe(a.key);
    expect(Object.keys(a.components).sort()).toEqual([
      'arg:limit',
      'arg:list',
      'arg:table',
      'arg:tag',
      'file:scripts/broken.py',
      'file:scripts/lib/other.py',
      'file:scripts/lib/util.py',
      'script',
      'step:images',
      'target',
    ]);
  });

  const changes: [string, (w: { root: string; input: CacheKeyInput }) => void, string][] = [
    ['the script entry', ({ input }) => (input.script.timeoutMinutes = 5), 'script entry'],
    [
      'a file the command names',
      ({ root }) => write(root, { 'scripts/broken.py': 'print(2)\n' }),
      'file scripts/broken.py',
    ],
    [
      'a cache-files match',
      ({ root }) => write(root, { 'scripts/lib/util.py': 'X = 2\n' }),
      'file scripts/lib/util.py',
    ],
    [
      'a new cache-files match',
      ({ root }) => write(root, { 'scripts/lib/new.py': '' }),
      'file scripts/lib/new.py',
    ],
    [
      'a typed argument',
      ({ input }) => {
        input.flowArgs.limit = 4;
        input.args.limit = 4;
      },
      'argument limit',
    ],
    [
      'a csv value by content',
      ({ input }) => writeFileSync(input.args.table as string, 'x,y\n1,3\n'),
      'argument table',
    ],
    [
      'the target commit',
      ({ input }) => (input.target = { key: 'phy', commit: 'b'.repeat(40) }),
      'target commit',
    ],
    [
      'the target',
      ({ input }) => (input.target = { key: 'ada', commit: 'a'.repeat(40) }),
      'argument tag, target commit',
    ],
    [
      'a file in a needed output',
      ({ input }) => write(input.neededOutputs.images, { 'sub/n.txt': '3' }),
      'outputs of step images',
    ],
    [
      'a new file in a needed output',
      ({ input }) => write(input.neededOutputs.images, { 'z.txt': '' }),
      'outputs of step images',
    ],
  ];
  it.each(changes)('changes with %s, and says so', async (_what, change, why) => {
    const base = await cacheKey(setup());
    const changed = await cacheKey(setup(change));
    expect(changed.key).not.toBe(base.key);
    expect(explainMiss(base.components, changed.components)).toBe(why);
  });

  it('ignores files outside the workspace, unnamed files, and the text of step output paths', async () => {
    const base = await cacheKey(setup());
    const other = await cacheKey(
      setup(({ root, input }) => {
        write(root, { 'README.md': 'changed' });
        input.args.list = '/elsewhere/image_list.csv';
      }),
    );
    expect(other.key).toBe(base.key);
  });

  it('never reads a file through a link that leads out of the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'secret.py'), 'x');
    const input = setup(({ root, input: i }) => {
      symlinkSync(join(outside, 'secret.py'), join(root, 'scripts', 'link.py'));
      i.script.command = ['python3', 'scripts/link.py', '/etc/hostname', '../../x'];
    });
    const { components } = await cacheKey(input);
    expect(Object.keys(components).filter((c) => c.startsWith('file:'))).toEqual([
      'file:scripts/lib/other.py',
      'file:scripts/lib/util.py',
    ]);
  });
});

describe('canonicalJson and explainMiss', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: 'é' })).toBe('{"a":"é","b":[{"x":2,"y":1}]}');
  });
  it('says `no entry` without a previous entry', () => {
    expect(explainMiss(undefined, { script: 'x' })).toBe('no entry');
  });
});
