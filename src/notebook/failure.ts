/** The runner's failure file (written when a notebook run fails), as the reason the status comment shows. */
import { readFile } from 'node:fs/promises';

export interface NotebookFailure {
  kind: 'cell-error' | 'dead-kernel' | 'missing' | 'kernel-start' | 'bad-notebook' | 'terminated';
  /** The failing cell's execution count (`In [N]`), when it has one. */
  cell?: number | null;
  ename?: string;
  evalue?: string;
  /** Without colour codes. */
  traceback?: string;
  message?: string;
}

/** `In [3]: KeyError: 'caption'`, or the runner's own sentence for the other kinds. */
export function describeNotebookFailure(failure: NotebookFailure): string {
  if (failure.kind === 'cell-error') {
    const where = typeof failure.cell === 'number' ? `In [${failure.cell}]` : 'A cell';
    const what = failure.evalue
      ? `${failure.ename ?? 'Error'}: ${failure.evalue}`
      : (failure.ename ?? 'Error');
    return `${where}: ${oneLine(what)}`;
  }
  return oneLine(failure.message ?? `the notebook run failed (${failure.kind})`);
}

function oneLine(text: string): string {
  const flat = text
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** The parsed failure file, or undefined when there is none (the run succeeded, or was killed). */
export async function loadNotebookFailure(file: string): Promise<NotebookFailure | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as NotebookFailure;
    return data && typeof data === 'object' && typeof data.kind === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The reason text for a failed notebook run, or undefined when the runner left no failure file. */
export async function readNotebookFailure(file: string): Promise<string | undefined> {
  const failure = await loadNotebookFailure(file);
  return failure ? describeNotebookFailure(failure) : undefined;
}
