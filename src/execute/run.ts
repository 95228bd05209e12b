import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Masker } from '../shared/mask';
import { describeCommand, describeDuration, describeStartFailure } from './describe';
import { lastErrorLine } from './last-error';
import { ScriptOutput } from './output';
import type { ProgressTracker } from './progress';
import { Tail } from './tail';
import type { AttemptEntry, Execution, ExecutionSpec, ExecutionStatus } from './types';
import type { LogSink } from '../ports';

export interface ExecuteOptions {
  /** Aborting stops the script like a timeout does (SIGTERM, then SIGKILL after the grace period): `cancelled`. */
  signal?: AbortSignal;
  /** Masks secrets and tokens in the output, in the log and in the tail. */
  masker?: Masker;
  /** Lines kept for the tail (default 200). */
  tailLines?: number;
  /** Bytes kept for the tail (default 64 KiB). */
  tailBytes?: number;
  /**
   * Once the script has exited and its process group is killed, how long to wait with no output arriving
   * before its pipes are closed anyway (a process that left the group can hold them open). Default 2 s.
   */
  pipeGraceMs?: number;
  /** Reads `::progress::` lines from both streams of every attempt (the last one counts). */
  progress?: ProgressTracker;
}

const DEFAULT_PIPE_GRACE_MS = 2000;

/** How one attempt ended. */
interface Attempt {
  status: ExecutionStatus;
  exitCode: number | null;
  signal: string | null;
  reason?: string;
  /** Whether another attempt could succeed: failures of the script, not of the command line. */
  retriable: boolean;
  /** For the retry line: `exit code 1`, `SIGSEGV`. */
  brief?: string;
}

/**
 * Runs the script: spawns `argv` (no shell) in its own process group with stdin closed, streams its output
 * to `log`, enforces the timeout, retries a failed run up to `retries` times, each in a fresh output
 * directory, and returns what happened. Never throws for anything the script does.
 */
/** The longest wait between SIGTERM and SIGKILL when a run is cancelled. */
export const CANCEL_GRACE_MS = 2000;

export async function execute(
  spec: ExecutionSpec,
  log: LogSink,
  options: ExecuteOptions = {},
): Promise<Execution> {
  const startedAt = new Date();
  const clock = performance.now();
  const tail = new Tail({ lines: options.tailLines, bytes: options.tailBytes });
  const mask = (text: string): string => (options.masker ? options.masker.mask(text) : text);
  const total = 1 + Math.max(0, Math.floor(spec.retries) || 0);
  const entries: AttemptEntry[] = [];
  // The last attempt's stderr alone, for the error line of the reason.
  let stderrTail = new Tail({ lines: 100, bytes: 16 * 1024 });
  const result = (attempt: Attempt, attempts: number): Execution => {
    const errorLine =
      attempt.status !== 'succeeded' && entries.length > 0
        ? lastErrorLine(stderrTail.toString(), tail.toString())
        : undefined;
    return {
      status: attempt.status,
      exitCode: attempt.exitCode,
      signal: attempt.signal,
      attempts,
      startedAt,
      durationMs: Math.round(performance.now() - clock),
      tail: tail.toString(),
      ...(attempt.reason !== undefined ? { reason: mask(attempt.reason) } : {}),
      attemptEntries: entries,
      ...(errorLine ? { lastError: mask(errorLine) } : {}),
    };
  };

  if (spec.argv.length === 0 || spec.argv[0] === '') {
    const reason = 'nothing to run: the command is empty (check `command` in the manifest)';
    return result({ status: 'failed', exitCode: null, signal: null, reason, retriable: false }, 0);
  }
  if (options.signal?.aborted) {
    return result(
      {
        status: 'cancelled',
        exitCode: null,
        signal: null,
        reason: 'cancelled before it started',
        retriable: false,
      },
      0,
    );
  }

  const command = mask(describeCommand(spec.argv));
  let last: Attempt | undefined;
  for (let n = 1; ; n++) {
    if (last) {
      const line = `Retrying: attempt ${n} of ${total} after ${last.brief ?? last.reason}`;
      log.info(line);
      tail.write(`--- ${line} ---\n`);
    }
    try {
      await freshOutputDir(spec.outputDir, spec.cwd);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      const reason = `could not prepare the output directory \`${spec.outputDir}\`: ${why}`;
      return result({ status: 'failed', exitCode: null, signal: null, reason, retriable: false }, n);
    }

    log.group(total === 1 ? `Run ${command}` : `Run ${command} (attempt ${n} of ${total})`, {
      workflowCommands: spec.workflowCommands,
    });
    const attemptStart = new Date();
    const attemptClock = performance.now();
    stderrTail = new Tail({ lines: 100, bytes: 16 * 1024 });
    try {
      last = await runOnce(spec, new ScriptOutput(log, tail, options.masker), options, stderrTail);
    } finally {
      log.endGroup();
    }
    entries.push({
      status: last.status,
      exitCode: last.exitCode,
      signal: last.signal,
      startedAt: attemptStart,
      durationMs: Math.round(performance.now() - attemptClock),
    });

    if (last.status === 'failed' && last.retriable && n < total) {
      if (!options.signal?.aborted) continue;
      const reason = `cancelled before attempt ${n + 1} of ${total} (attempt ${n}: ${last.reason})`;
      return result({ ...last, status: 'cancelled', reason }, n);
    }
    return result(last, n);
  }
}

