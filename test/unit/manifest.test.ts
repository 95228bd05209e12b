import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManifestError } from '../../src/errors';
import { effectivePermission } from '../../src/manifest/build';
import { loadManifest, parseManifest } from '../../src/manifest/load';
import { DEFAULT_COMMIT_AUTHOR, type Permission } from '../../src/manifest/types';

const fixture = (name: string) => join('test', 'unit', 'fixtures', 'manifest', name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

describe('the example manifest of the user contract', () => {
  const manifest = parseManifest(read('spec-example.yml'), '.github/script-dispatcher.yml');

  it('keeps the file name and the top-level defaults', () => {
    expect(manifest.file).toBe('.github/script-dispatcher.yml');
    expect(manifest.version).toBe(1);
    expect(manifest.allowedDownloadHosts).toEqual([]);
    expect(manifest.maxDownloadBytes).toBe(10 * 1024 * 1024);
    expect(manifest.statusLabels).toBe(false);
  });

  it('reads the repositories in order, with their defaults', () => {
    expect(Object.keys(manifest.repositories)).toEqual(['phy', 'ada']);
    expect(manifest.repositories.phy).toEqual({
      key: 'phy',
      repository: 'isaacphysics/rutherford-content',
      ref: 'master',
      path: 'data/rutherford-content',
      title: 'Physics',
    });
    expect(manifest.repositories.ada).toEqual({
      key: 'ada',
      repository: 'isaacphysics/ada-content',
      path: 'data/ada',
      title: 'Ada CS',
    });
  });

  it('reads a read script with its argument and outputs', () => {
    const script = manifest.scripts.link_checker;
    expect(Object.keys(manifest.scripts)).toEqual(['link_checker', 'image_attribution']);
    expect(script).toMatchObject({
      name: 'link_checker',
      title: 'Link checker',
      description: 'Checks links across the content repository.',
      command: ['python3', 'scripts/link_checker_script.py', '-j', '{job}', '--subject', '{target}'],
      mode: 'read',
      targets: ['phy', 'ada'],
      outputs: { path: 'output/{job}', expect: ['link_errors.txt'] },
      timeoutMinutes: 30,
      retries: 0,
      env: {},
      permission: 'triage',
      allowUsers: [],
      allowTeams: [],
      workingDirectory: '.',
      passArgs: 'flags',
      commitAuthor: DEFAULT_COMMIT_AUTHOR,
    });
    expect(script.args).toEqual([
      {
        name: 'eps',
        type: 'text',
        title: 'Extra paths',
        description: 'A semi-colon-separated list of extra paths to check.',
        example: '/pages/about_us;/questions/a_question_id',
        required: false,
        pattern: '^[^\\s]*$',
      },
    ]);
  });

  it('reads a write script: all targets, write permission, pull request defaults', () => {
    const script = manifest.scripts.image_attribution;
    expect(script.title).toBe('image_attribution');
    expect(script.mode).toBe('write');
    expect(script.permission).toBe('write');
    expect(script.targets).toEqual(['phy', 'ada']);
    expect(script.outputs).toEqual({ expect: [] });
    expect(script.pullRequest).toEqual({
      title: 'Image attribution (#{issue})',
      labels: ['automated'],
      draft: false,
    });
    expect(script.args).toEqual([
      {
        name: 'csv',
        type: 'csv',
        title: 'Image attribution specification',
        required: false,
        columns: ['image_name', 'attribution'],
        header: true,
      },
    ]);
  });
});

describe('every field of the manifest', () => {
  const manifest = parseManifest(read('full.yml'), 'full.yml');
  const tidy = manifest.scripts.tidy;
  const report = manifest.scripts.report;

  it('reads the top-level settings', () => {
    expect(manifest.allowedDownloadHosts).toEqual(['files.example.org', '127.0.0.1:8080']);
    expect(manifest.maxDownloadBytes).toBe(2.5 * 1024 * 1024);
    expect(manifest.statusLabels).toBe(true);
  });

  it('reads clone-url and normalises checkout paths', () => {
    expect(manifest.repositories.content).toEqual({
      key: 'content',
      repository: 'example/content',
      cloneUrl: 'file:///srv/git/content.git',
      path: 'checkouts/content',
      title: 'content',
    });
    expect(manifest.repositories.docs).toEqual({
      key: 'docs',
      repository: 'example/docs.site',
      ref: 'main',
      path: 'data/docs',
      title: 'docs',
    });
  });

  it('applies defaults a script does not set, and lets the script win where it does', () => {
    expect(report).toMatchObject({
      title: 'report',
      description: '',
      command: ['./report.sh'],
      mode: 'read',
      targets: ['content', 'docs'],
      timeoutMinutes: 0.5,
      retries: 1,
      env: { LANG: 'C.UTF-8', WORKERS: '4', VERBOSE: 'true' },
      permission: 'read',
      allowUsers: [],
      allowTeams: ['example/editors'],
      workingDirectory: 'scripts',
      passArgs: 'none',
      commitAuthor: { name: 'Content Bot', email: 'bot@example.org' },
      args: [],
      outputs: { expect: [] },
      pullRequest: { title: '{script} ({job})', labels: [], draft: false },
    });
    expect(tidy).toMatchObject({
      title: 'Tidy up',
      description: 'Tidies **everything**.\n',
      command: ['python3', 'tidy.py', '--level', '2', '{args.level}'],
      mode: 'write',
      targets: ['docs'],
      timeoutMinutes: 90,
      retries: 0,
      env: { LANG: 'C.UTF-8', WORKERS: '8', VERBOSE: 'true' },
      permission: 'maintain',
      allowUsers: ['octocat', 'renovate[bot]'],
      allowTeams: ['example/editors'],
      passArgs: 'flags',
    });
  });

  it('reads outputs and the pull request', () => {
    expect(tidy.outputs).toEqual({ path: 'out/{job}', expect: ['*.txt', 'report.md'] });
    expect(tidy.pullRequest).toEqual({
      title: 'Tidy {target} (#{issue})',
      body: 'Requested by @{requester} with level {args.level}.',
      labels: ['automated', 'tidy'],
      draft: true,
    });
  });

  it('reads the arguments in declaration order, typed, with their defaults', () => {
    expect(tidy.args.map((a) => a.name)).toEqual([
      'level',
      'since',
      'count',
      'dry',
      'notes',
      'table',
      'blob',
      'plain_csv',
    ]);
    const [level, since, count, dry, notes, table, blob, plainCsv] = tidy.args;
    expect(level).toEqual({
      name: 'level',
      type: 'choice',
      title: 'level',
      required: true,
      options: ['1', '2', 'high'],
      default: '2',
    });
    expect(since).toEqual({
      name: 'since',
      type: 'text',
      title: 'since',
      required: false,
      pattern: '\\d{4}-\\d{2}-\\d{2}',
      default: '2024-01-31',
      example: '2024-02-01',
    });
    expect(count).toEqual({
      name: 'count',
      type: 'number',
      title: 'count',
      required: false,
      min: 1,
      max: 10,
      default: 3,
    });
    expect(dry).toEqual({
      name: 'dry',
      type: 'boolean',
      title: 'dry',
      required: false,
      default: false,
      description: 'Only report.',
    });
    expect(notes).toEqual({ name: 'notes', type: 'textarea', title: 'notes', required: false });
    expect(table).toEqual({
      name: 'table',
      type: 'csv',
      title: 'table',
      required: false,
      columns: ['a', 'b'],
      header: false,
    });
    expect(blob).toEqual({ name: 'blob', type: 'file', title: 'blob', required: false });
    expect(plainCsv).toEqual({
      name: 'plain_csv',
      type: 'csv',
      title: 'plain_csv',
      required: false,
      header: true,
    });
  });
});

describe('settings', () => {
  const minimal = (extra: string) => `version: 1\n${extra}scripts:\n  s:\n    command: [run]\n`;

  it('accepts fractions of minutes for timeout-minutes', () => {
    const manifest = parseManifest(
      'version: 1\nscripts:\n  quick:\n    command: [run]\n    timeout-minutes: 0.25\n  default:\n    command: [run]\n',
      'm.yml',
    );
    expect(manifest.scripts.quick.timeoutMinutes).toBe(0.25);
    expect(manifest.scripts.default.timeoutMinutes).toBe(30);
  });

  it('stringifies numbers in command, env, options and examples', () => {
    const manifest = parseManifest(
      [
        'version: 1',
        'scripts:',
        '  s:',
        '    command: [sleep, 1.5]',
        '    env: {N: 3, ON: false, S: x}',
        '    args:',
        '      c: {type: choice, options: [10, 20], default: 10, example: 20}',
        '',
      ].join('\n'),
      'm.yml',
    );
    const script = manifest.scripts.s;
    expect(script.command).toEqual(['sleep', '1.5']);
    expect(script.env).toEqual({ N: '3', ON: 'false', S: 'x' });
    expect(script.args[0]).toMatchObject({ options: ['10', '20'], default: '10', example: '20' });
  });

  it('lets a script need no target when there are no repositories', () => {
    const manifest = parseManifest(minimal(''), 'm.yml');
    expect(manifest.repositories).toEqual({});
    expect(manifest.scripts.s.targets).toEqual([]);
  });

  it('lets a read script opt out of all targets', () => {
    const manifest = parseManifest(
      'version: 1\nrepositories:\n  r: {repository: o/r}\nscripts:\n  s:\n    command: [run]\n    targets: []\n',
      'm.yml',
    );
    expect(manifest.scripts.s.targets).toEqual([]);
  });

  it('accepts a required argument with a default', () => {
    const manifest = parseManifest(
      'version: 1\nscripts:\n  s:\n    command: [run]\n    args:\n      n: {type: number, required: true, default: 1}\n',
      'm.yml',
    );
    expect(manifest.scripts.s.args[0]).toMatchObject({ required: true, default: 1 });
  });

  it('reads a YAML anchor and alias like the value they stand for', () => {
    const manifest = parseManifest(
      'version: 1\nscripts:\n  a:\n    command: &cmd [run, it]\n  b:\n    command: *cmd\n',
      'm.yml',
    );
    expect(manifest.scripts.b.command).toEqual(['run', 'it']);
  });
});

describe('the effective permission', () => {
  const permissionOf = (defaults: string, script: string) => {
    const own = script ? `    permission: ${script}\n` : '';
    const text =
      'version: 1\n' +
      'repositories:\n  r: {repository: o/r}\n' +
      (defaults ? `defaults:\n  permission: ${defaults}\n` : '') +
      'scripts:\n' +
      `  reader:\n    command: [run]\n${own}` +
      `  writer:\n    command: [run]\n    mode: write\n${own}`;
    const { scripts } = parseManifest(text, 'm.yml');
    return [scripts.reader.permission, scripts.writer.permission];
  };

  it('is triage for read scripts and write for write scripts by default', () => {
    expect(permissionOf('', '')).toEqual(['triage', 'write']);
  });

  it('takes the default for read scripts, and never less than write for write scripts', () => {
    expect(permissionOf('read', '')).toEqual(['read', 'write']);
    expect(permissionOf('triage', '')).toEqual(['triage', 'write']);
    expect(permissionOf('maintain', '')).toEqual(['maintain', 'maintain']);
    expect(permissionOf('admin', '')).toEqual(['admin', 'admin']);
  });

  it("is the script's own when it sets one, even below write", () => {
    expect(permissionOf('admin', 'triage')).toEqual(['triage', 'triage']);
  });

  it('follows the documented rule for every combination', () => {
    const all: (Permission | undefined)[] = ['read', 'triage', 'write', 'maintain', 'admin', undefined];
    const rank = (p: Permission) => ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(p);
    for (const own of all) {
      for (const fallback of all) {
        const read = effectivePermission('read', own, fallback);
        const write = effectivePermission('write', own, fallback);
        if (own) {
          expect([read, write]).toEqual([own, own]);
        } else {
          expect(read).toBe(fallback ?? 'triage');
          expect(rank(write)).toBeGreaterThanOrEqual(rank('write'));
          expect(rank(write)).toBeGreaterThanOrEqual(fallback ? rank(fallback) : 0);
        }
      }
    }
  });
});

describe('loadManifest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file and names it as displayed', async () => {
    const path = join(dir, 'm.yml');
    writeFileSync(path, read('spec-example.yml'));
    const manifest = await loadManifest(path, '.github/script-dispatcher.yml');
    expect(manifest.file).toBe('.github/script-dispatcher.yml');
    expect(Object.keys(manifest.scripts)).toEqual(['link_checker', 'image_attribution']);
  });

  it('names the path itself when no display path is given', async () => {
    const path = join(dir, 'm.yml');
    writeFileSync(path, 'version: 1\nscripts:\n  s:\n    command: [run]\n');
    expect((await loadManifest(path)).file).toBe(path);
  });

  it('reports a missing file at 1:1 with how to fix it', async () => {
    const error = await loadManifest(join(dir, 'nope.yml'), '.github/nope.yml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    const [problem] = (error as ManifestError).problems;
    expect((error as ManifestError).problems).toHaveLength(1);
    expect(problem.position).toEqual({ file: '.github/nope.yml', line: 1, column: 1 });
    expect(problem.message).toBe('No manifest found at `.github/nope.yml`.');
    expect(problem.fix).toMatch(/Create it/);
    expect(problem.fix).toMatch(/`manifest` input/);
  });

  it('reports a directory where the file should be', async () => {
    const error = await loadManifest(dir, 'conf').catch((e: unknown) => e);
    expect((error as ManifestError).problems[0].message).toBe(
      'The manifest path `conf` is a directory, not a file.',
    );
  });

  it('reports the problems of the file it read', async () => {
    const path = join(dir, 'm.yml');
    writeFileSync(path, 'version: 1\nscripts:\n  s:\n    command: [run]\n    mode: rw\n');
    const error = await loadManifest(path, 'm.yml').catch((e: unknown) => e);
    expect((error as ManifestError).problems.map((p) => p.position)).toEqual([
      { file: 'm.yml', line: 5, column: 11 },
    ]);
  });
});
