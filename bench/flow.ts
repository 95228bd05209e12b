/**
 * Flows through the CLI: a 200-step graph (one step fans out to 198, which fan in to the last) whose steps
 * run `python3 -c pass`, `max-parallel: 2`, against `make -j2` running the same graph with the same
 * commands, side by side, alternating. The figure is the ratio of wall times (flow / make; target ≤ 1.25).
 * Then the same flow with `cache: true` on every step: a run that takes every step from the local cache
 * against the first run that filled it (target ≤ 0.25).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, PROJECT_ROOT } from '../test/support/runner';
import { exec } from './common';
import { median, row, type Row } from './stats';

export const FLOW_RATIO = {
  name: 'Flow: 200 steps, max-parallel 2, CLI vs make -j2',
  target: '≤ 1.25',
  unit: 'x',
} as const;
export const FLOW_CACHED = {
  name: 'Flow: 200 steps fully cached vs first run (CLI)',
  target: '≤ 0.25',
  unit: 'x',
} as const;

const MIDDLE = 198;
const steps = () => ['first', ...Array.from({ length: MIDDLE }, (_, i) => `m${i}`), 'last'];

function manifest(): string {
  const flow = (name: string, cache: boolean) => {
    const lines = [`  ${name}:`, '    targets: []', '    max-parallel: 2', '    steps:'];
    const c = cache ? ', cache: true' : '';
    lines.push(`      first: { script: noop${c} }`);
    for (let i = 0; i < MIDDLE; i++) lines.push(`      m${i}: { script: noop, needs: [first]${c} }`);
    lines.push(
      `      last: { script: noop, needs: [${Array.from({ length: MIDDLE }, (_, i) => `m${i}`).join(', ')}]${c} }`,
    );
    return lines.join('\n');
  };
  return `version: 1
scripts:
  noop:
    command: [python3, -c, pass]
    targets: []
flows:
${flow('graph', false)}
${flow('graph_cached', true)}
`;
}

function makefile(): string {
  const lines = ['.PHONY: first last ' + steps().slice(1, -1).join(' '), 'first:', '\t@python3 -c pass'];
  for (let i = 0; i < MIDDLE; i++) lines.push(`m${i}: first`, '\t@python3 -c pass');
  lines.push(`last: ${steps().slice(1, -1).join(' ')}`, '\t@python3 -c pass');
  return `${lines.join('\n')}\n`;
}

export async function measureFlow(
  log: (text: string) => void,
  cli = join(PROJECT_ROOT, 'dist', 'cli', 'index.js'),
  runs = 3,
): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-flow-'));
  try {
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github', 'script-dispatcher.yml'), manifest());
    await writeFile(join(dir, 'Makefile'), makefile());
    const env = { PATH: process.env.PATH ?? '', HOME: dir };
    const run = async (flow: string) => {
      const result = await exec(NODE24, [cli, 'run', flow], { cwd: dir, env });
      if (result.code !== 0) throw new Error(`run ${flow} failed: ${result.stderr.slice(-400)}`);
      await rm(join(dir, 'script-dispatcher-output'), { recursive: true, force: true });
      return result;
    };
    const make = async () => {
      const result = await exec('make', ['-j2', '-s', 'last'], { cwd: dir, env });
      if (result.code !== 0) throw new Error(`make failed: ${result.stderr.slice(-400)}`);
      return result.ms;
    };
    await make(); // warm python and make
    await run('graph');
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let r = 0; r < runs; r++) {
      theirs.push(await make());
      ours.push((await run('graph')).ms);
      log(`flow: run ${r + 1}/${runs}: make -j2 ${theirs[r].toFixed(0)} ms, CLI ${ours[r].toFixed(0)} ms`);
    }
    const ratios = ours.map((o, i) => o / theirs[i]);

    const first: number[] = [];
    const cached: number[] = [];
    for (let r = 0; r < runs; r++) {
      await rm(join(dir, '.script-dispatcher'), { recursive: true, force: true });
      first.push((await run('graph_cached')).ms);
      const again = await run('graph_cached');
      if (!/cached/.test(again.stderr)) throw new Error('the second run took nothing from the cache');
      cached.push(again.ms);
      log(
        `flow: cache run ${r + 1}/${runs}: first ${first[r].toFixed(0)} ms, cached ${cached[r].toFixed(0)} ms`,
      );
    }
    const cacheRatios = cached.map((c, i) => c / first[i]);
    return [
      row(FLOW_RATIO.name, { text: FLOW_RATIO.target, unit: 'x', meets: (m) => m <= 1.25 }, ratios, [
        `make -j2 median ${median(theirs).toFixed(0)} ms, CLI median ${median(ours).toFixed(0)} ms (node start, manifest, 200 spawns, outputs)`,
      ]),
      row(FLOW_CACHED.name, { text: FLOW_CACHED.target, unit: 'x', meets: (m) => m <= 0.25 }, cacheRatios, [
        `first run median ${median(first).toFixed(0)} ms, fully cached median ${median(cached).toFixed(0)} ms`,
      ]),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
