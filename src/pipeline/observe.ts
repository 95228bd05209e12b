/**
 * What a job shows while it runs and keeps afterwards: the live progress (the last `::progress::` line, the
 * time it has run, the last lines of its log) fed to the reporter, the whole masked log in a file, and the
 * run record with the log written into `_dispatch/` of the outputs.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { failureReason, missingOutputsReason, timeoutReason } from '../execute/last-error';
import { LogFileSink } from '../execute/log-file';
import { ProgressTracker } from '../execute/progress';
import { Tail } from '../execute/tail';
import type { Execution } from '../execute/types';
import type { Job } from '../plan/job';
import type { LogSink, Ports, Reporter } from '../ports';
import { reserveDispatchFolder, writeDispatchFiles, LOG_FILE, RECORD_FILE } from '../publish/dispatch-folder';
import { hashArgFiles, hashFiles, type FileHash } from '../publish/hash';
import type { OutputFiles } from '../publish/outputs';
import { buildRunRecord, type RecordFacts, type RecordStep, type RunRecord } from '../report/record';
import type { ReportStep, RunReport, RunStatus } from '../report/types';
import { errorMessage } from '../shared/markdown';

/** How often the live state is looked at while the script runs (the reporter paces the edits itself). */
const LIVE_TICK_MS = 500;

export interface Observation {
  /** The log to run the script with: the front door's log, a copy in the log file, and the live tail. */
  log: LogSink;
  progress: ProgressTracker;
  /** Starts feeding the live state to the reporter (call when the script starts). */
  startLive(): void;
  /** Stops it; the report keeps the last progress value. */
  stopLive(): void;
  /** The script ran: its attempts go into the record. */
  ran(execution: Execution): void;
  /**
   * After the script: moves what the script wrote to `_dispatch/` aside (so it is uploaded under another
   * name and not hashed as ours). Never throws.
   */
  reserve(): Promise<void>;
  /**
   * Hashes the outputs, builds the record, closes the log and writes `_dispatch/record.json` and
   * `_dispatch/log.txt` under `outputs.root`; returns the paths to upload with the outputs (empty when they
   * could not be written, which is warned about). `status` is the run's status as known now.
   */
  writeRecord(outputs: OutputFiles, status: RunStatus): Promise<string[]>;
  /** The record of the finished run (the `record` output), from the same facts. */
  finalRecord(report: RunReport): RunRecord;
}

