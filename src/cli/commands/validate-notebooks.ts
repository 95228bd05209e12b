/**
 * `validate` reads every notebook script's notebook: it exists inside the workspace, is a notebook of a
 * supported kernel language, and its `parameters` cell assigns every argument (the check each run repeats).
 */
import type { Manifest } from '../../manifest/types';
import { checkNotebook } from '../../notebook/check';

/** Prints each problem on stderr; true when every notebook can run. */
export async function notebooksValid(manifest: Manifest, root: string): Promise<boolean> {
  const lines: string[] = [];
  for (const script of Object.values(manifest.scripts)) {
    if (!script.notebook) continue;
    for (const problem of await checkNotebook(script, root)) {
      lines.push(
        `${manifest.file}: script \`${script.name}\`: ${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`,
      );
    }
  }
  if (lines.length === 0) return true;
  const count = lines.length;
  process.stderr.write(
    `${manifest.file}: ${count} notebook problem${count === 1 ? '' : 's'}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  );
  return false;
}
