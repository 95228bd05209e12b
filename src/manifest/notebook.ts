/**
 * The manifest's rules for notebook scripts (`notebook:` instead of `command:`, `kernel`, `python`), and
 * their typed form. What needs the notebook file itself is in src/notebook/check.ts.
 */
import { describePath, type ManifestPath } from './locate';
import { depthOf, looksAbsolute } from './paths';
import type { RawScript, RawSettings } from './raw';
import type { NotebookSpec } from './types';
import { describeValue } from './words';

type Mapping = Record<string, unknown>;
type Report = (path: ManifestPath, part: 'key' | 'value', message: string, fix?: string) => void;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const DEFAULT_PYTHON = 'python3';

/** A name every supported kernel language (Python, R, Julia, bash) can assign; each language adds its own rules. */
export const PORTABLE_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The notebook field of a typed script, when it is a notebook script. */
export function buildNotebook(raw: RawScript, defaults: RawSettings): { notebook?: NotebookSpec } {
  if (raw.notebook === undefined) return {};
  return {
    notebook: {
      path: raw.notebook.replace(/\\/g, '/'),
      ...(raw.kernel !== undefined ? { kernel: raw.kernel } : {}),
      python: raw.python ?? defaults.python ?? DEFAULT_PYTHON,
    },
  };
}

/** The notebook rules for one script (`base` is `['scripts', name]`). */
export function checkNotebookScript(
  base: ManifestPath,
  script: Mapping,
  defaults: unknown,
  report: Report,
): void {
  const where = `\`${describePath(base)}\``;
  const hasCommand = 'command' in script;
  const hasNotebook = 'notebook' in script;
  if (!hasCommand && !hasNotebook) return; // the schema requires `command` then
  if (hasCommand && hasNotebook) {
    report(
      [...base, 'notebook'],
      'key',
      `${where} has both \`command\` and \`notebook\`; a script runs one or the other.`,
      'Remove `command` to run the notebook, or remove `notebook`.',
    );
  }
  if (!hasNotebook) {
    for (const key of ['kernel', 'python']) {
      if (!(key in script)) continue;
      report(
        [...base, key],
        'key',
        `\`${key}\` only applies to notebook scripts; ${where} runs a \`command\`.`,
        `Remove \`${key}\`, or replace \`command\` with \`notebook: path/to/notebook.ipynb\`.`,
      );
    }
    return;
  }

  const path = [...base, 'notebook'];
  const value = script.notebook;
  if (typeof value === 'string' && value !== '') {
    const workingDirectory =
      typeof script['working-directory'] === 'string'
        ? script['working-directory']
        : isMapping(defaults) && typeof defaults['working-directory'] === 'string'
          ? defaults['working-directory']
          : '.';
    checkNotebookPath(path, value, workingDirectory, report);
  }

  if (isMapping(script.args)) {
    for (const name of Object.keys(script.args)) {
      if (PORTABLE_IDENTIFIER.test(name)) continue;
      const suggestion = name.replace(/-/g, '_').replace(/^[^A-Za-z]+/, '');
      report(
        [...base, 'args', name],
        'key',
        `The argument \`${name}\` of notebook script ${where} must be a variable name in the notebook: it becomes \`${name} = ...\` in the injected parameters cell.`,
        `Use letters, digits and \`_\`, starting with a letter${suggestion && PORTABLE_IDENTIFIER.test(suggestion) ? `, e.g. \`${suggestion}\`` : ''}.`,
      );
    }
  }
}

function checkNotebookPath(
  path: ManifestPath,
  value: string,
  workingDirectory: string,
  report: Report,
): void {
  const at = `\`${describePath(path)}\``;
  if (looksAbsolute(value)) {
    report(
      path,
      'value',
      `${at} must be a path relative to the working directory (got ${describeValue(value)}).`,
      'Write it relative to the working directory, e.g. `notebooks/report.ipynb`.',
    );
    return;
  }
  // Depth below the workspace: the working directory's, then the notebook's segments.
  if (depthOf(workingDirectory, value) < 0) {
    report(
      path,
      'value',
      `${at} leads out of the workspace with \`..\` (got ${describeValue(value)}); the notebook must lie inside it.`,
      'Move the notebook into the repository and name it relative to the working directory.',
    );
    return;
  }
  if (!/\.ipynb$/i.test(value)) {
    report(
      path,
      'value',
      `${at} must name a Jupyter notebook, a \`.ipynb\` file (got ${describeValue(value)}).`,
      'To run another kind of file, use `command:` instead.',
    );
  }
}
