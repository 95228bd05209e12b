/**
 * The status comment: one per run, edited in place as the run goes.
 *
 * Its first line is a hidden marker that finds it again (`statusMarker`), its second a hidden comment with
 * the run's state as JSON (`parseStatusComment` reads it back: for `/cancel`, and for `edited` issues to know
 * whether the last request was rejected and whether the fields changed). Only these two leading lines count:
 * a marker anywhere else in a body is ignored, and user text inside the comment is escaped so that it can
 * neither forge nor close them. Callers should still only trust comments that their own token wrote.
 */
import { PHASES } from './phases';
import type { Phase, RunReport, RunStatus } from './types';
import { cleanText, type Mask } from './markdown';
import { truncate } from '../shared/markdown';
import { renderReport } from './report-body';

/** GitHub refuses comments longer than 65,536 characters; this leaves room for any counting difference. */
export const STATUS_COMMENT_LIMIT = 65_000;

const MARKER_PREFIX = '<!-- script-dispatcher:status job=';
const STATE_PREFIX = '<!-- script-dispatcher:state ';
const COMMENT_END = ' -->';

const STATUSES: readonly RunStatus[] = [
  'succeeded',
  'failed',
  'timed-out',
  'cancelled',
  'rejected',
  'ignored',
];

/** What the hidden state line of a status comment says. */
export interface StatusCommentState {
  job: string;
  /** The workflow run's id. */
  runId?: string;
  phase: Phase;
  status?: RunStatus;
  script?: string;
}

/**
 * The hidden marker of the status comment of `job`: `<!-- script-dispatcher:status job=<job> -->`. The job is
 * percent-encoded where needed (so that nothing in it can end the comment), so the marker is the same for
 * the same job, and different for different jobs.
 */
export function statusMarker(job: string): string {
  return `${MARKER_PREFIX}${encodeJob(job)}${COMMENT_END}`;
}

/** Renders the whole status comment of a run: the hidden marker and state, then the report. */
export function renderStatusComment(report: RunReport, mask: Mask): string {
  const preamble = `${statusMarker(report.job)}\n${stateLine(report, mask)}`;
  return renderReport(report, mask, {
    headingLevel: 3,
    budget: STATUS_COMMENT_LIMIT,
    measure: commentLength,
    preamble,
  });
}

/**
 * The length GitHub could count: UTF-16 units (never fewer than characters), with every line break counted
 * twice in case it is stored as CRLF.
 */
function commentLength(text: string): number {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  return text.length + breaks;
}

/**
 * Reads the marker and state back from a comment body; undefined when the body is not a status comment.
 * Never throws.
 */
export function parseStatusComment(body: string): StatusCommentState | undefined {
  try {
    if (typeof body !== 'string') return undefined;
    const text = body.replace(/^[\ufeff\s]+/, '');
    if (!text.startsWith(MARKER_PREFIX)) return undefined;
    const end1 = text.indexOf('\n');
    if (end1 < 0) return undefined;
    const end2 = text.indexOf('\n', end1 + 1);
    const markerLine = text.slice(0, end1).trimEnd();
    const stateText = text.slice(end1 + 1, end2 < 0 ? undefined : end2).trim();
    if (!stateText.startsWith(STATE_PREFIX) || !stateText.endsWith(COMMENT_END)) return undefined;
    const json = stateText.slice(STATE_PREFIX.length, stateText.length - COMMENT_END.length);
    const state: unknown = JSON.parse(json);
    if (typeof state !== 'object' || state === null || Array.isArray(state)) return undefined;
    const fields = state as Record<string, unknown>;
    const job = fields.job;
    const phase = fields.phase;
    if (typeof job !== 'string' || typeof phase !== 'string') return undefined;
    if (!(PHASES as readonly string[]).includes(phase)) return undefined;
    if (markerLine !== statusMarker(job)) return undefined;
    const parsed: StatusCommentState = { job, phase: phase as Phase };
    if (typeof fields.run === 'string') parsed.runId = fields.run;
    if (typeof fields.status === 'string' && (STATUSES as readonly string[]).includes(fields.status)) {
      parsed.status = fields.status as RunStatus;
    }
    if (typeof fields.script === 'string') parsed.script = fields.script;
    return parsed;
  } catch {
    return undefined;
  }
}

/** The hidden state line: JSON in an HTML comment, with `<`, `>`, `-` and `&` as `\u` escapes. */
function stateLine(report: RunReport, mask: Mask): string {
  const state = {
    job: report.job,
    run: report.run?.id,
    phase: report.phase,
    status: report.status,
    script: report.script === undefined ? undefined : truncate(mask(cleanText(report.script)), 200),
  };
  const json = JSON.stringify(state).replace(
    /[<>&\-\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${STATE_PREFIX}${json}${COMMENT_END}`;
}

/** Percent-encodes the job for the marker; no `--`, `>` or whitespace survives. */
function encodeJob(job: string): string {
  const wellFormed = String(job).replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
  return encodeURIComponent(wellFormed)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/-(?=-)/g, '%2D')
    .replace(/-$/, '%2D');
}
