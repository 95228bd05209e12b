import { spawn } from 'node:child_process';
import { Masker } from '../shared/mask';
import { globalConfigCopy } from './guard';

/**
 * The git command line, run safely: argument arrays only (never a shell), no hook ever runs, no prompt ever
 * waits for a terminal, and the token travels in environment variables only (never in argv, a URL or a
 * file), the way actions/checkout sends it: an `AUTHORIZATION: basic` extra header scoped to the server URL.
 */

/** Config given to every git invocation on its command line. */
export const SAFE_CONFIG: readonly string[] = [
  // No hook runs, not even one a script planted in .git/hooks.
  'core.hooksPath=/dev/null',
  // No fsmonitor command from a repository's config runs either.
  'core.fsmonitor=false',
  // Bare repositories on disk are valid content repositories.
  'protocol.file.allow=always',
  // Paths in messages as they are, not octal-escaped.
  'core.quotePath=false',
  // No background gc or maintenance left running in a checkout that is thrown away.
  'gc.auto=0',
  'maintenance.auto=false',
];

/** Subcommands that talk to a remote: the only ones that get the auth header. */
export const REMOTE_COMMANDS: ReadonlySet<string> = new Set(['fetch', 'push', 'ls-remote', 'clone', 'pull']);

/** Variables of the step that hold credentials or the action's inputs: git never gets them. */
export function isWithheldVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper.startsWith('INPUT_') ||
    upper === 'ACTIONS_RUNTIME_TOKEN' ||
    upper === 'ACTIONS_RESULTS_URL' ||
    upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') ||
    upper === 'GITHUB_TOKEN' ||
    upper === 'GH_TOKEN'
  );
}

/** Environment variables kept from the outside world although they start with GIT_. */
const KEPT_GIT_ENV = new Set(['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH']);

/** Oldest git that reads GIT_CONFIG_COUNT. */
const MIN_VERSION: readonly [number, number] = [2, 31];

export interface GitAuth {
  /** Token for the server: sent as an extra header to `serverUrl` only. */
  token?: string;
  /** e.g. https://github.com (default) or a GitHub Enterprise Server URL. */
  serverUrl?: string;
}

export interface GitOptions extends GitAuth {
  /** Where commands run unless a call says otherwise. */
  cwd: string;
}

