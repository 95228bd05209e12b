/**
 * The action's tokens never stay in its process environment, where any process of the same user can read
 * them (`/proc/<pid>/environ` is the environment the process was started with, whatever it changes later).
 * At start-up the action writes them to a file only it can read, in a directory only it can enter, and
 * replaces its own process image (same pid) with one started from a clean environment; the new image reads
 * the file, deletes it, and keeps the tokens in memory. No script runs in between.
 */
import { mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where the new image finds the file with the tokens. Holds a path only; the file is gone once read. */
export const HANDOVER_VARIABLE = 'SCRIPT_DISPATCHER_HANDOVER';

/** The step's variables that hold a credential. */
export function isSecretVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper === 'INPUT_TOKEN' ||
    upper === 'INPUT_CONTENT-TOKEN' ||
    upper === 'INPUT_CONTENT_TOKEN' ||
    upper === 'ACTIONS_RUNTIME_TOKEN' ||
    upper === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  );
}

/** The environment without its credentials, and the credentials. */
export function splitEnvironment(env: NodeJS.ProcessEnv): {
  clean: Record<string, string>;
  secrets: Record<string, string>;
} {
  const clean: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  // The tokens themselves, wherever else the workflow put them too (e.g. `env: GITHUB_TOKEN: ...`).
  const tokens = Object.entries(env)
    .filter(([name, value]) => isSecretVariable(name) && value !== undefined && value.length >= 8)
    .map(([, value]) => value as string);
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (isSecretVariable(name) || tokens.some((t) => value.includes(t))) secrets[name] = value;
    else clean[name] = value;
  }
  return { clean, secrets };
}

type Execve = (file: string, args: string[], env: Record<string, string>) => never;

export interface HandoverProcess {
  env: NodeJS.ProcessEnv;
  execPath: string;
  execArgv: string[];
  argv: string[];
  execve?: Execve;
}

export type HandoverOutcome =
  /** The tokens were received from the previous image and are in `process.env` only (not in its environ). */
  | 'received'
  /** Nothing to hide: no credential in the environment. */
  | 'clean'
  /** `process.execve` is missing (Node older than 23.11) or failed: the tokens stay in the environment. */
  | 'unsupported';

/**
 * Call first thing at start-up. In the first image: hands the credentials over and re-executes (does not
 * return unless that is impossible), with `nodeOptions` before the image's own. In the second: takes them
 * back into `proc.env`, which the process's environ does not show, and removes the file.
 */
export function handOverSecrets(
  proc: HandoverProcess = process as unknown as HandoverProcess,
  options: { nodeOptions?: readonly string[] } = {},
): HandoverOutcome {
  const file = proc.env[HANDOVER_VARIABLE];
  if (file !== undefined && path.basename(file) === 'secrets.json') {
    delete proc.env[HANDOVER_VARIABLE];
    const secrets = receive(file);
    for (const [name, value] of Object.entries(secrets)) proc.env[name] = value;
    return 'received';
  }
  const { clean, secrets } = splitEnvironment(proc.env);
  if (Object.keys(secrets).length === 0) return 'clean';
  if (typeof proc.execve !== 'function') return 'unsupported';
  let dir: string;
  try {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sd-handover-'));
  } catch {
    return 'unsupported';
  }
  const target = path.join(dir, 'secrets.json');
  try {
    writeFileSync(target, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
    clean[HANDOVER_VARIABLE] = target;
    const nodeOptions = (options.nodeOptions ?? []).filter((option) => !proc.execArgv.includes(option));
    proc.execve(
      proc.execPath,
      [proc.execPath, ...nodeOptions, ...proc.execArgv, ...proc.argv.slice(1)],
      clean,
    );
  } catch {
    // Not replaced: carry on as we are.
  }
  rmSync(dir, { recursive: true, force: true });
  return 'unsupported';
}

/** Reads the handed-over credentials and deletes them from disk, whatever happens. */
function receive(file: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const out: Record<string, string> = {};
    if (parsed && typeof parsed === 'object') {
      for (const [name, value] of Object.entries(parsed)) {
        if (typeof value === 'string' && name !== HANDOVER_VARIABLE) out[name] = value;
      }
    }
    return out;
  } catch {
    return {};
  } finally {
    // Only what handOverSecrets made: the file, then its (now empty) directory.
    rmSync(file, { force: true });
    try {
      if (path.basename(path.dirname(file)).startsWith('sd-handover-')) rmdirSync(path.dirname(file));
    } catch {
      // not empty, or already gone
    }
  }
}
