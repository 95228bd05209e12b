/**
 * `npm run bench`: the project's performance figures, measured on the bundled action as it is in `dist/`,
 * run by Node 24 as the Actions runner runs it, against the end-to-end harness's local fake GitHub (REST and
 * git smart HTTP) and artifact service. Prints a table to stdout (progress goes to stderr) and writes the
 * results as JSON to `.bench/results.json`.
 *
 *   node scripts/bench.mjs [--only cold,overhead,memory,write,fan-out,notebook,hash,progress,changed-files,flow,cli]
 */
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NODE24, PROJECT_ROOT } from '../test/support/runner';
import { startWorld, type World } from '../test/support/world';
import { CHANGED_FILES_RATIO, measureChangedFiles } from './changed-files';
import { CLI_LIST_RATIO, CLI_VERSION_RATIO, measureCliStart } from './cli-start';
import { COLD_START, measureColdStart } from './cold-start';
import { exec, MANIFEST, workspaceFiles, type Bench } from './common';
import { FLOW_CACHED, FLOW_RATIO, measureFlow } from './flow';
import { DOWNLOAD_TIME, GATHER_RATIO, GATHER_TIME, measureFanOut, PLAN_TIME } from './fan-out';
import { HASH_RATIO, HASH_TIME, measureHash } from './hash';
import { measureProgress, PROGRESS_RATIO } from './progress';
import { DIST_ENTRY, killAllLaunched, useActionEntry } from './launch';
import { MEMORY, measureMemory } from './memory';
import { measureNotebookPrep, measureNotebookRun, NOTEBOOK_PREP, NOTEBOOK_RUN } from './notebook';
import { measureOverhead, OVERHEAD } from './overhead';
import { failedRow, renderTable, type Row } from './stats';
import { measureWrite, WRITE_FLOOR, WRITE_GAP, WRITE_RATIO } from './write';

const MEASUREMENTS = [
  'cold',
  'overhead',
  'memory',
  'write',
  'fan-out',
  'notebook',
  'hash',
  'progress',
  'changed-files',
  'flow',
  'cli',
] as const;
type Measurement = (typeof MEASUREMENTS)[number];

