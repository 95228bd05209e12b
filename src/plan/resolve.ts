import { RequestError } from '../errors';
import type { Manifest, Script, Target } from '../manifest/types';
import { own } from '../shared/own';
import { closest } from '../shared/similar';

/** The script a request names, or a RequestError that lists the scripts that exist. */
export function resolveScript(manifest: Manifest, name: string): Script {
  const script = own(manifest.scripts, name);
  if (script) return script;
  const names = Object.keys(manifest.scripts);
  const byTitle = Object.values(manifest.scripts).find(
    (s) => s.title.toLowerCase() === name.trim().toLowerCase(),
  );
  if (byTitle) return byTitle;
  const suggestion = closest(name, names);
  throw new RequestError(`Unknown script \`${name}\`.`, [
    {
      field: 'script',
      message: `There is no script called \`${name}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}.`,
      fix: `Scripts that exist: ${names.map((n) => `\`${n}\``).join(', ')}.`,
    },
  ]);
}

/**
 * The content repository a request names (by key or title), or the script's first target when it names
 * none. Undefined when the script needs no repository.
 */
export function resolveTarget(manifest: Manifest, script: Script, given?: string): Target | undefined {
  const allowed = script.targets
    .map((key) => own(manifest.repositories, key))
    .filter((t): t is Target => t !== undefined);
  if (!given || !given.trim()) return allowed[0];
  const wanted = given.trim().toLowerCase();
  const found =
    allowed.find((t) => t.key === given.trim()) ??
    allowed.find((t) => t.key.toLowerCase() === wanted || t.title.toLowerCase() === wanted);
  if (found) return found;
  const list = allowed
    .map((t) => (t.title !== t.key ? `\`${t.key}\` (${t.title})` : `\`${t.key}\``))
    .join(', ');
  throw new RequestError(`Unknown content repository \`${given}\` for \`${script.name}\`.`, [
    {
      field: 'target',
      message: `\`${script.name}\` cannot run on \`${given}\`.`,
      fix: allowed.length
        ? `It runs on: ${list}.`
        : 'This script needs no content repository; leave the target empty.',
    },
  ]);
}
