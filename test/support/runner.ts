/**
 * Runs the bundled action the way the Actions runner does: `node dist/index.js` (Node 24, as
 * `runs.using: node24`) in a child process, with the runner's environment, inputs from `action.yml` with
 * their defaults applied, the event payload in a file, and the file commands (GITHUB_OUTPUT, ...) read back.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from './fake-github';
import { fakeSha } from './github-json';
import type { ArtifactService } from './results-service';

/** The project's root directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Node 24 binary the runner would use for `node24` actions. */
export const NODE24 = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const LOCALHOST_DNS = join(PROJECT_ROOT, 'test', 'support', 'localhost-dns.mjs');

export interface RunActionOptions {
  /** GITHUB_WORKSPACE, also the working directory. */
  workspace: string;
  eventName: string;
  event: object;
  /** `with:` values, by input name as in action.yml (e.g. `content-token`). */
  inputs: Record<string, string>;
  /** Extra environment for the step (wins over everything else). */
  env?: Record<string, string>;
  github: FakeGitHub;
  artifacts?: ArtifactService;
  /** Step timeout: the run is cancelled as the runner cancels it (default 90 s). */
  timeoutMs?: number;
  /** GITHUB_SERVER_URL (default the fake's `http://github.localhost:PORT`). */
  serverUrl?: string;
  /** Script to run instead of `dist/index.js`. */
  entry?: string;
  /** action.yml to read inputs and defaults from (default the project's). */
  actionYml?: string;
  /** What `${{ github.token }}` stands for (default the fake's token). */
  token?: string;
  /** GITHUB_REPOSITORY (default the event's `repository.full_name`). */
  repository?: string;
  /** GITHUB_ACTOR (default the event's `sender.login`). */
  actor?: string;
  runId?: number;
  runAttempt?: number;
  sha?: string;
  /** GITHUB_REF (default `refs/heads/<default branch>`). */
  ref?: string;
  /** Register the run in the fake GitHub (in progress while it runs; cancel requests cancel it). Default true
   * when the repository is seeded in the fake. */
  registerRun?: boolean;
  /** On cancellation or timeout, how long after SIGINT the runner sends SIGTERM (default 7500 ms, as the
   * runner does). */
  cancelGraceMs?: number;
  /** Keep RUNNER_TEMP and the home directory after the run (the caller removes `run.tempRoot`). */
  keepTemp?: boolean;
  /**
   * Preload a resolver that sends `*.localhost` to 127.0.0.1 in the child. Off by default: the action
   * resolves such hosts itself (RFC 6761), and the tests should show it does.
   */
  localhostDns?: boolean;
  /** Called with output as it comes. */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The step timeout cancelled the run. */
  timedOut: boolean;
  /** The run was cancelled (timeout, `cancel()`, or a cancel request to the fake GitHub). */
  cancelled: boolean;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Text of GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Variables written to GITHUB_ENV, and GITHUB_STATE. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  /** Lines written to GITHUB_PATH. */
  addedPath: string[];
  /** `::error::`, `::warning::` and `::notice::` workflow commands from stdout. */
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
  /** Inputs given that action.yml does not declare (the runner warns about them). */
  unexpectedInputs: string[];
  /** Processes started by the run that were still alive after it ended (they were killed). */
  orphans: Array<{ pid: number; command: string }>;
  durationMs: number;
  pid: number;
  /** The environment the action ran with. */
  env: Record<string, string>;
  runId: number;
  /** Base of RUNNER_TEMP and HOME; removed after the run unless `keepTemp`. */
  tempRoot: string;
}

