import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute } from '../../src/execute/run';
import type { ExecutionSpec } from '../../src/execute/types';
import type { LogSink } from '../../src/ports';

const SCRIPTS = fileURLToPath(new URL('../fixtures/scripts/', import.meta.url));

const sink = (): LogSink & { output: () => string } => {
  const chunks: Buffer[] = [];
  return {
    group: () => undefined,
    endGroup: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    write: (chunk) => void chunks.push(Buffer.from(chunk)),
    output: () => Buffer.concat(chunks).toString(),
  };
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function spec(script: string, more: Partial<ExecutionSpec> = {}): ExecutionSpec {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-stop-')));
  dirs.push(dir);
  const outputDir = path.join(dir, 'output');
  return {
    argv: ['sh', `${SCRIPTS}${script}`],
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DISPATCH_OUTPUT: outputDir },
    outputDir,
    timeoutMs: 300,
    graceMs: 300,
    retries: 0,
    ...more,
  };
}

/** Whether a process runs. A zombie (dead, not yet reaped by whoever adopted it) counts as dead. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  try {
    const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function eventuallyDead(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 10));
  return !alive(pid);
}

const pidsOf = (s: ExecutionSpec): number[] =>
  readFileSync(path.join(s.outputDir, 'pids'), 'utf8').trim().split(/\s+/).map(Number);

describe('execute: timeouts and cancelling', () => {
  it('kills a script and its grandchild when both ignore SIGTERM', async () => {
    const s = spec('stubborn.sh', { retries: 2 });
    const started = Date.now();
    const run = await execute(s, sink());
    expect(run).toMatchObject({
      status: 'timed-out',
      attempts: 1,
      exitCode: null,
      signal: 'SIGKILL',
      reason: 'timed out after 300 ms (killed)',
    });
    expect(Date.now() - started).toBeLessThan(2500);
    const [script, grandchild] = pidsOf(s);
    expect(await eventuallyDead(script)).toBe(true);
    expect(await eventuallyDead(grandchild)).toBe(true);
    expect(run.tail).toBe('ready\n');
  });

  it('stops a script that obeys SIGTERM without killing it', async () => {
    const log = sink();
    const run = await execute(spec('polite.sh'), log);
    expect(run.status).toBe('timed-out');
    expect(run.reason).toBe('timed out after 300 ms (terminated)');
    expect(run.exitCode).toBe(143);
    expect(log.output()).toMatch(/^ready\n(.*\n)?got SIGTERM\n$/);
  });

  it('cancels when the signal aborts: same stop, status cancelled', async () => {
    const s = spec('stubborn.sh', { timeoutMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const run = await execute(s, sink(), { signal: controller.signal });
    expect(run).toMatchObject({ status: 'cancelled', reason: 'cancelled (killed)', attempts: 1 });
    for (const pid of pidsOf(s)) expect(await eventuallyDead(pid)).toBe(true);
  });

  it('starts nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const s = spec('polite.sh');
    const run = await execute(s, sink(), { signal: controller.signal });
    expect(run).toMatchObject({ status: 'cancelled', attempts: 0, exitCode: null });
    expect(existsSync(s.outputDir)).toBe(false);
  });

  it('does not wait for a grandchild left holding the pipes, and kills it', async () => {
    const s = spec('orphan.sh', { timeoutMs: 10_000 });
    const log = sink();
    const started = Date.now();
    const run = await execute(s, log);
    expect(run.status).toBe('succeeded');
    expect(Date.now() - started).toBeLessThan(1500);
    const [grandchild] = pidsOf(s);
    expect(log.output()).toBe(`leaving ${grandchild} behind\n`);
    expect(await eventuallyDead(grandchild)).toBe(true);
  });
});
