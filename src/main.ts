import * as core from '@actions/core';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IssueReporter } from './action/issue-reporter';
import { readInputs, type Inputs } from './action/inputs';
import { ActionsLog } from './action/log';
import type { PermissionPrefetch } from './action/prefetch';
import { downloadAttachment } from './args/download';
import { authorize, type Guarded } from './authorize/authorize';
import { formatProblems, ManifestError, UserError } from './errors';
import { parseRepo, type GitHubApi, type IssueComment } from './github/api';
import { createOctokit, OctokitGitHubApi } from './github/octokit';
import { loadManifest } from './manifest/load';
import type { Manifest } from './manifest/types';
import { errorMessage, runPipeline, type Reporter, type RunEnvironment } from './pipeline';
import { ActionsArtifactStore } from './publish/artifact';
import { checkoutForAction, publishForAction } from './publish/content';
import { renderCancelReply, renderHelp } from './report/help';
import { parseStatusComment, renderStatusComment, type StatusCommentState } from './report/status-comment';
import { renderSummary } from './report/summary';
import type { RunReport, RunStatus } from './report/types';
import { parseCommand } from './request/command';
import { readRequest, type EventContext } from './request/event';
import type { Request, RunRequest } from './request/types';
import { Masker } from './shared/mask';

/** The step fails for these. */
const FAILING: RunStatus[] = ['failed', 'timed-out', 'rejected', 'cancelled'];

/** The action's front door: turns the runner's environment into a request and a report. */
export async function run(prefetched?: PermissionPrefetch): Promise<void> {
  try {
    const status = await main(prefetched);
    if (FAILING.includes(status.status)) core.setFailed(status.message);
  } catch (error) {
    core.setOutput('status', 'failed');
    core.setFailed(errorMessage(error));
  }
}

interface Outcome {
  status: RunStatus;
  message: string;
}

interface World {
  inputs: Inputs;
  api: GitHubApi;
  masker: Masker;
  repository: string;
  serverUrl: string;
  run: { id: string; url: string };
  jobId: string;
}

