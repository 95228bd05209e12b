import { closest } from '../shared/similar';
import { describePath, type ManifestPath } from './locate';

/** Reports one problem at a place of the manifest. */
export type Report = (path: ManifestPath, part: 'key' | 'value', message: string, fix?: string) => void;

/** A script's or flow's `targets` must name keys of `repositories`. */
export function checkTargetKeys(
  base: ManifestPath,
  targets: unknown,
  repositoryKeys: string[],
  report: Report,
): void {
  if (!Array.isArray(targets)) return;
  targets.forEach((target, i) => {
    if (typeof target !== 'string' || repositoryKeys.includes(target)) return;
    const guess = closest(target, repositoryKeys);
    report(
      [...base, 'targets', i],
      'value',
      `\`${describePath([...base, 'targets'])}\` names \`${target}\`, which is not a key of \`repositories\`${
        repositoryKeys.length ? ` (${repositoryKeys.join(', ')})` : ' (there are none)'
      }.`,
      guess ? `Did you mean \`${guess}\`?` : `Add \`${target}\` under \`repositories\`, or remove it here.`,
    );
  });
}
