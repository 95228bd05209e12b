import * as os from 'node:os';
import * as path from 'node:path';
import { LocalArtifactStore } from '../../adapters/local/artifact-store';
import { localCacheStore } from '../../adapters/local/cache-store';
import { LocalContentRepo } from '../../adapters/local/content-repo';
import { TerminalLog, TerminalReporter } from '../../adapters/local/terminal';
import { downloadAttachment } from '../../args/download';
import type { Manifest } from '../../manifest/types';
import { dispatch } from '../../pipeline';
import type { Ports } from '../../ports';
import { renderSummary } from '../../report/summary';
import { argsFromObject } from '../../request/args';
import type { RunRequest } from '../../request/types';
import { Masker } from '../../shared/mask';
import { fansOut, parallelOf, runFanOutLocally } from '../fan-out';
import { splitPair } from '../usage';

export interface RunOptions {
  target?: string;
  arg?: string[];
  content?: string[];
  'dry-run'?: boolean;
  /** Fan-out scripts: legs at once (default: the CPUs). */
  parallel?: string;
}

function jobId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `local-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
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
    contents[key] = path.resolve(dir);
  }
  const script = Object.prototype.hasOwnProperty.call(manifest.scripts, scriptName)
    ? manifest.scripts[scriptName]
    : manifest.flows && Object.hasOwn(manifest.flows, scriptName)
      ? manifest.flows[scriptName]
      : undefined;
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
  const reporter = new TerminalReporter();
  const ports: Ports = {
    environment: {
      jobId: id,
      workspace: root,
      tempDir: path.join(os.tmpdir(), 'script-dispatcher', id),
      defaultOutputDir: path.join(root, 'script-dispatcher-output', id),
      baseEnv: process.env,
      secrets: token ? [token] : [],
      targetPath: targetKey ? contents[targetKey] : undefined,
      serverUrl,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      eventName: 'cli',
    },
    reporter: () => reporter,
    artifacts: new LocalArtifactStore(),
    content: new LocalContentRepo({ token, serverUrl, contents }),
    log: new TerminalLog(),
    masker,
    download: (url, maxBytes) => downloadAttachment(url, { token, serverUrl, maxBytes }),
    localFiles: true,
    cache: localCacheStore(root),
  };
  const { report } = fansOut(manifest, scriptName)
    ? await runFanOutLocally(request, manifest, ports, {
        parallel: parallelOf(values.parallel),
        outputDir: path.join(root, 'script-dispatcher-output', id),
        contents,
      })
    : await dispatch(request, manifest, ports);
  if (!report) return 1;
  process.stderr.write(`\n${renderSummary(report, masker.mask.bind(masker))}\n`);
  if (report.artifact && report.artifact.files > 0) {
    process.stderr.write(`\nOutputs: ${report.artifact.url ?? ''}\n`);
  }
  return report.status === 'succeeded' ? 0 : 1;
}
