/**
 * The "Run workflow" dropdown of scripts: in a workflow file, the line
 *   `options: [a, b] # script-dispatcher:scripts`
 * holds the manifest's script names, kept in step by `script-dispatcher generate`.
 */
export const OPTIONS_MARKER = '# script-dispatcher:scripts';

const LINE = /^(\s*options:\s*)\[[^\]\n]*\](\s*# script-dispatcher:scripts\s*)$/gm;

/** The workflow text with every marked options line listing `names`; unchanged when there is none. */
export function withScriptOptions(workflow: string, names: readonly string[]): string {
  const list = `[${names.map((n) => (/^[A-Za-z0-9_-]+$/.test(n) ? n : JSON.stringify(n))).join(', ')}]`;
  return workflow.replace(LINE, (_line, head: string, tail: string) => `${head}${list}${tail}`);
}

export function hasScriptOptions(workflow: string): boolean {
  return new RegExp(LINE.source, 'm').test(workflow);
}
