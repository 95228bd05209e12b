import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OctokitGitHubApi, createOctokit } from '../adapters/github/api';
import { ActionsArtifactStore } from '../adapters/github/artifact-store';
import { actionsCacheStore } from '../adapters/github/cache-store';
import { GitHubContentRepo } from '../adapters/github/content-repo';
import { findLegArtifacts } from '../adapters/github/fan-out-legs';
import { pushChangedFilesIn } from '../adapters/github/changed-files';
import { ActionsLog } from '../adapters/github/log';
import type { PermissionPrefetch } from '../adapters/github/prefetch';
import { issueReporters } from '../adapters/github/reporter';
import { downloadAttachment } from '../args/download';
import { ManifestError, UserError } from '../errors';
import type { FanOutPlan } from '../fanout/plan';
import { withFlowsAsScripts } from '../forms/flows';
import { loadManifest } from '../manifest/load';
import type { Manifest } from '../manifest/types';
import { dispatch } from '../pipeline';
import type { Ports } from '../ports';
import { FAILING_STATUSES } from '../report/types';
import { readRequest, readRequestWithBrokenManifest, type EventContext } from '../request/event';
import type { Request } from '../request/types';
import { errorMessage } from '../shared/markdown';
import { Masker } from '../shared/mask';
import { parseRepo } from '../shared/repo';
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
  const repository = env.GITHUB_REPOSITORY ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const jobId = `${runId}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const secrets = [inputs.token, inputs.contentToken].filter(Boolean);
  const masker = new Masker(secrets);
  const mask = masker.mask.bind(masker);
  const notice = (m: string) => core.info(mask(m));
  const api = new OctokitGitHubApi(
    parseRepo(repository),
    createOctokit(inputs.token, notice),
    createOctokit(inputs.contentToken, notice),
    notice,
    undefined,
    prefetched,
  );
  const run = { id: runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` };
  core.setOutput('job', jobId);

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const controller = new AbortController();
  const ports: Ports = {
    environment: {
      jobId,
      workspace,
      tempDir: path.join(env.RUNNER_TEMP || os.tmpdir(), 'script-dispatcher', jobId),
      baseEnv: env,
      secrets,
      run,
      serverUrl,
      repository,
      sha: env.GITHUB_SHA,
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
      eventName: env.GITHUB_EVENT_NAME,
    },
    api,
    reporter: issueReporters(api, mask, (m) => core.warning(mask(m)), notice),
    artifacts: new ActionsArtifactStore(run.url),
    content: new GitHubContentRepo({
      api,
      token: inputs.contentToken,
      serverUrl,
      repository,
      runUrl: run.url,
    }),
    log: new ActionsLog(),
    masker,
    download: (url, maxBytes) => downloadAttachment(url, { token: inputs.token, serverUrl, maxBytes }),
    signal: controller.signal,
    changedFiles: pushChangedFilesIn(workspace, { token: inputs.token, serverUrl, repository }),
    cache: actionsCacheStore({ workspace, warn: (m) => core.warning(mask(m)) }),
  };

  const ctx: EventContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: prefetched?.payload ?? readEvent(env.GITHUB_EVENT_PATH),
    actor: env.GITHUB_ACTOR ?? '',
    inputs,
  };
  let manifest: Manifest | undefined;
  let request: Request;
  try {
    manifest = await loadManifest(path.resolve(workspace, inputs.manifest), inputs.manifest);
    request = readRequest(ctx, withFlowsAsScripts(manifest)); // flows are requested as scripts are
  } catch (error) {
    request = brokenManifest(ctx, inputs.manifest, error);
  }

  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
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
