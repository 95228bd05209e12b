/**
 * Fan-out: `gather` of 50 legs' artifacts of 100 small files each (list, download into `legs/<name>/`, hash
 * every file, merge the records), side by side with just downloading the same 50 artifacts with
 * `@actions/artifact` (the same concurrency), against the harness's artifact service (Azurite); and `plan`
 * of a 100,000-row csv (read the file, split it, the matrix). Runs alternate (download, gather, ...).
 *
 * Measured in this process on the sources as bundled with the bench (gather and plan are library calls of
 * the action); `@actions/artifact`'s log lines are kept off stdout while it runs.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultArtifactClient } from '@actions/artifact';
import { gatherLegs } from '../src/adapters/github/leg-artifacts';
import { legArtifactName } from '../src/fanout/merge';
import { planRequest } from '../src/fanout/modes';
import { planFanOut, type FanOutOwner } from '../src/fanout/plan';
import { parseManifest } from '../src/manifest/load';
import type { Bench } from './common';
import { row, type Row } from './stats';

export const GATHER_RATIO = {
  name: 'Fan-out: gather of 50 legs ÷ their download',
  target: '≤ 1.50',
  unit: 'x',
} as const;
export const GATHER_TIME = { name: 'Fan-out: gather, 50 legs × 100 files', target: '-', unit: 's' } as const;
export const DOWNLOAD_TIME = {
  name: 'Fan-out floor: download 50 artifacts',
  target: '-',
  unit: 's',
} as const;
export const PLAN_TIME = {
  name: 'Fan-out: plan of a 100,000-row csv',
  target: '< 1000 ms',
  unit: 'ms',
} as const;

const LEGS = 50;
const FILES = 100;
const RUNS = 5;
const JOB = '4242-1';

/** Runs `fn` with stdout written nowhere (the artifact client logs every request there). */
async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

export async function measureFanOut(bench: Bench): Promise<Row[]> {
  const { world, log } = bench;
  const saved = { ...process.env };
  const dir = await mkdtemp(join(tmpdir(), 'bench-fan-out-'));
  try {
    const owner: FanOutOwner = {
      name: 'bench_fan',
      targets: Array.from({ length: LEGS }, (_, i) => `t${i + 1}`),
      fanOut: { over: 'targets' },
    };
    const plan = planFanOut({ owner, targets: owner.targets });

    log(`fan-out: uploading ${LEGS} leg artifacts of ${FILES} files`);
    for (const part of plan.legs) {
      const src = join(dir, 'src', part.name);
      await mkdir(join(src, '_dispatch'), { recursive: true });
      const files: string[] = [];
      for (let f = 0; f < FILES; f++) {
        const file = join(src, `out-${f}.txt`);
        await writeFile(file, `leg ${part.leg} file ${f}\n`.repeat(40));
        files.push(file);
      }
      const record = join(src, '_dispatch', 'record.json');
      await writeFile(record, JSON.stringify({ script: owner.name, status: 'succeeded', 'exit-code': 0 }));
      files.push(record);
      Object.assign(process.env, world.artifacts.jobEnv(`bench-leg-${part.leg}`));
      await quiet(() =>
        new DefaultArtifactClient().uploadArtifact(legArtifactName(owner.name, JOB, part.leg), files, src),
      );
    }
    Object.assign(process.env, world.artifacts.jobEnv('bench-gather'));

    const download: number[] = [];
    const gather: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`fan-out: download and gather, run ${run}/${RUNS}`);
      const plain = join(dir, `download-${run}`);
      let started = performance.now();
      await quiet(async () => {
        const client = new DefaultArtifactClient();
        const { artifacts } = await client.listArtifacts({ latest: true });
        const wanted = artifacts.filter((a) => a.name.startsWith(`${owner.name}-${JOB}-leg-`));
        let next = 0;
        const worker = async () => {
          while (next < wanted.length) {
            const artifact = wanted[next++]!;
            await client.downloadArtifact(artifact.id, { path: join(plain, artifact.name) });
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
      });
      download.push((performance.now() - started) / 1000);

      started = performance.now();
      const { merged } = await quiet(() => gatherLegs({ plan, job: JOB, root: join(dir, `gather-${run}`) }));
      gather.push((performance.now() - started) / 1000);
      if (merged.status !== 'succeeded' || merged.outputs.length !== LEGS * (FILES + 1)) {
        throw new Error(`gather merged ${merged.outputs.length} files with status ${merged.status}`);
      }
      await rm(plain, { recursive: true, force: true });
      await rm(join(dir, `gather-${run}`), { recursive: true, force: true });
    }
    const ratios = gather.map((g, i) => g / download[i]!);

    log('fan-out: plan of a 100,000-row csv');
    const manifest = parseManifest(
      [
        'version: 1',
        'scripts:',
        '  compress:',
        '    command: [run]',
        '    args: {files: {type: csv, columns: [file, attribution]}}',
        '    fan-out: {csv: files, rows-per-leg: 500}',
        '',
      ].join('\n'),
      'bench.yml',
    );
    const csv = join(dir, 'files.csv');
    await writeFile(
      csv,
      [
        'file,attribution',
        ...Array.from({ length: 100_000 }, (_, i) => `img/${i}.svg,"CC BY ""${i}"""`),
      ].join('\n'),
    );
    const plans: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const planned = await planRequest({
        manifest,
        owner: manifest.scripts.compress!,
        target: '',
        args: { files: csv },
      });
      plans.push(performance.now() - started);
      if (planned.plan.legs.length !== 200) throw new Error(`plan made ${planned.plan.legs.length} legs`);
    }

    const info = (r: Row): Row => ({ ...r, pass: undefined });
    return [
      row(GATHER_RATIO.name, { text: GATHER_RATIO.target, unit: 'x', meets: (m) => m <= 1.5 }, ratios, [
        `${LEGS} artifacts of ${FILES} files (~1 KB) and a record each, 8 downloads at once in both`,
      ]),
      info(row(GATHER_TIME.name, { text: GATHER_TIME.target, unit: 's', meets: () => true }, gather)),
      info(row(DOWNLOAD_TIME.name, { text: DOWNLOAD_TIME.target, unit: 's', meets: () => true }, download)),
      row(PLAN_TIME.name, { text: PLAN_TIME.target, unit: 'ms', meets: (m) => m < 1000 }, plans, [
        '200 legs of 500 rows; reading the file, splitting it, the matrix',
      ]),
    ];
  } finally {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
  }
}
