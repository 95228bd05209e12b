/** The CLI's ports: everything a local run needs, built once from an options object. */
import { downloadAttachment } from '../../args/download';
import type { LogSink, Ports, Reporter } from '../../ports';
import type { Masker } from '../../shared/mask';
import { LocalArtifactStore } from './artifact-store';
import { localCacheStore } from './cache-store';
import { LocalContentRepo } from './content-repo';

export interface LocalPortsOptions {
  /** The repository root (the workspace). */
  root: string;
  jobId: string;
  tempDir: string;
  /** The output folder of scripts without `outputs.path`. */
  outputDir: string;
  /** GITHUB_TOKEN, when set: clones and attachment downloads use it, and it is masked. */
  token: string;
  masker: Masker;
  /** Local checkouts by target key. */
  contents: Record<string, string>;
  targetPath?: string;
  reporter: Reporter;
  log: LogSink;
  signal: AbortSignal;
}

export function localPorts(options: LocalPortsOptions): Ports {
  const { token } = options;
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    environment: {
      jobId: options.jobId,
      workspace: options.root,
      tempDir: options.tempDir,
      defaultOutputDir: options.outputDir,
      baseEnv: process.env,
      secrets: token ? [token] : [],
      targetPath: options.targetPath,
      serverUrl,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      eventName: 'cli',
    },
    reporter: () => options.reporter,
    artifacts: new LocalArtifactStore(),
    content: new LocalContentRepo({ token, serverUrl, contents: options.contents }),
    log: options.log,
    masker: options.masker,
    download: (url, maxBytes) => downloadAttachment(url, { token, serverUrl, maxBytes }),
    localFiles: true,
    signal: options.signal,
    cache: localCacheStore(options.root),
  };
}