/** Empties and re-creates the output directory; refuses when that would delete the working directory. */
async function freshOutputDir(dir: string, cwd: string): Promise<void> {
  const target = path.resolve(dir);
  if (target === path.parse(target).root) throw new Error('it is the root of the file system');
  const fromTarget = path.relative(target, path.resolve(cwd));
  if (fromTarget === '' || (fromTarget.split(path.sep)[0] !== '..' && !path.isAbsolute(fromTarget))) {
    throw new Error('it contains the working directory, and emptying it would delete the scripts');
  }
  await rm(target, { recursive: true, force: true, maxRetries: 2 });
  await mkdir(target, { recursive: true });
}

function runOnce(
  spec: ExecutionSpec,
  output: ScriptOutput,
  options: ExecuteOptions,
  stderrTail: Tail,
): Promise<Attempt> {
  const pipeGraceMs = options.pipeGraceMs ?? DEFAULT_PIPE_GRACE_MS;
  return new Promise<Attempt>((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), {
        cwd: spec.cwd,
        env: spec.env,
        shell: false,
        // Its own process group, so a timeout reaches everything the script started.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (error) {
      void cannotStart(spec, error).then(resolve);
      return;
    }

    const streams = [child.stdout, child.stderr].filter((s): s is Readable => s !== null);
    const closed = new Set<Readable>();
    let stopping: 'timed-out' | 'cancelled' | undefined;
    let killed = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let settled = false;
    let graceTimer: NodeJS.Timeout | undefined;
    let pipeTimer: NodeJS.Timeout | undefined;

    const signalGroup = (signal: NodeJS.Signals): void => {
      const pid = child.pid;
      if (pid === undefined) return;
      try {
        if (process.platform === 'win32') child.kill(signal);
        else process.kill(-pid, signal);
      } catch {
        // ESRCH: nothing is left in the group.
      }
    };

    // Past this, nothing more is waited for, even output still flowing from a process that left the group.
    const deadline =
      Number.isFinite(spec.timeoutMs) && spec.timeoutMs > 0
        ? Date.now() + spec.timeoutMs + Math.max(0, spec.graceMs) + pipeGraceMs
        : Infinity;

    const stop = (why: 'timed-out' | 'cancelled'): void => {
      if (stopping || exit || settled) return;
      stopping = why;
      signalGroup('SIGTERM');
      // A cancelled run has seconds before the runner kills the dispatcher too: leave time to upload.
      const grace = why === 'cancelled' ? Math.min(spec.graceMs, CANCEL_GRACE_MS) : spec.graceMs;
      graceTimer = setTimeout(
        () => {
          killed = true;
          signalGroup('SIGKILL');
        },
        Math.max(0, grace),
      );
    };

    const timeoutTimer =
      Number.isFinite(spec.timeoutMs) && spec.timeoutMs > 0
        ? setTimeout(() => stop('timed-out'), spec.timeoutMs)
        : undefined;
    const onAbort = (): void => stop('cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const cleanUp = (): void => {
      clearTimeout(timeoutTimer);
      clearTimeout(graceTimer);
      clearTimeout(pipeTimer);
      options.signal?.removeEventListener('abort', onAbort);
    };

    const settle = (attempt: Attempt | Promise<Attempt>): void => {
      if (settled) return;
      settled = true;
      cleanUp();
      void Promise.resolve(attempt).then(async (a) => {
        await output.finish();
        resolve(a);
      });
    };

    const finishIfClosed = (): void => {
      if (!exit || settled) return;
      if (closed.size < streams.length) {
        // Bounded: only while output still flows (or the log is still writing it) do we keep waiting.
        if ((output.busy || output.idleMs < pipeGraceMs) && Date.now() < deadline) return;
        for (const stream of streams) stream.destroy();
      }
      settle(outcome(spec, exit, stopping, killed));
    };

    child.on('error', (error) => {
      if (child.pid !== undefined || settled) return;
      for (const stream of streams) stream.destroy();
      settle(cannotStart(spec, error));
    });

    for (const stream of streams) {
      // A read error ends the stream like a close does; the output up to it has been passed on.
      stream.on('error', () => undefined);
      stream.once('close', () => {
        closed.add(stream);
        finishIfClosed();
      });
      output.attach(stream);
      options.progress?.attach(stream);
    }
    child.stderr?.on('data', (chunk: Buffer) => stderrTail.write(chunk));

    child.once('exit', (code, signal) => {
      exit = { code, signal };
      clearTimeout(timeoutTimer);
      clearTimeout(graceTimer);
      // Whatever the script left running in its group could hold the pipes open forever: it goes too.
      signalGroup('SIGKILL');
      output.touch();
      const poll = (): void => {
        finishIfClosed();
        if (!settled) pipeTimer = setTimeout(poll, Math.min(100, Math.max(10, pipeGraceMs)));
      };
      poll();
    });
  });
}

