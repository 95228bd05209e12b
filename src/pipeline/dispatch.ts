import { authorize, type Guarded } from '../authorize/authorize';
import type { Manifest } from '../manifest/types';
import type { GitHubApi, IssueComment, Ports } from '../ports';
import { withFlowsAsScripts } from '../forms/flows';
import { renderHelpWithFlows } from '../report/flow-help';
import { renderCancelReply } from '../report/help';
import { failureMessage } from '../report/outcome';
import { parseStatusComment, renderStatusComment, type StatusCommentState } from '../report/status-comment';
import type { RunReport, RunStatus } from '../report/types';
import type {
  BrokenManifestRequest,
  CancelRequest,
  HelpRequest,
  Request,
  RunRequest,
  UnreadableRequest,
} from '../request/types';
import { errorMessage, withoutUrlCredentials } from '../shared/markdown';
import { accept } from './accept';
import { runFanOut, type FanOutOptions } from './fan-out';
import { flowNamed, runFlowJob } from './run-flow';
import { finishReport, runJob } from './run-job';
import { dispatchTriggers } from './triggers';

/** How a request ended: the step's status and message, and the report when there is one to show. */
export interface DispatchResult {
  status: RunStatus;
  /** One line for the log (and the `::error::` annotation when the status fails the step). */
  message: string;
  /** The final report (runs and rejections); the front door writes it as outputs and summary. */
  report?: RunReport;
  /** The status comment, when one was written. */
  commentUrl?: string;
  /** `fan-out: plan`: the legs as the `matrix` output ('' when there are none). */
  matrix?: string;
  /** More for the job summary, before the report's (triggers: the routing, the earlier runs). */
  summary?: string;
}

/**
 * Every branch a request can take: run (accepted or rejected), an edited issue, help, cancel, a request that
 * cannot be read, one that came while the manifest is broken, and events that are no request. Never throws
 * for anything a requester can cause.
 */
export async function dispatch(
  request: Request,
  manifest: Manifest | undefined,
  ports: Ports,
  fanOut?: FanOutOptions,
): Promise<DispatchResult> {
  if (fanOut && manifest && (request.kind === 'run' || (request.kind === 'edited' && fanOut.mode !== 'plan')))
    return runFanOut(
      request.kind === 'run' ? request : request.run,
      withFlowsAsScripts(manifest),
      ports,
      fanOut,
    );
  if (fanOut && fanOut.mode !== 'plan')
    return { status: 'ignored', message: `not a request to run (the \`${fanOut.mode}\` job does nothing)` };
  switch (request.kind) {
    case 'ignored':
      if (request.warning) ports.log.warning(ports.masker.mask(request.warning));
      return { status: 'ignored', message: request.reason };
    case 'broken-manifest':
    case 'unreadable':
      return answerRejected(request, manifest, ports);
    case 'help':
      return help(request, manifest, ports);
    case 'cancel':
      return cancel(request, manifest, ports);
    case 'edited': {
      const last =
        ports.api && request.run.issue ? await lastStatus(ports.api, request.run.issue) : undefined;
      if (last && last.status !== 'rejected') {
        const reason =
          'the issue was edited, but its last request already ran: comment `/run` to run it again';
        return { status: 'ignored', message: reason };
      }
      return fanOut && manifest
        ? runFanOut(request.run, withFlowsAsScripts(manifest), ports, fanOut)
        : run(request.run, manifest, ports);
    }
    case 'run':
      return run(request, manifest, ports);
    case 'triggered':
      return dispatchTriggers(request, manifest, ports, run);
  }
}

async function run(
  request: RunRequest,
  manifest: Manifest | undefined,
  ports: Ports,
): Promise<DispatchResult> {
  if (!manifest) throw new Error('a run needs the manifest');
  const started = Date.now();
  const reporter = ports.reporter({
    issue: request.issue,
    commentId: request.commentId,
    statusLabels: manifest.statusLabels,
    progressIntervalSeconds: manifest.progressIntervalSeconds,
  });
  // A flow is accepted as a script made of it (its args, targets, permission, artifact, branch).
  const acceptance = await accept(request, withFlowsAsScripts(manifest), ports);
  let report: RunReport;
  if (acceptance.kind === 'rejection') {
    report = baseReport(request.requester, request.issue, request.dryRun, ports, started);
    // As the request gave them, but never a password of a link.
    report.args = withoutUrlCredentials(request.args);
    report.script = acceptance.script?.name;
    report.scriptTitle = acceptance.script?.title;
    report.mode = acceptance.script?.mode;
    report.target = acceptance.target?.key;
    report.targetTitle = acceptance.target?.title;
    report.reason = acceptance.reason;
    report.problems = acceptance.problems;
    report.fixCommand = acceptance.fixCommand;
    report = await finishReport(report, acceptance.status, started, reporter);
  } else {
    await reporter.accept();
    const flow = flowNamed(manifest, acceptance.job.script.name);
    report = flow
      ? await runFlowJob(flow, acceptance.job, manifest, { ...ports, reporter }, { startedAt: started })
      : await runJob(acceptance.job, { ...ports, reporter }, { startedAt: started });
  }
  return outcome(report, ports, reporter.url);
}

