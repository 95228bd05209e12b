/**
 * Turns a notebook script's request into what the ordinary script executor runs: the parameterized copy of
 * the notebook (in the job's temp dir, as the output dir is emptied before every attempt) and the argv
 * `<python> runner.py --input ... --output ...`. The runner writes `<name>.ipynb`, `<name>.html` and
 * `figures/` into the output dir, and a failure file into the temp dir.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RequestError } from '../errors';
import type { ArgValue, Script } from '../manifest/types';
import { checkLoadedNotebook, loadScriptNotebook } from './check';
import { injectParameters, type Placement } from './inject';
import type { KernelLanguage, ParameterValue } from './translate';

export const RUNNER_FILE = 'runner.py';

/**
 * The runner's path: beside this module in the sources (src/notebook/runner.py), in `notebook/` beside the
 * bundle (dist/notebook/runner.py, dist/cli/notebook/runner.py; scripts/build.mjs copies it there).
 */
export function runnerPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, RUNNER_FILE), path.join(here, 'notebook', RUNNER_FILE)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`The notebook runner is missing (looked for ${candidates.join(', ')}).`);
  return found;
}

export interface NotebookPlanInput {
  script: Script;
  /** Typed values, given or defaulted; csv/file values are paths. Undefined: no value, not a parameter. */
  args: Record<string, ArgValue | undefined>;
  /** The job's output directory (absolute). */
  outputDir: string;
  /** The job's temp directory (absolute), not uploaded. */
  tempDir: string;
  /** GITHUB_WORKSPACE (the CLI: its current directory). */
  workspaceRoot: string;
}

export interface NotebookPlan {
  /** For ExecutionSpec.argv; the executor runs it in the working directory. */
  argv: string[];
  /** The parameterized notebook the runner reads. */
  inputFile: string;
  /** `<output>/<name>.ipynb`, `<output>/<name>.html`, `<output>/figures`. */
  outputNotebook: string;
  htmlFile: string;
  figuresDir: string;
  /** Read after a failed run with readNotebookFailure. */
  failureFile: string;
  /** The notebook as the messages and the run record name it (relative to the workspace). */
  notebook: string;
  kernel: string;
  language: KernelLanguage;
  parameters: [string, ParameterValue][];
  placement: Placement;
}

/**
 * Checks the notebook (RequestError with every problem when it cannot run), writes the parameterized copy
 * into the temp dir and returns the argv.
 */
export async function planNotebook(input: NotebookPlanInput): Promise<NotebookPlan> {
  const { script } = input;
  const spec = script.notebook;
  if (!spec) throw new Error(`planNotebook: \`${script.name}\` is not a notebook script`);
  const result = await loadScriptNotebook(script, input.workspaceRoot);
  const problems = 'problems' in result ? result.problems : checkLoadedNotebook(script, result.loaded);
  if ('problems' in result || problems.length > 0) {
    throw new RequestError(`The notebook of \`${script.name}\` cannot run.`, problems);
  }
  const { notebook, display, kernel, language } = result.loaded;

  const parameters: [string, ParameterValue][] = [];
  for (const arg of script.args) {
    const value = input.args[arg.name];
    if (value !== undefined) parameters.push([arg.name, value]);
  }
  const { placement } = injectParameters(notebook, language, parameters);

  const name = path.basename(spec.path).replace(/\.ipynb$/i, '');
  const outputNotebook = path.join(input.outputDir, `${name}.ipynb`);
  const htmlFile = path.join(input.outputDir, `${name}.html`);
  const figuresDir = path.join(input.outputDir, 'figures');
  const inputFile = path.join(input.tempDir, 'notebook', `${name}.ipynb`);
  const failureFile = path.join(input.tempDir, 'notebook', 'failure.json');
  const papermill = notebook.metadata.papermill as Record<string, unknown>;
  papermill.input_path = display;
  papermill.output_path = `${name}.ipynb`;
  papermill.environment_variables = {};

  await mkdir(path.dirname(inputFile), { recursive: true });
  await writeFile(inputFile, JSON.stringify(notebook));

  const argv = [
    spec.python,
    runnerPath(),
    '--input',
    inputFile,
    '--output',
    outputNotebook,
    '--failure',
    failureFile,
    '--figures',
    figuresDir,
    '--html',
    htmlFile,
    '--kernel',
    kernel,
  ];
  return {
    argv,
    inputFile,
    outputNotebook,
    htmlFile,
    figuresDir,
    failureFile,
    notebook: display,
    kernel,
    language,
    parameters,
    placement,
  };
}
