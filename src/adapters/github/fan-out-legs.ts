/**
 * Gather's view of the legs on GitHub Actions: the legs' artifacts of this workflow run, taking for each leg
 * the artifact of the latest attempt that has one (re-running the failed legs runs them at a later attempt,
 * `<script>-<run id>-<attempt>-leg-<N>`, while the legs that succeeded keep their earlier artifacts).
 */
import { downloadLegArtifacts, type LegArtifactClient } from './leg-artifacts';
import { legArtifactName } from '../../fanout/merge';
import type { FanOutPlan } from '../../fanout/plan';
import type { FoundLeg } from '../../pipeline';

async function defaultClient(): Promise<LegArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The legs' artifacts of run `runId` up to attempt `attempt`, downloaded into `<root>/legs/<name>/`. */
export async function findLegArtifacts(
  plan: FanOutPlan,
  root: string,
  run: { id: string; attempt: number },
  client?: LegArtifactClient,
): Promise<FoundLeg[]> {
  const inner = client ?? (await defaultClient());
  const job = `${run.id}-${run.attempt}`;
  const pattern = new RegExp(`^${escape(plan.owner)}-${escape(run.id)}-([1-9][0-9]*)-leg-([1-9][0-9]*)$`);
  const realName = new Map<number, string>();
  const wrapped: LegArtifactClient = {
    async listArtifacts() {
      const { artifacts } = await inner.listArtifacts({ latest: true });
      const best = new Map<string, { artifact: (typeof artifacts)[number]; attempt: number }>();
      for (const artifact of artifacts) {
        const match = pattern.exec(artifact.name);
        if (!match) continue;
        const attempt = Number(match[1]);
        if (attempt > run.attempt) continue;
        const name = legArtifactName(plan.owner, job, Number(match[2]));
        const seen = best.get(name);
        if (!seen || seen.attempt < attempt) best.set(name, { artifact, attempt });
      }
      return {
        artifacts: [...best].map(([name, { artifact }]) => {
          realName.set(artifact.id, artifact.name);
          return { ...artifact, name };
        }),
      };
    },
    downloadArtifact: (id, options) => inner.downloadArtifact(id, options),
  };
  const downloaded = await downloadLegArtifacts({ plan, job, root, client: wrapped });
  return downloaded.map((d) => ({
    part: d.part,
    dir: d.dir,
    artifact: realName.get(d.artifact.id) ?? d.artifact.name,
  }));
}
