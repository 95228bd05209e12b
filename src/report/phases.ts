/**
 * The phases of a run, in the order they go, with everything each front door shows of them: one row per
 * phase, read by the pipeline (order), the Markdown renderer (heading, emoji, durations) and the terminal.
 * A new phase is one row here.
 */
import type { Phase, RunReport } from './types';

export interface PhaseRow {
  phase: Phase;
  /** The heading and the phase line of the comment. */
  words: string;
  emoji: string;
  /** The terminal's phase line: in Actions, on this machine (the CLI), and in a dry run when it differs. */
  terminal: { remote: string; local: string; dryRun?: string };
  /** The words of a local run (the CLI's `--summary`), where they differ: nothing is uploaded or opened. */
  localWords?: string;
  /** The duration measured for this phase, and its label in the durations row. */
  duration?: { key: keyof RunReport['durations']; label: string };
}

export const PHASE_TABLE: readonly PhaseRow[] = [
  {
    phase: 'queued',
    words: 'Queued',
    emoji: '⏳',
    terminal: { remote: 'checking the request', local: 'checking the request' },
  },
  {
    phase: 'checking-out',
    words: 'Checking out',
    emoji: '📥',
    terminal: { remote: 'checking out', local: 'preparing the checkout' },
    duration: { key: 'checkout', label: 'checkout' },
  },
  {
    phase: 'running',
    words: 'Running',
    emoji: '🏃',
    terminal: { remote: 'running', local: 'running' },
    duration: { key: 'run', label: 'script' },
  },
  {
    phase: 'uploading',
    words: 'Uploading',
    emoji: '📤',
    terminal: { remote: 'uploading the outputs', local: 'collecting the outputs' },
    localWords: 'Collecting outputs',
    duration: { key: 'upload', label: 'upload' },
  },
  {
    phase: 'opening-pull-request',
    words: 'Opening pull request',
    emoji: '🔀',
    terminal: {
      remote: 'opening the pull request',
      local: 'committing the changes',
      dryRun: 'listing the changes',
    },
    localWords: 'Committing changes',
    duration: { key: 'publish', label: 'pull request' },
  },
  { phase: 'done', words: 'Done', emoji: '🏁', terminal: { remote: 'done', local: 'done' } },
];

/** The phases in order. */
export const PHASES: readonly Phase[] = PHASE_TABLE.map((row) => row.phase);

const BY_PHASE = new Map(PHASE_TABLE.map((row) => [row.phase, row]));

/** The row of a phase (the last row for anything unknown). */
export function phaseRow(phase: Phase): PhaseRow {
  return BY_PHASE.get(phase) ?? PHASE_TABLE[PHASE_TABLE.length - 1];
}
