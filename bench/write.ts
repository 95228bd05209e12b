/**
 * Write scripts: a content repository of 50,000 files (~2 KB each, nested directories) in which a
 * `mode: write` script changes 20,000 files. Measured: from the script's exit (it stamps the time as its
 * very last act) to the pull request being opened (the fake GitHub's `POST /pulls`, or the `PATCH` of an
 * existing one). The floor is what a person would type after the same change in a fresh clone of the same
 * repository over the same smart HTTP: `git add -A && git commit -q -m x && git push`.
 *
 * Runs alternate (floor, action, floor, action, ...), each in a tree of its own, with the disk settled
 * (`sync`, a pause) before each run; the trees are deleted after the last run.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LoggedRequest } from '../test/support/fake-github';
import { GIT_ENV } from '../test/support/repos';
import { PROJECT_ROOT } from '../test/support/runner';
import { REPO, REQUESTER } from '../test/support/world';
import {
  BIG,
  BIG_CHANGED,
  BIG_FILES,
  cloneUrl,
  exec,
  git,
  makeWorkspace,
  settle,
  type Bench,
} from './common';
import { failureText, launchAction } from './launch';
import { median, row, type Row } from './stats';

export const WRITE_GAP = {
  name: 'Write: script exit → pull request open',
  target: '< 20 s',
  unit: 's',
} as const;
export const WRITE_RATIO = {
  name: 'Write: ratio to git add/commit/push',
  target: '≤ 1.30',
  unit: 'x',
} as const;
export const WRITE_FLOOR = { name: 'Write floor: git add -A, commit, push', target: '-', unit: 's' } as const;

const PULL_ROUTES = new Set([
  'POST /repos/{owner}/{repo}/pulls',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
]);

/** Path of file i: 50 files per leaf directory, 20 leaves per top directory. */
export function fileName(i: number): string {
  const leaf = Math.floor(i / 50);
  return `d${Math.floor(leaf / 20)}/s${leaf % 20}/f${i}.md`;
}

