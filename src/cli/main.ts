import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { argsFromObject } from '../args/parse';
import { downloadAttachment } from '../args/download';
import { formatProblems, UserError } from '../errors';
import { FORMS_DIRECTORY, generateForms, isGeneratedForm } from '../forms/generate';
import { docsTable } from '../forms/docs';
import { hasScriptOptions, withScriptOptions } from '../forms/workflow-options';
import { loadManifest } from '../manifest/load';
import type { Manifest } from '../manifest/types';
import { errorMessage, runPipeline } from '../pipeline';
import { LocalArtifactStore } from '../publish/artifact';
import { checkoutForCli, publishForCli } from '../publish/content';
import { renderHelp } from '../report/help';
import { renderSummary } from '../report/summary';
import type { RunRequest } from '../request/types';
import { Masker } from '../shared/mask';
import { TerminalLog, TerminalReporter } from './terminal';

const USAGE = `Usage: script-dispatcher <command> [options]

Commands:
  run <script> [--target T] [--arg name=value ...] [--content T=PATH] [--dry-run]
                      Run a script locally, as it runs in Actions.
  validate [--check-generated]
                      Check the manifest (and that the issue forms are up to date).
  generate            Write the issue forms (.github/ISSUE_TEMPLATE/) and the scripts table of README.md.
  list                List the scripts.
  help <script>       Explain a script's arguments.

Options:
  --manifest FILE     The manifest (default: .github/script-dispatcher.yml)
  --root DIR          The repository root (default: the current directory)`;

/** Where the generated scripts table goes in a README. */
export const DOCS_START = '<!-- script-dispatcher:scripts -->';
export const DOCS_END = '<!-- /script-dispatcher:scripts -->';

class UsageError extends Error {}

