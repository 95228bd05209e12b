import * as path from 'node:path';
import { isInside } from '../shared/paths';
import { RequestError } from '../errors';
import type { ArgValue, Script, Target } from '../manifest/types';
import { fillPlaceholders } from '../manifest/placeholders';
import type { Job, ResolvedTarget } from './job';

/** Where a run happens and who it is for: everything the planner needs besides the manifest. */
export interface PlanContext {
  jobId: string;
  /** Absolute base of `working-directory` (GITHUB_WORKSPACE, or the CLI's current directory). */
  workspace: string;
  /** Absolute scratch directory of this job (inputs, result file, default output directory). */
  tempDir: string;
  /** Absolute output directory for scripts without `outputs.path` (default: <tempDir>/output). */
  defaultOutputDir?: string;
  /** The step's environment; what the script must not see is removed from it. */
  baseEnv: Record<string, string | undefined>;
  /** Token values: any variable holding one is removed from the script's environment. */
  secrets: string[];
  requester: string;
  issue?: number;
  dryRun: boolean;
  openPullRequest: boolean;
  /** Between SIGTERM and SIGKILL. */
  graceMs?: number;
  /**
   * Names of the arguments the request gave: only those become `--name=value` flags (defaults reach the
   * script through DISPATCH_ARGS and `{args.NAME}`). Undefined: every argument with a value.
   */
  given?: ReadonlySet<string>;
  /** An existing checkout of the target to use instead of `path` (the CLI's `--content KEY=PATH`). */
  targetPath?: string;
}

/** Between SIGTERM and SIGKILL: a tenth of the timeout, at least 1 s and at most 10 s. */
export function graceFor(timeoutMs: number): number {
  return Math.min(10_000, Math.max(1_000, Math.round(timeoutMs / 10)));
}

/** Variables of the step that never reach a script. */
export function isHiddenVariable(name: string): boolean {
  return (
    name.startsWith('INPUT_') ||
    name === 'ACTIONS_RUNTIME_TOKEN' ||
    name === 'ACTIONS_RESULTS_URL' ||
    name.startsWith('ACTIONS_ID_TOKEN_REQUEST_')
  );
}

/** The script's environment: the step's, minus what is hidden and every token, plus `env` and DISPATCH_*. */
export function scriptEnvironment(
  baseEnv: Record<string, string | undefined>,
  secrets: string[],
  scriptEnv: Record<string, string>,
  dispatch: Record<string, string>,
): Record<string, string> {
  const tokens = secrets.filter((s) => s.length > 0);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(baseEnv)) {
    if (value === undefined || isHiddenVariable(name)) continue;
    if (tokens.some((t) => value.includes(t))) continue;
    env[name] = value;
  }
  return { ...env, ...scriptEnv, ...dispatch };
}

/** `script-dispatcher/<script>/<issue-N or job>` */
export function branchName(script: string, issue: number | undefined, jobId: string): string {
  return `script-dispatcher/${script}/${issue ? `issue-${issue}` : jobId}`;
}

/** Placeholder values as single path segments: nothing a request gives can add `/` or `..` to a path. */
function pathSafe(values: Record<string, string>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    safe[name] = value.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+$/, (dots) => '_'.repeat(dots.length));
  }
  return safe;
}

function argText(value: ArgValue | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Turns a checked request into a fully resolved Job. Pure: no file is touched. */
export function planJob(
  script: Script,
  target: Target | undefined,
  args: Record<string, ArgValue>,
  ctx: PlanContext,
): Job {
  const cwd = path.resolve(ctx.workspace, script.workingDirectory);
  const resolvedTarget: ResolvedTarget | undefined = target
    ? { ...target, absolutePath: ctx.targetPath ?? path.resolve(cwd, target.path) }
    : undefined;

  const values: Record<string, string> = {
    job: ctx.jobId,
    script: script.name,
    target: target?.key ?? '',
    target_path: resolvedTarget?.absolutePath ?? '',
    issue: ctx.issue ? String(ctx.issue) : '',
    requester: ctx.requester,
  };
  for (const spec of script.args)
    values[`args.${spec.name}`] = argText(Object.hasOwn(args, spec.name) ? args[spec.name] : undefined);

  const outputDir = script.outputs.path
    ? path.resolve(cwd, fillPlaceholders(script.outputs.path, pathSafe(values)))
    : (ctx.defaultOutputDir ?? path.join(ctx.tempDir, 'output'));
  if (script.outputs.path && !isInside(cwd, outputDir)) {
    throw new RequestError(
      `The output directory of \`${script.name}\` would be outside its working directory.`,
      [
        {
          message: `\`outputs.path\` resolves to \`${outputDir}\`.`,
          fix: 'Ask a maintainer to fix `outputs.path`.',
        },
      ],
    );
  }
  values.output = outputDir;

  const argv = script.command.map((part) => fillPlaceholders(part, values));
  if (script.passArgs === 'flags') {
    for (const spec of script.args) {
      const value = args[spec.name];
      if (value === undefined || (ctx.given && !ctx.given.has(spec.name))) continue;
      if (typeof value === 'boolean') {
        if (value) argv.push(`--${spec.name}`);
      } else {
        argv.push(`--${spec.name}=${value}`);
      }
    }
  }

  const resultFile = path.join(ctx.tempDir, 'result.json');
  const env = scriptEnvironment(ctx.baseEnv, ctx.secrets, script.env, {
    DISPATCH_JOB: ctx.jobId,
    DISPATCH_SCRIPT: script.name,
    DISPATCH_TARGET: target?.key ?? '',
    DISPATCH_TARGET_PATH: resolvedTarget?.absolutePath ?? '',
    DISPATCH_OUTPUT: outputDir,
    DISPATCH_ARGS: JSON.stringify(args),
    DISPATCH_RESULT: resultFile,
    DISPATCH_REQUESTER: ctx.requester,
    DISPATCH_ISSUE: ctx.issue ? String(ctx.issue) : '',
  });

  const job: Job = {
    id: ctx.jobId,
    script,
    target: resolvedTarget,
    args,
    argv,
    cwd,
    env,
    outputDir,
    resultFile,
    artifactName: `${script.name}-${ctx.jobId}`,
    timeoutMs: Math.round(script.timeoutMinutes * 60_000),
    graceMs: ctx.graceMs ?? graceFor(script.timeoutMinutes * 60_000),
    retries: script.retries,
    expect: script.outputs.expect,
    requester: ctx.requester,
    issue: ctx.issue,
    dryRun: ctx.dryRun,
  };
  if (script.mode === 'write' && resolvedTarget) {
    const issueText = ctx.issue ? ` for #${ctx.issue}` : '';
    job.write = {
      branch: branchName(script.name, ctx.issue, ctx.jobId),
      openPullRequest: ctx.openPullRequest,
      pullRequest: {
        title: fillPlaceholders(script.pullRequest.title, values),
        body: script.pullRequest.body ? fillPlaceholders(script.pullRequest.body, values) : undefined,
        labels: script.pullRequest.labels,
        draft: script.pullRequest.draft,
      },
      commitMessage:
        `${script.title}${issueText} (job ${ctx.jobId})\n\n` +
        `Script: ${script.name}\nJob: ${ctx.jobId}\n` +
        (ctx.issue ? `Issue: #${ctx.issue}\n` : '') +
        `Requested-by: ${ctx.requester}\n`,
      author: script.commitAuthor,
    };
  }
  return job;
}
