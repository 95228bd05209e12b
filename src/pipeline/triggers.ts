/**
 * An event that names no script, routed through the manifest's `triggers`: every trigger that matches runs
 * as its own run (job id `<run id>-<attempt>-t<N>`, its own artifact, report and record), through the same
 * path as any request; no match is `ignored`, with a job summary saying why each trigger did not match.
 * A trigger with `open-issue-on-failure` keeps one issue about its failures.
 */
import { triggerTitle } from '../manifest/triggers';
import type { Manifest, Trigger } from '../manifest/types';
import type { Ports, Reporter } from '../ports';
import { renderNoMatchSummary, renderRoutingText } from '../report/routing';
import { renderSummary } from '../report/summary';
import {
  isTriggerIssue,
  triggerFailureComment,
  triggerIssueBody,
  triggerIssueMarker,
  triggerIssueTitle,
  triggerRecoveryComment,
  type TriggerRunInfo,
} from '../report/trigger-issue';
import { FAILING_STATUSES, type RunReport } from '../report/types';
import type { RunRequest, TriggeredRequest } from '../request/types';
import { fillTriggerArgs, needsChangedFiles, routeEvent, type TriggerMatch } from '../route/triggers';
import { errorMessage, withoutUrlCredentials } from '../shared/markdown';
import type { DispatchResult } from './dispatch';
import { finishReport } from './run-job';

/** Runs one request with the given ports: dispatch's own run path. */
export type RunOne = (request: RunRequest, manifest: Manifest, ports: Ports) => Promise<DispatchResult>;

/** Routes the event and runs each match in manifest order. Never throws for anything an event can cause. */
export async function dispatchTriggers(
  request: TriggeredRequest,
  manifest: Manifest | undefined,
  ports: Ports,
  runOne: RunOne,
): Promise<DispatchResult> {
  if (!manifest) throw new Error('triggers need the manifest');
  const mask = ports.masker.mask.bind(ports.masker);
  const { eventName, payload } = request;

  let changedFiles: string[] | undefined;
  /** Why the changed files of the push could not be computed (the warning, and the run's message). */
  let changedProblem: string | undefined;
  if (needsChangedFiles(manifest, eventName) && lookup(payload, 'deleted') !== true) {
    let cause: string | undefined;
    if (!ports.changedFiles) cause = 'there is no checkout to compute them in';
    else {
      const t0 = Date.now();
      try {
        changedFiles = await ports.changedFiles(payload);
        ports.log.info(`The push changed ${changedFiles.length} file(s) (${Date.now() - t0} ms).`);
      } catch (error) {
        cause = errorMessage(error);
      }
    }
    if (cause) {
      changedProblem = mask(`The changed files of the push could not be computed: ${cause}`);
      ports.log.warning(changedProblem);
    }
  }

  const routing = routeEvent(manifest, eventName, payload, changedFiles);
  for (const line of renderRoutingText(routing).trimEnd().split('\n')) ports.log.info(mask(line));

  if (routing.matches.length === 0) {
    const summary = renderNoMatchSummary(routing, mask);
    if (changedProblem) {
      return {
        status: 'failed',
        message: changedProblem,
        summary,
      };
    }
    return {
      status: 'ignored',
      message: `no trigger matched this ${eventName} event`,
      summary,
    };
  }

  const results: { match: TriggerMatch; result: DispatchResult }[] = [];
  for (const match of routing.matches) {
    const result = await runMatch(request, match, manifest, ports, runOne);
    results.push({ match, result });
    if (match.trigger.openIssueOnFailure && ports.api && result.report) {
      await keepTriggerIssue(match.trigger, result.report, eventName, ports).catch((error: unknown) =>
        ports.log.warning(
          mask(`Could not update the issue of ${triggerTitle(match.trigger)}: ${errorMessage(error)}`),
        ),
      );
    }
  }

  const last = results[results.length - 1].result;
  const earlier = results
    .slice(0, -1)
    .map(({ result }) => (result.report ? renderSummary(result.report, mask) : ''))
    .filter(Boolean);
  const failed = results.filter(({ result }) => FAILING_STATUSES.includes(result.status));
  const final: DispatchResult = { ...last, ...(earlier.length ? { summary: earlier.join('\n') } : {}) };
  if (failed.length > 0 && !FAILING_STATUSES.includes(last.status)) {
    final.status = failed[0].result.status;
  }
  if (failed.length > 0 && results.length > 1) {
    final.message = failed
      .map(({ match, result }) => `${triggerTitle(match.trigger)}: ${result.status} (${result.message})`)
      .join('; ');
  }
  return final;
}

