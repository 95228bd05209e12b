/**
 * CLI cold start: `node dist/cli/index.js --version` and `list` on the example manifest, each against a bare
 * `node -e 0` run right before it (interleaved, so that a busy machine slows both alike). `--version` is
 * answered before the CLI's bundle loads; `list` loads it and reads the manifest.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NODE24, PROJECT_ROOT } from '../test/support/runner';
import { median, row, type Row } from './stats';

export const CLI_VERSION_RATIO = {
  name: 'CLI cold start: --version ÷ node -e 0',
  target: '≤ 1.5×',
  unit: 'x',
} as const;
export const CLI_LIST_RATIO = {
  name: 'CLI cold start: list (example manifest) ÷ node -e 0',
  target: 'figure only',
  unit: 'x',
} as const;

/** The CLI of the snapshot of dist/ when the benchmark made one, else dist/cli/index.js. */
function cliEntry(): string {
  const snapshot = join(PROJECT_ROOT, '.bench', 'dist', 'cli', 'index.js');
  return existsSync(snapshot) ? snapshot : join(PROJECT_ROOT, 'dist', 'cli', 'index.js');
}

function timed(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(NODE24, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

export async function measureCliStart(log: (line: string) => void, runs = 15): Promise<Row[]> {
  const entry = cliEntry();
  const bare: number[] = [];
  const version: number[] = [];
  const list: number[] = [];
  const versionRatio: number[] = [];
  const listRatio: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const b1 = await timed(['-e', '0']);
    const v = await timed([entry, '--version']);
    const b2 = await timed(['-e', '0']);
    const l = await timed([entry, 'list']);
    if (i === 0) continue; // warm-up: the page cache
    bare.push(b1, b2);
    version.push(v);
    list.push(l);
    versionRatio.push(v / b1);
    listRatio.push(l / b2);
    log(
      `cli start ${i}/${runs}: --version ${v.toFixed(0)} ms, list ${l.toFixed(0)} ms, node -e 0 ${b1.toFixed(0)}/${b2.toFixed(0)} ms`,
    );
  }
  const side = `Medians: node -e 0 ${median(bare).toFixed(0)} ms · --version ${median(version).toFixed(0)} ms · list ${median(list).toFixed(0)} ms.`;
  return [
    row(
      CLI_VERSION_RATIO.name,
      { text: CLI_VERSION_RATIO.target, unit: 'x', meets: (m) => m <= 1.5 },
      versionRatio,
      [
        side,
        'Each `--version` run divided by the `node -e 0` run just before it (Node 24, one uncounted warm-up).',
      ],
    ),
    row(CLI_LIST_RATIO.name, { text: CLI_LIST_RATIO.target, unit: 'x', meets: () => true }, listRatio, [
      side,
      '`list` loads the whole CLI bundle and reads and checks .github/script-dispatcher.yml.',
    ]),
  ];
}
