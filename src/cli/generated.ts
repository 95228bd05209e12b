/** The files `generate` writes and `validate --check-generated` compares: forms, the README table, dropdowns. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { docsTable } from '../forms/docs';
import { FORMS_DIRECTORY, generateForms, isGeneratedForm } from '../forms/generate';
import type { Manifest } from '../manifest/types';

/** Where the generated scripts table goes in a README. */
export const DOCS_START = '<!-- script-dispatcher:scripts -->';
export const DOCS_END = '<!-- /script-dispatcher:scripts -->';

/** Workflow files whose `options:` line may carry the list of scripts (see workflow-options.ts). */
export async function workflowFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const dir of [path.join('.github', 'workflows'), 'workflows-examples']) {
    const names = await fs.readdir(path.join(root, dir)).catch(() => [] as string[]);
    for (const name of names.sort()) if (/\.ya?ml$/.test(name)) files.push(path.join(dir, name));
  }
  return files;
}

/** Generated forms whose script is gone. */
export async function orphanForms(manifest: Manifest, root: string): Promise<string[]> {
  const expected = new Set(generateForms(manifest).map((f) => path.normalize(f.path)));
  const names = await fs.readdir(path.join(root, FORMS_DIRECTORY)).catch(() => [] as string[]);
  const orphans: string[] = [];
  for (const name of names) {
    const file = path.join(FORMS_DIRECTORY, name);
    if (!name.startsWith('script-') || expected.has(path.normalize(file))) continue;
    const text = await fs.readFile(path.join(root, file), 'utf8').catch(() => '');
    if (isGeneratedForm(text)) orphans.push(file);
  }
  return orphans;
}

/** Lines of the first pair of docs markers, each alone on its line. */
export function docsMarkers(lines: string[]): { start: number; end: number } | undefined {
  const start = lines.findIndex((line) => line.trim() === DOCS_START);
  const end = lines.findIndex((line, i) => i > start && line.trim() === DOCS_END);
  return start >= 0 && end > start ? { start, end } : undefined;
}

/** The README with the scripts table between the markers; unchanged when it has none. */
export function withDocs(readme: string, manifest: Manifest): string {
  const lines = readme.split('\n');
  const markers = docsMarkers(lines);
  if (!markers) return readme;
  return [...lines.slice(0, markers.start + 1), docsTable(manifest), ...lines.slice(markers.end)].join('\n');
}
