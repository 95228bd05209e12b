/** What the measurements share: the manifest, the workspaces, git over the fake's smart HTTP, timing. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FakeGitHub } from '../test/support/fake-github';
import { basicAuthorization } from '../test/support/git-server';
import { GIT_ENV } from '../test/support/repos';
import { PROJECT_ROOT } from '../test/support/runner';
import { CONTENT, type World } from '../test/support/world';

/** The 50,000-file content repository of the write measurement. */
export const BIG = 'octo-org/big-content';
export const BIG_FILES = 50_000;
export const BIG_CHANGED = 20_000;

export const MANIFEST = `version: 1
repositories:
  docs:
    repository: ${CONTENT}
    title: Documentation
  big:
    repository: ${BIG}
    title: Big content
scripts:
  noop:
    description: Does nothing.
    command: ['true']
    targets: [docs]
  flood:
    description: Prints 500 MiB.
    command: [python3, scripts/bench/flood.py]
    targets: [docs]
  edit:
    description: Edits ${BIG_CHANGED} of the ${BIG_FILES} files, then stamps its exit time.
    command: [python3, scripts/bench/edit.py, '{target_path}', '${BIG_FILES}', '${BIG_CHANGED}', '{job}', exit-stamp]
    mode: write
    targets: [big]
`;

/** Workspace files (path → text): the manifest and the benchmark's scripts. */
export function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = { '.github/script-dispatcher.yml': MANIFEST };
  for (const name of ['flood.py', 'edit.py']) {
    files[`scripts/bench/${name}`] = readFileSync(join(PROJECT_ROOT, 'bench', 'scripts', name), 'utf8');
  }
  return files;
}

export async function makeWorkspace(dir: string): Promise<void> {
  for (const [file, text] of Object.entries(workspaceFiles())) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  }
}

export interface Bench {
  world: World;
  log(message: string): void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs a command to its end (never synchronously: the fake's git server lives in this process). */
export function exec(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    child.once('error', reject);
    child.once('exit', () => {
      const ms = performance.now() - start;
      child.once('close', (code) =>
        resolve({
          code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          ms,
        }),
      );
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** git as a person runs it (no user or system config, a fixed identity), never starting a background gc. */
export async function git(args: string[], opts: { cwd?: string; fake?: FakeGitHub } = {}) {
  const result = await exec(
    'git',
    ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...(opts.fake ? authConfig(opts.fake) : []), ...args],
    { cwd: opts.cwd, env: { ...process.env, ...GIT_ENV } },
  );
  if (result.code !== 0) {
    throw new Error(`git ${args.join(' ')} exited with ${result.code}: ${result.stderr.trim()}`);
  }
  return result;
}

/** The authentication actions/checkout uses, and `*.localhost` resolved to loopback as the action does. */
function authConfig(fake: FakeGitHub): string[] {
  const url = new URL(fake.serverUrl);
  return [
    '-c',
    `http.extraheader=AUTHORIZATION: ${basicAuthorization(fake.token)}`,
    '-c',
    `http.curloptResolve=${url.hostname}:${url.port}:127.0.0.1`,
  ];
}

/** The clone URL of a repository on the fake's web host, as the action builds it. */
export const cloneUrl = (fake: FakeGitHub, repo: string) => `${fake.serverUrl}/${repo}`;

/** Sectors written so far, over every block device (0 where /proc/diskstats cannot be read). */
function sectorsWritten(): number {
  try {
    let total = 0;
    for (const line of readFileSync('/proc/diskstats', 'utf8').split('\n')) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9) total += Number(fields[9]) || 0;
    }
    return total;
  } catch {
    return 0;
  }
}

/**
 * Lets the disk catch up: dirty pages written back (`sync`), then at least `minMs` and until the disks
 * have written less than 1 MiB in each of four 250 ms intervals (at most `maxMs`). Returns the time taken.
 */
export async function settle(minMs = 2000, maxMs = 8000): Promise<number> {
  const start = performance.now();
  await exec('sync', []);
  let quiet = 0;
  let last = sectorsWritten();
  while (performance.now() - start < maxMs) {
    await sleep(250);
    const now = sectorsWritten();
    quiet = now - last < 2048 ? quiet + 1 : 0;
    last = now;
    if (quiet >= 4 && performance.now() - start >= minMs) break;
  }
  return performance.now() - start;
}
