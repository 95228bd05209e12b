/** How the manifest's relative paths are checked (`path`, `working-directory`, `outputs.path`, `notebook`). */

/** A path written as absolute (`/x`, `\x`, `~/x`, `C:x`), where the manifest wants a relative one. */
export function looksAbsolute(value: string): boolean {
  return /^([/\\~]|[A-Za-z]:)/.test(value);
}

/**
 * How many folders below its start the relative `paths`, one after the other, lead; -1 as soon as a `..`
 * leads above the start.
 */
export function depthOf(...paths: string[]): number {
  let depth = 0;
  for (const segment of paths.flatMap((p) => p.split(/[/\\]+/))) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return -1;
  }
  return depth;
}
