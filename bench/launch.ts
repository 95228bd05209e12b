/**
 * Starts the bundled action (`dist/index.js`, Node 24) as the Actions runner does, like the end-to-end
 * harness (`test/support/runner.ts`), but made for measuring: the moments of spawn and exit are taken right
 * around the child process, output is consumed as it comes and only its tail is kept (a script may print
 * hundreds of megabytes), and nothing else (no process scan) runs between the exit and the result.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { workflowDispatch } from '../test/support/events';
import type { FakeGitHub } from '../test/support/fake-github';
import { fakeSha } from '../test/support/github-json';
import { inputEnvName, NODE24, parseFileCommands, PROJECT_ROOT } from '../test/support/runner';

/** The bundled action in the project. */
export const DIST_ENTRY = join(PROJECT_ROOT, 'dist', 'index.js');
let actionEntry = DIST_ENTRY;

/** Runs the action from another copy of `dist/` (a snapshot that a rebuild cannot change mid-run). */
export function useActionEntry(entry: string): void {
  actionEntry = entry;
}
const TAIL_CHARS = 16_384;

export interface LaunchOptions {
  /** GITHUB_WORKSPACE and the working directory. */
  workspace: string;
  /** `with:` values by input name; action.yml's defaults fill the rest. */
  inputs: Record<string, string>;
  repository: string;
  actor: string;
  apiUrl: string;
  serverUrl: string;
  /** What `${{ github.token }}` stands for. */
  token: string;
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN. */
  artifactsEnv?: Record<string, string>;
  /** Registers the run in the fake GitHub while it runs, as the harness does. */
  fake?: FakeGitHub;
  /** Called with every chunk of the action's stdout (which is otherwise discarded but for its tail). */
  onStdout?: (chunk: Buffer) => void;
  /** The run is killed after this long (default 120 s). */
  timeoutMs?: number;
}

export interface LaunchResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** performance.now() just before spawn and at the exit of the process. */
  spawnedAt: number;
  exitedAt: number;
  /** Date.now() just before spawn. */
  spawnedAtEpoch: number;
  /** Bytes of stdout the action wrote. */
  stdoutBytes: number;
  stdoutTail: string;
  stderrTail: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface Launched {
  pid: number;
  spawnedAt: number;
  /** Resolves once the process has exited and its output and file commands are read. */
  result: Promise<LaunchResult>;
  /** SIGKILL to the action's process group. */
  kill(): void;
}

/** Process groups of actions still running, and their temp dirs: removed when the bench stops early. */
const live = new Set<number>();
const tempRoots = new Set<string>();

export function killAllLaunched(): void {
  for (const pid of live) killGroup(pid);
  live.clear();
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
  tempRoots.clear();
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

let declaredInputs: Record<string, { default?: unknown }> | undefined;

async function actionInputs(): Promise<Record<string, { default?: unknown }>> {
  if (!declaredInputs) {
    const doc = parseYaml(await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: unknown } | null>;
    };
    declaredInputs = {};
    for (const [name, spec] of Object.entries(doc.inputs ?? {})) declaredInputs[name] = spec ?? {};
  }
  return declaredInputs;
}

const keepTail = (text: string) => (text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text);

