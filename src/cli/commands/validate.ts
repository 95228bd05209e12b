import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { generateFormsWithFlows, withFlowsAsScripts } from '../../forms/flows';
import { hasScriptOptions, withScriptOptions } from '../../forms/workflow-options';
import { hasTriggerEvents, validateTriggerWorkflows, withTriggerEvents } from '../../forms/workflow-triggers';
import type { Manifest } from '../../manifest/types';
import { orphanForms, withDocs, workflowFiles } from '../generated';
import { notebooksValid } from './validate-notebooks';

/** `validate [--check-generated]`: the manifest is valid (it was loaded), and the generated files are current. */
export async function validateCommand(
  manifest: Manifest,
  root: string,
  checkGenerated: boolean,
): Promise<number> {
  const count = Object.keys(manifest.scripts).length;
  if (!(await notebooksValid(manifest, root))) return 1;
  process.stdout.write(`${manifest.file}: valid (${count} script${count === 1 ? '' : 's'})\n`);
  const unreachable = await unreachableTriggers(manifest, root);
  if (!checkGenerated || unreachable) return unreachable ? 1 : 0;
  const stale: string[] = [];
  for (const form of generateFormsWithFlows(manifest)) {
    const current = await fs.readFile(path.join(root, form.path), 'utf8').catch(() => undefined);
    if (current !== form.content) stale.push(form.path);
  }
  for (const file of await orphanForms(withFlowsAsScripts(manifest), root))
    stale.push(`${file} (no such script)`);
  const readme = await fs.readFile(path.join(root, 'README.md'), 'utf8').catch(() => undefined);
  if (readme !== undefined && readme !== withDocs(readme, manifest)) {
    stale.push('README.md (scripts table)');
  }
  for (const file of await workflowFiles(root)) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    if (
      hasScriptOptions(text) &&
      withScriptOptions(text, Object.keys(withFlowsAsScripts(manifest).scripts)) !== text
    ) {
      stale.push(`${file} (list of scripts)`);
    }
    if (hasTriggerEvents(text) && withTriggerEvents(text, manifest.triggers ?? []) !== text) {
      stale.push(`${file} (events of the triggers)`);
    }
  }
  if (stale.length === 0) {
    process.stdout.write('generated files are up to date\n');
    return 0;
  }
  process.stderr.write(
    `These generated files are out of date:\n${stale.map((s) => `  ${s}`).join('\n')}\n` +
      'Run `script-dispatcher generate` and commit the result.\n',
  );
  return 1;
}

/** Prints every trigger no workflow of `.github/workflows/` can fire; true when there is one. */
async function unreachableTriggers(manifest: Manifest, root: string): Promise<boolean> {
  const problems = await validateTriggerWorkflows(
    manifest.triggers ?? [],
    path.resolve(root, manifest.file),
    manifest.file,
    root,
  );
  for (const p of problems) {
    const at = p.position ? `${p.position.file}:${p.position.line}:${p.position.column}: ` : '';
    process.stderr.write(`${at}${p.message}\n${p.fix ? `  ${p.fix}\n` : ''}`);
  }
  return problems.length > 0;
}
