import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute } from '../../src/execute/run';
import type { ExecutionSpec } from '../../src/execute/types';
import type { LogSink } from '../../src/ports';
import { MASK, Masker } from '../../src/shared/mask';

const SCRIPTS = fileURLToPath(new URL('../fixtures/scripts/', import.meta.url));
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim();

/** A log sink that keeps what it is given; `delayMs` makes each write a promise that takes that long. */
class Sink implements LogSink {
  readonly chunks: Buffer[] = [];
  readonly warnings: string[] = [];
  received = 0;
  inFlight = 0;
  maxInFlight = 0;
  constructor(
    private readonly delayMs?: number,
    private readonly onWrite?: (sink: Sink) => void,
  ) {}
  group(_title: string): void {}
  endGroup(): void {}
  info(): void {}
  warning(line: string): void {
    this.warnings.push(line);
  }
  write(chunk: Buffer): void | Promise<void> {
    this.chunks.push(Buffer.from(chunk));
    this.received += chunk.length;
    this.onWrite?.(this);
    if (this.delayMs === undefined) return;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve) =>
      setTimeout(() => {
        this.inFlight--;
        resolve();
      }, this.delayMs),
    );
  }
  get output(): string {
    return Buffer.concat(this.chunks).toString();
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function spec(argv: string[], env: Record<string, string> = {}): ExecutionSpec {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-output-')));
  dirs.push(dir);
  return {
    argv,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    outputDir: path.join(dir, 'output'),
    timeoutMs: 10_000,
    graceMs: 300,
    retries: 0,
  };
}

describe('execute: output', () => {
  it('streams stdout and stderr to the log and the tail in the order they came', async () => {
    const log = new Sink();
    const run = await execute(spec([PYTHON, `${SCRIPTS}interleave.py`]), log);
    const expected = [0, 1, 2, 3].map((i) => `out ${i}\nerr ${i}\n`).join('');
    expect(run.status).toBe('succeeded');
    expect(log.output).toBe(expected);
    expect(log.chunks.length).toBeGreaterThanOrEqual(8);
    expect(run.tail).toBe(expected);
  });

  it('keeps only the last lines in the tail while the log gets them all', async () => {
    const log = new Sink();
    const run = await execute(spec([PYTHON, `${SCRIPTS}spew.py`, 'lines', '100000']), log, { tailLines: 50 });
    expect(log.output.split('\n')).toHaveLength(100001);
    const lines = run.tail.split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('line 99950');
    expect(lines[49]).toBe('line 99999');
  });

  it('keeps the tail within its byte bound for a single huge line', async () => {
    const log = new Sink();
    const run = await execute(spec([PYTHON, `${SCRIPTS}spew.py`, 'line', '5000000']), log, {
      tailBytes: 4096,
    });
    expect(log.received).toBe(5_000_001);
    expect(run.tail).toBe('x'.repeat(4095) + '\n');
  });

  it('masks a secret written in two pieces, and tokens nobody registered', async () => {
    const secret = 'p4ssw0rd-0f-the-c0ntent-b0t';
    const token = 'ghs_' + 'Q'.repeat(36);
    const log = new Sink();
    const masker = new Masker([secret]);
    const s = spec([PYTHON, `${SCRIPTS}split-secret.py`, token], { SECRET: secret });
    const run = await execute(s, log, { masker });
    expect(run.status).toBe('succeeded');
    expect(log.chunks.length).toBeGreaterThanOrEqual(2);
    expect(log.output).toBe(`${MASK}\nbefore ${MASK} after\n`);
    expect(run.tail).toBe(`${MASK}\nbefore ${MASK} after\n`);
    expect(log.output).not.toContain(secret.slice(0, 8));
  });

  it('masks the command line in the log group title', async () => {
    const titles: string[] = [];
    const log = new Sink();
    log.group = (title: string) => void titles.push(title);
    await execute(spec([PYTHON, '-c', 'pass', '--token=hunter2-is-secret']), log, {
      masker: new Masker(['hunter2-is-secret']),
    });
    expect(titles[0]).toMatch(/ --token=\*\*\*$/);
  });

  it('pauses the script while the log is still writing (backpressure)', async () => {
    const s = spec([PYTHON, `${SCRIPTS}spew-progress.py`]);
    const progress = path.join(s.cwd, 'progress');
    s.argv.push(progress, '64');
    let maxAhead = 0;
    const log = new Sink(2, (sink) => {
      let written = 0;
      try {
        written = Number(readFileSync(progress, 'utf8')) || 0;
      } catch {
        // Not written yet.
      }
      maxAhead = Math.max(maxAhead, written - sink.received);
    });
    const run = await execute(s, log);
    expect(run.status).toBe('succeeded');
    expect(log.received).toBe(64 * 65536);
    // The sink never has two writes at once, and the script is never more than the pipe buffers ahead of it.
    expect(log.maxInFlight).toBe(1);
    expect(maxAhead).toBeLessThan(1024 * 1024);
  });

  it('keeps running when the log fails, and says so once', async () => {
    const log = new Sink();
    log.write = () => Promise.reject(new Error('disk full'));
    const run = await execute(spec([PYTHON, `${SCRIPTS}interleave.py`]), log);
    expect(run.status).toBe('succeeded');
    expect(log.warnings).toEqual(["Could not write the script's output to the log: disk full"]);
    expect(run.tail).toContain('err 3\n');
  });
});