function outcome(report: RunReport, ports: Ports, commentUrl?: string): DispatchResult {
  const status = report.status ?? 'failed';
  const message = status === 'succeeded' ? 'succeeded' : ports.masker.mask(failureMessage(report));
  return { status, message, report, commentUrl };
}

function baseReport(
  requester: string,
  issue: number | undefined,
  dryRun: boolean,
  ports: Ports,
  started = Date.now(),
): RunReport {
  return {
    job: ports.environment.jobId,
    phase: 'queued',
    args: {},
    requester,
    issue,
    dryRun,
    run: ports.environment.run,
    startedAt: new Date(started).toISOString(),
    durations: {},
  };
}

/** A request that could not be read, or came while the manifest is broken: one comment listing every problem. */
async function answerRejected(
  request: UnreadableRequest | BrokenManifestRequest,
  manifest: Manifest | undefined,
  ports: Ports,
): Promise<DispatchResult> {
  const report = baseReport(request.requester, request.issue, false, ports);
  report.phase = 'done';
  report.status = 'rejected';
  report.problems = request.problems;
  if (request.kind === 'unreadable') {
    report.script = request.script;
    report.scriptTitle =
      request.script && manifest ? ownScript(withFlowsAsScripts(manifest), request.script)?.title : undefined;
    report.reason = 'The request could not be read.';
  } else {
    report.reason = request.reason;
  }
  const reporter = ports.reporter({
    issue: request.issue,
    commentId: request.commentId,
    statusLabels: false,
  });
  await reporter.update(report);
  const message = request.kind === 'unreadable' ? ports.masker.mask(failureMessage(report)) : request.message;
  return { status: 'rejected', message, report, commentUrl: reporter.url };
}

function ownScript(manifest: Manifest, name: string) {
  return Object.prototype.hasOwnProperty.call(manifest.scripts, name) ? manifest.scripts[name] : undefined;
}

async function help(
  request: HelpRequest,
  manifest: Manifest | undefined,
  ports: Ports,
): Promise<DispatchResult> {
  if (!manifest) throw new Error('help needs the manifest');
  const mask = ports.masker.mask.bind(ports.masker);
  await reply(ports, request.issue, renderHelpWithFlows(manifest, request.script, mask));
  await react(ports, request.commentId, 'eyes');
  return { status: 'succeeded', message: 'help posted' };
}

/** Posts a reply comment (help, cancel) once, even when the create is retried. */
async function reply(ports: Ports, issue: number, body: string): Promise<void> {
  if (!ports.api) return;
  const marker = `<!-- script-dispatcher:reply job=${ports.environment.jobId} -->`;
  try {
    await ports.api.createComment(issue, `${marker}\n${body}`, marker);
  } catch (error) {
    ports.log.warning(ports.masker.mask(`Could not comment on issue #${issue}: ${errorMessage(error)}`));
  }
}

async function react(ports: Ports, commentId: number, content: 'eyes' | 'confused'): Promise<void> {
  await ports.api
    ?.addCommentReaction(commentId, content)
    .catch((error: unknown) => ports.log.warning(ports.masker.mask(errorMessage(error))));
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

/** `/cancel`: cancels the issue's run in progress (found from its status comment), if the requester may. */
async function cancel(
  request: CancelRequest,
  manifest: Manifest | undefined,
  ports: Ports,
): Promise<DispatchResult> {
  const { api, environment } = ports;
  if (!api || !manifest) throw new Error('cancel needs the GitHub API and the manifest');
  const mask = ports.masker.mask.bind(ports.masker);
  const running = (await statusComments(api, request.issue))
    .filter((c) => c.state.phase !== 'done' && c.state.runId && c.state.runId !== environment.run?.id)
    .pop();
  if (!running?.state.runId) {
    await reply(ports, request.issue, renderCancelReply(undefined, mask));
    return { status: 'succeeded', message: 'nothing to cancel' };
  }
  // Cancelling needs what running the script needs (at least triage when the script is gone).
  const script: Guarded = (running.state.script &&
    ownScript(withFlowsAsScripts(manifest), running.state.script)) || {
    name: running.state.script ?? 'this run',
    permission: 'triage',
    allowUsers: [],
    allowTeams: [],
  };
  const decision = await authorize(api, script, request.requester);
  if (!decision.allowed) {
    const report = baseReport(request.requester, request.issue, false, ports);
    report.phase = 'done';
    report.status = 'rejected';
    report.script = script.name;
    report.reason = decision.reason.replace('to run', 'to cancel');
    await react(ports, request.commentId, 'confused');
    await reply(ports, request.issue, renderStatusComment(report, mask));
    return { status: 'rejected', message: report.reason ?? 'refused' };
  }
  const runId = running.state.runId;
  const runUrl = `${environment.serverUrl}/${environment.repository}/actions/runs/${runId}`;
  try {
    await api.cancelWorkflowRun(runId);
  } catch (error) {
    await reply(ports, request.issue, renderCancelReply({ runId, url: runUrl }, mask, errorMessage(error)));
    return { status: 'failed', message: `Could not cancel run ${runId}: ${errorMessage(error)}` };
  }
  await react(ports, request.commentId, 'eyes');
  await reply(ports, request.issue, renderCancelReply({ runId, url: runUrl }, mask));
  return { status: 'succeeded', message: `cancelled run ${runId}` };
}