export interface RunningAction {
  pid: number;
  runId: number;
  result: Promise<ActionRun>;
  /** Cancels as the runner does: SIGINT, then SIGTERM after `graceMs` (default `cancelGraceMs`), then
   * SIGKILL 2.5 s later. */
  cancel(graceMs?: number): void;
  /** Resolves when stdout or stderr so far matches (rejects when the run ends first or after timeoutMs). */
  waitForOutput(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
}

interface ActionInput {
  default?: unknown;
}

const MARKER = 'E2E_RUN_MARKER';

/** `INPUT_<NAME>`: upper case, spaces to `_`, dashes kept. */
export const inputEnvName = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

async function readActionInputs(file: string): Promise<Record<string, ActionInput> | undefined> {
  if (!existsSync(file)) return undefined;
  const doc = parseYaml(await readFile(file, 'utf8')) as { inputs?: Record<string, ActionInput | null> };
  const inputs: Record<string, ActionInput> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) inputs[name] = spec ?? {};
  return inputs;
}

/** Evaluates the `${{ github.X }}` expressions an input default may hold. */
function evaluateDefault(value: unknown, github: Record<string, string>): string {
  const text = value === undefined || value === null ? '' : String(value);
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const m = /^github\.(\w+)$/.exec(expression);
    if (!m || !(m[1] in github))
      throw new Error(`runner: cannot evaluate "\${{ ${expression} }}" in an input default`);
    return github[m[1]];
  });
}

/** GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE format: `name=value` lines and `name<<DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || line.indexOf('<<') < eq)) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`);
      result[name] = value.join('\n');
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`file command: cannot read line "${line}"`);
    }
  }
  return result;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands on stdout: annotations and masks. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  // As the runner does: after `::stop-commands::TOKEN`, nothing is a command until the line `::TOKEN::`.
  let stoppedUntil: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedUntil !== undefined) {
      if (line === stoppedUntil) stoppedUntil = undefined;
      continue;
    }
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props, data] = m;
    if (command === 'stop-commands' && data) {
      stoppedUntil = `::${data}::`;
      continue;
    }
    if (command === 'add-mask') masks.push(unescapeData(data));
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const properties: Record<string, string> = {};
      for (const pair of (props ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      annotations.push({ level: command, message: unescapeData(data), properties });
    }
  }
  return { annotations, masks };
}

/** Our processes whose environment carries the run's marker. */
async function processesWithMarker(marker: string): Promise<Array<{ pid: number; command: string }>> {
  const found: Array<{ pid: number; command: string }> = [];
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return found;
  }
  const needle = `${MARKER}=${marker}`;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = await readFile(`/proc/${entry}/environ`, 'utf8');
      if (!environ.split('\0').includes(needle)) continue;
      const command = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0').join(' ').trim();
      found.push({ pid: Number(entry), command });
    } catch {
      // gone, or not ours
    }
  }
  return found;
}

const killQuietly = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
};

