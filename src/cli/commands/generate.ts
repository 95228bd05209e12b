import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { generateFormsWithFlows, withFlowsAsScripts } from '../../forms/flows';
import { withScriptOptions } from '../../forms/workflow-options';
import { withTriggerEvents } from '../../forms/workflow-triggers';
import type { Manifest } from '../../manifest/types';
import { DOCS_END, DOCS_START, docsMarkers, orphanForms, withDocs, workflowFiles } from '../generated';

/** `generate`: writes the issue forms, the scripts dropdowns of the workflows and the README's table. */
export async function generateCommand(manifest: Manifest, root: string): Promise<number> {
  for (const file of await orphanForms(withFlowsAsScripts(manifest), root)) {
    await fs.rm(path.join(root, file));
    process.stdout.write(`removed ${file}\n`);
  }
  for (const form of generateFormsWithFlows(manifest)) {
    const file = path.join(root, form.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, form.content);
    process.stdout.write(`wrote ${form.path}\n`);
  }
  for (const file of await workflowFiles(root)) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    const updated = withScriptOptions(text, Object.keys(withFlowsAsScripts(manifest).scripts));
    const withEvents = withTriggerEvents(updated, manifest.triggers ?? []);
    if (withEvents !== text) {
      await fs.writeFile(path.join(root, file), withEvents);
      if (updated !== text) process.stdout.write(`updated the list of scripts in ${file}\n`);
      if (withEvents !== updated) process.stdout.write(`updated the events of the triggers in ${file}\n`);
    }
  }
  const readmePath = path.join(root, 'README.md');
  const readme = await fs.readFile(readmePath, 'utf8').catch(() => undefined);
  if (readme !== undefined && docsMarkers(readme.split('\n'))) {
    const updated = withDocs(readme, manifest);
    if (updated !== readme) await fs.writeFile(readmePath, updated);
    process.stdout.write('updated the scripts table of README.md\n');
  } else {
    process.stdout.write(
      `(add ${DOCS_START} and ${DOCS_END} to README.md to keep a table of the scripts there)\n`,
    );
  }
  return 0;
}
