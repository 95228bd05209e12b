/**
 * `run` of a script with `fan-out:` on this machine: the same plan, legs and gather as the fan-out workflow,
 * the legs run in parallel (`--parallel N`, default: the CPUs), each in a folder of its own, each target
 * checkout its own (a fresh clone, or a copy of the `--content` folder), their output lines prefixed with the
 * leg. Gather merges them into one output folder (`legs/<name>/...` and `_dispatch/record.json`).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { legArtifactName } from '../fanout/merge';
import type { FanOutPlan } from '../fanout/plan';
import type { Manifest } from '../manifest/types';
import { dispatch, type DispatchResult, type FoundLeg } from '../pipeline';
import type { ArtifactStore, LogSink, Ports } from '../ports';
import type { RunRequest } from '../request/types';
import { plural } from '../shared/markdown';
import { UsageError } from './usage';

/** `--parallel`: a whole number of 1 or more; default the CPUs. */
export function parallelOf(text: string | undefined): number {
  if (text === undefined) return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  if (!/^[1-9][0-9]{0,3}$/.test(text.trim())) {
    throw new UsageError(`\`--parallel\` must be a whole number of 1 or more, got \`${text.slice(0, 40)}\`.`);
  }
  return Number(text.trim());
}

/** Whether `run` of this script fans out. */
export function fansOut(manifest: Manifest, script: string): boolean {
  return ownerOf(manifest, script)?.fanOut !== undefined;
}

/** The script or flow `name` of the manifest. */
function ownerOf(manifest: Manifest, name: string) {
  if (Object.prototype.hasOwnProperty.call(manifest.scripts, name)) return manifest.scripts[name];
  return manifest.flows && Object.prototype.hasOwnProperty.call(manifest.flows, name)
    ? manifest.flows[name]
    : undefined;
}

/** Prefixes each line of a leg with `[leg N] `: parallel legs share one terminal. */
class LegLog implements LogSink {
  private partial = '';
  constructor(
    private readonly inner: LogSink,
    private readonly prefix: string,
  ) {}
  group(title: string): void {
    this.inner.info(`${this.prefix}▶ ${title}`);
  }
  endGroup(): void {
    if (this.partial) this.inner.write(Buffer.from(`${this.prefix}${this.partial}\n`));
    this.partial = '';
  }
  write(chunk: Buffer): void | Promise<void> {
    const lines = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = lines.pop() ?? '';
    if (lines.length === 0) return;
    return this.inner.write(Buffer.from(lines.map((l) => `${this.prefix}${l}\n`).join('')));
  }
  info(line: string): void {
    this.inner.info(`${this.prefix}${line}`);
  }
  warning(line: string): void {
    this.inner.warning(`${this.prefix}${line}`);
  }
}

/**
 * Plans, runs the legs (at most `parallel` at once) and gathers. `outputDir` receives the merged outputs.
 * Returns gather's result (or plan's, when the request was rejected).
 */
export async function runFanOutLocally(
  request: RunRequest,
  manifest: Manifest,
  ports: Ports,
  options: { parallel: number; outputDir: string; contents: Record<string, string> },
): Promise<DispatchResult> {
  const planned = await dispatch(request, manifest, ports, { mode: 'plan' });
  if (!planned.matrix) return planned;
  const legs = (JSON.parse(planned.matrix) as { include: { leg: string; name: string }[] }).include;
  ports.log.info(`${plural(legs.length, 'leg')}, ${Math.min(options.parallel, legs.length)} at a time.`);

  const uploaded = new Map<string, string>();
  const legStore: ArtifactStore = {
    upload: async (name, root) => {
      uploaded.set(name, root);
      return { url: root };
    },
  };
  const base = ports.environment;
  let next = 0;
  const worker = async () => {
    while (next < legs.length) {
      const { leg, name } = legs[next++]!;
      const dir = path.join(base.tempDir, `leg-${leg}`);
      const content = path.join(dir, 'content');
      const legPorts: Ports = {
        ...ports,
        environment: {
          ...base,
          // Its own job id: a script's `outputs.path: output/{job}` must not be shared by legs on one machine.
          jobId: `${base.jobId}-leg-${leg}`,
          tempDir: dir,
          defaultOutputDir: path.join(dir, 'output'),
          targetPath: content,
        },
        artifacts: legStore,
        log: new LegLog(ports.log, `[leg ${leg} ${name}] `),
      };
      // A `--content` folder is copied: legs never share a checkout.
      const given = Object.entries(options.contents);
      if (given.length > 0) {
        const script = ownerOf(manifest, request.script);
        const key = script?.fanOut?.over === 'targets' ? name : script?.targets[0];
        const from = key ? options.contents[key] : undefined;
        if (from) await fs.cp(from, content, { recursive: true, verbatimSymlinks: true });
      }
      const result = await dispatch(request, manifest, legPorts, { mode: 'leg', leg });
      ports.log.info(
        `[leg ${leg} ${name}] ${result.status}${result.status === 'succeeded' ? '' : `: ${result.message}`}`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel, legs.length) }, worker));

  const findLegs = async (plan: FanOutPlan, root: string): Promise<FoundLeg[]> => {
    const found: FoundLeg[] = [];
    for (const part of plan.legs) {
      const artifact = legArtifactName(plan.owner, `${base.jobId}-leg-${part.leg}`, part.leg);
      const from = uploaded.get(artifact);
      if (!from) continue;
      const dir = path.join(root, 'legs', part.name);
      await fs.cp(from, dir, { recursive: true, verbatimSymlinks: true });
      found.push({ part, dir, artifact });
    }
    return found;
  };
  const gatherStore: ArtifactStore = {
    upload: async (_name, root) => {
      await fs.rm(options.outputDir, { recursive: true, force: true });
      await fs.mkdir(path.dirname(options.outputDir), { recursive: true });
      await fs.cp(root, options.outputDir, { recursive: true, verbatimSymlinks: true });
      return { url: options.outputDir };
    },
  };
  return dispatch(request, manifest, { ...ports, artifacts: gatherStore }, { mode: 'gather', findLegs });
}
