/**
 * Overhead: the action's wall time (spawn to exit) for a script that does nothing (`true`) on a small
 * content repository served over smart HTTP, minus what it cannot avoid: the clone (`git clone --depth 1
 * --no-tags` of the same URL with the same authentication, timed on its own) and the script's own time
 * (`true` spawned and timed on its own). The three are interleaved, in a rotating order.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT, REPO, REQUESTER } from '../test/support/world';
import { cloneUrl, exec, git, type Bench } from './common';
import { failureText, launchAction } from './launch';
import { median, row, type Row } from './stats';

export const OVERHEAD = {
  name: 'Overhead: no-op run − clone − script',
  target: '< 400 ms',
  unit: 'ms',
} as const;

export async function measureOverhead(bench: Bench, runs = 10): Promise<Row> {
  const { world } = bench;
  const cloneDir = join(world.root, 'overhead-clone');
  const checkout = join(world.workspace, 'data');
  const phases = { checkout: [] as number[], upload: [] as number[], total: [] as number[] };

  const clone = async () => {
    await rm(cloneDir, { recursive: true, force: true });
    const { ms } = await git(
      ['clone', '-q', '--depth', '1', '--no-tags', cloneUrl(world.fake, CONTENT), cloneDir],
      { fake: world.fake },
    );
    await rm(cloneDir, { recursive: true, force: true });
    return ms;
  };
  const noop = async () => {
    const { code, ms } = await exec('true', []);
    if (code !== 0) throw new Error(`true exited with ${code}`);
    return ms;
  };
  const action = async () => {
    await rm(checkout, { recursive: true, force: true });
    const launched = await launchAction({
      workspace: world.workspace,
      inputs: { script: 'noop', target: 'docs' },
      repository: REPO,
      actor: REQUESTER,
      apiUrl: world.fake.apiUrl,
      serverUrl: world.fake.serverUrl,
      token: world.token,
      artifactsEnv: world.artifacts.env,
      fake: world.fake,
      timeoutMs: 60_000,
    });
    const run = await launched.result;
    await rm(checkout, { recursive: true, force: true });
    if (run.code !== 0 || run.outputs.status !== 'succeeded') {
      throw new Error(`the no-op run failed: ${failureText(run)}`);
    }
    // The phases as the run timed them itself (its record).
    const { durations } = JSON.parse(run.outputs.record ?? '{}') as { durations?: Record<string, number> };
    for (const phase of ['checkout', 'upload', 'total'] as const) {
      if (typeof durations?.[phase] === 'number') phases[phase].push(durations[phase]);
    }
    return run.exitedAt - run.spawnedAt;
  };

  const steps = { clone, noop, action };
  const order: Array<keyof typeof steps> = ['clone', 'noop', 'action'];
  const times: Record<keyof typeof steps, number[]> = { clone: [], noop: [], action: [] };
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const got: Partial<Record<keyof typeof steps, number>> = {};
    for (let k = 0; k < order.length; k++) {
      const step = order[(i + k) % order.length];
      got[step] = await steps[step]();
      times[step].push(got[step]);
    }
    const overhead = got.action! - got.clone! - got.noop!;
    samples.push(overhead);
    bench.log(
      `overhead ${i + 1}/${runs}: ${overhead.toFixed(0)} ms (action ${got.action!.toFixed(0)}, clone ${got.clone!.toFixed(0)}, true ${got.noop!.toFixed(1)})`,
    );
  }
  return row(OVERHEAD.name, { text: OVERHEAD.target, unit: 'ms', meets: (m) => m < 400 }, samples, [
    `medians: action wall ${median(times.action).toFixed(0)} ms, clone ${median(times.clone).toFixed(0)} ms, \`true\` ${median(times.noop).toFixed(1)} ms (overhead = per-run difference, then median).`,
    'The run includes the permission check, checkout (one shallow clone of the default branch), the script, the artifact upload (local Azurite) and the outputs.',
    `as the run timed itself (its record, medians): checkout ${median(phases.checkout).toFixed(0)} ms, ` +
      `upload of the record and log ${median(phases.upload).toFixed(0)} ms, from the job's start to its end ${median(phases.total).toFixed(0)} ms; ` +
      'the rest is Node starting twice (the token handover), loading the action, the permission check and the manifest.',
  ]);
}