/** ~2 KB of text that differs from file to file, as content does. */
export function fileText(i: number): string {
  const lines = [`# File ${i}`, ''];
  let length = lines.join('\n').length;
  let seed = (i * 2654435761) >>> 0;
  while (length < 2000) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const line = `Line ${lines.length} of file ${i}: value ${seed.toString(36)} and some ordinary words here.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

/**
 * The bare repository, written by `git fast-import` straight into a pack: one commit of `files` files, and
 * no seed working tree to write and delete on a slow disk.
 */
export async function createBigRepo(bare: string, files: number): Promise<void> {
  await mkdir(bare, { recursive: true });
  await git(['init', '-q', '--bare', '--initial-branch=main', bare]);
  const child = spawn('git', ['fast-import', '--quiet'], {
    cwd: bare,
    env: { ...process.env, ...GIT_ENV },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const write = async (text: string) => {
    if (!child.stdin.write(text)) await once(child.stdin, 'drain');
  };
  await write(
    'commit refs/heads/main\ncommitter Bench <bench@example.com> 0 +0000\ndata 14\nBenchmark base\n',
  );
  let batch = '';
  for (let i = 0; i < files; i++) {
    const text = fileText(i);
    batch += `M 100644 inline ${fileName(i)}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import exited with ${code}: ${stderr.trim()}`);
}

interface Samples {
  floor: number[];
  gap: number[];
  actionWall: number[];
  pairs: Array<{ floor: number; gap: number }>;
  failures: string[];
  /** The stages of the last successful action run, as its job summary gives them. */
  stages?: string;
}

export async function measureWrite(bench: Bench, runs = 3): Promise<Row[]> {
  const { world } = bench;
  const fake = world.fake;
  const bare = join(world.gitRoot, `${BIG}.git`);
  const url = cloneUrl(fake, BIG);
  const editScript = join(PROJECT_ROOT, 'bench', 'scripts', 'edit.py');

  const setupStart = performance.now();
  await createBigRepo(bare, BIG_FILES);
  fake.addRepo(BIG);
  fake.setPermission(BIG, REQUESTER, 'admin');
  bench.log(`write: ${BIG_FILES} files set up in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

  // The trees of the runs (50,000 files each) are deleted only after the last run: for tens of seconds after
  // deleting such a tree, this kind of disk is several times slower (a clone, `git add`), whatever `sync` says.
  const trees: string[] = [];

  const floorRun = async (n: number): Promise<number> => {
    const dir = join(world.root, `floor-${n}`);
    try {
      const cloned = await git(['clone', '-q', '--depth', '1', '--no-tags', url, dir], { fake });
      const edit = await exec('python3', [
        editScript,
        dir,
        String(BIG_FILES),
        String(BIG_CHANGED),
        `floor-${n}`,
        join(world.root, 'floor-stamp'),
      ]);
      if (edit.code !== 0) throw new Error(`the edit script failed: ${edit.stderr.trim()}`);
      const steps = [
        await git(['add', '-A'], { cwd: dir }),
        await git(['commit', '-q', '-m', 'x'], { cwd: dir }),
        await git(['push', '-q', 'origin', `HEAD:refs/heads/bench/floor-${n}`], { cwd: dir, fake }),
      ].map((r) => r.ms / 1000);
      bench.log(
        `write floor ${n}: clone ${(cloned.ms / 1000).toFixed(1)} s (not counted); add ${steps[0].toFixed(2)} s, commit ${steps[1].toFixed(2)} s, push ${steps[2].toFixed(2)} s`,
      );
      return steps[0] + steps[1] + steps[2];
    } finally {
      trees.push(dir);
    }
  };

  const actionRun = async (
    n: number,
  ): Promise<{ gap: number; wall: number; pull: LoggedRequest; stages: string }> => {
    const workspace = join(world.root, `write-workspace-${n}`);
    try {
      await makeWorkspace(workspace);
      const launched = await launchAction({
        workspace,
        inputs: { script: 'edit', target: 'big' },
        repository: REPO,
        actor: REQUESTER,
        apiUrl: fake.apiUrl,
        serverUrl: fake.serverUrl,
        token: world.token,
        artifactsEnv: world.artifacts.env,
        fake,
        timeoutMs: 300_000,
      });
      const run = await launched.result;
      if (run.code !== 0 || run.outputs.status !== 'succeeded') throw new Error(failureText(run));
      const stamp = Number((await readFile(join(workspace, 'exit-stamp'), 'utf8').catch(() => '')).trim());
      if (!stamp) throw new Error('the script left no exit stamp');
      const pull = fake.requests.find(
        (r) =>
          r.kind === 'api' &&
          r.time >= run.spawnedAtEpoch &&
          r.route !== undefined &&
          PULL_ROUTES.has(r.route) &&
          r.status >= 200 &&
          r.status < 300,
      );
      if (!pull) throw new Error('the run succeeded but opened no pull request');
      // The action's own account of its stages, from the job summary.
      const stages = /checkout [\d.]+ [^|\n]*/.exec(run.summary)?.[0].replace(/\*/g, '').trim() ?? '';
      return { gap: (pull.time - stamp) / 1000, wall: (run.exitedAt - run.spawnedAt) / 1000, pull, stages };
    } finally {
      trees.push(workspace);
    }
  };

  const samples: Samples = { floor: [], gap: [], actionWall: [], pairs: [], failures: [] };
  let checkedBranch = '';
  const runAll = async () => {
    for (let n = 1; n <= runs; n++) {
      bench.log(`write: settled in ${((await settle()) / 1000).toFixed(1)} s`);
      let floor: number | undefined;
      try {
        floor = await floorRun(n);
        samples.floor.push(floor);
        bench.log(`write floor ${n}/${runs}: ${floor.toFixed(2)} s`);
      } catch (error) {
        samples.failures.push(`floor run ${n}: ${(error as Error).message}`);
        bench.log(`write floor ${n}/${runs} failed: ${(error as Error).message}`);
      }
      bench.log(`write: settled in ${((await settle()) / 1000).toFixed(1)} s`);
      try {
        const { gap, wall, pull, stages } = await actionRun(n);
        if (stages) samples.stages = stages;
        samples.gap.push(gap);
        samples.actionWall.push(wall);
        if (floor !== undefined) samples.pairs.push({ floor, gap });
        bench.log(
          `write action ${n}/${runs}: exit → pull request ${gap.toFixed(2)} s (run ${wall.toFixed(1)} s${stages ? `: ${stages}` : ''})`,
        );
        if (!checkedBranch) {
          const head = String((pull.body as { head?: string } | undefined)?.head ?? '');
          const diff = await git(['--git-dir', bare, 'diff', '--shortstat', 'main', `refs/heads/${head}`]);
          checkedBranch = `${head}: ${diff.stdout.trim()}`;
        }
      } catch (error) {
        samples.failures.push(`action run ${n}: ${(error as Error).message}`);
        bench.log(`write action ${n}/${runs} failed: ${(error as Error).message}`);
      }
    }
  };

  try {
    await runAll();
  } finally {
    const start = performance.now();
    for (const tree of trees) await rm(tree, { recursive: true, force: true });
    bench.log(`write: ${trees.length} trees deleted in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return writeRows(samples, checkedBranch);
}

function writeRows(s: Samples, checkedBranch: string): Row[] {
  const floorRow = row(
    WRITE_FLOOR.name,
    { text: WRITE_FLOOR.target, unit: 's', meets: () => true },
    s.floor,
    [
      `${BIG_FILES} files, ${BIG_CHANGED} changed; fresh depth-1 clone over the fake's smart HTTP, then timed: git add -A && git commit -q -m x && git push (auto gc off).`,
      'Every run has a tree of its own, kept until the last run is over: right after deleting a 50,000-file tree this disk is several times slower for tens of seconds.',
    ],
  );
  floorRow.pass = undefined;
  const floorFailures = s.failures.filter((f) => f.startsWith('floor'));
  if (floorFailures.length) floorRow.error = floorFailures.join(' | ');

  const gapRow = row(WRITE_GAP.name, { text: WRITE_GAP.target, unit: 's', meets: (m) => m < 20 }, s.gap, [
    ...(s.actionWall.length
      ? [
          `whole action run (checkout, script, upload, push, pull request): median ${median(s.actionWall).toFixed(1)} s`,
        ]
      : []),
    ...(s.stages ? [`stages of the last run, from its job summary: ${s.stages}`] : []),
    ...(checkedBranch ? [`pushed branch ${checkedBranch}`] : []),
  ]);
  // A failed run of the write path is an error, even when other runs went through.
  const actionFailures = s.failures.filter((f) => f.startsWith('action'));
  if (actionFailures.length) gapRow.error = actionFailures.join(' | ');
  else if (s.gap.length === 0) gapRow.error = 'no run';

  const ratio = median(s.gap) / median(s.floor);
  const pairRatios = s.pairs.map((p) => p.gap / p.floor);
  const ratioRow: Row = {
    name: WRITE_RATIO.name,
    target: WRITE_RATIO.target,
    unit: 'x',
    samples: pairRatios,
    median: ratio,
    min: pairRatios.length ? Math.min(...pairRatios) : NaN,
    max: pairRatios.length ? Math.max(...pairRatios) : NaN,
    pass: Number.isFinite(ratio) ? ratio <= 1.3 : undefined,
    details: [
      `median(action exit → pull request) / median(floor) = ${median(s.gap).toFixed(2)} s / ${median(s.floor).toFixed(2)} s; the range is of the per-pair ratios.`,
    ],
  };
  if (!Number.isFinite(ratio)) ratioRow.error = 'no pair of successful floor and action runs';
  return [gapRow, ratioRow, floorRow];
}
