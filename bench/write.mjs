// Write-path benchmark: how long from "the script exited" to "the branch is pushed".
//
// The floor is what a person would type: `git add -A && git commit -q -m x && git push`. The dispatcher's
// own sequence (stage, write-tree, commit-tree, diff-tree, ls-remote, push with a lease) must stay within
// 1.3x of it. Both run on the same change: a depth-1 clone of a 50,000-file repository in which a
// script-like step rewrote 20,000 files. Runs are interleaved (floor, ours, floor, ours, ...), each from
// the base again (a reset), with the disk settled before each timing.
//
//   node bench/write.mjs [--files 50000] [--changed 20000] [--runs 3]
//
// `benchWrite({ commitAndPush })` takes the implementation to measure; run as a program, it loads the
// dispatcher's own src/publish/commit.ts, transpiled on the fly (no build needed).

import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

/** git as a person runs it, except that no background gc starts while the next run is being timed. */
function git(cwd, args, env = {}) {
  return execFileSync('git', ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args], {
    cwd,
    env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  }).toString();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle() {
  execFileSync('sync');
  await sleep(500);
}

/** Path of file i: nested dirs, 50 files per leaf directory. */
function fileName(i) {
  const leaf = Math.floor(i / 50);
  return path.join(`d${Math.floor(leaf / 20)}`, `s${leaf % 20}`, `f${i}.md`);
}

/** ~2 KB of text that differs from file to file, as content does. */
function fileText(i) {
  const lines = [`# File ${i}`, ''];
  let seed = i * 2654435761;
  while (lines.join('\n').length < 2000) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    lines.push(`Line ${lines.length} of file ${i}: value ${seed.toString(36)} and some ordinary words here.`);
  }
  return lines.join('\n') + '\n';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures the floor against `commitAndPush({ dir, remote, branch, message })`.
 * Returns { floor: number[], ours: number[], floorMedian, oursMedian, ratio } in milliseconds.
 */
export async function benchWrite({
  commitAndPush,
  files = 50000,
  changed = 20000,
  runs = 3,
  log = console.error,
}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sd-bench-write-'));
  try {
    log(`setting up ${files} files in ${root}`);
    const setupStart = Date.now();
    const bare = path.join(root, 'content.git');
    const url = pathToFileURL(bare).href;
    git(root, ['init', '-q', '--bare', '-b', 'main', bare]);
    // fast-import writes the base commit straight into a pack: no seed working tree to write and delete.
    const stream = ['commit refs/heads/main\ncommitter Bench <bench@example.com> 0 +0000\ndata 4\nbase\n'];
    for (let i = 0; i < files; i++) {
      const text = fileText(i);
      stream.push(
        `M 100644 inline ${fileName(i).split(path.sep).join('/')}\ndata ${Buffer.byteLength(text)}\n${text}\n`,
      );
    }
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: bare,
      input: stream.join(''),
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    log(`set up in ${((Date.now() - setupStart) / 1000).toFixed(1)} s`);

    // One depth-1 clone per sequence, as the dispatcher checks out; reset to the base between runs.
    const dirs = {};
    for (const kind of ['floor', 'ours']) {
      const cloneStart = Date.now();
      dirs[kind] = path.join(root, kind);
      git(root, ['clone', '-q', '--depth=1', '--no-tags', '--branch', 'main', url, dirs[kind]]);
      log(`${kind} clone: ${Date.now() - cloneStart} ms`);
    }

    const floor = [];
    const ours = [];
    const step = Math.max(1, Math.floor(files / changed));
    for (let run = 1; run <= runs; run++) {
      for (const kind of ['floor', 'ours']) {
        const dir = dirs[kind];
        const branch = `bench/${kind}-${run}`;
        if (run > 1) git(dir, ['reset', '-q', '--hard', 'origin/main']);
        if (kind === 'floor') git(dir, ['checkout', '-q', '-B', branch, 'origin/main']);
        // The script: rewrites `changed` files spread over the tree.
        for (let n = 0, i = 0; n < changed && i < files; n++, i += step) {
          appendFileSync(path.join(dir, fileName(i)), `Edited by ${kind} run ${run}.\n`);
        }
        await settle();
        const start = process.hrtime.bigint();
        if (kind === 'floor') {
          const steps = [];
          for (const args of [
            ['add', '-A'],
            ['commit', '-q', '-m', 'x'],
            ['push', '-q', 'origin', 'HEAD'],
          ]) {
            const t = Date.now();
            git(dir, args);
            steps.push(`${args[0]} ${Date.now() - t}`);
          }
          log(`  floor steps (ms): ${steps.join(', ')}`);
        } else {
          await commitAndPush({ dir, remote: url, branch, message: 'x' });
        }
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        (kind === 'floor' ? floor : ours).push(ms);
        log(`${kind} run ${run}: ${ms.toFixed(0)} ms`);
      }
    }
    const floorMedian = median(floor);
    const oursMedian = median(ours);
    return { floor, ours, floorMedian, oursMedian, ratio: oursMedian / floorMedian };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The dispatcher's write path, from its TypeScript sources, transpiled into a temp dir. */
async function loadDispatcherWritePath() {
  const ts = (await import('typescript')).default;
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const out = mkdtempSync(path.join(os.tmpdir(), 'sd-bench-src-'));
  const pending = ['publish/commit.ts'];
  const done = new Set();
  while (pending.length > 0) {
    const rel = pending.pop();
    if (done.has(rel)) continue;
    done.add(rel);
    const source = readFileSync(path.join(srcRoot, rel), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        isolatedModules: true,
      },
    });
    const code = outputText.replace(/(from\s+['"])(\.\.?\/[^'"]+)(['"])/g, (_, a, spec, b) => {
      pending.push(path.join(path.dirname(rel), `${spec}.ts`));
      return `${a}${spec}.mjs${b}`;
    });
    const target = path.join(out, rel.replace(/\.ts$/, '.mjs'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  const commit = await import(pathToFileURL(path.join(out, 'publish/commit.mjs')).href);
  const { Git } = await import(pathToFileURL(path.join(out, 'workspace/git.mjs')).href);
  rmSync(out, { recursive: true, force: true });
  return async ({ dir, remote, branch, message }) => {
    const g = await Git.create({ cwd: dir });
    const author = { name: 'Bench', email: 'bench@example.com' };
    const t = Date.now();
    const result = await commit.commitChanges(g, { dir, exclude: [], message, author });
    if (!result.commit) throw new Error('the benchmark change produced no commit');
    const pushStart = Date.now();
    await commit.pushBranch(g, { dir, remote, commit: result.commit, branch });
    console.error(`  ours steps (ms): commitChanges ${pushStart - t}, pushBranch ${Date.now() - pushStart}`);
  };
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const commitAndPush = await loadDispatcherWritePath();
  const result = await benchWrite({
    commitAndPush,
    files: option('files', 50000),
    changed: option('changed', 20000),
    runs: option('runs', 3),
  });
  const row = (name, values, m) =>
    `| ${name} | ${values.map((v) => v.toFixed(0)).join(' / ')} | ${m.toFixed(0)} |`;
  console.log('| sequence | runs (ms) | median (ms) |');
  console.log('|---|---|---|');
  console.log(row('git add -A && git commit && git push', result.floor, result.floorMedian));
  console.log(row('script-dispatcher', result.ours, result.oursMedian));
  console.log(`\nratio: ${result.ratio.toFixed(2)} (limit 1.30)`);
  if (result.ratio > 1.3) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
