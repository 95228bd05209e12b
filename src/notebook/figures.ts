/**
 * The images an executed notebook displayed, as files: `figures/cell-<N>-<K>.<ext>`, N the cell's execution
 * count (`In [N]`), K the 1-based position of the output among that cell's outputs that hold an image. An
 * output holding the same figure in several formats gives one file per format, all with the same K.
 * The runner (runner.py) writes the same files by the same rules.
 */
import { sourceText, type Notebook } from './ipynb';

export const FIGURE_TYPES: readonly { mime: string; ext: string; base64: boolean }[] = [
  { mime: 'image/png', ext: 'png', base64: true },
  { mime: 'image/jpeg', ext: 'jpg', base64: true },
  { mime: 'image/svg+xml', ext: 'svg', base64: false },
];

export interface Figure {
  /** Relative to the output directory, with `/`. */
  path: string;
  data: Buffer;
}

export function extractFigures(notebook: Notebook, folder = 'figures'): Figure[] {
  const figures: Figure[] = [];
  for (const cell of notebook.cells) {
    if (cell.cell_type !== 'code' || !Array.isArray(cell.outputs)) continue;
    const count = cell.execution_count;
    if (typeof count !== 'number' || !Number.isInteger(count)) continue;
    let k = 0;
    for (const output of cell.outputs) {
      if (output.output_type !== 'display_data' && output.output_type !== 'execute_result') continue;
      const data = output.data;
      if (!data || typeof data !== 'object') continue;
      const present = FIGURE_TYPES.filter(
        (t) => typeof data[t.mime] === 'string' || Array.isArray(data[t.mime]),
      );
      if (present.length === 0) continue;
      k += 1;
      for (const type of present) {
        const text = sourceText(data[type.mime] as string | string[]);
        figures.push({
          path: `${folder}/cell-${count}-${k}.${type.ext}`,
          data: type.base64 ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
        });
      }
    }
  }
  return figures;
}
