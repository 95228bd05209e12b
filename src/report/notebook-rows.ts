/** The status comment's rows for a notebook script: the notebook, its executed copy and HTML, its figures. */
import { formatCount, plural } from '../shared/markdown';
import type { RunReport } from './types';

/** `code` renders one name as escaped inline code; at most `maxFiles` figures are named. */
export function notebookRows(
  notebook: NonNullable<RunReport['notebook']>,
  code: (text: string) => string,
  maxFiles: number,
): [string, string][] {
  const made: string[] = [];
  if (notebook.notebook) made.push(`executed copy ${code(notebook.notebook)}`);
  if (notebook.html) made.push(`HTML ${code(notebook.html)}`);
  const rows: [string, string][] = [
    ['Notebook', made.length ? `${code(notebook.path)} → ${made.join(', ')}` : code(notebook.path)],
  ];
  const { figures } = notebook;
  if (figures.length > 0) {
    const shown = figures.slice(0, maxFiles).map(code);
    const more = figures.length - shown.length;
    rows.push([
      'Figures',
      shown.length === 0
        ? plural(figures.length, 'figure')
        : more > 0
          ? `${shown.join(', ')}, and ${formatCount(more)} more`
          : shown.join(', '),
    ]);
  }
  return rows;
}
