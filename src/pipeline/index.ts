/** The engine: `dispatch` decides what a request becomes; `accept` and `runJob` are its two halves of a run. */
export { accept, type Acceptance, type Rejection } from './accept';
export { dispatch, type DispatchResult } from './dispatch';
export { finishReport, jobReport, runJob, type JobPorts } from './run-job';
export { type FanOutOptions, type FoundLeg } from './fan-out';
