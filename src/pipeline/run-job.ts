import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { execute } from '../execute/run';
import type { Execution } from '../execute/types';
import type { Job } from '../plan/job';
import type { Checkout, Ports, PublishResult, Reporter } from '../ports';
import { collectOutputs, missingExpected, type OutputFiles } from '../publish/outputs';
import type { RunReport, RunStatus } from '../report/types';
import { errorMessage } from '../shared/markdown';
import { actionableReason, missingReason, observe, type Observation } from './observe';
import { addNotebookReport } from './notebook-report';

/** The ports of one job: the request's own reporter instead of the factory. */
export type JobPorts = Omit<Ports, 'reporter'> & { reporter: Reporter };

const MAX_RESULT_BYTES = 1024 * 1024;

/** The report of a job that is about to start. */
export function jobReport(job: Job, ports: Pick<Ports, 'environment'>, startedAt = Date.now()): RunReport {
  return {
    job: job.id,
    phase: 'queued',
    script: job.script.name,
    scriptTitle: job.script.title,
    mode: job.script.mode,
    target: job.target?.key,
    targetTitle: job.target?.title,
    args: { ...job.args },
    requester: job.requester,
    issue: job.issue,
    dryRun: job.dryRun,
    run: ports.environment.run,
    startedAt: new Date(startedAt).toISOString(),
    durations: {},
  };
}

/**
 * Runs an accepted job: checks out its target, runs the script, uploads whatever it wrote (also when it
 * failed), publishes a write script's changes, and returns the final report. Never throws.
 */
export async function runJob(
  job: Job,
  ports: JobPorts,
  options: { startedAt?: number } = {},
): Promise<RunReport> {
  const started = options.startedAt ?? Date.now();
  const report = jobReport(job, ports, started);
  const { reporter } = ports;
  await reporter.update(report);
  const observation = await observe(job, ports, report, reporter);

  // Check out, run, upload, publish. From here on, outputs that exist are always uploaded.
  let execution: Execution | undefined;
  let failure: string | undefined;
  let checkout: Checkout | undefined;
  try {
    checkout = await checkOut(job, ports, report);
    report.phase = 'running';
    await reporter.update(report);
    await fs.mkdir(path.dirname(job.resultFile), { recursive: true });
    await fs.rm(job.resultFile, { force: true });
    observation.startLive();
    execution = await execute(
      {
        argv: job.argv,
        cwd: job.cwd,
        env: job.env,
        outputDir: job.outputDir,
        timeoutMs: job.timeoutMs,
        graceMs: job.graceMs,
        retries: job.retries,
        workflowCommands: job.script.workflowCommands,
      },
      observation.log,
      { signal: ports.signal, masker: ports.masker, progress: observation.progress },
    ).finally(() => observation.stopLive());
    observation.ran(execution);
    report.durations.run = execution.durationMs;
    report.exitCode = execution.exitCode;
    report.attempts = execution.attempts;
    report.logTail = execution.tail;
    if (execution.reason) report.reason = actionableReason(job, execution);
    await addNotebookReport(job, report, execution.status);
    report.result = await readResult(job.resultFile, ports);
  } catch (error) {
    failure = errorMessage(error);
  }

  // Upload whatever the script wrote, whatever happened to it.
  const uploaded = await uploadOutputs(job, ports, report, observation, (outputs) => {
    if (execution?.status === 'succeeded') {
      const missing = missingExpected(job.expect, outputs.relative);
      if (missing.length > 0) {
        failure = `the script succeeded, but ${missingReason(missing, outputs.relative)}`;
      }
    }
    return statusOf(execution, failure);
  });
  const uploadFailure = uploaded.failure;

  const succeeded = execution?.status === 'succeeded' && !failure && !uploadFailure;
  if (succeeded && job.write && checkout) failure = await publishChanges(job, checkout, ports, report);

  const problem = failure ?? uploadFailure;
  const status = statusOf(execution, problem);
  if (problem) {
    report.reason =
      report.reason && execution?.status !== 'succeeded' ? `${report.reason}; ${problem}` : problem;
  }
  return finishReport(report, status, started, reporter, (final) => observation.finalRecord(final));
}

/** The run's status: the script's, or failed when something after it went wrong. */
function statusOf(execution: Execution | undefined, problem: string | undefined): RunStatus {
  if (!problem) return execution?.status ?? 'failed';
  return execution && execution.status !== 'succeeded' ? execution.status : 'failed';
}