/** Starts one `workflow_dispatch` run of the action. */
export async function launchAction(opts: LaunchOptions): Promise<Launched> {
  const [owner] = opts.repository.split('/');
  const runId = 20_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
  const ref = 'refs/heads/main';
  const sha = fakeSha(`${opts.repository} ${ref} ${runId}`);

  const tempRoot = await mkdtemp(join(tmpdir(), 'sd-bench-run-'));
  tempRoots.add(tempRoot);
  const runnerTemp = join(tempRoot, 'temp');
  const home = join(tempRoot, 'home');
  const commands = join(runnerTemp, '_runner_file_commands');
  await mkdir(commands, { recursive: true });
  await mkdir(join(runnerTemp, '_github_workflow'), { recursive: true });
  await mkdir(home, { recursive: true });
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify(workflowDispatch(opts.inputs, { repo: opts.repository, sender: opts.actor })),
  );
  const files = {
    GITHUB_OUTPUT: join(commands, `set_output_${randomUUID()}`),
    GITHUB_ENV: join(commands, `set_env_${randomUUID()}`),
    GITHUB_STATE: join(commands, `save_state_${randomUUID()}`),
    GITHUB_PATH: join(commands, `add_path_${randomUUID()}`),
    GITHUB_STEP_SUMMARY: join(commands, `step_summary_${randomUUID()}`),
  };
  for (const file of Object.values(files)) await writeFile(file, '');

  const context: Record<string, string> = { token: opts.token, repository: opts.repository };
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(await actionInputs())) {
    const fallback = String(spec.default ?? '').replace(
      /\$\{\{\s*github\.(\w+)\s*\}\}/g,
      (_, key: string) => context[key] ?? '',
    );
    inputEnv[inputEnvName(name)] = opts.inputs[name] ?? fallback;
  }
  for (const [name, value] of Object.entries(opts.inputs)) inputEnv[inputEnvName(name)] = value;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    USER: process.env.USER ?? 'runner',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__dispatch',
    GITHUB_ACTOR: opts.actor,
    GITHUB_ACTOR_ID: '1',
    GITHUB_TRIGGERING_ACTOR: opts.actor,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_SERVER_URL: opts.serverUrl,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_REPOSITORY_ID: '1',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: '1',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_JOB: 'dispatch',
    GITHUB_WORKFLOW: 'Script Dispatcher',
    GITHUB_WORKFLOW_REF: `${opts.repository}/.github/workflows/dispatch.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
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
    ...(opts.artifactsEnv ?? {}),
    ...inputEnv,
  };

  const fakeRun = opts.fake?.addWorkflowRun(opts.repository, {
    id: runId,
    event: 'workflow_dispatch',
    actor: opts.actor,
    headSha: sha,
    runAttempt: 1,
  });
  if (fakeRun) {
    fakeRun.status = 'in_progress';
    for (const job of fakeRun.jobs) job.status = 'in_progress';
  }

  const spawnedAtEpoch = Date.now();
  const spawnedAt = performance.now();
  const child = spawn(NODE24, [actionEntry], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid ?? -1;
  if (pid > 0) live.add(pid);

  let stdoutBytes = 0;
  let stdoutTail = '';
  let stderrTail = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    opts.onStdout?.(chunk);
    stdoutTail = keepTail(stdoutTail + chunk.subarray(-TAIL_CHARS).toString('utf8'));
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderrTail = keepTail(stderrTail + chunk.toString('utf8'));
  });

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(pid);
  }, opts.timeoutMs ?? 120_000);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() }));
    },
  );
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const result = (async (): Promise<LaunchResult> => {
    try {
      const exit = await exited;
      clearTimeout(timer);
      // What the action left behind goes, as the runner ends a job's processes.
      killGroup(pid);
      await closed;
      const read = (file: string) => readFile(file, 'utf8').catch(() => '');
      return {
        code: exit.code,
        signal: exit.signal,
        timedOut,
        spawnedAt,
        exitedAt: exit.at,
        spawnedAtEpoch,
        stdoutBytes,
        stdoutTail,
        stderrTail,
        outputs: parseFileCommands(await read(files.GITHUB_OUTPUT)),
        summary: await read(files.GITHUB_STEP_SUMMARY),
      };
    } finally {
      clearTimeout(timer);
      live.delete(pid);
      if (fakeRun) {
        fakeRun.status = 'completed';
        fakeRun.conclusion = 'success';
        for (const job of fakeRun.jobs) {
          job.status = 'completed';
          job.conclusion = 'success';
        }
      }
      await rm(tempRoot, { recursive: true, force: true });
      tempRoots.delete(tempRoot);
    }
  })();

  return { pid, spawnedAt, result, kill: () => killGroup(pid) };
}

/** Why a run did not succeed, in one line: its `::error::` annotation, else the end of stderr or stdout. */
export function failureText(run: LaunchResult): string {
  const errors = [...run.stdoutTail.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) =>
    m[1].replace(/%0A/g, ' ').replace(/%0D/g, '').replace(/%25/g, '%'),
  );
  const how = run.timedOut
    ? 'timed out'
    : run.signal
      ? `killed by ${run.signal}`
      : `exit ${run.code}, status ${run.outputs.status ?? '(none)'}`;
  const stderr = run.stderrTail.trim().split('\n');
  // An uncaught exception: its first line says what it was.
  const thrown = stderr.findIndex((line) => /^[\w$.]*(Error|Exception)\b/.test(line.trim()));
  const text =
    errors.pop() ??
    (thrown >= 0
      ? stderr[thrown]
      : stderr.slice(-3).join(' ') || run.stdoutTail.trim().split('\n').slice(-3).join(' '));
  return `${how}: ${text}`.replace(/\s+/g, ' ').slice(0, 400);
}