/** One matching trigger, run as its own request with its own job id. */
async function runMatch(
  request: TriggeredRequest,
  match: TriggerMatch,
  manifest: Manifest,
  ports: Ports,
  runOne: RunOne,
): Promise<DispatchResult> {
  const { trigger } = match;
  const jobId = `${ports.environment.jobId}-t${match.index}`;
  const event = { name: request.eventName, trigger: triggerTitle(trigger) };
  const filled = fillTriggerArgs(trigger, request.payload, {
    job: jobId,
    script: trigger.run,
    requester: request.requester,
    issue: trigger.reportTo !== undefined ? String(trigger.reportTo) : '',
    ...(trigger.target !== undefined ? { target: trigger.target } : {}),
  });
  const own: Ports = {
    ...ports,
    environment: {
      ...ports.environment,
      jobId,
      tempDir: `${ports.environment.tempDir}-t${match.index}`,
      trigger: event.trigger,
    },
    reporter: (where) => withEvent(ports.reporter(where), event),
  };
  ports.log.info(`Running ${triggerTitle(trigger)} as job ${jobId}.`);
  const rejection = match.rejection ?? filled.rejection;
  if (rejection !== undefined) return rejectUnfilled(request, trigger, filled.args, rejection, manifest, own);
  const run: RunRequest = {
    kind: 'run',
    source: 'dispatch',
    script: trigger.run,
    target: trigger.target,
    args: filled.args,
    requester: request.requester,
    issue: trigger.reportTo,
    openPullRequest: true,
    dryRun: request.dryRun,
    event,
  };
  return runOne(run, manifest, own);
}

/** A reporter that names the event and trigger on every report it shows (the record reads it there). */
function withEvent(reporter: Reporter, event: NonNullable<RunReport['event']>): Reporter {
  return {
    accept: () => reporter.accept(),
    update: (report) => {
      report.event = event;
      return reporter.update(report);
    },
    get url() {
      return reporter.url;
    },
  };
}

/** A trigger whose arguments could not be filled from the event: rejected, nothing runs. */
async function rejectUnfilled(
  request: TriggeredRequest,
  trigger: Trigger,
  args: RunRequest['args'],
  rejection: string,
  manifest: Manifest,
  ports: Ports,
): Promise<DispatchResult> {
  const started = Date.now();
  const script = Object.prototype.hasOwnProperty.call(manifest.scripts, trigger.run)
    ? manifest.scripts[trigger.run]
    : undefined;
  const reporter = ports.reporter({ issue: trigger.reportTo, statusLabels: manifest.statusLabels });
  const report: RunReport = {
    job: ports.environment.jobId,
    phase: 'queued',
    script: trigger.run,
    scriptTitle: script?.title,
    mode: script?.mode,
    target: trigger.target,
    args: withoutUrlCredentials(args),
    requester: request.requester,
    issue: trigger.reportTo,
    dryRun: request.dryRun,
    run: ports.environment.run,
    startedAt: new Date(started).toISOString(),
    durations: {},
    reason: `The arguments of ${triggerTitle(trigger)} could not be filled from the event: ${rejection}`,
    problems: [
      {
        message: rejection,
        fix: "Name a text, number or yes/no value of the event in the trigger's `args` (`{event.PATH}`), or send it in the event.",
      },
    ],
  };
  const final = await finishReport(report, 'rejected', started, reporter);
  return {
    status: 'rejected',
    message: ports.masker.mask(final.reason ?? 'rejected'),
    report: final,
    commentUrl: reporter.url,
  };
}

/**
 * The issue of a trigger with `open-issue-on-failure`: a failure opens it (or comments on the open one), a
 * success after failures says so on it. Only issues opened by an app (the action's token) count.
 */
async function keepTriggerIssue(
  trigger: Trigger,
  report: RunReport,
  eventName: string,
  ports: Ports,
): Promise<void> {
  const api = ports.api;
  if (!api) return;
  const mask = ports.masker.mask.bind(ports.masker);
  const status = report.status ?? 'failed';
  const failed = FAILING_STATUSES.includes(status);
  const info: TriggerRunInfo = {
    job: report.job,
    status,
    runUrl: report.run?.url,
    eventName,
    reason: report.reason,
  };
  const open = (await api.listOpenIssues()).find(
    (issue) => issue.user.endsWith('[bot]') && isTriggerIssue(issue.body, trigger),
  );
  if (failed) {
    if (open) {
      await api.createComment(
        open.number,
        `${marker(report)}\n${triggerFailureComment(trigger, info, mask)}`,
        marker(report),
      );
      ports.log.info(`Added the failure to issue #${open.number}.`);
    } else {
      const issue = await api.createIssue(
        triggerIssueTitle(trigger),
        triggerIssueBody(trigger, info, mask),
        triggerIssueMarker(trigger),
      );
      ports.log.info(`Opened issue #${issue.number} about the failure: ${issue.htmlUrl}`);
    }
  } else if (open && status === 'succeeded') {
    await api.createComment(
      open.number,
      `${marker(report)}\n${triggerRecoveryComment(trigger, info)}`,
      marker(report),
    );
    ports.log.info(`Said on issue #${open.number} that ${triggerTitle(trigger)} succeeded again.`);
  }
}

/** Ties a comment to the run that wrote it, so a retried create never adds it twice. */
function marker(report: RunReport): string {
  return `<!-- script-dispatcher:trigger-run job=${report.job} -->`;
}

function lookup(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}
