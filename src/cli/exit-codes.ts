import type { RunStatus } from '../report/types';

/** The exit code of a run's status: 0 succeeded, 1 failed, 3 rejected, 4 timed out, 130 interrupted. */
export const EXIT_CODES: Record<RunStatus, number> = {
  succeeded: 0,
  ignored: 0,
  failed: 1,
  rejected: 3,
  'timed-out': 4,
  cancelled: 130,
};