/** Starts the action; see `runAction`. */
export async function startAction(opts: RunActionOptions): Promise<RunningAction> {
  const github = opts.github;
  const event = opts.event as {
    repository?: { full_name?: string; default_branch?: string };
    sender?: { login?: string };
  };
  const repository = opts.repository ?? event.repository?.full_name;
  if (!repository)
    throw new Error('runner: no repository (give opts.repository or an event with repository.full_name)');
  const [owner] = repository.split('/');
  const actor = opts.actor ?? event.sender?.login ?? 'octocat';
  const token = opts.token ?? github.token;
  const serverUrl = opts.serverUrl ?? github.serverUrl;
  const runId = opts.runId ?? 10_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
  const runAttempt = opts.runAttempt ?? 1;
  const defaultBranch = event.repository?.default_branch ?? 'main';
  const ref = opts.ref ?? `refs/heads/${defaultBranch}`;
  const sha = opts.sha ?? fakeSha(`${repository} ${ref} ${runId}`);

  const tempRoot = await mkdtemp(join(tmpdir(), 'action-run-'));
  const runnerTemp = join(tempRoot, 'temp');
  const home = join(tempRoot, 'home');
  const commands = join(runnerTemp, '_runner_file_commands');
  await mkdir(commands, { recursive: true });
  await mkdir(join(runnerTemp, '_github_workflow'), { recursive: true });
  await mkdir(home, { recursive: true });
  await mkdir(join(tempRoot, 'tool_cache'), { recursive: true });
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  await writeFile(eventPath, JSON.stringify(opts.event, null, 2));
  const files = {
    GITHUB_OUTPUT: join(commands, `set_output_${randomUUID()}`),
    GITHUB_ENV: join(commands, `set_env_${randomUUID()}`),
    GITHUB_STATE: join(commands, `save_state_${randomUUID()}`),
    GITHUB_PATH: join(commands, `add_path_${randomUUID()}`),
    GITHUB_STEP_SUMMARY: join(commands, `step_summary_${randomUUID()}`),
  };
  for (const file of Object.values(files)) await writeFile(file, '');

  // Inputs, with action.yml's defaults applied as the runner does.
  const actionYml = opts.actionYml ?? join(PROJECT_ROOT, 'action.yml');
  const declared = await readActionInputs(actionYml);
  const context: Record<string, string> = {
    token,
    repository,
    repository_owner: owner,
    actor,
    server_url: serverUrl,
    api_url: github.apiUrl,
    graphql_url: `${github.apiUrl}/graphql`,
    run_id: String(runId),
    run_attempt: String(runAttempt),
    sha,
    ref,
    workspace: opts.workspace,
    event_name: opts.eventName,
  };
  const inputEnv: Record<string, string> = {};
  const unexpectedInputs: string[] = [];
  for (const [name, spec] of Object.entries(declared ?? {})) {
    inputEnv[inputEnvName(name)] = opts.inputs[name] ?? evaluateDefault(spec.default, context);
  }
  for (const [name, value] of Object.entries(opts.inputs)) {
    if (declared && !(name in declared)) unexpectedInputs.push(name);
    inputEnv[inputEnvName(name)] = value;
  }

  const marker = randomBytes(12).toString('hex');
  const nodeOptions = [
    opts.localhostDns ? `--import=${pathToFileURL(LOCALHOST_DNS).href}` : '',
    opts.env?.NODE_OPTIONS ?? '',
  ]
    .join(' ')
    .trim();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    USER: process.env.USER ?? 'runner',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__dispatch',
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: '1',
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: `${github.apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: '1',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: '1',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_JOB: 'dispatch',
    GITHUB_WORKFLOW: 'Script Dispatcher',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/dispatch.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_BASE_REF: '',
    GITHUB_HEAD_REF: '',
    GITHUB_WORKSPACE: opts.workspace,
    ...files,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(tempRoot, 'tool_cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...(opts.artifacts?.env ?? {}),
    ...inputEnv,
    [MARKER]: marker,
    ...(opts.env ?? {}),
    NODE_OPTIONS: nodeOptions,
  };

  const entry = opts.entry ?? join(PROJECT_ROOT, 'dist', 'index.js');
  const started = Date.now();
  const child = spawn(NODE24, [entry], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid ?? -1;
  let stdout = '';
  let stderr = '';
  let exited = false;
  const waiters: Array<{ pattern: string | RegExp; resolve: () => void; reject: (e: Error) => void }> = [];
  const checkWaiters = () => {
    const all = stdout + stderr;
    for (const w of [...waiters]) {
      const hit = typeof w.pattern === 'string' ? all.includes(w.pattern) : w.pattern.test(all);
      if (hit) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    stdout += d;
    opts.onOutput?.(d, 'stdout');
    checkWaiters();
  });
  child.stderr.on('data', (d: string) => {
    stderr += d;
    opts.onOutput?.(d, 'stderr');
    checkWaiters();
  });

  let cancelled = false;
  let timedOut = false;
  const timers: NodeJS.Timeout[] = [];
  const cancel = (graceMs = opts.cancelGraceMs ?? 7500) => {
    if (cancelled || exited) return;
    cancelled = true;
    killQuietly(pid, 'SIGINT');
    timers.push(
      setTimeout(() => {
        if (exited) return;
        killQuietly(pid, 'SIGTERM');
        timers.push(setTimeout(() => !exited && killQuietly(-pid, 'SIGKILL'), 2500));
      }, graceMs),
    );
  };
  timers.push(
    setTimeout(() => {
      if (exited) return;
      timedOut = true;
      cancel();
    }, opts.timeoutMs ?? 90_000),
  );

  // The run as GitHub sees it: in progress while it runs; a cancel request cancels it.
  const seeded = (() => {
    try {
      return github.repo(repository);
    } catch {
      return undefined;
    }
  })();
  const register = opts.registerRun ?? seeded !== undefined;
  let unregister = () => {};
  if (register && seeded) {
    const run =
      github.run(repository, runId) ??
      github.addWorkflowRun(repository, {
        id: runId,
        event: opts.eventName,
        actor,
        headSha: sha,
        runAttempt,
      });
    run.status = 'in_progress';
    for (const job of run.jobs) job.status = 'in_progress';
    unregister = github.onRunCancel(runId, () => cancel());
  }

  const result = new Promise<ActionRun>((resolveRun, rejectRun) => {
    child.once('error', rejectRun);
    child.once('close', (code, signal) => {
      exited = true;
      for (const t of timers) clearTimeout(t);
      unregister();
      for (const w of waiters.splice(0))
        w.reject(new Error(`the action ended before printing ${String(w.pattern)}`));
      (async () => {
        // What the action left running, then cleaned up as the runner does at the end of a job.
        const orphans = await processesWithMarker(marker);
        killQuietly(-pid, 'SIGKILL');
        for (const o of orphans) killQuietly(o.pid, 'SIGKILL');
        if (register && seeded) {
          const run = github.run(repository, runId);
          if (run) {
            run.status = 'completed';
            run.conclusion = cancelled ? 'cancelled' : code === 0 ? 'success' : 'failure';
            for (const job of run.jobs) {
              job.status = 'completed';
              job.conclusion = run.conclusion;
            }
          }
        }
        const read = (file: string) => readFile(file, 'utf8').catch(() => '');
        const { annotations, masks } = parseWorkflowCommands(stdout);
        const run: ActionRun = {
          exitCode: code,
          signal,
          timedOut,
          cancelled,
          stdout,
          stderr,
          outputs: parseFileCommands(await read(files.GITHUB_OUTPUT)),
          summary: await read(files.GITHUB_STEP_SUMMARY),
          exportedEnv: parseFileCommands(await read(files.GITHUB_ENV)),
          state: parseFileCommands(await read(files.GITHUB_STATE)),
          addedPath: (await read(files.GITHUB_PATH)).split(/\r?\n/).filter(Boolean),
          annotations,
          masks,
          unexpectedInputs,
          orphans,
          durationMs: Date.now() - started,
          pid,
          env,
          runId,
          tempRoot,
        };
        if (!opts.keepTemp) await rm(tempRoot, { recursive: true, force: true });
        return run;
      })().then(resolveRun, rejectRun);
    });
  });

  return {
    pid,
    runId,
    result,
    cancel,
    waitForOutput(pattern, timeoutMs = 30_000) {
      return new Promise<void>((resolveWait, rejectWait) => {
        if (exited) return rejectWait(new Error('the action has already ended'));
        const timer = setTimeout(() => {
          const i = waiters.findIndex((w) => w.resolve === done);
          if (i >= 0) waiters.splice(i, 1);
          rejectWait(new Error(`no output matching ${String(pattern)} within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolveWait();
        };
        waiters.push({
          pattern,
          resolve: done,
          reject: (e) => {
            clearTimeout(timer);
            rejectWait(e);
          },
        });
        checkWaiters();
      });
    },
  };
}

/** Runs the action to the end and returns what the runner would see. */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  return (await startAction(opts)).result;
}
