/**
 * A flow request, accepted: its target checked out once, its steps run as a graph (`runFlowSteps`), each
 * step a Job of its own script run like `runJob` runs one (own output folder `<artifact>/<step>/`, the
 * script's timeout and retries, `DISPATCH_STEP`/`DISPATCH_STEPS`), one artifact `<flow>-<job>`, and, when
 * every step succeeded, one commit and pull request for all the changes of a write flow.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { execute } from '../execute/run';
import { runFlowSteps, type FlowStepCall, type FlowStepOutcome, type FlowStepReport } from '../flow/run';
import type { FlowEvent } from '../flow/schedule';
import type { Flow, FlowStep, Manifest } from '../manifest/types';
import type { Job } from '../plan/job';
import { planJob } from '../plan/plan';
import type { Checkout, LogSink } from '../ports';
import { collectOutputs, missingExpected } from '../publish/outputs';
import type { ReportStep, RunReport, RunStatus } from '../report/types';
import { errorMessage } from '../shared/markdown';
import { observe } from './observe';
import { checkOut, finishReport, jobReport, publishChanges, uploadOutputs, type JobPorts } from './run-job';

/** The flow a request's (resolved) script name is, if it is one. */
export function flowNamed(manifest: Manifest, name: string | undefined): Flow | undefined {
  const flows = manifest.flows ?? {};
  return name !== undefined && Object.hasOwn(flows, name) ? flows[name] : undefined;
}

/** Most of a step's output kept in memory while other steps run, before it is cut. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Runs `job` (accepted against the flow's script view: its arguments, target, permission, artifact name and
 * write branch are the flow's) as the steps of `flow`. Never throws.
 */
export async function runFlowJob(
  flow: Flow,
  job: Job,
  manifest: Manifest,
  ports: JobPorts,
  options: { startedAt?: number } = {},
): Promise<RunReport> {
  const started = options.startedAt ?? Date.now();
  const report = jobReport(job, ports, started);
  const { reporter } = ports;
  const rows = new Map<string, ReportStep>();
  report.steps = flow.steps.map((step) => {
    const row: ReportStep = {
      name: step.name,
      script: step.script,
      status: 'pending',
      needs: [...step.needs],
    };
    rows.set(step.name, row);
    return row;
  });
  // The whole log of every step, and the flow's record (with its `steps`), like a job's.
  const observation = await observe(job, ports, report, reporter);
  const stepPorts: JobPorts = { ...ports, log: observation.log };
  await reporter.update(report);

  let failure: string | undefined;
  let checkout: Checkout | undefined;
  let result: { status: 'succeeded' | 'failed' | 'cancelled'; steps: FlowStepReport[] } | undefined;
  try {
    checkout = await checkOut(job, ports, report);
    report.phase = 'running';
    report.progress = { done: 0, total: flow.steps.length, message: 'steps' };
    await reporter.update(report);
    await fs.mkdir(job.outputDir, { recursive: true });
    const t1 = Date.now();
    let finished = 0;
    const onEvent = (event: FlowEvent<FlowStep, FlowStepOutcome>) => {
      const row = rows.get(event.record.name);
      if (!row) return;
      if (event.kind === 'started') {
        row.status = 'running';
        if (event.record.startedAt !== undefined)
          row['started-at'] = new Date(event.record.startedAt).toISOString();
      } else {
        finished += 1;
        row.status = event.record.status;
        if (event.record.finishedAt !== undefined)
          row['finished-at'] = new Date(event.record.finishedAt).toISOString();
        ports.log.info(`step ${finished}/${flow.steps.length}: ${event.record.name} ${event.record.status}`);
      }
      const running = [...rows.values()].filter((r) => r.status === 'running').map((r) => r.name);
      report.progress = {
        done: finished,
        total: flow.steps.length,
        message: running.length ? `running ${running.join(', ')}` : 'steps',
      };
      void reporter.update(report);
    };
    result = await runFlowSteps({
      manifest,
      flow,
      args: job.args,
      ...(job.target ? { target: { key: job.target.key, commit: checkout?.sha ?? '' } } : {}),
      job: job.id,
      workspace: ports.environment.workspace,
      outputDir: async (step) => {
        const dir = path.join(job.outputDir, step.name);
        await fs.rm(dir, { recursive: true, force: true });
        await fs.mkdir(dir, { recursive: true });
        return dir;
      },
      argsDir: (step) => path.join(ports.environment.tempDir, 'steps', step.name, 'inputs'),
      runStep: (call) => runStep(call, job, stepPorts),
      ...(ports.cache ? { cache: ports.cache } : {}),
      ...(ports.signal ? { signal: ports.signal } : {}),
      onEvent,
      warn: (message) => ports.log.warning(ports.masker.mask(message)),
    });
    report.durations.run = Date.now() - t1;
    for (const step of result.steps)
      rows.set(step.name, Object.assign(rows.get(step.name) ?? {}, reportStep(step)));
    report.steps = flow.steps.map((s) => rows.get(s.name) as ReportStep);
    report.progress = { done: flow.steps.length, total: flow.steps.length, message: 'steps' };
    const reason = stepsReason(result.steps);
    if (reason) report.reason = reason;
  } catch (error) {
    failure = errorMessage(error);
  }

  // One artifact with a folder per step, whatever happened.
  const uploadFailure = (
    await uploadOutputs(job, ports, report, observation, () =>
      failure ? 'failed' : (result?.status ?? 'failed'),
    )
  ).failure;

  // All the changes of the flow: one commit and one pull request, only when every step succeeded.
  const succeeded = result?.status === 'succeeded' && !failure && !uploadFailure;
  if (succeeded && job.write && checkout) failure = await publishChanges(job, checkout, ports, report);

  const problem = failure ?? uploadFailure;
  let status: RunStatus = result?.status ?? 'failed';
  if (problem) {
    report.reason = report.reason ? `${report.reason}; ${problem}` : problem;
    if (status === 'succeeded') status = 'failed';
  }
  return finishReport(report, status, started, reporter, (final) => observation.finalRecord(final));
}

