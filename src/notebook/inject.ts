/**
 * Papermill's parameterization: a new code cell tagged `injected-parameters`, in place of an existing one,
 * else right after the first cell tagged `parameters`, else at the top; the parameters also go into the
 * notebook's `metadata.papermill.parameters`. The notebook is upgraded to nbformat 4.5 (cell ids) first,
 * as papermill does.
 */
import { firstTagged, newCellId, type Notebook, type NotebookCell } from './ipynb';
import { codifyParameters, type KernelLanguage, type ParameterValue } from './translate';

export const PARAMETERS_TAG = 'parameters';
export const INJECTED_TAG = 'injected-parameters';

export type Placement = 'replaced' | 'after-parameters' | 'top';

/** Adds cell ids and sets nbformat_minor to 5 when the notebook is older (nbformat's `upgrade`). */
export function upgradeToCurrent(notebook: Notebook): void {
  if (notebook.nbformat_minor >= 5) return;
  notebook.nbformat_minor = 5;
  for (const cell of notebook.cells) if (typeof cell.id !== 'string') cell.id = newCellId();
}

/**
 * Injects the parameters into `notebook` (changed in place). Returns where the cell went and its index.
 * `parameters` are in manifest order.
 */
export function injectParameters(
  notebook: Notebook,
  language: KernelLanguage,
  parameters: [string, ParameterValue][],
): { placement: Placement; index: number } {
  upgradeToCurrent(notebook);
  const cell: NotebookCell = {
    cell_type: 'code',
    execution_count: null,
    id: newCellId(),
    metadata: { tags: [INJECTED_TAG] },
    outputs: [],
    source: codifyParameters(language, parameters),
  };
  const injected = firstTagged(notebook, INJECTED_TAG);
  const tagged = firstTagged(notebook, PARAMETERS_TAG);
  let placement: Placement;
  let index: number;
  if (injected >= 0) {
    placement = 'replaced';
    index = injected;
    notebook.cells.splice(injected, 1, cell);
  } else if (tagged >= 0) {
    placement = 'after-parameters';
    index = tagged + 1;
    notebook.cells.splice(index, 0, cell);
  } else {
    placement = 'top';
    index = 0;
    notebook.cells.unshift(cell);
  }
  const papermill = (notebook.metadata.papermill ?? {}) as Record<string, unknown>;
  papermill.parameters = Object.fromEntries(parameters);
  notebook.metadata.papermill = papermill;
  return { placement, index };
}
