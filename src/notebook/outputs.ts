/** What a notebook run left in its output directory, for the status comment: the notebook, its HTML, its figures. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface NotebookOutputs {
  /** Relative to the output directory, with `/`; undefined when not there. */
  notebook?: string;
  html?: string;
  /** `figures/cell-N-K.ext`, by N, then K, then extension. */
  figures: string[];
}

const FIGURE = /^cell-(\d+)-(\d+)\.(png|jpg|svg)$/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** `name` is the notebook's file name without `.ipynb`. */
export async function listNotebookOutputs(outputDir: string, name: string): Promise<NotebookOutputs> {
  const result: NotebookOutputs = { figures: [] };
  if (await isFile(path.join(outputDir, `${name}.ipynb`))) result.notebook = `${name}.ipynb`;
  if (await isFile(path.join(outputDir, `${name}.html`))) result.html = `${name}.html`;
  let entries: string[];
  try {
    entries = await readdir(path.join(outputDir, 'figures'));
  } catch {
    return result;
  }
  const figures = entries
    .map((entry) => ({ entry, match: FIGURE.exec(entry) }))
    .filter((f): f is { entry: string; match: RegExpExecArray } => f.match !== null)
    .sort(
      (a, b) =>
        Number(a.match[1]) - Number(b.match[1]) ||
        Number(a.match[2]) - Number(b.match[2]) ||
        a.match[3].localeCompare(b.match[3]),
    );
  result.figures = figures.map((f) => `figures/${f.entry}`);
  return result;
}
