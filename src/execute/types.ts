/** What the execute stage needs and what it returns. */

export type ExecutionStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled';

export interface ExecutionSpec {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  /** Emptied and re-created before every attempt. */
  outputDir: string;
  timeoutMs: number;
  graceMs: number;
  retries: number;
  /** The script's output may issue workflow commands (else they are shown, not obeyed). */
  workflowCommands?: boolean;
}

export interface Execution {
  status: ExecutionStatus;
  /** Of the last attempt; null when killed by a signal or never started. */
  exitCode: number | null;
  signal: string | null;
  attempts: number;
  startedAt: Date;
  durationMs: number;
  /** The last lines of stdout and stderr interleaved as they came, bounded. */
  tail: string;
  /** Why it did not succeed, in words (`exited with code 2`, `timed out after 1 minute`, `could not start python9: not found`). */
  reason?: string;
  /** One entry per attempt, in order (for the run record). */
  attemptEntries?: AttemptEntry[];
  /**
   * The line the last attempt's error is summed up by (the end of a Python traceback, else the last non-empty
   * stderr line), masked; set when it did not succeed. `failureReason(reason, lastError)` quotes it.
   */
  lastError?: string;
}

/** How one attempt went. */
export interface AttemptEntry {
  status: ExecutionStatus;
  exitCode: number | null;
  signal: string | null;
  startedAt: Date;
  durationMs: number;
}
