import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findLegArtifacts } from '../adapters/github/fan-out-legs';
import { actionPorts } from '../adapters/github/ports';
import type { PermissionPrefetch } from '../adapters/github/prefetch';
import { ManifestError, UserError } from '../errors';
import type { FanOutPlan } from '../fanout/plan';
import { withFlowsAsScripts } from '../forms/flows';
import { loadManifest } from '../manifest/load';
import type { Manifest } from '../manifest/types';
import { dispatch } from '../pipeline';
import { FAILING_STATUSES } from '../report/types';
import { readRequest, readRequestWithBrokenManifest, type EventContext } from '../request/event';
import type { Request } from '../request/types';
import { errorMessage } from '../shared/markdown';
import { Masker } from '../shared/mask';
import { readInputs } from './inputs';
import { writeOutputs } from './outputs';

/** The action's front door: the runner's environment in, the ports built, `dispatch`, the outputs out. */
export async function run(prefetched?: PermissionPrefetch): Promise<void> {
  try {
    await main(prefetched);
  } catch (error) {
    core.setOutput('status', 'failed');
    core.setFailed(errorMessage(error));
  }
}

async function main(prefetched?: PermissionPrefetch): Promise<void> {
  const inputs = readInputs();
  const env = process.env;
  const masker = new Masker([inputs.token, inputs.contentToken].filter(Boolean));
  const mask = masker.mask.bind(masker);
  const controller = new AbortController();
  const { jobId, ...ports } = actionPorts({
    env,
    token: inputs.token,
    contentToken: inputs.contentToken,
    masker,
    signal: controller.signal,
    prefetched,
  });
  core.setOutput('job', jobId);

  const ctx: EventContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: prefetched?.payload ?? readEvent(env.GITHUB_EVENT_PATH),
    actor: env.GITHUB_ACTOR ?? '',
    inputs,
  };
  let manifest: Manifest | undefined;
  let request: Request;
  try {
    manifest = await loadManifest(
      path.resolve(ports.environment.workspace, inputs.manifest),
      inputs.manifest,
    );
    request = readRequest(ctx, withFlowsAsScripts(manifest)); // flows are requested as scripts are
  } catch (error) {
    request = brokenManifest(ctx, inputs.manifest, error);
  }

  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  const attempt = ports.environment.runAttempt ?? 1;
  const runId = ports.environment.run?.id ?? '0';
  const fanOut = inputs.fanOut && {
    mode: inputs.fanOut,
    leg: inputs.leg,
    event: ctx.eventName,
    findLegs: (plan: FanOutPlan, root: string) => findLegArtifacts(plan, root, { id: runId, attempt }),
    commentJobs: Array.from({ length: attempt }, (_, i) => `${runId}-${attempt - i}`),
  };
  const result = await dispatch(request, manifest, ports, fanOut || undefined);
  process.removeListener('SIGINT', abort);
  process.removeListener('SIGTERM', abort);

  if (result.status === 'ignored') core.info(`Nothing to do: ${result.message}.`);
  await writeOutputs(result, mask);
  if (FAILING_STATUSES.includes(result.status)) core.setFailed(result.message);
}

function brokenManifest(ctx: EventContext, name: string, error: unknown): Request {
  const message = error instanceof UserError ? error.message : errorMessage(error);
  const problems = (error instanceof ManifestError ? error.problems : []).map((p) => ({
    message: `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`,
    fix: p.fix,
  }));
  return readRequestWithBrokenManifest(ctx, name, message, problems);
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