/** Opens the log file and the progress tracker of a job. Never throws: without a log file, log.txt is empty. */
export async function observe(
  job: Job,
  ports: Omit<Ports, 'reporter'>,
  report: RunReport,
  reporter: Reporter,
): Promise<Observation> {
  const warn = (line: string): void => ports.log.warning(ports.masker.mask(line));
  const liveTail = new Tail({ lines: 50, bytes: 16 * 1024 });
  const tee: LogSink = {
    group: (title, options) => ports.log.group(title, options),
    endGroup: () => ports.log.endGroup(),
    info: (line) => ports.log.info(line),
    warning: (line) => ports.log.warning(line),
    write: (chunk) => {
      liveTail.write(chunk);
      return ports.log.write(chunk);
    },
  };
  const logPath = path.join(ports.environment.tempDir, 'logs', `${job.id}-${job.script.name}.txt`);
  let file: LogFileSink | undefined;
  try {
    file = await LogFileSink.open(tee, logPath, { masker: ports.masker });
  } catch (error) {
    warn(`The whole log could not be kept for \`${LOG_FILE}\`: ${errorMessage(error)}`);
  }
  const log: LogSink = file ?? tee;
  const progress = new ProgressTracker();

  let timer: NodeJS.Timeout | undefined;
  let started = 0;
  let inFlight = false;
  let seen = { lines: -1, bytes: -1, minute: -1 };
  const tick = (): void => {
    if (inFlight) return;
    const elapsed = Date.now() - started;
    const now = { lines: progress.lines, bytes: liveTail.totalBytes, minute: Math.floor(elapsed / 60_000) };
    if (now.lines === seen.lines && now.bytes === seen.bytes && now.minute === seen.minute) return;
    seen = now;
    const current = progress.current;
    if (current) report.progress = current;
    report.elapsedMs = elapsed;
    if (liveTail.totalBytes > 0) report.logTail = liveTail.toString();
    inFlight = true;
    void reporter
      .update(report)
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
      });
  };

  let hashed: FileHash[] = [];
  let argFiles: RecordFacts['argFiles'];
  let execution: Execution | undefined;
  const facts = (finishedAt: Date): RecordFacts => {
    const env = ports.environment;
    return {
      kind: report.steps ? 'flow' : job.notebook ? 'notebook' : 'script',
      ...(report.steps ? { steps: recordSteps(report.steps) } : {}),
      event: { name: env.eventName ?? (env.run ? 'workflow_dispatch' : 'cli'), trigger: env.trigger },
      workflow:
        env.run && env.repository
          ? {
              repository: env.repository,
              sha: env.sha ?? '',
              runId: env.run.id,
              runAttempt: env.runAttempt ?? 1,
              url: env.run.url,
            }
          : undefined,
      argFiles,
      ...(job.notebook ? { notebook: job.notebook.path } : { command: job.argv }),
      finishedAt,
      attempts: execution?.attemptEntries ?? [],
      outputs: hashed,
      mask: (text) => ports.masker.mask(text),
    };
  };

  return {
    log,
    progress,
    startLive() {
      started = Date.now();
      timer = setInterval(tick, LIVE_TICK_MS);
      timer.unref();
    },
    stopLive() {
      if (timer) clearInterval(timer);
      timer = undefined;
      const current = progress.current;
      if (current) report.progress = current;
      delete report.elapsedMs;
    },
    async reserve() {
      try {
        await reserveDispatchFolder(job.outputDir, warn);
      } catch (error) {
        warn(`What the script wrote to \`_dispatch/\` could not be moved aside: ${errorMessage(error)}`);
      }
    },
    async writeRecord(outputs, status) {
      const written: string[] = [];
      try {
        hashed = await hashFiles(outputs.files, outputs.relative);
        argFiles = await hashArgFiles(job.script.args, job.args).catch(() => undefined);
        const record = buildRunRecord(
          {
            ...report,
            status,
            durations: { ...report.durations, total: Date.now() - Date.parse(report.startedAt) },
          },
          facts(new Date()),
        );
        await file?.close();
        await fs.mkdir(outputs.root, { recursive: true });
        const files = await writeDispatchFiles(outputs.root, record, file?.path, warn);
        written.push(files.record, files.log);
      } catch (error) {
        warn(`The run record could not be written to \`${RECORD_FILE}\`: ${errorMessage(error)}`);
      }
      return written;
    },
    finalRecord(final) {
      return buildRunRecord(final, facts(new Date()));
    },
    ran(value) {
      execution = value;
    },
  };
}

/** A reason people can act on: the error line a failing script ended with, or what to raise on a timeout. */
export function actionableReason(job: Job, execution: Execution): string | undefined {
  if (execution.status === 'timed-out' && Number.isFinite(job.timeoutMs) && job.timeoutMs > 0) {
    return timeoutReason(Math.round((job.timeoutMs / 60_000) * 100) / 100, { script: job.script.name });
  }
  if (execution.status === 'failed' && execution.reason) {
    return failureReason(execution.reason, execution.lastError);
  }
  return execution.reason;
}

/** The expected outputs that are missing, named with what the script did write. */
export function missingReason(missing: string[], written: readonly string[]): string {
  return missingOutputsReason(missing, [...written]);
}

/** The record's `steps`: a flow's rows once they are done (a step never reached is `skipped`). */
export function recordSteps(steps: readonly ReportStep[]): RecordStep[] {
  return steps.map(({ status, ...row }) => ({
    ...row,
    status: status === 'pending' || status === 'running' ? 'skipped' : status,
  }));
}
