/**
 * Progress lines: a script printing 100,000 `::progress::` lines over 10 s, run by `execute` with the
 * progress tracker and the paced comment editor (its edits go to a counter), against the same script
 * printing the same lines without the `::progress::` prefix and no tracker. Measured: the wall time ratio
 * (target within 5%), and the edits sent (at most one per interval).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProgressTracker } from '../src/execute/progress';
import { execute } from '../src/execute/run';
import type { LogSink } from '../src/ports';
import { progressText } from '../src/report/progress-bar';
import { PacedEditor } from '../src/report/pace';
import { median, row, type Row } from './stats';

export const PROGRESS_RATIO = {
  name: 'Progress: 100,000 progress lines in 10 s, wall time vs without',
  target: '≤ 1.05',
  unit: 'x',
} as const;

const SCRIPT = `
import sys, time
prefix = sys.argv[1]
n = 100000
start = time.monotonic()
for i in range(1, n + 1):
    print(f"{prefix}{i}/{n} Item {i}", flush=(i % 100 == 0))
    if i % 1000 == 0:
        delay = start + 10 * i / n - time.monotonic()
        if delay > 0:
            time.sleep(delay)
`;

const quietSink: LogSink = {
  group: () => undefined,
  endGroup: () => undefined,
  write: () => undefined,
  info: () => undefined,
  warning: () => undefined,
};

export async function measureProgress(log: (text: string) => void, runs = 3): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-progress-'));
  try {
    await writeFile(join(dir, 'script.py'), SCRIPT);
    const run = async (withProgress: boolean): Promise<{ ms: number; edits: number; lines: number }> => {
      let edits = 0;
      const editor = new PacedEditor({ intervalMs: 5000, send: async () => void edits++ });
      const tracker = new ProgressTracker(() => {
        const current = tracker.current;
        if (current) editor.update(progressText(current));
      });
      const start = performance.now();
      const result = await execute(
        {
          argv: ['python3', join(dir, 'script.py'), withProgress ? '::progress::' : 'progress '],
          cwd: dir,
          env: { PATH: process.env.PATH ?? '' },
          outputDir: join(dir, 'out'),
          timeoutMs: 120_000,
          graceMs: 1000,
          retries: 0,
        },
        quietSink,
        withProgress ? { progress: tracker } : {},
      );
      const ms = performance.now() - start;
      await editor.finish('done');
      if (result.status !== 'succeeded') throw new Error(`the script ${result.status}: ${result.reason}`);
      return { ms, edits, lines: tracker.lines };
    };
    const ratios: number[] = [];
    const details: string[] = [];
    for (let r = 0; r < runs; r++) {
      const without = await run(false);
      const withLines = await run(true);
      ratios.push(withLines.ms / without.ms);
      const line = `run ${r + 1}: ${withLines.ms.toFixed(0)} ms with (${withLines.lines} lines read, ${withLines.edits} edits incl. the final one), ${without.ms.toFixed(0)} ms without`;
      log(`progress: ${line}`);
      details.push(line);
    }
    details.push(
      `median ratio ${median(ratios).toFixed(3)}; edits at most one per 5 s interval plus the final one`,
    );
    return row(
      PROGRESS_RATIO.name,
      { text: PROGRESS_RATIO.target, unit: 'x', meets: (m) => m <= 1.05 },
      ratios,
      details,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
