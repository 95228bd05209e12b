/**
 * A notebook script's job: the job planJob made (environment, output directory, timeouts, write plan), with
 * the argv of the notebook runner instead of a command. The notebook is read and checked here, before any
 * kernel starts: a problem is a RequestError listing every one (the pipeline rejects the request with them).
 */
import path from 'node:path';
import { planNotebook } from '../notebook/plan';
import type { Job } from './job';
import type { PlanContext } from './plan';

/** Completes `job` (made by planJob for a notebook script); returns it unchanged for any other script. */
export async function planNotebookJob(
  job: Job,
  ctx: Pick<PlanContext, 'workspace' | 'tempDir'>,
): Promise<Job> {
  if (!job.script.notebook) return job;
  const plan = await planNotebook({
    script: job.script,
    args: job.args,
    outputDir: job.outputDir,
    tempDir: ctx.tempDir,
    workspaceRoot: ctx.workspace,
  });
  return {
    ...job,
    argv: plan.argv,
    kind: 'notebook',
    notebook: {
      path: plan.notebook,
      name: path.basename(plan.outputNotebook, '.ipynb'),
      failureFile: plan.failureFile,
      kernel: plan.kernel,
    },
  };
}
