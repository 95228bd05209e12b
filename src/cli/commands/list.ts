import type { Manifest } from '../../manifest/types';

/** `list`: one line per script and flow: name, mode (or `flow`), targets, title; tab-separated. */
export function listCommand(manifest: Manifest): number {
  for (const script of Object.values(manifest.scripts)) {
    const targets = script.targets.join(', ') || '-';
    process.stdout.write(`${script.name}\t${script.mode}\t${targets}\t${script.title}\n`);
  }
  for (const flow of Object.values(manifest.flows ?? {})) {
    const targets = flow.targets.join(', ') || '-';
    process.stdout.write(`${flow.name}\tflow\t${targets}\t${flow.title}\n`);
  }
  return 0;
}
