/**
 * What a notebook run adds to its report after the runner exits: why it failed, in the notebook's words
 * (`In [N]: KeyError: 'caption'`, a dead kernel, nbclient missing), and the executed notebook, its HTML and
 * its figures for the status comment.
 */
import { describeNotebookFailure, loadNotebookFailure } from '../notebook/failure';
import { listNotebookOutputs } from '../notebook/outputs';
import type { Job } from '../plan/job';
import type { RunReport, RunStatus } from '../report/types';

export async function addNotebookReport(job: Job, report: RunReport, status: RunStatus): Promise<void> {
  const notebook = job.notebook;
  if (!notebook) return;
  if (status !== 'succeeded') {
    const failure = await loadNotebookFailure(notebook.failureFile);
    if (failure) {
      const words = describeNotebookFailure(failure);
      // A timeout or a cancel keeps its own reason; the runner adds where the notebook was stopped.
      report.reason =
        status === 'failed' || !report.reason ? words : `${report.reason} (${words.replace(/\.$/, '')})`;
    }
  }
  const outputs = await listNotebookOutputs(job.outputDir, notebook.name);
  report.notebook = { path: notebook.path, ...outputs };
}