export interface RunOptions {
  /** Overrides the Git's working directory for this call. */
  cwd?: string;
  /** Extra environment for this call (e.g. the commit author). */
  env?: Record<string, string>;
  /** Written to the command's standard input (closed otherwise). */
  input?: string | Buffer;
  /** Exit codes that are answers, not errors (e.g. 1 for `check-ref-format`). */
  okCodes?: number[];
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A git command failed. The command, exit code and stderr never hold the token. */
export class GitError extends Error {
  /** The command as run (`git` first), without secrets. */
  readonly command: string[];
  /** null when git did not start or was killed by a signal. */
  readonly exitCode: number | null;
  readonly stderr: string;
  constructor(message: string, command: string[], exitCode: number | null, stderr: string) {
    super(message);
    this.name = 'GitError';
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** One `-c`-like config entry given through GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n. */
export interface ConfigEntry {
  key: string;
  value: string;
}

/** The scheme, host and port of a server URL, with a trailing slash: the scope of the extra header. */
export function serverScope(serverUrl: string): string {
  const url = new URL(serverUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}/`;
}

/** Config entries that authenticate to `serverUrl` and make `*.localhost` resolve to loopback. */
export function authConfig(auth: GitAuth): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  const serverUrl = auth.serverUrl ?? 'https://github.com';
  const url = new URL(serverUrl);
  if (auth.token) {
    const key = `http.${serverScope(serverUrl)}.extraheader`;
    const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64');
    // An empty value first drops any header inherited from the global or system config.
    entries.push({ key, value: '' });
    entries.push({ key, value: `AUTHORIZATION: basic ${basic}` });
  }
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    // RFC 6761: these names are loopback, whatever the local resolver knows.
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    entries.push({ key: 'http.curloptResolve', value: `${host}:${port}:127.0.0.1` });
  }
  return entries;
}

/** The environment every git invocation gets: the outside one without GIT_*, plus the given config. */
export function gitEnvironment(
  base: NodeJS.ProcessEnv,
  config: ConfigEntry[],
  extra: Record<string, string> = {},
  secrets: readonly string[] = [],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    if (name.toUpperCase().startsWith('GIT_') && !KEPT_GIT_ENV.has(name)) continue;
    if (isWithheldVariable(name) || secrets.some((s) => value.includes(s))) continue;
    env[name] = value;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.GCM_INTERACTIVE = 'never';
  // Messages git prints are matched in a few places: keep them in English.
  env.LC_ALL = 'C';
  delete env.LANGUAGE;
  // After a script ran: the global config as it was before, not whatever the script made of it.
  const global = globalConfigCopy();
  if (global !== undefined) env.GIT_CONFIG_GLOBAL = global;
  env.GIT_CONFIG_COUNT = String(config.length);
  config.forEach((entry, i) => {
    env[`GIT_CONFIG_KEY_${i}`] = entry.key;
    env[`GIT_CONFIG_VALUE_${i}`] = entry.value;
  });
  return { ...env, ...extra };
}

export class Git {
  readonly cwd: string;
  private readonly auth: GitAuth;
  private readonly config: ConfigEntry[];
  /** The token, and the base64 header it travels in, never appear in what git says. */
  private readonly masker: Masker;

  private constructor(opts: GitOptions) {
    this.cwd = opts.cwd;
    this.auth = { token: opts.token, serverUrl: opts.serverUrl };
    this.config = authConfig(this.auth);
    this.masker = new Masker(opts.token ? [opts.token] : []);
  }

  /** A Git for `opts.cwd`; fails with a GitError when git is missing or too old. */
  static async create(opts: GitOptions): Promise<Git> {
    const git = new Git(opts);
    const { stdout } = await git.run(['version'], { cwd: process.cwd() });
    const match = /(\d+)\.(\d+)/.exec(stdout);
    const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
      throw new GitError(
        `git ${MIN_VERSION.join('.')} or newer is needed, found: ${stdout.trim() || 'unknown'}`,
        ['git', 'version'],
        0,
        '',
      );
    }
    return git;
  }

  /** The same git (same authentication) working in another directory. */
  at(cwd: string): Git {
    return new Git({ cwd, ...this.auth });
  }

  /** The argv git is spawned with, `git` excluded: the safe config, then `args`. */
  argv(args: readonly string[]): string[] {
    return [...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
  }

  /**
   * The environment git is spawned with: no input, no credential of the step. With `remote`, the auth
   * header for the server too (never print that one); without, only the config that holds no secret.
   */
  environment(extra: Record<string, string> = {}, remote = false): Record<string, string> {
    const config = remote ? this.config : this.config.filter((entry) => !entry.key.endsWith('.extraheader'));
    return gitEnvironment(process.env, config, extra, this.auth.token ? [this.auth.token] : []);
  }

  /** Replaces the token (and its encoded header) with `***`. */
  mask(text: string): string {
    return this.masker.mask(text);
  }

  /** Whether `branch` is a name git accepts for a branch (and not one that reads as an option). */
  async isValidBranch(branch: string): Promise<boolean> {
    if (branch.startsWith('-')) return false;
    const { exitCode } = await this.run(['check-ref-format', `refs/heads/${branch}`], { okCodes: [1] });
    return exitCode === 0;
  }

  /** Runs `git <args>`; rejects with a GitError on an exit code not in okCodes (0 always is). */
  run(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const argv = this.argv(args);
    const shown = ['git', ...args.map((a) => this.mask(a))];
    return new Promise<RunResult>((resolve, reject) => {
      const child = spawn('git', argv, {
        cwd: opts.cwd ?? this.cwd,
        env: this.environment(opts.env, REMOTE_COMMANDS.has(args[0] ?? '')),
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
      let failed = false;
      child.on('error', (error: NodeJS.ErrnoException) => {
        failed = true;
        const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
        reject(new GitError(`${shown.join(' ')}: ${this.mask(why)}`, shown, null, ''));
      });
      if (opts.input !== undefined && child.stdin) {
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input);
      }
      child.on('close', (code, signal) => {
        if (failed) return;
        const stdout = this.mask(Buffer.concat(out).toString('utf8'));
        const stderr = this.mask(Buffer.concat(err).toString('utf8'));
        if (code === 0 || (code !== null && opts.okCodes?.includes(code))) {
          resolve({ stdout, stderr, exitCode: code });
          return;
        }
        const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        const detail = stderr.trim() ? `: ${stderr.trim()}` : '';
        reject(new GitError(`${shown.join(' ')} ${how}${detail}`, shown, code, stderr));
      });
    });
  }
}
