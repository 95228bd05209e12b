import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describeInit, findRepositoryRoot, initCommand, initRepository } from '../../src/cli/init';
import { INIT_FILES, ISSUE_WORKFLOW, RUN_WORKFLOW, STARTER_MANIFEST } from '../../src/cli/init-templates';
import { UserError } from '../../src/errors';
import { withScriptOptions } from '../../src/forms/workflow-options';
import { loadManifest } from '../../src/manifest/load';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let tmp: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sd-init-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function gitRepo(): Promise<string> {
  const repo = path.join(tmp, 'repo');
  await fs.mkdir(repo);
  execFileSync('git', ['init', '-q', repo]);
  return repo;
}

function sink() {
  const s = { text: '', write: (t: string) => void (s.text += t) };
  return s;
}

describe('init', () => {
  it('writes a starter manifest that loads without problems, and the workflows, at the repository root', async () => {
    const repo = await gitRepo();
    const deep = path.join(repo, 'scripts', 'deep');
    await fs.mkdir(deep, { recursive: true });
    const result = await initRepository(deep);
    expect(result).toEqual({
      root: repo,
      written: [
        '.github/script-dispatcher.yml',
        '.github/workflows/script-requests.yml',
        '.github/workflows/run-script.yml',
      ],
      skipped: [],
    });
    const manifest = await loadManifest(path.join(repo, '.github/script-dispatcher.yml'));
    expect(Object.keys(manifest.scripts)).toEqual(['hello']);
    expect(manifest.scripts.hello.targets).toEqual([]);
    for (const file of result.written) {
      expect(await fs.readFile(path.join(repo, file), 'utf8')).toBe(
        INIT_FILES.find((f) => f.path === file)!.content,
      );
    }
    // The list of scripts of the "Run workflow" dropdown is already that of the starter manifest.
    expect(withScriptOptions(RUN_WORKFLOW, Object.keys(manifest.scripts))).toBe(RUN_WORKFLOW);
    // Nothing lands in the folder init was started from.
    expect(await fs.readdir(deep)).toEqual([]);
  });

  it('never overwrites: a file that exists, or a link in its place, is skipped and said so', async () => {
    const repo = await gitRepo();
    await fs.mkdir(path.join(repo, '.github', 'workflows'), { recursive: true });
    await fs.writeFile(path.join(repo, '.github/script-dispatcher.yml'), 'mine\n');
    const outside = path.join(tmp, 'outside.yml');
    await fs.symlink(outside, path.join(repo, '.github/workflows/run-script.yml'));
    const result = await initRepository(repo);
    expect(result.written).toEqual(['.github/workflows/script-requests.yml']);
    expect(result.skipped).toEqual(['.github/script-dispatcher.yml', '.github/workflows/run-script.yml']);
    expect(await fs.readFile(path.join(repo, '.github/script-dispatcher.yml'), 'utf8')).toBe('mine\n');
    await expect(fs.stat(outside)).rejects.toThrow(/ENOENT/);
    expect(describeInit(result)).toContain(
      'skipped .github/script-dispatcher.yml (it exists already; left as it is)',
    );

    const again = await initRepository(repo);
    expect(again.written).toEqual([]);
    expect(again.skipped).toHaveLength(3);
  });

  it('finds a worktree (a .git file) and refuses a folder outside any repository', async () => {
    await fs.writeFile(path.join(tmp, '.git'), 'gitdir: /elsewhere\n');
    expect(await findRepositoryRoot(path.join(tmp))).toBe(tmp);
    await fs.rm(path.join(tmp, '.git'));
    const lone = path.join(tmp, 'lone');
    await fs.mkdir(lone);
    // tmpdir may itself sit inside a repository on some machines; only assert when it does not.
    if ((await findRepositoryRoot(lone)) === undefined) {
      await expect(initRepository(lone)).rejects.toThrow(UserError);
      const out = sink();
      const err = sink();
      expect(await initCommand(lone, out, err)).toBe(2);
      expect(err.text).toMatch(/is not inside a git repository[\s\S]*git init/);
      expect(out.text).toBe('');
      expect(await fs.readdir(lone)).toEqual([]);
    }
  });

  it('prints what it wrote and what to do next', async () => {
    const repo = await gitRepo();
    const out = sink();
    expect(await initCommand(repo, out, sink())).toBe(0);
    expect(out.text).toContain('wrote .github/script-dispatcher.yml');
    expect(out.text).toContain('script-dispatcher validate');
    expect(out.text).toContain('script-dispatcher run hello --arg name=you');
  });

  it("the starter script's command runs and writes its output", async () => {
    const repo = await gitRepo();
    await initRepository(repo);
    const manifest = await loadManifest(path.join(repo, '.github/script-dispatcher.yml'));
    const [cmd, ...argv] = manifest.scripts.hello.command;
    const output = path.join(tmp, 'out');
    await fs.mkdir(output);
    const stdout = execFileSync(cmd === 'node' ? process.execPath : cmd, argv, {
      cwd: repo,
      env: { ...process.env, DISPATCH_ARGS: JSON.stringify({ name: 'Ada' }), DISPATCH_OUTPUT: output },
      encoding: 'utf8',
    });
    expect(stdout).toBe('Hello, Ada!\n');
    expect(await fs.readFile(path.join(output, 'hello.txt'), 'utf8')).toBe('Hello, Ada!\n');
  });

  it('ships the workflows of workflows-examples/, apart from the header comment and the list of scripts', async () => {
    const pairs: [string, string][] = [
      [ISSUE_WORKFLOW, 'workflows-examples/dispatch-on-issue.yml'],
      [RUN_WORKFLOW, 'workflows-examples/run-script.yml'],
    ];
    for (const [template, file] of pairs) {
      const example = await fs.readFile(path.join(repoRoot, file), 'utf8');
      const names = ['hello'];
      expect(parse(template)).toEqual(parse(withScriptOptions(example, names)));
      expect(template).toContain(`from ${file}`);
    }
    expect(STARTER_MANIFEST.startsWith('# yaml-language-server: $schema=')).toBe(true);
  });
});
