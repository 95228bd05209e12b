/** The CLI's local checkouts: which one a run uses, and what it refuses to touch. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Script, Target } from '../../manifest/types';
import { uncommittedChanges } from './content-repo';

/**
 * Picks the local checkout of the target (into `contents`): `--content`, else one that exists at the target's
 * `path`. Warns when `--content` points elsewhere while the command names the manifest's path. Returns why a
 * write script is refused (uncommitted changes in its checkout), else undefined.
 */
export async function prepareCheckout(
  root: string,
  script: Script,
  target: Target,
  contents: Record<string, string>,
  dryRun: boolean,
): Promise<string | undefined> {
  const manifestPath = path.resolve(root, target.path);
  const given = contents[target.key];
  if (given === undefined) {
    const entries = await fs.readdir(manifestPath).catch(() => undefined);
    if (entries && entries.length > 0) {
      contents[target.key] = manifestPath;
      process.stderr.write(`Using the checkout at ${path.relative(process.cwd(), manifestPath) || '.'}\n`);
    }
  } else if (path.resolve(given) !== manifestPath) {
    const words = [...script.command, ...(script.notebook ? [script.notebook.path] : [])];
    const named = words.some((word) => word.includes(target.path.replace(/\/+$/, '')));
    if (named) {
      process.stderr.write(
        `warning: the command of \`${script.name}\` names \`${target.path}\`, the manifest's path for ` +
          `\`${target.key}\`, but --content gives ${given}: the script may not read that checkout. ` +
          "Use `{target_path}` in the command, or put the checkout at the manifest's path.\n",
      );
    }
  }
  const checkout = contents[target.key];
  if (script.mode !== 'write' || checkout === undefined) return undefined;
  const dirty = await uncommittedChanges(checkout);
  if (dirty.length === 0) return undefined;
  const shown = dirty.slice(0, 10).map((line) => `  ${line}`);
  if (dirty.length > 10) shown.push(`  … and ${dirty.length - 10} more`);
  return [
    `\`${script.name}\` changes files, but the checkout ${checkout} has uncommitted changes:`,
    ...shown,
    `Commit or stash them first (\`git -C ${checkout} stash -u\`)${dryRun ? ', even for a dry run' : ''}, ` +
      "so that the script's changes stay apart from yours.",
  ].join('\n');
}

/** Removes `dir` when it is an empty folder. */
export async function removeIfEmpty(dir: string): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  if (entries && entries.length === 0) await fs.rmdir(dir).catch(() => undefined);
}
