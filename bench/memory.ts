/**
 * Memory: peak RSS of the action process while its script prints 500 MiB to stdout (1 MiB lines, then
 * DONE-MARKER). `/proc/<pid>/status` is read every 20 ms until the process exits; the action's own stdout is
 * read here as the runner reads it, and discarded.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO, REQUESTER } from '../test/support/world';
import type { Bench } from './common';
import { failureText, launchAction } from './launch';
import { row, type Row } from './stats';

export const MEMORY = { name: 'Peak RSS: script prints 500 MiB', target: '< 150 MB', unit: 'MB' } as const;

const MARKER = 'DONE-MARKER';
const MB = 1024 * 1024;

/** VmHWM and VmRSS in bytes, or undefined once the process is gone (or a zombie). */
function readStatus(pid: number): { hwm: number; rss: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(text);
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(text);
    if (!hwm || !rss) return undefined;
    return { hwm: Number(hwm[1]) * 1024, rss: Number(rss[1]) * 1024 };
  } catch {
    return undefined;
  }
}

export async function measureMemory(bench: Bench, runs = 2): Promise<Row> {
  const { world } = bench;
  const samples: number[] = [];
  const details: string[] = [];
  let summaryHasMarker = 0;
  for (let i = 1; i <= runs; i++) {
    await rm(join(world.workspace, 'data'), { recursive: true, force: true });
    let seen = false;
    let carry = '';
    const launched = await launchAction({
      workspace: world.workspace,
      inputs: { script: 'flood', target: 'docs' },
      repository: REPO,
      actor: REQUESTER,
      apiUrl: world.fake.apiUrl,
      serverUrl: world.fake.serverUrl,
      token: world.token,
      artifactsEnv: world.artifacts.env,
      fake: world.fake,
      timeoutMs: 180_000,
      onStdout: (chunk) => {
        if (seen) return;
        const text = carry + chunk.toString('latin1');
        if (text.includes(MARKER)) seen = true;
        carry = text.slice(-MARKER.length);
      },
    });
    let last: { hwm: number; rss: number } | undefined;
    let maxRss = 0;
    const poll = () => {
      const status = readStatus(launched.pid);
      if (!status) return;
      last = status;
      maxRss = Math.max(maxRss, status.rss);
    };
    poll();
    const timer = setInterval(poll, 20);
    const run = await launched.result.finally(() => clearInterval(timer));
    await rm(join(world.workspace, 'data'), { recursive: true, force: true });
    const seconds = (run.exitedAt - run.spawnedAt) / 1000;
    if (run.code !== 0 || run.outputs.status !== 'succeeded') {
      throw new Error(`the run failed: ${failureText(run)}`);
    }
    if (!seen) {
      throw new Error(
        `${MARKER} never reached the action's stdout (${(run.stdoutBytes / MB).toFixed(0)} MiB read)`,
      );
    }
    if (!last) throw new Error('could not read /proc/<pid>/status of the action');
    if (run.summary.includes(MARKER)) summaryHasMarker++;
    samples.push(last.hwm / MB);
    const line =
      `run ${i}: VmHWM at the last read ${(last.hwm / MB).toFixed(1)} MB, highest VmRSS polled ${(maxRss / MB).toFixed(1)} MB, ` +
      `${(run.stdoutBytes / MB).toFixed(0)} MiB of stdout read, ${seconds.toFixed(1)} s`;
    details.push(line);
    bench.log(`memory ${line}`);
  }
  details.push(
    summaryHasMarker === runs
      ? `Each run succeeded and its job summary shows ${MARKER}.`
      : `Each run succeeded (status output \`succeeded\`, exit 0) and ${MARKER} came through the action's stdout; ` +
          `the job summary shows the log tail only for failed runs, so it was not checked for ${MARKER}` +
          (summaryHasMarker ? ` (it showed it in ${summaryHasMarker} of ${runs})` : '') +
          '.',
    'MB = MiB. Measured: VmHWM of the action process (the script runs in its own process).',
  );
  return row(MEMORY.name, { text: MEMORY.target, unit: 'MB', meets: (m) => m < 150 }, samples, details);
}