/** Why a flow did not succeed: each step that failed, timed out or was cancelled, then the skipped ones. */
function stepsReason(steps: readonly FlowStepReport[]): string | undefined {
  const bad = steps.filter((s) => s.status !== 'succeeded' && s.status !== 'cached');
  if (bad.length === 0) return undefined;
  const reasons = bad
    .filter((s) => s.status !== 'skipped')
    .map((s) => `step \`${s.name}\` ${s.status}${s.reason ? `: ${s.reason}` : ''}`);
  const skipped = bad.filter((s) => s.status === 'skipped').map((s) => `\`${s.name}\``);
  if (skipped.length) reasons.push(`skipped: ${skipped.join(', ')}`);
  return reasons.join('; ');
}

/** One step as a Job of its own script: planned like a request's, run like `runJob` runs one. */
async function runStep(call: FlowStepCall, flowJob: Job, ports: JobPorts): Promise<FlowStepOutcome> {
  const { environment } = ports;
  const tempDir = path.join(environment.tempDir, 'steps', call.step.name);
  // A step's outputs are always its folder of the flow's artifact, never the script's own `outputs.path`.
  const script = { ...call.script, outputs: { ...call.script.outputs, path: undefined } };
  const stepJob = planJob(script, flowJob.target, call.args, {
    ...environment,
    jobId: flowJob.id,
    tempDir,
    defaultOutputDir: call.outputDir,
    requester: flowJob.requester,
    issue: flowJob.issue,
    dryRun: flowJob.dryRun,
    openPullRequest: false,
    ...(flowJob.target ? { targetPath: flowJob.target.absolutePath } : {}),
  });
  await fs.mkdir(tempDir, { recursive: true });
  await fs.rm(stepJob.resultFile, { force: true });
  const log = new StepLog(ports.log, call.step.name, call.position, call.total);
  const execution = await execute(
    {
      argv: stepJob.argv,
      cwd: stepJob.cwd,
      env: { ...stepJob.env, ...call.env },
      outputDir: call.outputDir,
      timeoutMs: stepJob.timeoutMs,
      graceMs: stepJob.graceMs,
      retries: stepJob.retries,
      workflowCommands: call.script.workflowCommands,
    },
    log,
    { signal: call.signal, masker: ports.masker },
  );
  log.flush();
  if (execution.status === 'succeeded') {
    const outputs = await collectOutputs(call.outputDir);
    const missing = missingExpected(script.outputs.expect, outputs.relative);
    if (missing.length > 0) {
      return {
        status: 'failed',
        exitCode: execution.exitCode,
        reason: `the script did not write the expected output${missing.length > 1 ? 's' : ''} ${missing
          .map((m) => `\`${m}\``)
          .join(', ')}`,
      };
    }
  }
  return {
    status: execution.status,
    exitCode: execution.exitCode,
    ...(execution.reason ? { reason: ports.masker.mask(execution.reason) } : {}),
  };
}

/**
 * A step's log: its output is kept until the step ends and then written as one group, so that steps running
 * at the same time do not interleave in the log. Lines of the dispatcher's own go through at once.
 */
class StepLog implements LogSink {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private cut = false;
  private groups: { title: string; options?: { workflowCommands?: boolean }; chunks: Buffer[] }[] = [];
  constructor(
    private readonly log: LogSink,
    private readonly step: string,
    private readonly position: number,
    private readonly total: number,
  ) {}
  group(title: string, options?: { workflowCommands?: boolean }): void {
    this.chunks = [];
    this.groups.push({
      title: `[step ${this.position}/${this.total} ${this.step}] ${title}`,
      ...(options ? { options } : {}),
      chunks: this.chunks,
    });
  }
  endGroup(): void {}
  write(chunk: Buffer): void {
    if (this.bytes + chunk.length > MAX_BUFFERED_BYTES) {
      if (!this.cut) this.chunks.push(Buffer.from('\n[… more output of this step was cut from the log]\n'));
      this.cut = true;
      return;
    }
    this.bytes += chunk.length;
    this.chunks.push(chunk);
  }
  info(line: string): void {
    this.log.info(`[${this.step}] ${line}`);
  }
  warning(line: string): void {
    this.log.warning(`[${this.step}] ${line}`);
  }
  flush(): void {
    for (const group of this.groups) {
      this.log.group(group.title, group.options);
      for (const chunk of group.chunks) void this.log.write(chunk);
      this.log.endGroup();
    }
    this.groups = [];
  }
}

/** A step of the run record (the fields `record.ts` writes), from the flow's report of it. */
function reportStep(step: FlowStepReport): ReportStep {
  const row: ReportStep = {
    name: step.name,
    script: step.script,
    status: step.status,
    needs: [...step.needs],
  };
  if (step['started-at']) row['started-at'] = step['started-at'];
  if (step['finished-at']) row['finished-at'] = step['finished-at'];
  if (step['exit-code'] !== undefined) row['exit-code'] = step['exit-code'];
  if (step['cache-key']) row['cache-key'] = step['cache-key'];
  if (step['cache-miss']) row['cache-miss'] = step['cache-miss'];
  const reason =
    step.reason ??
    (step['blocked-by']?.length
      ? `needs ${step['blocked-by'].map((n) => `\`${n}\``).join(', ')}, which did not succeed`
      : undefined);
  if (reason) row.reason = reason;
  return row;
}