/**
 * Checks out the job's target, if it has one, into the report (phase, duration, commit). Throws with the
 * target's title when it cannot.
 */
export async function checkOut(job: Job, ports: JobPorts, report: RunReport): Promise<Checkout | undefined> {
  if (!job.target) return undefined;
  report.phase = 'checking-out';
  await ports.reporter.update(report);
  const t0 = Date.now();
  const checkout = await ports.content.checkout(job).catch((error: unknown) => {
    throw new Error(`${job.target?.title ?? 'the content'} could not be checked out: ${errorMessage(error)}`);
  });
  report.durations.checkout = Date.now() - t0;
  if (checkout.sha)
    report.checkout = { repository: job.target.repository, ref: checkout.ref, sha: checkout.sha };
  return checkout;
}

/**
 * Uploads the outputs of a job, with its record and log under `_dispatch/`, as one artifact; `statusNow`
 * looks at the outputs and says the status the record is written with. Never throws: a failed upload is
 * returned as `failure`.
 */
export async function uploadOutputs(
  job: Job,
  ports: JobPorts,
  report: RunReport,
  observation: Observation,
  statusNow: (outputs: OutputFiles) => RunStatus,
): Promise<{ failure?: string }> {
  report.phase = 'uploading';
  await ports.reporter.update(report);
  const started = Date.now();
  let failure: string | undefined;
  try {
    await observation.reserve();
    const outputs = await collectOutputs(job.outputDir);
    if (outputs.skipped.length) report.skippedOutputs = outputs.skipped;
    for (const skipped of outputs.skipped) ports.log.warning(`Not uploaded: ${skipped}`);
    const status = statusNow(outputs);
    report.artifact = { name: job.artifactName, files: outputs.files.length, bytes: outputs.bytes };
    const recordFiles = await observation.writeRecord(outputs, status);
    if (outputs.files.length + recordFiles.length > 0) {
      const uploaded = await ports.artifacts.upload(job.artifactName, outputs.root, [
        ...outputs.files,
        ...recordFiles,
      ]);
      report.artifact.id = uploaded.id;
      report.artifact.url = uploaded.url;
    }
  } catch (error) {
    failure = `the outputs could not be uploaded: ${errorMessage(error)}`;
  }
  report.durations.upload = Date.now() - started;
  return failure ? { failure } : {};
}

/** A write job's changes: one commit, pushed, and the pull request (the CLI: a local branch). */
export async function publishChanges(
  job: Job,
  checkout: Checkout,
  ports: JobPorts,
  report: RunReport,
): Promise<string | undefined> {
  report.phase = 'opening-pull-request';
  report.branch = job.write?.branch;
  await ports.reporter.update(report);
  const started = Date.now();
  let failure: string | undefined;
  try {
    recordPublished(
      report,
      await ports.content.publish(job, checkout, { artifactUrl: report.artifact?.url }),
    );
  } catch (error) {
    failure = `the changes could not be published: ${errorMessage(error)}`;
  }
  report.durations.publish = Date.now() - started;
  return failure;
}

function recordPublished(report: RunReport, published: PublishResult): void {
  if (published.changes) report.changes = published.changes;
  if (published.noChanges) report.noChanges = true;
  if (published.pullRequests) report.pullRequests = published.pullRequests;
  if (published.compareUrl) report.compareUrl = published.compareUrl;
  report.branch = published.branch; // only a branch that was really pushed or committed
}

/** Marks the report done with its status and total duration, and shows it one last time. */
export async function finishReport(
  report: RunReport,
  status: RunStatus,
  started: number,
  reporter: Reporter,
  record?: (report: RunReport) => RunReport['record'],
): Promise<RunReport> {
  report.phase = 'done';
  report.status = status;
  report.durations.total = Date.now() - started;
  if (record) report.record = record(report);
  await reporter.update(report);
  return report;
}

async function readResult(file: string, ports: Pick<Ports, 'log'>): Promise<unknown> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_RESULT_BYTES) {
      ports.log.warning(
        `DISPATCH_RESULT is larger than 1 MiB (${stat.size} bytes) and was left out of the report.`,
      );
      return undefined;
    }
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    ports.log.warning(
      `DISPATCH_RESULT does not hold valid JSON (${errorMessage(error)}); it was left out of the report.`,
    );
    return undefined;
  }
}
