import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { materializeArgs } from './args/materialize';
import { checkArgs } from './args/check';
import { authorize } from './authorize/authorize';
import { UserError, type Problem } from './errors';
import { execute } from './execute/run';
import type { Execution, LogSink } from './execute/types';
import type { GitHubApi } from './github/api';
import type { ArgSpec, Manifest, Script } from './manifest/types';
import type { Job } from './plan/job';
import { planJob, type PlanContext } from './plan/plan';
import { resolveScript, resolveTarget } from './plan/resolve';
import type { ArtifactStore } from './publish/artifact';
import { collectOutputs, missingExpected } from './publish/outputs';
import type { RunReport } from './report/types';
import { formatRunCommand } from './request/command';
import type { RawArgument, RunRequest } from './request/types';
import type { Masker } from './shared/mask';

/** Shows the report where the requester looks: the status comment, the summary, the terminal. */
export interface Reporter {
  /** Called whenever the run moves on; must not throw. */
  update(report: RunReport): Promise<void>;
}

/** A checked-out content repository. */
export interface Checkout {
  sha: string;
  /** The branch that was checked out (the base of pull requests). */
  ref: string;
}

/** Turns a write script's changes into a branch and a pull request (or a local branch, for the CLI). */
export type PublishChanges = (job: Job, checkout: Checkout, report: RunReport) => Promise<Partial<RunReport>>;

/** Everything about where this run happens that is not in the manifest or the request. */
export interface RunEnvironment extends Omit<
  PlanContext,
  'requester' | 'issue' | 'dryRun' | 'openPullRequest'
> {
  /** The workflow run, for links (and for /cancel). */
  run?: { id: string; url: string };
}

export interface PipelineDeps {
  manifest: Manifest;
  environment: RunEnvironment;
  /** Authorization is checked when there is an API (the action); the CLI runs as the local user. */
  api?: GitHubApi;
  reporter: Reporter;
  artifacts: ArtifactStore;
  log: LogSink;
  masker: Masker;
  signal?: AbortSignal;
  checkout: (job: Job) => Promise<Checkout>;
  publishChanges: PublishChanges;
  download: (url: string) => Promise<Buffer>;
  /** Host and repository attachment links must come from. */
  downloadPolicy: { serverUrl: string; repository: string };
  /** csv/file values written `@path` read a local file (the CLI only: never for requests from GitHub). */
  localFiles?: boolean;
  /** Called once the request is accepted (authorized, arguments valid), before anything runs. */
  onAccepted?: (report: RunReport) => Promise<void>;
}

const MAX_RESULT_BYTES = 1024 * 1024;

