import * as path from 'node:path';
import { UserError } from '../errors';
import { exists } from '../shared/paths';

const MANIFEST = path.join('.github', 'script-dispatcher.yml');

/**
 * The manifest and the repository root: `--manifest` (relative to the current directory) and `--root` when
 * given; else the nearest `.github/script-dispatcher.yml` from the current directory upwards, stopping at the
 * repository root (the first folder holding `.git`).
 */
export async function locateManifest(
  rootOption: string | undefined,
  manifestOption: string | undefined,
): Promise<{ root: string; manifestPath: string }> {
  if (rootOption !== undefined || manifestOption !== undefined) {
    const root = path.resolve(rootOption ?? '.');
    const manifestPath = manifestOption ? path.resolve(manifestOption) : path.join(root, MANIFEST);
    return { root, manifestPath };
  }
  const start = process.cwd();
  for (let dir = start; ;) {
    const candidate = path.join(dir, MANIFEST);
    if (await exists(candidate)) return { root: dir, manifestPath: candidate };
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, '.git')))) break;
    dir = parent;
  }
  throw new UserError(
    `No manifest found: no ${MANIFEST} in ${start} or above it, up to the repository root.`,
    [
      {
        message: `No ${MANIFEST} here or in a parent folder.`,
        fix: 'Run the command inside your repository, give `--manifest FILE`, or create one with `script-dispatcher init`.',
      },
    ],
  );
}
