/** The action's ports: everything a run in Actions needs, built once from the runner's environment. */
import * as core from '@actions/core';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAttachment } from '../../args/download';
import type { Ports } from '../../ports';
import type { Masker } from '../../shared/mask';
import { parseRepo } from '../../shared/repo';
import { OctokitGitHubApi, createOctokit } from './api';
import { ActionsArtifactStore } from './artifact-store';
import { actionsCacheStore } from './cache-store';
import { pushChangedFilesIn } from './changed-files';
import { GitHubContentRepo } from './content-repo';
import { ActionsLog } from './log';
import type { PermissionPrefetch } from './prefetch';
import { issueReporters } from './reporter';

export interface ActionPortsOptions {
  /** The step's environment (GITHUB_*, RUNNER_*). */
  env: NodeJS.ProcessEnv;
  token: string;
  contentToken: string;
  masker: Masker;
  signal: AbortSignal;
  /** The permission lookup sent while the action loaded, if any. */
  prefetched?: PermissionPrefetch;
}

/** The ports, and the run's id and workflow-run link as the front door reports them. */
export function actionPorts(options: ActionPortsOptions): Ports & { jobId: string } {
  const { env, token, contentToken, masker } = options;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const jobId = `${runId}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const mask = masker.mask.bind(masker);
  const notice = (m: string) => core.info(mask(m));
  const warn = (m: string) => core.warning(mask(m));
  const api = new OctokitGitHubApi(
    parseRepo(repository),
    createOctokit(token, notice),
    createOctokit(contentToken, notice),
    notice,
    undefined,
    options.prefetched,
  );
  const run = { id: runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    jobId,
    environment: {
      jobId,
      workspace,
      tempDir: path.join(env.RUNNER_TEMP || os.tmpdir(), 'script-dispatcher', jobId),
      baseEnv: env,
      secrets: [token, contentToken].filter(Boolean),
      run,
      serverUrl,
      repository,
      sha: env.GITHUB_SHA,
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
      eventName: env.GITHUB_EVENT_NAME,
    },
    api,
    reporter: issueReporters(api, mask, warn, notice),
    artifacts: new ActionsArtifactStore(run.url, notice),
    content: new GitHubContentRepo({ api, token: contentToken, serverUrl, repository, runUrl: run.url }),
    log: new ActionsLog(),
    masker,
    download: (url, maxBytes) => downloadAttachment(url, { token, serverUrl, maxBytes }),
    signal: options.signal,
    changedFiles: pushChangedFilesIn(workspace, { token, serverUrl, repository }),
    cache: actionsCacheStore({ workspace, warn }),
  };
}
