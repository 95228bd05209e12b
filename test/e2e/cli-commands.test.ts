/**
 * The bundled CLI's command line and its terminal: --version, per-command help, exit codes, the manifest found
 * upwards, init then validate, plain output without a TTY, --summary, local checkouts (reuse, unknown key,
 * uncommitted changes), cleanup, and Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBareRepo, git } from '../support/repos';
import { NODE24, PROJECT_ROOT } from '../support/runner';
import { CLI, runCli as cli } from '../support/cli';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-cli-commands-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function project(name: string, manifest: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, '.github'), { recursive: true });
  await writeFile(join(dir, '.github', 'script-dispatcher.yml'), manifest);
  await cp(join(PROJECT_ROOT, 'test', 'fixtures', 'e2e'), join(dir, 'scripts'), { recursive: true });
  return dir;
}

async function example(name: string): Promise<string> {
  const dir = join(root, name);
  await cp(join(PROJECT_ROOT, 'example'), join(dir, 'example'), { recursive: true });
  await cp(
    join(PROJECT_ROOT, '.github', 'script-dispatcher.yml'),
    join(dir, '.github', 'script-dispatcher.yml'),
  );
  return dir;
}

const PY = (code: string) => `[python3, -c, ${JSON.stringify(code)}]`;

const CODES = `version: 1
scripts:
  ok:
    command: ${PY('print("fine")')}
    targets: []
  fails:
    command: ${PY('import sys; print("broken" + " " + "output"); sys.exit(3)')}
    targets: []
  slow:
    command: ${PY('import time; time.sleep(30)')}
    targets: []
    timeout-minutes: 0.02
  count:
    command: [python3, scripts/probe.py]
    targets: []
    args:
      n: { type: number, max: 5, required: true }
      table: { type: csv, columns: [a, b], header: true }
  waits:
    command: ${PY('import os, sys, time; open(os.path.join(os.environ["DISPATCH_OUTPUT"], "partial.txt"), "w").write("kept"); print("started", flush=True); time.sleep(60)')}
    targets: []
`;

test('--version, -V and the help of the CLI and of each command', async () => {
  const version = await cli(['--version'], root);
  expect(version).toEqual({
    code: 0,
    stdout: `${JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`,
    stderr: '',
  });
  expect((await cli(['-V'], root)).stdout).toBe(version.stdout);

  const help = await cli(['--help'], root);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Commands:');
  for (const code of ['0 ', '1 ', '2 ', '3 ', '4 ', '130']) expect(help.stdout).toContain(`  ${code}`);
  const texts = new Set<string>();
  for (const command of ['run', 'validate', 'generate', 'list', 'help', 'init']) {
    const own = await cli([command, '--help'], root);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(new RegExp(`^Usage: script-dispatcher ${command}\\b`));
    texts.add(own.stdout);
  }
  expect(texts.size).toBe(6);
  expect((await cli(['run', '--help'], root)).stdout).toContain('--summary FILE');
  expect((await cli([], root)).code).toBe(2);
});

test('usage mistakes exit 2 with what was wrong; the manifest is found from a subfolder', async () => {
  const dir = await project('usage', CODES);
  const unknown = await cli(['frobnicate'], dir);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown command `frobnicate`');
  const option = await cli(['list', '--colour'], dir);
  expect(option.code).toBe(2);
  expect(option.stderr).toContain('--colour');
  const extra = await cli(['run', 'ok', 'n=3'], dir);
  expect(extra.code).toBe(2);
  expect(extra.stderr).toContain('unexpected: `n=3`');
  expect(extra.stderr).toContain('--arg name=value');
  expect((await cli(['validate', 'more'], dir)).code).toBe(2);

  await mkdir(join(dir, 'deep', 'er'), { recursive: true });
  const list = await cli(['list'], join(dir, 'deep', 'er'));
  expect(list).toMatchObject({ code: 0 });
  expect(list.stdout).toContain('waits');

  const empty = join(root, 'empty');
  await mkdir(join(empty, '.git'), { recursive: true });
  const none = await cli(['list'], empty);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('No manifest found');
  expect(none.stderr).toContain('script-dispatcher init');

  const broken = await project('broken', 'version: 2\nscripts: {}\n');
  const invalid = await cli(['validate'], broken);
  expect(invalid.code).toBe(2);
  expect(invalid.stderr).toMatch(/script-dispatcher\.yml:1:\d+/);
});

test('run exits 0, 1, 3 and 4 as the run ends, with plain text and no escape codes without a TTY', async () => {
  const dir = await project('codes', CODES);
  const ok = await cli(['run', 'ok'], dir);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toBe('fine\n');

  const fails = await cli(['run', 'fails'], dir);
  expect(fails.code).toBe(1);
  expect(fails.stdout).toBe('broken output\n');
  expect(fails.stderr).toContain('Failed');
  expect(fails.stderr).toMatch(/Exit code\s+3/);
  // The log was shown as it came: not a second time in the summary.
  expect(fails.stderr).not.toContain('broken output');
  // The output folders of the failed runs hold nothing but their run record (the record is never lost).
  for (const job of await readdir(join(dir, 'script-dispatcher-output'))) {
    expect(await readdir(join(dir, 'script-dispatcher-output', job))).toEqual(['_dispatch']);
  }

  const rejected = await cli(['run', 'count', '--arg', 'n=9', '--arg', 'table=a,b'], dir);
  expect(rejected.code).toBe(3);
  expect(rejected.stderr).toContain('To fix it, run:');
  expect(rejected.stderr).toContain('script-dispatcher run count --arg n=<number> --arg table=a,b');
  expect(rejected.stderr).not.toContain('/run');
  expect((await cli(['run', 'nope'], dir)).code).toBe(3);

  const slow = await cli(['run', 'slow'], dir);
  expect(slow.code).toBe(4);
  expect(slow.stderr).toContain('Timed out');

  for (const ran of [ok, fails, rejected, slow]) {
    const printed = ran.stdout + ran.stderr;
    expect(printed).not.toContain('\u001b[');
    expect(printed).not.toMatch(/^\|.*\|$/m);
    expect(printed).not.toMatch(/<\/?(details|summary|br)\b/);
    expect(printed).not.toMatch(/\*\*|^#{1,6} /m);
  }
}, 60_000);

test('--arg name=@FILE reads a csv; --summary writes the Markdown report', async () => {
  const dir = await project('csv', CODES);
  await writeFile(join(dir, 'table.csv'), 'a,b\n1,2\n');
  const ran = await cli(
    ['run', 'count', '--arg', 'n=2', '--arg', 'table=@table.csv', '--summary', 'out/summary.md'],
    dir,
  );
  expect(ran.code).toBe(0);
  const summary = await readFile(join(dir, 'out', 'summary.md'), 'utf8');
  expect(summary).toMatch(/^#{1,3} /m);
  expect(summary).toContain('count');
  expect(ran.stderr).toContain('out/summary.md');
  expect(ran.stderr).not.toMatch(/^#{1,6} /m);
  const [job] = await readdir(join(dir, 'script-dispatcher-output'));
  const argv = JSON.parse(await readFile(join(dir, 'script-dispatcher-output', job, 'argv.json'), 'utf8'));
  expect(argv[0]).toBe('--n=2');
  // No temporary inputs left behind.
  expect(await readdir(join(tmpdir(), 'script-dispatcher')).catch(() => [])).not.toContain(job);
});

test('Ctrl-C stops the script, keeps what it wrote, and exits 130', async () => {
  const dir = await project('sigint', CODES);
  const child = spawn(NODE24, [CLI, 'run', 'waits'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('started')) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await started;
  const t0 = Date.now();
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(Date.now() - t0).toBeLessThan(20_000);
  expect(stderr).toContain('Interrupted');
  expect(stderr).toContain('Cancelled');
  const [job] = await readdir(join(dir, 'script-dispatcher-output'));
  expect(await readFile(join(dir, 'script-dispatcher-output', job, 'partial.txt'), 'utf8')).toBe('kept');
}, 60_000);

test('init then validate, in a new repository; init outside a repository exits 2', async () => {
  const dir = join(root, 'fresh');
  await mkdir(dir);
  await git(['init', '-q'], { cwd: dir });
  const init = await cli(['init'], dir);
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('wrote .github/script-dispatcher.yml');
  const validate = await cli(['validate'], join(dir, '.github'));
  expect(validate).toMatchObject({ code: 0 });
  expect(validate.stdout).toContain('valid');
  const again = await cli(['init'], dir);
  expect(again.stdout).toContain('skipped .github/script-dispatcher.yml');
  const outside = join(root, 'no-repo');
  await mkdir(outside);
  expect((await cli(['init'], outside)).code).toBe(2);
});

test('a checkout at the target path is used; unknown --content keys and other paths are explained', async () => {
  const dir = await example('reuse');
  const ran = await cli(['run', 'word_count'], dir);
  expect(ran.code).toBe(0);
  expect(ran.stderr).toContain('Using the checkout at example/content');
  expect(ran.stdout).toContain('words in all');

  const unknown = await cli(['run', 'word_count', '--content', 'docs=example/content'], dir);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('`docs` is not a target');
  expect(unknown.stderr).toContain('The targets are: example.');

  await cp(join(dir, 'example', 'content'), join(dir, 'elsewhere'), { recursive: true });
  const link = await cli(['run', 'link_checker', '--content', 'example=elsewhere'], dir);
  expect(link.stderr).not.toContain('names `example/content`');
  await writeFile(
    join(dir, '.github', 'script-dispatcher.yml'),
    (await readFile(join(dir, '.github', 'script-dispatcher.yml'), 'utf8')).replace(
      "--root, '{target_path}'",
      '--root, example/content',
    ),
  );
  const named = await cli(['run', 'word_count', '--content', 'example=elsewhere'], dir);
  expect(named.stderr).toContain("names `example/content`, the manifest's path for `example`");
}, 60_000);

test('a write script on a checkout with uncommitted changes is refused, and nothing is committed', async () => {
  const bare = join(root, 'remote', 'pages.git');
  await createBareRepo(
    bare,
    {
      'pages/about.md': '# About\n',
      'pages/physics.md': '# F\n',
      'images/team.png': 'x',
      'README.md': '# R\n',
    },
    { branch: 'main' },
  );
  const dir = await project(
    'dirty',
    `version: 1
repositories:
  docs: { repository: octo/pages, path: content }
scripts:
  edit:
    command: [python3, scripts/edit.py]
    mode: write
`,
  );
  await git(['clone', '-q', `file://${bare}`, join(dir, 'content')]);
  await writeFile(join(dir, 'content', 'pages', 'about.md'), '# Mine, not committed\n');
  const refused = await cli(['run', 'edit'], dir);
  expect(refused.code).toBe(3);
  expect(refused.stderr).toContain('has uncommitted changes');
  expect(refused.stderr).toContain('pages/about.md');
  expect(refused.stderr).toContain('stash');
  expect((await git(['symbolic-ref', '--short', 'HEAD'], { cwd: join(dir, 'content') })).stdout.trim()).toBe(
    'main',
  );
  expect(await readFile(join(dir, 'content', 'pages', 'about.md'), 'utf8')).toBe('# Mine, not committed\n');

  await git(['checkout', '-q', '--', '.'], { cwd: join(dir, 'content') });
  const dry = await cli(['run', 'edit', '--dry-run'], dir);
  expect(dry.code).toBe(0);
  expect(dry.stderr).toContain('would change');
  expect(dry.stderr).not.toMatch(/Branch|nothing was pushed\)|uploading|pull request/i);
  expect((await git(['branch', '--list'], { cwd: join(dir, 'content') })).stdout.trim()).toBe('* main');
  await git(['checkout', '-q', '--', '.'], { cwd: join(dir, 'content') });
  await git(['clean', '-qfd'], { cwd: join(dir, 'content') });
  const ran = await cli(['run', 'edit'], dir);
  expect(ran.code).toBe(0);
  expect(ran.stderr).toMatch(
    /Branch\s+script-dispatcher\/edit\/local-\S+ \(a local commit; nothing was pushed\)/,
  );
}, 60_000);