async function cannotStart(spec: ExecutionSpec, error: unknown): Promise<Attempt> {
  const failure = await describeStartFailure(spec.argv[0], spec.cwd, error);
  return {
    status: 'failed',
    exitCode: null,
    signal: null,
    reason: failure.reason,
    retriable: failure.retriable,
  };
}

function outcome(
  spec: ExecutionSpec,
  exit: { code: number | null; signal: NodeJS.Signals | null },
  stopping: 'timed-out' | 'cancelled' | undefined,
  killed: boolean,
): Attempt {
  const ended = { exitCode: exit.code, signal: exit.signal };
  const how = killed ? 'killed' : 'terminated';
  if (stopping === 'timed-out') {
    return {
      status: 'timed-out',
      ...ended,
      reason: `timed out after ${describeDuration(spec.timeoutMs)} (${how})`,
      retriable: false,
    };
  }
  if (stopping === 'cancelled') {
    return { status: 'cancelled', ...ended, reason: `cancelled (${how})`, retriable: false };
  }
  if (exit.code === 0) return { status: 'succeeded', ...ended, retriable: false };
  if (exit.code !== null) {
    return {
      status: 'failed',
      ...ended,
      reason: `exited with code ${exit.code}`,
      retriable: true,
      brief: `exit code ${exit.code}`,
    };
  }
  const signal = exit.signal ?? 'a signal';
  return { status: 'failed', ...ended, reason: `killed by ${signal}`, retriable: true, brief: signal };
}
