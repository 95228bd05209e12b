/** Write scripts across fan-out legs, with real git repositories: legs write bundles, gather applies them. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkoutTarget } from '../../src/workspace/checkout';
import { Git } from '../../src/workspace/git';
import {
  applyLegChanges,
  legChangesByTarget,
  LegConflictError,
  readLegChanges,
  writeLegChanges,
  type FoundLegChanges,
} from '../../src/publish/bundle';

const AUTHOR = { name: 'Dispatch Bot', email: 'bot@example.com' };

function sh(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const lines = (...items: string[]) => `${items.join('\n')}\n`;
const TEN = lines('1', '2', '3', '4', '5', '6', '7', '8', '9', '10');

describe('leg changes as bundles', () => {
  let root: string;
  let git: Git;
  let url: string;
  let seed: string;

  beforeEach(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    const bare = path.join(root, 'content.git');
    seed = path.join(root, 'seed');
    sh(root, 'init', '-q', '--bare', '-b', 'main', bare);
    sh(root, 'init', '-q', '-b', 'main', seed);
    write(seed, 'a.txt', TEN);
    write(seed, 'b.txt', 'b\n');
    write(seed, 'img/logo.bin', '\u0000\u0001binary');
    sh(seed, 'add', '-A');
    sh(seed, 'commit', '-q', '-m', 'base');
    url = `file://${bare}`;
    sh(seed, 'push', '-q', url, 'main');
    git = await Git.create({ cwd: root });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A leg: a shallow checkout, `change` applied to it, its changes written into its artifact folder. */
  async function runLeg(leg: number, name: string, change: (dir: string) => void) {
    const dir = path.join(root, `leg-${leg}`);
    await checkoutTarget(git, { url, ref: 'main', dest: dir });
    change(dir);
    const artifact = path.join(root, 'merged', 'legs', name);
    const written = await writeLegChanges(git, {
      dir,
      exclude: [],
      message: `leg ${leg}`,
      author: AUTHOR,
      leg,
      name,
      target: 'phy',
      artifactRoot: artifact,
    });
    return { written, artifact, dir };
  }

  async function gatherCheckout(): Promise<string> {
    const dir = path.join(root, 'gather');
    await checkoutTarget(git, { url, ref: 'main', dest: dir });
    return dir;
  }

  async function found(...artifacts: string[]): Promise<FoundLegChanges[]> {
    return (await Promise.all(artifacts.map((a) => readLegChanges(a)))).flat();
  }

  const show = (dir: string, rev: string, file: string) => sh(dir, 'show', `${rev}:${file}`);

  it('applies every leg in leg order into one commit on the base', async () => {
    const one = await runLeg(1, 'rows-1-2', (dir) => {
      write(dir, 'a.txt', TEN.replace('2\n', 'two\n'));
      write(dir, 'new/one.txt', 'one\n');
    });
    const two = await runLeg(2, 'rows-3-4', (dir) => {
      write(dir, 'a.txt', TEN.replace('9\n', 'nine\n'));
      rmSync(path.join(dir, 'b.txt'));
      write(dir, 'img/logo.bin', '\u0000\u0002binary changed');
    });
    const quiet = await runLeg(3, 'row-5', () => undefined);
    expect(quiet.written).toBeUndefined();
    expect(one.written).toMatchObject({ leg: 1, target: 'phy', bundle: 'phy.bundle' });
    expect(existsSync(path.join(one.artifact, '_dispatch/changes/phy.bundle'))).toBe(true);
    // The leg's checkout keeps its HEAD: the commit is only in the bundle.
    expect(sh(one.dir, 'rev-parse', 'HEAD').trim()).toBe(one.written!.base);

    const dir = await gatherCheckout();
    const head = sh(dir, 'rev-parse', 'HEAD').trim();
    const part = (leg: number, name: string) => ({ leg, name, targets: ['phy'] });
    const byTarget = await legChangesByTarget([
      { part: part(2, 'rows-3-4'), dir: two.artifact },
      { part: part(1, 'rows-1-2'), dir: one.artifact },
      { part: part(3, 'row-5'), dir: quiet.artifact },
    ]);
    await expect(
      legChangesByTarget([{ part: { leg: 2, name: 'ada', targets: ['ada'] }, dir: two.artifact }]),
    ).rejects.toThrow('The artifact of leg 2 (ada) holds changes of leg 2 to `phy`; leg 2 ran on `ada`.');
    expect([...byTarget.keys()]).toEqual(['phy']);
    const legs = byTarget.get('phy')!;
    expect(legs.map((l) => l.leg)).toEqual([1, 2]);
    const result = await applyLegChanges(git, {
      dir,
      legs,
      message: 'All legs',
      author: AUTHOR,
      remote: url,
    });

    expect(result.legs).toEqual([1, 2]);
    expect(result.base).toBe(head);
    expect(sh(dir, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(sh(dir, 'rev-parse', `${result.commit}^`).trim()).toBe(head);
    expect(sh(dir, 'log', '-1', '--format=%s|%an', result.commit!).trim()).toBe('All legs|Dispatch Bot');
    expect(show(dir, result.commit!, 'a.txt')).toBe(TEN.replace('2\n', 'two\n').replace('9\n', 'nine\n'));
    expect(show(dir, result.commit!, 'new/one.txt')).toBe('one\n');
    expect(show(dir, result.commit!, 'img/logo.bin')).toBe('\u0000\u0002binary changed');
    expect(result.allFiles.map((f) => `${f.status} ${f.path}`).sort()).toEqual([
      'A new/one.txt',
      'D b.txt',
      'M a.txt',
      'M img/logo.bin',
    ]);
    expect(result.changes.count).toBe(4);
    // Nothing left behind: no worktree, no fetched refs.
    expect(sh(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(sh(dir, 'for-each-ref', 'refs/script-dispatcher').trim()).toBe('');
  });

  it('applies legs made on an older base onto a base that moved on', async () => {
    const one = await runLeg(1, 'phy', (dir) => write(dir, 'a.txt', TEN.replace('1\n', 'first\n')));
    write(seed, 'b.txt', 'b moved\n');
    sh(seed, 'commit', '-q', '-am', 'moved');
    sh(seed, 'push', '-q', url, 'main');
    const dir = await gatherCheckout();
    const result = await applyLegChanges(git, {
      dir,
      legs: await found(one.artifact),
      message: 'm',
      author: AUTHOR,
      remote: url,
    });
    expect(show(dir, result.commit!, 'b.txt')).toBe('b moved\n');
    expect(show(dir, result.commit!, 'a.txt')).toBe(TEN.replace('1\n', 'first\n'));
    expect(result.allFiles.map((f) => f.path)).toEqual(['a.txt']);
  });

  it('names the legs whose changes conflict', async () => {
    const one = await runLeg(1, 'rows-1-2', (dir) => write(dir, 'a.txt', TEN.replace('5\n', 'five\n')));
    const two = await runLeg(2, 'rows-3-4', (dir) => write(dir, 'b.txt', 'bee\n'));
    const three = await runLeg(3, 'row-5', (dir) => write(dir, 'a.txt', TEN.replace('5\n', 'FIVE\n')));
    const dir = await gatherCheckout();
    const legs = await found(one.artifact, two.artifact, three.artifact);
    const error = await applyLegChanges(git, { dir, legs, message: 'm', author: AUTHOR }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LegConflictError);
    const conflict = error as LegConflictError;
    expect(conflict.legs).toEqual([
      { leg: 3, name: 'row-5' },
      { leg: 1, name: 'rows-1-2' },
    ]);
    expect(conflict.files).toEqual(['a.txt']);
    expect(conflict.message).toContain(
      'The changes of leg 3 (row-5) conflict with leg 1 (rows-1-2) in `a.txt`.',
    );
    expect(sh(dir, 'status', '--porcelain').trim()).toBe('');
    expect(sh(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('rejects a description whose bundle holds another commit, and one that does not hold together', async () => {
    const one = await runLeg(1, 'a', (dir) => write(dir, 'b.txt', 'one\n'));
    const two = await runLeg(2, 'b', (dir) => write(dir, 'a.txt', 'two\n'));
    const dir = await gatherCheckout();
    const [legOne] = await found(one.artifact);
    const [legTwo] = await found(two.artifact);
    const forged = { ...legOne!, commit: legTwo!.commit };
    await expect(applyLegChanges(git, { dir, legs: [forged], message: 'm', author: AUTHOR })).rejects.toThrow(
      /holds [0-9a-f]{40}, not the commit/,
    );

    const description = path.join(one.artifact, '_dispatch/changes/phy.json');
    const json = JSON.parse(readFileSync(description, 'utf8')) as Record<string, unknown>;
    writeFileSync(description, JSON.stringify({ ...json, bundle: '../../../../etc/passwd' }));
    await expect(readLegChanges(one.artifact)).rejects.toThrow("does not describe a leg's changes");
  });
});
