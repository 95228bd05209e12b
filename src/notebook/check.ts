/**
 * The checks of a notebook script that need the notebook itself (run by `validate` and before every run):
 * the file exists inside the workspace and is a notebook, its kernel language is one papermill's
 * parameters support here, the argument names are variables of that language, and the `parameters` cell
 * assigns every argument of the manifest (papermill only warns; a typo would silently do nothing).
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors';
import type { Script } from '../manifest/types';
import { closest } from '../shared/similar';
import { firstTagged, NotebookFormatError, parseNotebook, sourceText, type Notebook } from './ipynb';
import { PARAMETERS_TAG } from './inject';
import { assignedNames, identifierProblem, kernelLanguage, LANGUAGE_TITLES } from './language';
import type { KernelLanguage } from './translate';

export interface LoadedNotebook {
  notebook: Notebook;
  /** Absolute. */
  file: string;
  /** As messages show it: relative to the workspace, with `/`. */
  display: string;
  kernel: string;
  language: KernelLanguage;
}

/** Where a notebook script's notebook is, absolute, and how messages name it. */
export function notebookLocation(script: Script, workspaceRoot: string): { file: string; display: string } {
  const notebookPath = script.notebook?.path ?? '';
  const file = path.resolve(workspaceRoot, script.workingDirectory, notebookPath);
  const display = path.relative(workspaceRoot, file).split(path.sep).join('/');
  return { file, display };
}

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Reads the notebook of a notebook script and finds its kernel language. Returns problems instead when that
 * fails (missing, outside the workspace, not a notebook, unsupported language).
 */
export async function loadScriptNotebook(
  script: Script,
  workspaceRoot: string,
): Promise<{ loaded: LoadedNotebook } | { problems: Problem[] }> {
  const spec = script.notebook;
  if (!spec) return { problems: [{ message: `\`${script.name}\` is not a notebook script.` }] };
  const { file, display } = notebookLocation(script, workspaceRoot);
  const field = 'notebook';
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return {
      problems: [
        {
          message: `The notebook \`${display}\` of script \`${script.name}\` does not exist.`,
          fix: `Check \`notebook\` in the manifest: it is relative to the working directory (\`${script.workingDirectory}\`).`,
          field,
        },
      ],
    };
  }
  const realRoot = await realpath(workspaceRoot).catch(() => workspaceRoot);
  if (!isInside(path.resolve(workspaceRoot), file) || !isInside(realRoot, real)) {
    return {
      problems: [
        {
          message: `The notebook \`${spec.path}\` of script \`${script.name}\` lies outside the workspace.`,
          fix: 'Keep the notebook in the repository; a symbolic link may not lead out of it.',
          field,
        },
      ],
    };
  }
  let notebook: Notebook;
  try {
    notebook = parseNotebook(await readFile(real, 'utf8'), display);
  } catch (error) {
    const message =
      error instanceof NotebookFormatError
        ? error.message
        : `The notebook \`${display}\` could not be read: ${(error as Error).message}.`;
    return { problems: [{ message, fix: 'Open it in Jupyter and save it again, or fix the file.', field }] };
  }
  const { language, kernel, declared } = kernelLanguage(notebook, spec.kernel);
  if (!language) {
    return {
      problems: [
        {
          message: `The notebook \`${display}\` runs the kernel \`${kernel}\`${
            declared ? ` (language \`${declared}\`)` : ''
          }, whose parameters cannot be written: Python, R, Julia and bash kernels are supported.`,
          fix: spec.kernel
            ? 'Set `kernel` in the manifest to a Python, R, Julia or bash kernel.'
            : 'Save the notebook with a Python, R, Julia or bash kernel, or set `kernel` in the manifest.',
          field: 'kernel',
        },
      ],
    };
  }
  return { loaded: { notebook, file: real, display, kernel, language } };
}

/** Every problem of a notebook script's notebook; empty when it can run. */
export async function checkNotebook(script: Script, workspaceRoot: string): Promise<Problem[]> {
  const result = await loadScriptNotebook(script, workspaceRoot);
  if ('problems' in result) return result.problems;
  return checkLoadedNotebook(script, result.loaded);
}

/** The argument checks, on a notebook already read. */
export function checkLoadedNotebook(script: Script, loaded: LoadedNotebook): Problem[] {
  const { notebook, display, language } = loaded;
  const problems: Problem[] = [];
  const title = LANGUAGE_TITLES[language];
  for (const arg of script.args) {
    const why = identifierProblem(language, arg.name);
    if (why) {
      problems.push({
        message: `The argument \`${arg.name}\` of \`${script.name}\` ${why}, so it cannot be a parameter of the ${title} notebook \`${display}\`.`,
        fix: 'Rename the argument in the manifest and in the notebook.',
        field: arg.name,
      });
    }
  }
  if (script.args.length === 0) return problems;

  const index = firstTagged(notebook, PARAMETERS_TAG);
  if (index < 0) {
    problems.push({
      message: `The notebook \`${display}\` has no cell tagged \`${PARAMETERS_TAG}\`, so it does not assign the arguments of \`${script.name}\` (${script.args
        .map((a) => `\`${a.name}\``)
        .join(', ')}).`,
      fix: `In Jupyter, add the tag \`${PARAMETERS_TAG}\` to the cell that sets their default values (View → Cell Toolbar → Tags).`,
    });
    return problems;
  }
  const assigned = assignedNames(language, sourceText(notebook.cells[index].source));
  const listed = assigned.length ? assigned.map((n) => `\`${n}\``).join(', ') : 'nothing';
  for (const arg of script.args) {
    if (assigned.includes(arg.name)) continue;
    const guess = closest(arg.name, assigned);
    problems.push({
      message: `The \`${PARAMETERS_TAG}\` cell of \`${display}\` does not assign \`${arg.name}\`, an argument of \`${script.name}\`, so its value would do nothing. The cell assigns: ${listed}.`,
      fix: guess
        ? `Did you mean \`${guess}\`? Rename the argument or the notebook's variable so that they match.`
        : `Add \`${arg.name} = <default>\` to the \`${PARAMETERS_TAG}\` cell, or remove the argument.`,
      field: arg.name,
    });
  }
  return problems;
}
