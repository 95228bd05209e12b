/**
 * Placeholders in `command`, `outputs.path` and `pull-request` fields: `{job}`, `{script}`, `{target}`,
 * `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. A placeholder is replaced inside the
 * one string it stands in; the result is never split, so each command element stays one argv element.
 */

export const PLACEHOLDERS = [
  'job',
  'script',
  'target',
  'target_path',
  'output',
  'issue',
  'requester',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** Names of scripts, targets and arguments: safe in argv flags, branch names, artifact names and paths. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Anything that looks like a placeholder: `{word}` or `{args.word}`. */
const TOKEN = /\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)?)\}/g;

/** The placeholder names a template uses, in order (e.g. `job`, `args.eps`). */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(TOKEN)].map((m) => m[1]);
}

/** Whether `name` is a placeholder this project knows, given the script's argument names. */
export function isKnownPlaceholder(name: string, argNames: readonly string[]): boolean {
  if (name.startsWith('args.')) return argNames.includes(name.slice('args.'.length));
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Replaces every known placeholder in `template` with its value. Unknown ones are left as they are (the
 * manifest check rejects them before any run).
 */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(TOKEN, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}
