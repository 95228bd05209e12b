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
  /** The terminal's phase line. */
  terminal: string;
  /** The duration measured for this phase, and its label in the durations row. */
  duration?: { key: keyof RunReport['durations']; label: string };
}

export const PHASE_TABLE: readonly PhaseRow[] = [
  { phase: 'queued', words: 'Queued', emoji: '⏳', terminal: 'accepted' },
  {
    phase: 'checking-out',
    words: 'Checking out',
    emoji: '📥',
    terminal: 'checking out',
    duration: { key: 'checkout', label: 'checkout' },
  },
  {
    phase: 'running',
    words: 'Running',
    emoji: '🏃',
    terminal: 'running',
    duration: { key: 'run', label: 'script' },
  },
  {
    phase: 'uploading',
    words: 'Uploading',
    emoji: '📤',
    terminal: 'collecting outputs',
    duration: { key: 'upload', label: 'upload' },
  },
  {
    phase: 'opening-pull-request',
    words: 'Opening pull request',
    emoji: '🔀',
    terminal: 'committing changes',
    duration: { key: 'publish', label: 'pull request' },
  },
  { phase: 'done', words: 'Done', emoji: '🏁', terminal: 'done' },
];

/** The phases in order. */
export const PHASES: readonly Phase[] = PHASE_TABLE.map((row) => row.phase);

const BY_PHASE = new Map(PHASE_TABLE.map((row) => [row.phase, row]));

/** The row of a phase (the last row for anything unknown). */
export function phaseRow(phase: Phase): PhaseRow {
  return BY_PHASE.get(phase) ?? PHASE_TABLE[PHASE_TABLE.length - 1];
}
