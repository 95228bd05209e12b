import * as path from 'node:path';
import { checkArgs } from '../args/check';
import { materializeArgs } from '../args/materialize';
import { authorize } from '../authorize/authorize';
import { RequestError, UserError, type Problem } from '../errors';
import { requestedTargets } from '../fanout/plan';
import type { ArgSpec, ArgValue, Manifest, Script, Target } from '../manifest/types';
import type { Job } from '../plan/job';
import { planNotebookJob } from '../plan/notebook-job';
import { planJob } from '../plan/plan';
import { resolveScript, resolveTarget } from '../plan/resolve';
import type { Ports } from '../ports';
import { cliFixLine } from '../request/cli-command';
import { formatRunCommand } from '../request/command';
import type { RawArgument, RunRequest } from '../request/types';
import { errorMessage, plural } from '../shared/markdown';

/** A request that will not run, and why. */
export interface Rejection {
  kind: 'rejection';
  /** `rejected` for the requester's mistakes; `failed` when the request could not be checked. */
  status: 'rejected' | 'failed';
  reason: string;
  problems?: Problem[];
  /** A ready-to-copy `/run` line that keeps what was right. */
  fixCommand?: string;
  /** What the request resolved to before it was turned down. */
  script?: Script;
  target?: Target;
}

export type Acceptance = { kind: 'job'; job: Job } | Rejection;

export interface AcceptOptions {
  /**
   * Fan-out modes (src/pipeline/fan-out.ts): several targets may be named (`fan-out: targets`); called with
   * the request's target keys and the checked values before the job is planned, it may pick the leg's
   * target and values, or reject with a RequestError.
   */
  fanOut?: (
    script: Script,
    targets: string[],
    values: Record<string, ArgValue>,
  ) => Promise<{ target?: string; values: Record<string, ArgValue> }>;
}

/**
 * Accepts a request or turns it down: the script exists, the target is one of its targets, the requester
 * may run it, every argument is right (attachments downloaded); then the job is planned. Never throws.
 */
export async function accept(
  request: RunRequest,
  manifest: Manifest,
  ports: Ports,
  options: AcceptOptions = {},
): Promise<Acceptance> {
  let script: Script | undefined;
  let target: Target | undefined;
  try {
    script = resolveScript(manifest, request.script);
    const targets = targetsOf(manifest, script, request.target, options.fanOut !== undefined);
    target = resolveTarget(manifest, script, targets[0]);
    if (ports.api) {
      const decision = await authorize(ports.api, script, request.requester);
      if (!decision.allowed)
        return { kind: 'rejection', status: 'rejected', reason: decision.reason, script, target };
    }
    const checked = checkArgs(script.args, request.args, { localFiles: ports.localFiles });
    if (checked.problems.length > 0)
      return argumentRejection(script, target, request.args, checked.problems, request);
    const { environment } = ports;
    const materialized = await materializeArgs(script.args, checked.values, {
      dir: path.join(environment.tempDir, 'inputs'),
      download: (url) => ports.download(url, manifest.maxDownloadBytes),
      maxBytes: manifest.maxDownloadBytes,
      policy: {
        serverUrl: environment.serverUrl,
        repository: environment.repository,
        allowedHosts: manifest.allowedDownloadHosts,
      },
    });
    if (materialized.problems.length > 0) {
      return argumentRejection(script, target, request.args, materialized.problems, request);
    }
    let values = materialized.values;
    if (options.fanOut) {
      const leg = await options.fanOut(script, targets, values);
      values = leg.values;
      if (leg.target !== undefined) target = resolveTarget(manifest, script, leg.target);
    }
    const job = planJob(script, target, values, {
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
    return { kind: 'job', job: await planNotebookJob(job, environment) };
  } catch (error) {
    if (error instanceof UserError) {
      return {
        kind: 'rejection',
        status: 'rejected',
        reason: error.message,
        problems: error.problems,
        script,
        target,
      };
    }
    return {
      kind: 'rejection',
      status: 'failed',
      reason: `The request could not be checked: ${errorMessage(error)}`,
      script,
      target,
    };
  }
}

/**
 * The target keys a request names: one key or title as written, else a list (`phy,ada`, `all`). Several are
 * for `fan-out: targets` through the fan-out workflow only.
 */
function targetsOf(manifest: Manifest, script: Script, given: string | undefined, fanOut: boolean): string[] {
  let whole: Target | undefined;
  try {
    whole = given?.trim() ? resolveTarget(manifest, script, given) : undefined;
  } catch {
    whole = undefined;
  }
  const keys = whole ? [whole.key] : requestedTargets(manifest, script, given);
  if (keys.length > 1 && !fanOut) {
    throw new RequestError(`\`${script.name}\` runs on several targets only across runners.`, [
      {
        field: 'target',
        message: `The request names ${keys.length} targets (${keys.map((k) => `\`${k}\``).join(', ')}); this workflow runs one.`,
        fix: `Name one target, e.g. \`target: ${keys[0]}\`, or run it from a workflow with \`fan-out: plan\`, \`leg\` and \`gather\` (workflows-examples/fan-out.yml).`,
      },
    ]);
  }
  return keys;
}

function argumentRejection(
  script: Script,
  target: Target | undefined,
  raw: Record<string, RawArgument>,
  problems: Problem[],
  request?: RunRequest,
): Rejection {
  const count = problems.length;
  return {
    kind: 'rejection',
    status: 'rejected',
    reason: `The arguments of \`${script.name}\` have ${plural(count, 'problem')}.`,
    problems,
    fixCommand:
      request?.source === 'cli'
        ? cliFixLine(script.name, request.target, script.args, raw, problems)
        : fixLine(script.name, script.args, raw, problems),
    script,
    target,
  };
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
