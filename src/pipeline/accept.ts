import * as path from 'node:path';
import { checkArgs } from '../args/check';
import { materializeArgs } from '../args/materialize';
import { authorize } from '../authorize/authorize';
import { UserError, type Problem } from '../errors';
import type { ArgSpec, Manifest, Script, Target } from '../manifest/types';
import type { Job } from '../plan/job';
import { planJob } from '../plan/plan';
import { resolveScript, resolveTarget } from '../plan/resolve';
import type { Ports } from '../ports';
import { cliFixLine } from '../request/cli-command';
import { formatRunCommand } from '../request/command';
import type { RawArgument, RunRequest } from '../request/types';
import { errorMessage } from '../shared/markdown';

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

/**
 * Accepts a request or turns it down: the script exists, the target is one of its targets, the requester
 * may run it, every argument is right (attachments downloaded); then the job is planned. Never throws.
 */
export async function accept(request: RunRequest, manifest: Manifest, ports: Ports): Promise<Acceptance> {
  let script: Script | undefined;
  let target: Target | undefined;
  try {
    script = resolveScript(manifest, request.script);
    target = resolveTarget(manifest, script, request.target);
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
    const job = planJob(script, target, materialized.values, {
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
    return { kind: 'job', job };
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
    reason: `The arguments of \`${script.name}\` have ${count} problem${count === 1 ? '' : 's'}.`,
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
