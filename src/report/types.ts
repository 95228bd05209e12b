import type { Problem } from '../errors';
import type { ArgValue } from '../manifest/types';
import type { ChangeSummary, PullRequestLink } from '../publish/types';
import type { RawArgument } from '../request/types';
import type { RunRecord } from './record';

/** The final status of a run; also the `status` output. */
export type RunStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'rejected' | 'ignored';

/** Where a run is, in the order it goes (see phases.ts for their words). */
export type Phase = 'queued' | 'checking-out' | 'running' | 'uploading' | 'opening-pull-request' | 'done';

/** The statuses the step fails for (and the comment shows the log for). */
export const FAILING_STATUSES: readonly RunStatus[] = ['failed', 'timed-out', 'cancelled', 'rejected'];

/**
 * Everything the status comment, the job summary and the step outputs show about one run.
 * Pure data: the report stage renders it; the pipeline fills it in as the run goes.
 */
export interface RunReport {
  /** The job id (also the hidden marker of the status comment). */
  job: string;
  phase: Phase;
  /** Set when phase is done. */
  status?: RunStatus;
  script?: string;
  scriptTitle?: string;
  mode?: 'read' | 'write';
  target?: string;
  targetTitle?: string;
  /** Typed values when checked, raw values when the request was rejected before. */
  args: Record<string, ArgValue | RawArgument>;
  requester: string;
  issue?: number;
  dryRun: boolean;
  /** The workflow run: link and id (the status comment knows it for /cancel). */
  run?: { id: string; url: string };
  startedAt: string;
  /** Milliseconds per phase that has finished, and total when done. */
  durations: Partial<Record<'checkout' | 'run' | 'upload' | 'publish' | 'total', number>>;
  checkout?: { repository: string; ref: string; sha: string };
  exitCode?: number | null;
  attempts?: number;
  /** Why it failed, timed out, or was rejected, in words. */
  reason?: string;
  /** Each user mistake, with how to fix it (rejected runs). */
  problems?: Problem[];
  /** A ready-to-copy `/run` line that fixes the problems, when one can be made. */
  fixCommand?: string;
  artifact?: { id?: string; name: string; url?: string; files: number; bytes: number };
  /** Files that were not uploaded and why (links out of the output directory). */
  skippedOutputs?: string[];
  pullRequests?: PullRequestLink[];
  /** Open a pull request: No — the pushed branch's compare view. */
  compareUrl?: string;
  branch?: string;
  changes?: ChangeSummary;
  /** A write script ran and changed nothing. */
  noChanges?: boolean;
  /** What the script wrote to DISPATCH_RESULT, when it was a JSON value. */
  result?: unknown;
  /** The last lines of the log. */
  logTail?: string;
  /**
   * The last `::progress::` value of the script (`cell K/N` for notebooks, `step K/N` for flows are progress
   * values too, with their message), shown as a bar.
   */
  progress?: { done: number; total?: number; message?: string };
  /** How long the script has run so far (while it runs). */
  elapsedMs?: number;
  /** The run record of a job that ran (`_dispatch/record.json`, the `record` output). */
  record?: RunRecord;
  /**
   * A notebook script's notebook (relative to the workspace) and what its run left in the output directory
   * (paths relative to it): the executed copy, its HTML rendering, its figures.
   */
  notebook?: { path: string; notebook?: string; html?: string; figures: string[] };
  /** Fan-out gather: the legs as a Markdown table (src/fanout/modes.ts legsMarkdown), a row per leg. */
  legs?: string;
  /** The event that started the run, and the trigger (its title) when a manifest trigger did. */
  event?: { name: string; trigger?: string };
  /** Flows: one row per step, in the flow's order (done: the run record's `steps`). */
  steps?: ReportStep[];
}

/** A step of a flow run: the fields of the record's `steps`; `pending`/`running` only while the flow runs. */
export interface ReportStep {
  name: string;
  script: string;
  status: 'pending' | 'running' | 'succeeded' | 'failed' | 'timed-out' | 'skipped' | 'cached' | 'cancelled';
  needs: string[];
  'started-at'?: string;
  'finished-at'?: string;
  'exit-code'?: number | null;
  'cache-key'?: string;
  /** A step that ran with `cache: true`: why (`no entry`, or which input changed). */
  'cache-miss'?: string;
  reason?: string;
}
