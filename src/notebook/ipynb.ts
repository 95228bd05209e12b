/** The parts of the Jupyter notebook format (nbformat 4) this project reads and writes. */
import { randomBytes } from 'node:crypto';

export type MultilineString = string | string[];

export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: MultilineString;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
  [key: string]: unknown;
}

export interface NotebookCell {
  cell_type: string;
  id?: string;
  source: MultilineString;
  metadata: Record<string, unknown> & { tags?: string[] };
  execution_count?: number | null;
  outputs?: NotebookOutput[];
  [key: string]: unknown;
}

export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown> & {
    kernelspec?: { name?: string; language?: string; display_name?: string };
    language_info?: { name?: string };
  };
  cells: NotebookCell[];
}

export class NotebookFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotebookFormatError';
  }
}

/** A cell's source as one string (nbformat stores it as a string or a list of lines). */
export function sourceText(source: MultilineString | undefined): string {
  if (source === undefined) return '';
  return Array.isArray(source) ? source.join('') : source;
}

export function hasTag(cell: NotebookCell, tag: string): boolean {
  const tags = cell.metadata?.tags;
  return Array.isArray(tags) && tags.includes(tag);
}

/** Index of the first cell tagged `tag`, or -1 (papermill's `find_first_tagged_cell_index`). */
export function firstTagged(notebook: Notebook, tag: string): number {
  return notebook.cells.findIndex((cell) => hasTag(cell, tag));
}

/** A new cell id as nbformat makes them (8 hex digits). */
export function newCellId(): string {
  return randomBytes(4).toString('hex');
}

/** Parses notebook JSON; `where` names the file in messages. Throws NotebookFormatError. */
export function parseNotebook(text: string, where: string): Notebook {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NotebookFormatError(
      `The notebook \`${where}\` is not valid JSON (${(error as Error).message}); a .ipynb file is JSON.`,
    );
  }
  const nb = data as Partial<Notebook> | null;
  if (nb === null || typeof nb !== 'object' || Array.isArray(nb) || !Array.isArray(nb.cells)) {
    throw new NotebookFormatError(
      `The notebook \`${where}\` has no \`cells\` list: it is not a Jupyter notebook.`,
    );
  }
  if (nb.nbformat !== 4) {
    throw new NotebookFormatError(
      `The notebook \`${where}\` is in notebook format ${String(nb.nbformat)}; format 4 is needed (open and save it in a current Jupyter).`,
    );
  }
  for (const [i, cell] of nb.cells.entries()) {
    if (cell === null || typeof cell !== 'object' || typeof cell.cell_type !== 'string') {
      throw new NotebookFormatError(`The notebook \`${where}\` has a malformed cell (number ${i + 1}).`);
    }
    if (cell.metadata === undefined || cell.metadata === null || typeof cell.metadata !== 'object')
      cell.metadata = {};
  }
  if (nb.metadata === undefined || nb.metadata === null || typeof nb.metadata !== 'object') nb.metadata = {};
  return nb as Notebook;
}

/** The kernel's language as papermill reads it: `language_info.name`, else `kernelspec.language`. */
export function notebookLanguage(notebook: Notebook): string | undefined {
  return notebook.metadata.language_info?.name ?? notebook.metadata.kernelspec?.language;
}
