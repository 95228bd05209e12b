/**
 * The bundled CLI (`dist/cli/index.js`): run on a local checkout or a clone, validate, generate, list, help.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBareRepo, git } from '../support/repos';
import { PROJECT_ROOT } from '../support/runner';
import { runCli as cli } from '../support/cli';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-cli-'));
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

test('the example of the README runs and writes its outputs under script-dispatcher-output/', async () => {
  const dir = join(root, 'example');
  await cp(join(PROJECT_ROOT, 'example'), join(dir, 'example'), { recursive: true });
  await cp(
    join(PROJECT_ROOT, '.github', 'script-dispatcher.yml'),
    join(dir, '.github', 'script-dispatcher.yml'),
  );
  const run = await cli(['run', 'word_count', '--content', 'example=example/content'], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('words in all');
  const outputs = await readdir(join(dir, 'script-dispatcher-output'));
  expect(outputs).toHaveLength(1);
  const csv = await readFile(join(dir, 'script-dispatcher-output', outputs[0], 'word_counts.csv'), 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('file,words');
  expect(csv).toContain('pages/physics.md');
  expect(run.stderr).toContain(join('script-dispatcher-output', outputs[0]));
});

test('run clones the content when no local checkout is given, and reports bad arguments', async () => {
  const bare = join(root, 'remote', 'content.git');
  await createBareRepo(bare, { 'a.md': 'one two three\n' }, { branch: 'main' });
  const dir = await project(
    'clone',
    `version: 1
repositories:
  docs: { repository: octo/content, clone-url: 'file://${bare}' }
scripts:
  probe:
    command: [python3, scripts/probe.py]
    args:
      count: { type: number, max: 5 }
`,
  );
  const ok = await cli(['run', 'probe', '--arg', 'count=2'], dir);
  expect(ok.code).toBe(0);
  const [job] = await readdir(join(dir, 'script-dispatcher-output'));
  const argv = JSON.parse(await readFile(join(dir, 'script-dispatcher-output', job, 'argv.json'), 'utf8'));
  expect(argv).toEqual(['--count=2']);
  expect(await readFile(join(dir, 'data', 'docs', 'a.md'), 'utf8')).toBe('one two three\n');

  const bad = await cli(['run', 'probe', '--arg', 'count=9', '--arg', 'colour=red'], dir);
  expect(bad.code).toBe(3);
  expect(bad.stderr).toContain('count');
  expect(bad.stderr).toContain('colour');
  const unknown = await cli(['run', 'prob'], dir);
  expect(unknown.code).toBe(3);
  expect(unknown.stderr).toContain('probe');
});

test('run commits a write script on a local branch of the local checkout, and pushes nothing', async () => {
  const bare = join(root, 'remote', 'pages.git');
  await createBareRepo(
    bare,
    {
      'pages/about.md': '# About\n',
      'pages/physics.md': '# Forces\n',
      'images/team.png': 'x',
      'README.md': '# R\n',
    },
    { branch: 'main' },
  );
  const checkout = join(root, 'pages-checkout');
  await git(['clone', '-q', `file://${bare}`, checkout]);
  const dir = await project(
    'write',
    `version: 1
repositories:
  docs: { repository: octo/pages }
scripts:
  edit:
    command: [python3, scripts/edit.py]
    mode: write
`,
  );
  const run = await cli(['run', 'edit', '--content', `docs=${checkout}`], dir);
  expect(run.code).toBe(0);
  const branch = (await git(['symbolic-ref', '--short', 'HEAD'], { cwd: checkout })).stdout.trim();
  expect(branch).toMatch(/^script-dispatcher\/edit\/local-/);
  expect((await git(['status', '--porcelain'], { cwd: checkout })).stdout).toBe('');
  const files = (await git(['show', '--name-status', '--format=', 'HEAD'], { cwd: checkout })).stdout;
  expect(files).toContain('pages/new.md');
  expect(files).toContain('pages/physics.md');
  const remoteBranches = (await git(['branch', '--list'], { cwd: bare })).stdout;
  expect(remoteBranches).not.toContain('script-dispatcher');
});

test('validate reports every manifest problem with its position; generate and --check-generated agree', async () => {
  const broken = await project('broken', 'version: 2\nscripts:\n  x:\n    command: [echo]\n    mode: rw\n');
  const bad = await cli(['validate'], broken);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/script-dispatcher\.yml:1:\d+/);
  expect(bad.stderr).toMatch(/script-dispatcher\.yml:5:\d+/);

  const dir = await project(
    'forms',
    `version: 1
scripts:
  hello:
    title: Say hello
    command: [echo, hello]
    targets: []
    args:
      name: { type: text, required: true }
`,
  );
  await writeFile(
    join(dir, 'README.md'),
    '# Scripts\n\n<!-- script-dispatcher:scripts -->\n<!-- /script-dispatcher:scripts -->\n',
  );
  const stale = await cli(['validate', '--check-generated'], dir);
  expect(stale.code).toBe(1);
  expect(stale.stderr).toContain('.github/ISSUE_TEMPLATE/script-hello.yml');
  const generated = await cli(['generate'], dir);
  expect(generated.code).toBe(0);
  const form = await readFile(join(dir, '.github', 'ISSUE_TEMPLATE', 'script-hello.yml'), 'utf8');
  expect(form).toContain('Say hello');
  expect(await readFile(join(dir, 'README.md'), 'utf8')).toContain('`hello`');
  const fresh = await cli(['validate', '--check-generated'], dir);
  expect(fresh.code).toBe(0);
  const list = await cli(['list'], dir);
  expect(list.stdout).toContain('hello');
  const help = await cli(['help', 'hello'], dir);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('script-dispatcher run hello');
  expect(help.stdout).not.toMatch(/\||<details>|\*\*|`/);
});