function selected(): Set<Measurement> {
  const i = process.argv.indexOf('--only');
  if (i < 0) return new Set(MEASUREMENTS);
  const names = (process.argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(MEASUREMENTS as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) {
    throw new Error(`--only takes a comma-separated list of ${MEASUREMENTS.join(', ')}`);
  }
  return new Set(names as Measurement[]);
}

const DIST = join(PROJECT_ROOT, 'dist');
const SNAPSHOT = join(PROJECT_ROOT, '.bench', 'dist');

/**
 * Copies dist/ as it is now, so that a rebuild while the benchmark runs cannot change (or break) what is
 * measured. Returns when dist/index.js was built.
 */
async function snapshotDist(): Promise<Date> {
  for (let attempt = 1; ; attempt++) {
    if (!existsSync(DIST_ENTRY)) {
      if (attempt > 30)
        throw new Error('dist/index.js does not exist: build the action first (npm run build)');
      // Maybe a build is writing it right now.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      continue;
    }
    const before = statSync(DIST_ENTRY).mtimeMs;
    await rm(SNAPSHOT, { recursive: true, force: true });
    await cp(DIST, SNAPSHOT, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (existsSync(DIST_ENTRY) && statSync(DIST_ENTRY).mtimeMs === before) return new Date(before);
    if (attempt > 30) throw new Error('dist/ keeps changing: wait for the build to finish');
  }
}

/** Set on SIGINT or SIGTERM: what fails from then on is the stopping, not the action. */
let stopping = false;

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');

async function main(): Promise<number> {
  const only = selected();
  const started = performance.now();
  const log = (text: string) =>
    process.stderr.write(
      `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`,
    );

  const built = await snapshotDist();
  useActionEntry(join(SNAPSHOT, 'index.js'));
  const loadAverage = loadavg()[0];
  const versions = {
    node: (await exec(NODE24, ['--version'])).stdout.trim(),
    git: (await exec('git', ['--version'])).stdout.trim(),
  };
  const header = [
    `Script Dispatcher performance — measured on the current dist/ (dist/index.js built ${built.toISOString()}; not rebuilt by this command, copied to .bench/dist at the start)`,
    `run by ${versions.node} (node_modules/.bin/node), ${versions.git}, ${cpus().length} CPUs, load average ${loadAverage.toFixed(2)} at the start`,
  ];
  process.stderr.write(`${header.join('\n')}\n`);

  let world: World | undefined;
  const stop = async () => {
    killAllLaunched();
    const w = world;
    world = undefined;
    await w?.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping what the benchmark started`);
      void stop()
        .then(() => rm(SNAPSHOT, { recursive: true, force: true }))
        .finally(() => process.exit(130));
    });
  }

  const rows: Row[] = [];
  try {
    world = await startWorld({ manifest: MANIFEST, files: workspaceFiles() });
    const bench: Bench = { world, log };
    const attempt = async (
      name: Measurement,
      failed: Array<{ name: string; target: string; unit: Row['unit'] }>,
      measure: () => Promise<Row | Row[]>,
    ) => {
      if (!only.has(name)) return;
      try {
        const result = await measure();
        rows.push(...(Array.isArray(result) ? result : [result]));
      } catch (error) {
        if (stopping) throw error;
        log(`${name} failed: ${message(error)}`);
        for (const f of failed) rows.push(failedRow(f.name, f.target, f.unit, message(error)));
      }
    };
    await attempt('cold', [COLD_START], () => measureColdStart(bench));
    await attempt('overhead', [OVERHEAD], () => measureOverhead(bench));
    await attempt('memory', [MEMORY], () => measureMemory(bench));
    await attempt('write', [WRITE_GAP, WRITE_RATIO, WRITE_FLOOR], () => measureWrite(bench));
    await attempt('fan-out', [GATHER_RATIO, GATHER_TIME, DOWNLOAD_TIME, PLAN_TIME], () =>
      measureFanOut(bench),
    );
    await attempt('notebook', [NOTEBOOK_PREP], () => measureNotebookPrep());
    await attempt('notebook', [NOTEBOOK_RUN], () => measureNotebookRun(NODE24));
    await attempt('hash', [HASH_RATIO, HASH_TIME], () => measureHash(log));
    await attempt('progress', [PROGRESS_RATIO], () => measureProgress(log));
    await attempt('changed-files', [CHANGED_FILES_RATIO], () => measureChangedFiles(log));
    await attempt('flow', [FLOW_RATIO, FLOW_CACHED], () =>
      measureFlow(log, join(SNAPSHOT, 'cli', 'index.js')),
    );
    await attempt('cli', [CLI_VERSION_RATIO, CLI_LIST_RATIO], () => measureCliStart(log));
    const complaints = world.fake.violations.length + world.fake.unknownRequests.length;
    if (complaints) {
      header.push(
        `note: the fake GitHub flagged ${world.fake.violations.length} request(s) GitHub's OpenAPI description rejects and ${world.fake.unknownRequests.length} it does not answer`,
      );
    }
  } finally {
    await stop();
    await rm(SNAPSHOT, { recursive: true, force: true });
  }

  const seconds = (performance.now() - started) / 1000;
  const table = renderTable(rows);
  process.stdout.write(`\n${header.join('\n')}\n\n${table}\n\nTotal ${seconds.toFixed(0)} s.\n`);

  const out = join(PROJECT_ROOT, '.bench', 'results.json');
  await mkdir(join(PROJECT_ROOT, '.bench'), { recursive: true });
  await writeFile(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        dist: { file: 'dist/index.js', built: built.toISOString() },
        node: versions.node,
        git: versions.git,
        cpus: cpus().length,
        loadAverageAtStart: loadAverage,
        seconds: Math.round(seconds),
        rows: rows.map((r) => ({
          ...r,
          verdict: r.error ? 'error' : r.pass === undefined ? null : r.pass ? 'pass' : 'fail',
        })),
      },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`Results written to .bench/results.json.\n`);
  return rows.some((r) => r.error || r.pass === false) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (stopping) return;
    killAllLaunched();
    console.error(`bench: ${message(error)}`);
    process.exitCode = 2;
  },
);