async function main(prefetched?: PermissionPrefetch): Promise<Outcome> {
  const inputs = readInputs();
  const env = process.env;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const masker = new Masker([inputs.token, inputs.contentToken].filter(Boolean));
  const log = new ActionsLog();
  const warn = (message: string) => core.warning(masker.mask(message));
  const api = new OctokitGitHubApi(
    parseRepo(repository),
    createOctokit(inputs.token, (m) => core.info(masker.mask(m))),
    createOctokit(inputs.contentToken, (m) => core.info(masker.mask(m))),
    (m) => core.info(masker.mask(m)),
    undefined,
    prefetched,
  );
  const world: World = {
    inputs,
    api,
    masker,
    repository,
    serverUrl,
    run: { id: runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` },
    jobId: `${runId}-${attempt}`,
  };
  core.setOutput('job', world.jobId);

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = prefetched?.payload ?? readEvent(env.GITHUB_EVENT_PATH);
  const ctx: EventContext = {
    eventName,
    payload,
    actor: env.GITHUB_ACTOR ?? '',
    inputs,
  };

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let manifest: Manifest;
  try {
    manifest = await loadManifest(path.resolve(workspace, inputs.manifest), inputs.manifest);
  } catch (error) {
    return reportBrokenManifest(world, ctx, error);
  }

  const request = readRequest(ctx, manifest);
  switch (request.kind) {
    case 'ignored':
      core.info(`Nothing to do: ${request.reason}.`);
      core.setOutput('status', 'ignored');
      return { status: 'ignored', message: request.reason };
    case 'help':
      await replyOnce(
        world,
        request.issue,
        renderHelp(manifest, request.script, masker.mask.bind(masker)),
        warn,
      );
      await world.api.addCommentReaction(request.commentId, 'eyes').catch((e) => warn(errorMessage(e)));
      core.setOutput('status', 'succeeded');
      return { status: 'succeeded', message: 'help posted' };
    case 'cancel':
      return cancelRun(world, manifest, request, warn);
    case 'unreadable':
      return finishRejected(world, request, manifest);
  }

  if ('onlyIfLastRejected' in request && request.issue) {
    const last = await lastStatus(world.api, request.issue);
    if (last && last.status !== 'rejected') {
      const reason = 'the issue was edited, but its last request already ran: comment `/run` to run it again';
      core.info(`Nothing to do: ${reason}.`);
      core.setOutput('status', 'ignored');
      return { status: 'ignored', message: reason };
    }
  }
  return runRequest(world, manifest, request, workspace, log, warn);
}

async function runRequest(
  world: World,
  manifest: Manifest,
  request: RunRequest,
  workspace: string,
  log: ActionsLog,
  warn: (m: string) => void,
): Promise<Outcome> {
  const { inputs, masker } = world;
  const mask = masker.mask.bind(masker);
  const issueReporter = request.issue
    ? new IssueReporter(world.api, request.issue, mask, warn, {
        commentId: request.commentId,
        statusLabels: manifest.statusLabels,
      })
    : undefined;
  const reporter: Reporter = {
    update: async (report) => {
      await issueReporter?.update(report);
    },
  };
  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir();
  const tempDir = path.join(runnerTemp, 'script-dispatcher', world.jobId);
  const environment: RunEnvironment = {
    jobId: world.jobId,
    workspace,
    tempDir,
    baseEnv: process.env,
    secrets: [inputs.token, inputs.contentToken].filter(Boolean),
    run: world.run,
  };
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  const report = await runPipeline(request, {
    manifest,
    environment,
    api: world.api,
    reporter,
    artifacts: new ActionsArtifactStore(world.run.url),
    log,
    masker,
    signal: controller.signal,
    checkout: (job) => checkoutForAction(job, { token: inputs.contentToken, serverUrl: world.serverUrl }),
    publishChanges: (job, checkout, report) =>
      publishForAction(job, checkout, report, {
        api: world.api,
        token: inputs.contentToken,
        serverUrl: world.serverUrl,
        issueUrl: request.issue
          ? `${world.serverUrl}/${world.repository}/issues/${request.issue}`
          : undefined,
        runUrl: world.run.url,
        dryRun: request.dryRun,
      }),
    download: (url) =>
      downloadAttachment(url, {
        token: inputs.token,
        serverUrl: world.serverUrl,
        maxBytes: manifest.maxDownloadBytes,
      }),
    downloadPolicy: { serverUrl: world.serverUrl, repository: world.repository },
    onAccepted: async () => {
      await issueReporter?.accept();
    },
  });
  process.removeListener('SIGINT', abort);
  process.removeListener('SIGTERM', abort);
  await writeReport(report, mask, issueReporter?.commentUrl);
  return { status: report.status ?? 'failed', message: mask(failureMessage(report)) };
}

function failureMessage(report: RunReport): string {
  const what = report.script ? `\`${report.script}\`` : 'The request';
  const problems = report.problems?.length ? `\n${formatProblems(report.problems)}` : '';
  switch (report.status) {
    case 'rejected':
      return `${what} was rejected: ${report.reason ?? 'see the status comment'}${problems}`;
    case 'timed-out':
      return `${what} ${report.reason ?? 'timed out'}`;
    case 'cancelled':
      return `${what} was cancelled.`;
    default:
      return `${what} failed: ${report.reason ?? 'see the log'}`;
  }
}

/** The job summary and the step outputs. */
async function writeReport(
  report: RunReport,
  mask: (t: string) => string,
  commentUrl?: string,
): Promise<void> {
  core.setOutput('status', report.status ?? 'failed');
  core.setOutput('script', report.script ?? '');
  core.setOutput('target', report.target ?? '');
  core.setOutput('exit-code', report.exitCode ?? '');
  core.setOutput('artifact-id', report.artifact?.id ?? '');
  core.setOutput('artifact-url', report.artifact?.url ?? '');
  core.setOutput('pull-request-urls', JSON.stringify((report.pullRequests ?? []).map((p) => p.url)));
  core.setOutput('comment-url', commentUrl ?? '');
  core.setOutput('result', report.result === undefined ? '' : mask(JSON.stringify(report.result)));
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await fs.appendFile(process.env.GITHUB_STEP_SUMMARY, `${renderSummary(report, mask)}\n`);
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }
}

function baseReport(world: World, requester: string, issue?: number): RunReport {
  return {
    job: world.jobId,
    phase: 'done',
    args: {},
    requester,
    issue,
    dryRun: world.inputs.dryRun,
    run: world.run,
    startedAt: new Date().toISOString(),
    durations: {},
  };
}

/** A request that could not be read: one status comment listing every problem. */
async function finishRejected(
  world: World,
  request: Extract<Request, { kind: 'unreadable' }>,
  manifest: Manifest,
): Promise<Outcome> {
  const mask = world.masker.mask.bind(world.masker);
  const report: RunReport = {
    ...baseReport(world, request.requester, request.issue),
    status: 'rejected',
    script: request.script,
    scriptTitle: request.script ? manifest.scripts[request.script]?.title : undefined,
    reason: 'The request could not be read.',
    problems: request.problems,
  };
  const commentUrl = await postFinal(world, report, request.commentId);
  await writeReport(report, mask, commentUrl);
  return { status: 'rejected', message: mask(failureMessage(report)) };
}

/** Posts a final report as the status comment of the issue (and the reaction), when there is an issue. */
async function postFinal(world: World, report: RunReport, commentId?: number): Promise<string | undefined> {
  if (!report.issue) return undefined;
  const reporter = new IssueReporter(
    world.api,
    report.issue,
    world.masker.mask.bind(world.masker),
    (m) => core.warning(world.masker.mask(m)),
    { commentId, statusLabels: false },
  );
  await reporter.update(report);
  return reporter.commentUrl;
}

async function reportBrokenManifest(world: World, ctx: EventContext, error: unknown): Promise<Outcome> {
  const message = error instanceof UserError ? error.message : errorMessage(error);
  const problems = error instanceof ManifestError ? error.problems : [];
  let issue = world.inputs.issueNumber;
  let commentId: number | undefined;
  const issuePayload = ctx.payload.issue as
    { number?: number; body?: string; user?: { login?: string } } | undefined;
  const commentPayload = ctx.payload.comment as
    { id?: number; body?: string; user?: { login?: string } } | undefined;
  let requester = ctx.actor;
  // Only answer events that look like requests: a form, or a comment with a command.
  if (ctx.eventName === 'issues' && issuePayload?.body?.includes('### Script')) {
    issue = issuePayload.number;
    requester = issuePayload.user?.login ?? requester;
  } else if (ctx.eventName === 'issue_comment' && commentPayload && parseCommand(commentPayload.body ?? '')) {
    issue = issuePayload?.number;
    commentId = commentPayload.id;
    requester = commentPayload.user?.login ?? requester;
  } else if (ctx.eventName === 'issues' || ctx.eventName === 'issue_comment') {
    core.info('Nothing to do: the event is not a request (and the manifest could not be read).');
    core.warning(message);
    core.setOutput('status', 'ignored');
    return { status: 'ignored', message };
  }
  const report: RunReport = {
    ...baseReport(world, requester, issue),
    status: 'rejected',
    reason: `The manifest \`${world.inputs.manifest}\` is broken, so no script can run until a maintainer fixes it.`,
    problems: problems.map((p) => ({
      message: `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`,
      fix: p.fix,
    })),
  };
  if (problems.length === 0) report.problems = [{ message }];
  const commentUrl = await postFinal(world, report, commentId);
  await writeReport(report, world.masker.mask.bind(world.masker), commentUrl);
  return { status: 'rejected', message };
}

/** Posts a reply comment (help, cancel) once, even when the create is retried. */
async function replyOnce(
  world: World,
  issue: number,
  body: string,
  warn: (m: string) => void,
): Promise<void> {
  const marker = `<!-- script-dispatcher:reply job=${world.jobId} -->`;
  try {
    await world.api.createComment(issue, `${marker}\n${body}`, marker);
  } catch (error) {
    warn(`Could not comment on issue #${issue}: ${errorMessage(error)}`);
  }
}

/**
 * The status comments of an issue, read back from their hidden state, oldest first. Only comments written
 * by an app (the action's token) count: anyone may post a comment that imitates one.
 */
async function statusComments(api: GitHubApi, issue: number) {
  const comments = await api.listComments(issue);
  return comments
    .filter((c) => c.user.endsWith('[bot]'))
    .map((c) => ({ comment: c, state: parseStatusComment(c.body) }))
    .filter((c): c is { comment: IssueComment; state: StatusCommentState } => c.state !== undefined);
}

async function lastStatus(api: GitHubApi, issue: number): Promise<StatusCommentState | undefined> {
  return (await statusComments(api, issue)).pop()?.state;
}

async function cancelRun(
  world: World,
  manifest: Manifest,
  request: Extract<Request, { kind: 'cancel' }>,
  warn: (m: string) => void,
): Promise<Outcome> {
  const mask = world.masker.mask.bind(world.masker);
  const running = (await statusComments(world.api, request.issue))
    .filter((c) => c.state.phase !== 'done' && c.state.runId && c.state.runId !== world.run.id)
    .pop();
  if (!running?.state.runId) {
    await replyOnce(world, request.issue, renderCancelReply(undefined, mask), warn);
    core.setOutput('status', 'succeeded');
    return { status: 'succeeded', message: 'nothing to cancel' };
  }
  // Cancelling needs what running the script needs (at least triage when the script is gone).
  const script: Guarded = (running.state.script && manifest.scripts[running.state.script]) || {
    name: running.state.script ?? 'this run',
    permission: 'triage',
    allowUsers: [],
    allowTeams: [],
  };
  {
    const decision = await authorize(world.api, script, request.requester);
    if (!decision.allowed) {
      const report: RunReport = {
        ...baseReport(world, request.requester, request.issue),
        status: 'rejected',
        script: script.name,
        reason: decision.reason.replace('to run', 'to cancel'),
      };
      await world.api.addCommentReaction(request.commentId, 'confused').catch((e) => warn(errorMessage(e)));
      await replyOnce(world, request.issue, renderStatusComment(report, mask), warn);
      core.setOutput('status', 'rejected');
      return { status: 'rejected', message: report.reason ?? 'refused' };
    }
  }
  const runId = running.state.runId;
  const runUrl = `${world.serverUrl}/${world.repository}/actions/runs/${runId}`;
  try {
    await world.api.cancelWorkflowRun(runId);
  } catch (error) {
    const message = `Could not cancel run ${runId}: ${errorMessage(error)}`;
    await replyOnce(
      world,
      request.issue,
      renderCancelReply({ runId, url: runUrl }, mask, errorMessage(error)),
      warn,
    );
    core.setOutput('status', 'failed');
    return { status: 'failed', message };
  }
  await world.api.addCommentReaction(request.commentId, 'eyes').catch((e) => warn(errorMessage(e)));
  await replyOnce(world, request.issue, renderCancelReply({ runId, url: runUrl }, mask), warn);
  core.setOutput('status', 'succeeded');
  return { status: 'succeeded', message: `cancelled run ${runId}` };
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
