import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute } from '../../src/execute/run';
import type { ExecutionSpec } from '../../src/execute/types';
import type { LogSink } from '../../src/ports';

const SCRIPTS = fileURLToPath(new URL('../fixtures/scripts/', import.meta.url));
const NODE = process.execPath;
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim();

class RecordingSink implements LogSink {
  readonly lines: string[] = [];
  readonly chunks: Buffer[] = [];
  group(title: string): void {
    this.lines.push(`group: ${title}`);
  }
  endGroup(): void {
    this.lines.push('endGroup');
  }
  write(chunk: Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }
  info(line: string): void {
    this.lines.push(`info: ${line}`);
  }
  warning(line: string): void {
    this.lines.push(`warning: ${line}`);
  }
  get output(): string {
    return Buffer.concat(this.chunks).toString();
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function spec(
  argv: string[],
  more: Partial<ExecutionSpec> & { extraEnv?: Record<string, string> } = {},
): ExecutionSpec {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-execute-')));
  dirs.push(dir);
  const outputDir = path.join(dir, 'output');
  const { extraEnv, ...rest } = more;
  return {
    argv,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DISPATCH_OUTPUT: outputDir, ...extraEnv },
    outputDir,
    timeoutMs: 10_000,
    graceMs: 300,
    retries: 0,
    ...rest,
  };
}

describe('execute: starting and ending', () => {
  it('runs a script that succeeds, in a log group, with its output in the log and the tail', async () => {
    const log = new RecordingSink();
    const s = spec([NODE, `${SCRIPTS}exit-with.js`, '0']);
    const before = Date.now();
    const run = await execute(s, log);
    expect(run).toMatchObject({ status: 'succeeded', exitCode: 0, signal: null, attempts: 1 });
    expect(run.reason).toBeUndefined();
    expect(run.startedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(run.durationMs).toBeGreaterThan(0);
    expect(log.lines[0]).toMatch(/^group: Run .*exit-with\.js 0$/);
    expect(log.lines.at(-1)).toBe('endGroup');
    expect(log.output).toContain('to stdout\n');
    expect(log.output).toContain('to stderr\n');
    expect(run.tail).toContain('to stdout\n');
    expect(existsSync(s.outputDir)).toBe(true);
  });

  it('reports a non-zero exit code', async () => {
    const run = await execute(spec([NODE, `${SCRIPTS}exit-with.js`, '3']), new RecordingSink());
    expect(run).toMatchObject({ status: 'failed', exitCode: 3, signal: null, reason: 'exited with code 3' });
  });

  it('reports a script killed by a signal', async () => {
    const run = await execute(spec(['sh', `${SCRIPTS}self-signal.sh`, 'SEGV']), new RecordingSink());
    expect(run).toMatchObject({
      status: 'failed',
      exitCode: null,
      signal: 'SIGSEGV',
      reason: 'killed by SIGSEGV',
    });
  });

  it('closes stdin: a script reading it gets end of file at once', async () => {
    const log = new RecordingSink();
    const run = await execute(spec([PYTHON, `${SCRIPTS}read-stdin.py`], { timeoutMs: 2000 }), log);
    expect(run.status).toBe('succeeded');
    expect(log.output).toBe('stdin: 0 bytes\n');
  });

  it('gives each argv element to the script as exactly one argument, and runs nothing', async () => {
    const hostile = [
      '$(touch pwned)',
      '; rm -rf ~',
      '--flag',
      'two\nlines',
      `"double" 'single'`,
      '`touch pwned2`',
      '',
      ' x ',
      '*',
      '$HOME',
      '|| touch pwned3',
    ];
    const log = new RecordingSink();
    const s = spec([NODE, `${SCRIPTS}argv.js`, ...hostile]);
    const run = await execute(s, log);
    expect(run.status).toBe('succeeded');
    expect(JSON.parse(log.output)).toEqual(hostile);
    expect(readdirSync(s.cwd)).toEqual(['output']);
    // The group title shows the command readably, on one line.
    const title = log.lines[0];
    expect(title).not.toContain('\n');
    expect(title).toContain(`'; rm -rf ~'`);
  });

  it('runs in the given working directory with exactly the given environment', async () => {
    const log = new RecordingSink();
    const s = spec([NODE, `${SCRIPTS}env.js`]);
    s.env = { ONLY_THIS: 'yes' };
    const run = await execute(s, log);
    expect(run.status).toBe('succeeded');
    const seen = JSON.parse(log.output) as { cwd: string; env: Record<string, string> };
    expect(seen.cwd).toBe(s.cwd);
    expect(seen.env).toEqual({ ONLY_THIS: 'yes' });
  });

  it('says so when the command does not exist, and does not retry it', async () => {
    const run = await execute(spec(['python9', 'x.py'], { retries: 2 }), new RecordingSink());
    expect(run).toMatchObject({
      status: 'failed',
      exitCode: null,
      attempts: 1,
      reason: 'could not start `python9`: command not found (check `command` in the manifest)',
    });
  });

  it('says so when the command is not executable', async () => {
    const s = spec(['./not-executable.sh']);
    writeFileSync(path.join(s.cwd, 'not-executable.sh'), 'echo hi\n');
    chmodSync(path.join(s.cwd, 'not-executable.sh'), 0o644);
    const run = await execute(s, new RecordingSink());
    expect(run.status).toBe('failed');
    expect(run.exitCode).toBeNull();
    expect(run.reason).toMatch(/^could not start `\.\/not-executable\.sh`: permission denied/);
  });

  it('says so when the working directory does not exist', async () => {
    const s = spec([NODE, '-e', '']);
    s.cwd = path.join(s.cwd, 'missing');
    const run = await execute(s, new RecordingSink());
    expect(run.reason).toMatch(/working directory `.*missing` does not exist/);
  });

  it('refuses an output directory that holds the working directory', async () => {
    const s = spec([NODE, '-e', '']);
    s.outputDir = path.dirname(s.cwd);
    const run = await execute(s, new RecordingSink());
    expect(run.status).toBe('failed');
    expect(run.reason).toMatch(/could not prepare the output directory .*contains the working directory/);
    expect(existsSync(s.cwd)).toBe(true);
  });
});

describe('execute: retries', () => {
  it('runs a failed script again in a fresh output directory', async () => {
    const log = new RecordingSink();
    const s = spec(['sh', `${SCRIPTS}retry.sh`], { retries: 2 });
    s.env.COUNTER = path.join(s.cwd, 'counter');
    const run = await execute(s, log);
    expect(run).toMatchObject({ status: 'succeeded', exitCode: 0, attempts: 2 });
    expect(readdirSync(s.outputDir)).toEqual(['attempt-2.txt']);
    expect(log.lines).toEqual([
      expect.stringMatching(/^group: Run sh .*retry\.sh \(attempt 1 of 3\)$/),
      'endGroup',
      'info: Retrying: attempt 2 of 3 after exit code 1',
      expect.stringMatching(/^group: Run sh .*retry\.sh \(attempt 2 of 3\)$/),
      'endGroup',
    ]);
    expect(run.tail).toContain(
      'failing attempt 1\n--- Retrying: attempt 2 of 3 after exit code 1 ---\nsucceeded on attempt 2\n',
    );
  });

  it('stops after the last retry with the last exit code', async () => {
    const s = spec(['sh', `${SCRIPTS}retry.sh`], { retries: 1 });
    s.env.COUNTER = path.join(s.cwd, 'counter');
    s.env.SUCCEED_ON = '5';
    const run = await execute(s, new RecordingSink());
    expect(run).toMatchObject({ status: 'failed', exitCode: 1, attempts: 2, reason: 'exited with code 1' });
  });

  it('empties an output directory that already has files', async () => {
    const s = spec(['sh', `${SCRIPTS}retry.sh`], { extraEnv: { SUCCEED_ON: '1' } });
    s.env.COUNTER = path.join(s.cwd, 'counter');
    execFileSync('mkdir', ['-p', path.join(s.outputDir, 'old')]);
    writeFileSync(path.join(s.outputDir, 'old', 'stale.txt'), 'stale');
    const run = await execute(s, new RecordingSink());
    expect(run.status).toBe('succeeded');
    expect(readdirSync(s.outputDir)).toEqual(['attempt-1.txt']);
  });
});
