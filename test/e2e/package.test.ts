/**
 * The CLI as users get it: `npm pack`, installed offline from the tarball into an empty folder (so nothing can
 * come from this repository's node_modules), then run: `--version`, `validate` and the README's example.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, PROJECT_ROOT } from '../support/runner';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, NO_COLOR: '1', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** npm from PATH, with a cache of its own: the offline install must not be helped by anything cached before. */
function npm(args: string[], cwd: string, cache: string): Promise<Ran> {
  return run('npm', args, cwd, { npm_config_cache: cache, npm_config_update_notifier: 'false' });
}

let root: string;
let tarball: string;
let packed: { size: number; unpackedSize: number; files: { path: string }[] };
let installed: string;
let bin: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-package-'));
  const cache = join(root, 'npm-cache');
  const pack = await npm(
    ['pack', '--json', '--ignore-scripts', '--pack-destination', root],
    PROJECT_ROOT,
    cache,
  );
  expect(pack.code).toBe(0);
  [packed] = JSON.parse(pack.stdout);
  tarball = join(root, (packed as unknown as { filename: string }).filename);
  installed = join(root, 'user');
  await mkdir(installed);
  const install = await npm(['install', '--offline', '--no-audit', '--no-fund', tarball], installed, cache);
  expect(install).toMatchObject({ code: 0 });
  bin = join(installed, 'node_modules', '.bin', 'script-dispatcher');
  // The figure for the notes: printed, and bounded below.
  process.stdout.write(
    `CLI tarball: ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.files.length} files\n`,
  );
}, 240_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

test('the tarball holds the bundled CLI, the schemas, README, LICENSE and CHANGELOG, and no sources or tests', async () => {
  const files = packed.files.map((f) => f.path).sort();
  for (const needed of [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'dist/cli/index.js',
    'dist/cli/package.json',
    'package.json',
    'schema/script-dispatcher.schema.json',
  ]) {
    expect(files).toContain(needed);
  }
  const schemas = (await readdir(join(PROJECT_ROOT, 'schema'))).filter((f) => f.endsWith('.json'));
  for (const schema of schemas) expect(files).toContain(`schema/${schema}`);
  for (const file of files) {
    expect(file).toMatch(/^(dist\/cli\/|schema\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/);
  }
  expect(files.some((f) => /^(src|test|bench|example|scripts|node_modules)\//.test(f))).toBe(false);
  expect(files).not.toContain('dist/index.js');
  expect(packed.size).toBeLessThan(3_000_000);
  expect((await stat(tarball)).size).toBe(packed.size);
});

test('it installs offline into an empty folder, with no dependency besides itself', async () => {
  const pkg = JSON.parse(
    await readFile(join(installed, 'node_modules', 'script-dispatcher', 'package.json'), 'utf8'),
  );
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.private).toBeUndefined();
  expect(pkg.bin).toEqual({ 'script-dispatcher': 'dist/cli/index.js' });
  expect(pkg.engines.node).toBe('>=20');
  const modules = (await readdir(join(installed, 'node_modules'))).filter((n) => !n.startsWith('.'));
  expect(modules).toEqual(['script-dispatcher']);
});

test('--version prints the version of the package', async () => {
  const version = await run(bin, ['--version'], installed);
  expect(version).toMatchObject({ code: 0, stdout: '1.0.0\n' });
});

describe('the installed bin, on a copy of the example', () => {
  let project: string;
  let lastRun: Ran | undefined;
  beforeAll(async () => {
    project = join(root, 'project');
    await cp(join(PROJECT_ROOT, 'example'), join(project, 'example'), { recursive: true });
    await cp(
      join(PROJECT_ROOT, '.github', 'script-dispatcher.yml'),
      join(project, '.github', 'script-dispatcher.yml'),
    );
  });

  test('validate, under Node 24 and under the Node.js that runs the tests (the engines floor)', async () => {
    const checked = await run(bin, ['validate'], project, {
      PATH: `${join(NODE24, '..')}:${process.env.PATH}`,
    });
    expect(checked.stderr).toBe('');
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toContain('valid (5 scripts)');
    const entry = join(installed, 'node_modules', 'script-dispatcher', 'dist', 'cli', 'index.js');
    const floor = await run(process.execPath, [entry, 'validate'], project);
    expect(floor).toMatchObject({ code: 0, stdout: checked.stdout });
  });

  test("run: the README's first command, through the installed bin", async () => {
    const ran = await run(
      NODE24,
      [bin, 'run', 'word_count', '--content', 'example=example/content'],
      project,
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('words in all');
    const outputs = await readdir(join(project, 'script-dispatcher-output'));
    expect(outputs).toHaveLength(1);
    const csv = await readFile(
      join(project, 'script-dispatcher-output', outputs[0], 'word_counts.csv'),
      'utf8',
    );
    expect(csv.split(/\r?\n/)[0]).toBe('file,words');
    lastRun = ran;
  });

  test('run prints plain text: no Markdown table, no HTML, no escape codes without a TTY', () => {
    expect(lastRun).toBeDefined();
    const printed = lastRun!.stdout + lastRun!.stderr;
    expect(printed).not.toMatch(/^\|.*\|$/m);
    expect(printed).not.toMatch(/<\/?(details|summary|br)\b/);
    expect(printed).not.toMatch(/\*\*|^#{1,6} /m);
    expect(printed).not.toContain('\u001b[');
  });
});