/** Runs a CLI command; returns the process exit code. */
export async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        manifest: { type: 'string' },
        root: { type: 'string' },
        target: { type: 'string' },
        arg: { type: 'string', multiple: true },
        content: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        'check-generated': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const root = path.resolve(values.root ?? '.');
  const manifestPath = values.manifest ?? '.github/script-dispatcher.yml';
  try {
    const manifest = await loadManifest(path.resolve(root, manifestPath), manifestPath);
    switch (command) {
      case 'run':
        if (!rest[0]) throw new UsageError('`run` needs the name of a script.');
        return await runCommand(manifest, root, rest[0], values);
      case 'validate':
        return await validateCommand(manifest, root, values['check-generated'] ?? false);
      case 'generate':
        return await generateCommand(manifest, root);
      case 'list':
        for (const script of Object.values(manifest.scripts)) {
          const targets = script.targets.join(', ') || '-';
          process.stdout.write(`${script.name}\t${script.mode}\t${targets}\t${script.title}\n`);
        }
        return 0;
      case 'help':
        process.stdout.write(`${renderHelp(manifest, rest[0], (t) => t)}\n`);
        return rest[0] && !manifest.scripts[rest[0]] ? 1 : 0;
      default:
        throw new UsageError(`Unknown command \`${command}\`.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      process.stderr.write(`${error.message}\n`);
      if (error.problems.length && !error.message.includes(error.problems[0].message)) {
        process.stderr.write(`${formatProblems(error.problems)}\n`);
      }
      return 1;
    }
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return 1;
  }
}

function jobId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `local-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

function splitPair(text: string, what: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`${what} must be name=value, got \`${text}\`.`);
  return [text.slice(0, at), text.slice(at + 1)];
}

async function runCommand(
  manifest: Manifest,
  root: string,
  scriptName: string,
  values: { target?: string; arg?: string[]; content?: string[]; 'dry-run'?: boolean },
): Promise<number> {
  const raw: Record<string, string> = {};
  for (const pair of values.arg ?? []) {
    const [name, value] = splitPair(pair, '--arg');
    raw[name] = value;
  }
  const contents: Record<string, string> = {};
  for (const pair of values.content ?? []) {
    const [key, dir] = splitPair(pair, '--content');
    contents[key] = path.resolve(dir);
  }
  const script = manifest.scripts[scriptName];
  const targetKey = values.target ?? script?.targets[0];
  const id = jobId();
  const token = process.env.GITHUB_TOKEN ?? '';
  const masker = new Masker(token ? [token] : []);
  const request: RunRequest = {
    kind: 'run',
    source: 'cli',
    script: scriptName,
    target: values.target,
    args: argsFromObject(raw).args,
    requester: process.env.GITHUB_ACTOR || os.userInfo().username,
    openPullRequest: false,
    dryRun: values['dry-run'] ?? false,
  };
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const log = new TerminalLog();
  const report = await runPipeline(request, {
    manifest,
    environment: {
      jobId: id,
      workspace: root,
      tempDir: path.join(os.tmpdir(), 'script-dispatcher', id),
      defaultOutputDir: path.join(root, 'script-dispatcher-output', id),
      baseEnv: process.env,
      secrets: token ? [token] : [],
      targetPath: targetKey ? contents[targetKey] : undefined,
    },
    reporter: new TerminalReporter(),
    artifacts: new LocalArtifactStore(),
    log,
    masker,
    checkout: (job) =>
      checkoutForCli(job, { token, serverUrl, local: job.target ? contents[job.target.key] : undefined }),
    publishChanges: (job, checkout) => publishForCli(job, checkout, { dryRun: request.dryRun }),
    download: (url) => downloadAttachment(url, { token, serverUrl, maxBytes: manifest.maxDownloadBytes }),
    downloadPolicy: { serverUrl, repository: process.env.GITHUB_REPOSITORY ?? '' },
    localFiles: true,
  });
  process.stderr.write(`\n${renderSummary(report, masker.mask.bind(masker))}\n`);
  if (report.artifact && report.artifact.files > 0) {
    process.stderr.write(`\nOutputs: ${report.artifact.url ?? ''}\n`);
  }
  return report.status === 'succeeded' ? 0 : 1;
}

async function validateCommand(manifest: Manifest, root: string, checkGenerated: boolean): Promise<number> {
  const count = Object.keys(manifest.scripts).length;
  process.stdout.write(`${manifest.file}: valid (${count} script${count === 1 ? '' : 's'})\n`);
  if (!checkGenerated) return 0;
  const stale: string[] = [];
  for (const form of generateForms(manifest)) {
    const current = await fs.readFile(path.join(root, form.path), 'utf8').catch(() => undefined);
    if (current !== form.content) stale.push(form.path);
  }
  for (const file of await orphanForms(manifest, root)) stale.push(`${file} (no such script)`);
  const readme = await fs.readFile(path.join(root, 'README.md'), 'utf8').catch(() => undefined);
  if (readme !== undefined && readme !== withDocs(readme, manifest)) {
    stale.push('README.md (scripts table)');
  }
  for (const file of await workflowFiles(root)) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    if (hasScriptOptions(text) && withScriptOptions(text, Object.keys(manifest.scripts)) !== text) {
      stale.push(`${file} (list of scripts)`);
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

/** Workflow files whose `options:` line may carry the list of scripts (see workflow-options.ts). */
async function workflowFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const dir of [path.join('.github', 'workflows'), 'workflows-examples']) {
    const names = await fs.readdir(path.join(root, dir)).catch(() => [] as string[]);
    for (const name of names.sort()) if (/\.ya?ml$/.test(name)) files.push(path.join(dir, name));
  }
  return files;
}

/** Generated forms whose script is gone. */
async function orphanForms(manifest: Manifest, root: string): Promise<string[]> {
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
function docsMarkers(lines: string[]): { start: number; end: number } | undefined {
  const start = lines.findIndex((line) => line.trim() === DOCS_START);
  const end = lines.findIndex((line, i) => i > start && line.trim() === DOCS_END);
  return start >= 0 && end > start ? { start, end } : undefined;
}

/** The README with the scripts table between the markers; unchanged when it has none. */
function withDocs(readme: string, manifest: Manifest): string {
  const lines = readme.split('\n');
  const markers = docsMarkers(lines);
  if (!markers) return readme;
  return [...lines.slice(0, markers.start + 1), docsTable(manifest), ...lines.slice(markers.end)].join('\n');
}

async function generateCommand(manifest: Manifest, root: string): Promise<number> {
  for (const file of await orphanForms(manifest, root)) {
    await fs.rm(path.join(root, file));
    process.stdout.write(`removed ${file}\n`);
  }
  for (const form of generateForms(manifest)) {
    const file = path.join(root, form.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, form.content);
    process.stdout.write(`wrote ${form.path}\n`);
  }
  for (const file of await workflowFiles(root)) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    const updated = withScriptOptions(text, Object.keys(manifest.scripts));
    if (updated !== text) {
      await fs.writeFile(path.join(root, file), updated);
      process.stdout.write(`updated the list of scripts in ${file}\n`);
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
