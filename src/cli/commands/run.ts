import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalArtifactStore } from '../../adapters/local/artifact-store';
import { localCacheStore } from '../../adapters/local/cache-store';
import { LocalContentRepo, uncommittedChanges } from '../../adapters/local/content-repo';
import { Terminal, TerminalLog, TerminalReporter } from '../../adapters/local/terminal';
import { downloadAttachment } from '../../args/download';
import { withFlowsAsScripts } from '../../forms/flows';
import type { Manifest, Script, Target } from '../../manifest/types';
import { dispatch } from '../../pipeline';
import { resolveScript, resolveTarget } from '../../plan/resolve';
import type { Ports } from '../../ports';
import { renderSummary } from '../../report/summary';
import { renderTerminalSummary } from '../../report/terminal';
import type { RunStatus } from '../../report/types';
import { argsFromObject } from '../../request/args';
import type { RunRequest } from '../../request/types';
import { Masker } from '../../shared/mask';
import { fansOut, parallelOf, runFanOutLocally } from '../fan-out';
import { splitPair, UsageError } from '../usage';

export interface RunOptions {
  target?: string;
  arg?: string[];
  content?: string[];
  summary?: string;
  'dry-run'?: boolean;
  /** Fan-out scripts: legs at once (default: the CPUs). */
  parallel?: string;
}

/** The exit code of a run's status: 0 succeeded, 1 failed, 3 rejected, 4 timed out, 130 interrupted. */
export const EXIT_CODES: Record<RunStatus, number> = {
  succeeded: 0,
  ignored: 0,
  failed: 1,
  rejected: 3,
  'timed-out': 4,
  cancelled: 130,
};

function jobId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `local-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** `run <script>`: the same request, checks and job as in Actions, on this machine. */
export async function runCommand(
  manifest: Manifest,
  root: string,
  scriptName: string,
  values: RunOptions,
): Promise<number> {
  const raw: Record<string, string> = {};
  for (const pair of values.arg ?? []) {
    const [name, value] = splitPair(pair, '--arg');
    raw[name] = value;
  }
  const contents: Record<string, string> = {};
  for (const pair of values.content ?? []) {
    const [key, dir] = splitPair(pair, '--content');
    if (!own(manifest.repositories, key)) {
      const keys = Object.keys(manifest.repositories);
      throw new UsageError(
        `--content: \`${key}\` is not a target of the manifest. ` +
          (keys.length ? `The targets are: ${keys.join(', ')}.` : 'The manifest has no `repositories:`.'),
        'run',
      );
    }
    contents[key] = path.resolve(dir);
  }
  let script: Script | undefined;
  let target: Target | undefined;
  try {
    const named = withFlowsAsScripts(manifest);
    script = resolveScript(named, scriptName);
    target = resolveTarget(named, script, values.target);
  } catch {
    // The request is rejected below, with the same words as in Actions.
  }
  const terminalOut = process.stderr;
  if (target) {
    const refused = await prepareCheckout(root, script!, target, contents, values['dry-run'] ?? false);
    if (refused) {
      terminalOut.write(`${refused}\n`);
      return EXIT_CODES.rejected;
    }
  }

  const id = jobId();
  const token = process.env.GITHUB_TOKEN ?? '';
  const masker = new Masker(token ? [token] : []);
  const mask = masker.mask.bind(masker);
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
  const terminal = new Terminal({ mask, dryRun: request.dryRun, script: script?.name ?? scriptName });
  const reporter = new TerminalReporter(terminal);
  const tempDir = path.join(os.tmpdir(), 'script-dispatcher', id);
  const outputDir = path.join(root, 'script-dispatcher-output', id);
  const abort = new AbortController();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130); // a second Ctrl-C: stop waiting
    interrupted = true;
    terminal.line(`${signal === 'SIGINT' ? 'Interrupted' : `Got ${signal}`}: stopping the script…`);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const ports: Ports = {
    environment: {
      jobId: id,
      workspace: root,
      tempDir,
      defaultOutputDir: outputDir,
      baseEnv: process.env,
      secrets: token ? [token] : [],
      targetPath: target ? contents[target.key] : undefined,
      serverUrl,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      eventName: 'cli',
    },
    reporter: () => reporter,
    artifacts: new LocalArtifactStore(),
    content: new LocalContentRepo({ token, serverUrl, contents }),
    log: new TerminalLog(terminal),
    masker,
    download: (url, maxBytes) => downloadAttachment(url, { token, serverUrl, maxBytes }),
    localFiles: true,
    signal: abort.signal,
    cache: localCacheStore(root),
  };
  let result;
  try {
    result = fansOut(manifest, scriptName)
      ? await runFanOutLocally(request, manifest, ports, {
          parallel: parallelOf(values.parallel),
          outputDir,
          contents,
        })
      : await dispatch(request, manifest, ports);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    terminal.close();
    await fs.rm(tempDir, { recursive: true, force: true });
    await removeIfEmpty(outputDir);
    await removeIfEmpty(path.dirname(outputDir));
  }
  const { report } = result;
  if (!report) {
    terminalOut.write(`${result.message}\n`);
    return EXIT_CODES[result.status] ?? 1;
  }
  terminalOut.write(
    `\n${renderTerminalSummary(report, { style: terminal.style, mask, local: true, columns: terminalOut.columns })}\n`,
  );
  if (values.summary) {
    const file = path.resolve(values.summary);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${renderSummary(report, mask, { local: true })}\n`);
    terminalOut.write(`The Markdown report is in ${values.summary}\n`);
  }
  if (interrupted) return EXIT_CODES.cancelled;
  return EXIT_CODES[report.status ?? 'failed'] ?? 1;
}

/**
 * Picks the local checkout of the target (into `contents`): `--content`, else one that exists at the target's
 * `path`. Warns when `--content` points elsewhere while the command names the manifest's path. Returns why a
 * write script is refused (uncommitted changes in its checkout), else undefined.
 */
async function prepareCheckout(
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

async function removeIfEmpty(dir: string): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  if (entries && entries.length === 0) await fs.rmdir(dir).catch(() => undefined);
}