/** Runs one request through every stage and returns the final report. Never throws. */
export async function runPipeline(request: RunRequest, deps: PipelineDeps): Promise<RunReport> {
  const { environment, manifest } = deps;
  const started = Date.now();
  const report: RunReport = {
    job: environment.jobId,
    phase: 'queued',
    args: { ...request.args },
    requester: request.requester,
    issue: request.issue,
    dryRun: request.dryRun,
    run: environment.run,
    startedAt: new Date(started).toISOString(),
    durations: {},
  };
  const finish = async (status: RunReport['status']): Promise<RunReport> => {
    report.phase = 'done';
    report.status = status;
    report.durations.total = Date.now() - started;
    await deps.reporter.update(report);
    return report;
  };

  // Accept: the script exists, the requester may run it, the arguments are right.
  let script: Script;
  let job: Job;
  try {
    script = resolveScript(manifest, request.script);
    report.script = script.name;
    report.scriptTitle = script.title;
    report.mode = script.mode;
    const target = resolveTarget(manifest, script, request.target);
    report.target = target?.key;
    report.targetTitle = target?.title;
    if (deps.api) {
      const decision = await authorize(deps.api, script, request.requester);
      if (!decision.allowed) {
        report.reason = decision.reason;
        return await finish('rejected');
      }
    }
    const checked = checkArgs(script.args, request.args, { localFiles: deps.localFiles });
    if (checked.problems.length > 0) throw rejection(script, request.args, checked.problems);
    const tempDir = environment.tempDir;
    const materialized = await materializeArgs(script.args, checked.values, {
      dir: path.join(tempDir, 'inputs'),
      download: deps.download,
      maxBytes: manifest.maxDownloadBytes,
      policy: { ...deps.downloadPolicy, allowedHosts: manifest.allowedDownloadHosts },
    });
    if (materialized.problems.length > 0) throw rejection(script, request.args, materialized.problems);
    report.args = { ...materialized.values };
    job = planJob(script, target, materialized.values, {
      ...environment,
      requester: request.requester,
      issue: request.issue,
      dryRun: request.dryRun,
      openPullRequest: request.openPullRequest,
      given: new Set(
        Object.entries(request.args)
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([k]) => k),
      ),
    });
  } catch (error) {
    if (error instanceof UserError) {
      report.reason = error.message;
      report.problems = error.problems;
      report.fixCommand = (error as RejectionError).fixCommand;
      return finish('rejected');
    }
    report.reason = `The request could not be checked: ${errorMessage(error)}`;
    return finish('failed');
  }
  await deps.onAccepted?.(report);
  await deps.reporter.update(report);

  // Check out, run, upload, publish. From here on, outputs that exist are always uploaded.
  let execution: Execution | undefined;
  let failure: string | undefined;
  let checkout: Checkout | undefined;
  try {
    if (job.target) {
      report.phase = 'checking-out';
      await deps.reporter.update(report);
      const t0 = Date.now();
      checkout = await deps.checkout(job).catch((error: unknown) => {
        throw new Error(
          `${job.target?.title ?? 'the content'} could not be checked out: ${errorMessage(error)}`,
        );
      });
      report.durations.checkout = Date.now() - t0;
      if (checkout.sha)
        report.checkout = { repository: job.target.repository, ref: checkout.ref, sha: checkout.sha };
    }
    report.phase = 'running';
    await deps.reporter.update(report);
    await fs.mkdir(path.dirname(job.resultFile), { recursive: true });
    await fs.rm(job.resultFile, { force: true });
    execution = await execute(
      {
        argv: job.argv,
        cwd: job.cwd,
        env: job.env,
        outputDir: job.outputDir,
        timeoutMs: job.timeoutMs,
        graceMs: job.graceMs,
        retries: job.retries,
      },
      deps.log,
      { signal: deps.signal, masker: deps.masker },
    );
    report.durations.run = execution.durationMs;
    report.exitCode = execution.exitCode;
    report.attempts = execution.attempts;
    report.logTail = execution.tail;
    if (execution.reason) report.reason = execution.reason;
    report.result = await readResult(job.resultFile, deps.log);
  } catch (error) {
    failure = errorMessage(error);
  }

  // Upload whatever the script wrote, whatever happened to it.
  report.phase = 'uploading';
  await deps.reporter.update(report);
  const t1 = Date.now();
  let uploadFailure: string | undefined;
  try {
    const outputs = await collectOutputs(job.outputDir);
    if (outputs.skipped.length) report.skippedOutputs = outputs.skipped;
    if (execution?.status === 'succeeded') {
      const missing = missingExpected(job.expect, outputs.relative);
      if (missing.length > 0) {
        failure = `the script succeeded but did not write the expected output${missing.length > 1 ? 's' : ''} ${missing
          .map((m) => `\`${m}\``)
          .join(', ')} (see \`outputs.expect\` in the manifest)`;
      }
    }
    report.artifact = { name: job.artifactName, files: outputs.files.length, bytes: outputs.bytes };
    if (outputs.files.length > 0) {
      const uploaded = await deps.artifacts.upload(job.artifactName, outputs.root, outputs.files);
      report.artifact.id = uploaded.id;
      report.artifact.url = uploaded.url;
    }
  } catch (error) {
    uploadFailure = `the outputs could not be uploaded: ${errorMessage(error)}`;
  }
  report.durations.upload = Date.now() - t1;

  const succeeded = execution?.status === 'succeeded' && !failure && !uploadFailure;
  if (succeeded && job.write && checkout) {
    report.phase = 'opening-pull-request';
    report.branch = job.write.branch;
    await deps.reporter.update(report);
    const t2 = Date.now();
    try {
      Object.assign(report, await deps.publishChanges(job, checkout, report));
    } catch (error) {
      failure = `the changes could not be published: ${errorMessage(error)}`;
    }
    report.durations.publish = Date.now() - t2;
  }

  const problem = failure ?? uploadFailure;
  if (problem) {
    report.reason =
      report.reason && execution?.status !== 'succeeded' ? `${report.reason}; ${problem}` : problem;
    return finish(execution && execution.status !== 'succeeded' ? execution.status : 'failed');
  }
  return finish(execution?.status ?? 'failed');
}

/** A rejected request, with a ready-to-copy `/run` line that keeps what was right. */
class RejectionError extends UserError {
  constructor(
    summary: string,
    problems: Problem[],
    readonly fixCommand?: string,
  ) {
    super(summary, problems);
  }
}

function rejection(script: Script, raw: Record<string, RawArgument>, problems: Problem[]): RejectionError {
  const count = problems.length;
  const summary = `The arguments of \`${script.name}\` have ${count} problem${count === 1 ? '' : 's'}.`;
  return new RejectionError(summary, problems, fixLine(script.name, script.args, raw, problems));
}

/** `/run script name=value ...` with the values that were right and a hint for the ones that were not. */
function fixLine(
  script: string,
  specs: ArgSpec[],
  raw: Record<string, RawArgument>,
  problems: Problem[],
): string {
  const wrong = new Set(problems.map((p) => p.field).filter(Boolean));
  const values: Record<string, string> = {};
  for (const spec of specs) {
    const given = raw[spec.name];
    const ok = given !== undefined && given !== null && given !== '' && !wrong.has(spec.name);
    if (ok) {
      if (spec.type !== 'csv' && spec.type !== 'file' && spec.type !== 'textarea')
        values[spec.name] = String(given);
    } else if (wrong.has(spec.name) || (spec.required && spec.default === undefined)) {
      values[spec.name] = spec.example ?? hint(spec);
    }
  }
  return formatRunCommand(script, values);
}

function hint(spec: ArgSpec): string {
  switch (spec.type) {
    case 'choice':
      return spec.options?.[0] ?? '';
    case 'boolean':
      return 'true';
    case 'number':
      return String(spec.min ?? 1);
    default:
      return `<${spec.title}>`;
  }
}

async function readResult(file: string, log: LogSink): Promise<unknown> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_RESULT_BYTES) {
      log.warning(
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
    log.warning(
      `DISPATCH_RESULT does not hold valid JSON (${errorMessage(error)}); it was left out of the report.`,
    );
    return undefined;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
