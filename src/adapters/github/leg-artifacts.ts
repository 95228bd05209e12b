/**
 * Gather's side of a fan-out on GitHub Actions: the legs' artifacts of this workflow run
 * (`<script>-<job>-leg-<N>`, uploaded by the leg jobs) found with `@actions/artifact`'s listArtifacts and
 * downloaded straight into the merged tree `legs/<name>/`, then merged with the plan into the record's
 * `legs` (missing legs included).
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readLegFolder, legFolderPath } from '../../fanout/leg-folder';
import { legArtifactName, mergeLegRecords, type LegFolder, type MergedLegs } from '../../fanout/merge';
import type { FanOutPlan, LegPart } from '../../fanout/plan';

/** The part of `@actions/artifact`'s client that gather uses (DefaultArtifactClient fits). */
export interface LegArtifactClient {
  listArtifacts(options?: {
    latest?: boolean;
  }): Promise<{ artifacts: { id: number; name: string; size: number }[] }>;
  downloadArtifact(artifactId: number, options?: { path?: string }): Promise<{ downloadPath?: string }>;
}

export interface DownloadLegsOptions {
  plan: FanOutPlan;
  /** The job id the plan set (the `job` output of the plan job). */
  job: string;
  /** The merged artifact's root: each leg lands in `<root>/legs/<name>/`. */
  root: string;
  /** Default: a DefaultArtifactClient of this run. */
  client?: LegArtifactClient;
  /** Downloads at once (default 8). */
  concurrency?: number;
}

export interface DownloadedLeg {
  part: LegPart;
  artifact: { id: number; name: string; size: number };
  /** Absolute folder the artifact was extracted into. */
  dir: string;
}

export interface GatheredLegs {
  /** The legs whose artifacts were downloaded. */
  downloaded: DownloadedLeg[];
  /** The merged `legs`, status and reason; missing legs are in `merged.missing`. */
  merged: MergedLegs;
}

async function defaultClient(): Promise<LegArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/**
 * Downloads the planned legs' artifacts of this workflow run into `<root>/legs/<name>/`. A leg with no
 * artifact is left out (mergeLegRecords names it missing); an artifact that fails to download fails the call.
 */
export async function downloadLegArtifacts(opts: DownloadLegsOptions): Promise<DownloadedLeg[]> {
  const client = opts.client ?? (await defaultClient());
  const { artifacts } = await client.listArtifacts({ latest: true });
  const byName = new Map(artifacts.map((artifact) => [artifact.name, artifact]));
  const wanted = opts.plan.legs
    .map((part) => ({ part, artifact: byName.get(legArtifactName(opts.plan.owner, opts.job, part.leg)) }))
    .filter(
      (w): w is { part: LegPart; artifact: { id: number; name: string; size: number } } => !!w.artifact,
    );

  const downloaded: DownloadedLeg[] = [];
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const { part, artifact } = wanted[next++]!;
      const dir = path.join(path.resolve(opts.root), ...legFolderPath(part).split('/'));
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      try {
        await client.downloadArtifact(artifact.id, { path: dir });
      } catch (error) {
        throw new Error(
          `Could not download the artifact \`${artifact.name}\` of leg ${part.leg} (${part.name}): ${
            error instanceof Error ? error.message : String(error)
          }`,
          { cause: error },
        );
      }
      downloaded.push({ part, artifact, dir });
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, wanted.length) }, worker));
  return downloaded.sort((a, b) => a.part.leg - b.part.leg);
}

/**
 * Gather: downloads the legs' artifacts into `<root>/legs/<name>/`, reads each leg's files and record, and
 * merges them with the plan. `<root>` is then uploaded as `<script>-<job>` with the merged record.
 */
export async function gatherLegs(opts: DownloadLegsOptions): Promise<GatheredLegs> {
  const downloaded = await downloadLegArtifacts(opts);
  const folders: LegFolder[] = await Promise.all(downloaded.map((d) => readLegFolder(opts.root, d.part)));
  return { downloaded, merged: mergeLegRecords(opts.plan, opts.job, folders) };
}
