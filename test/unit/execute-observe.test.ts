import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogFileSink } from '../../src/execute/log-file';
import { ProgressTracker } from '../../src/execute/progress';
import { execute } from '../../src/execute/run';
import type { ExecutionSpec } from '../../src/execute/types';
import type { LogSink } from '../../src/ports';
import { Masker } from '../../src/shared/mask';

class Sink implements LogSink {
  readonly lines: string[] = [];
  readonly chunks: Buffer[] = [];
  group(title: string): void {
    this.lines.push(`group: ${title}`);
  }
  endGroup(): void {}
  write(chunk: Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }
  info(line: string): void {
    this.lines.push(`info: ${line}`);
  }
  warning(line: string): void {
    this.lines.push(`warning: ${line}`);
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'observe-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function spec(code: string, more: Partial<ExecutionSpec> = {}): ExecutionSpec {
  const script = path.join(dir, 'script.js');
  writeFileSync(script, code);
  return {
    argv: [process.execPath, script],
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    outputDir: path.join(dir, 'out'),
    timeoutMs: 30_000,
    graceMs: 1000,
    retries: 0,
    ...more,
  };
}

describe('execute: what the record and the reason need', () => {
  it('returns one entry per attempt and the last error line', async () => {
    const run = await execute(
      spec(
        `console.log('working'); console.error('Traceback (most recent call last):\\n  File "x.py", line 1\\nKeyError: \\'caption\\''); process.exit(3);`,
        { retries: 1 },
      ),
      new Sink(),
    );
    expect(run.status).toBe('failed');
    expect(run.attempts).toBe(2);
    expect(run.attemptEntries).toHaveLength(2);
    for (const entry of run.attemptEntries ?? []) {
      expect(entry).toMatchObject({ status: 'failed', exitCode: 3, signal: null });
      expect(entry.startedAt).toBeInstanceOf(Date);
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(run.lastError).toBe("KeyError: 'caption'");
  });

  it('masks the error line and gives none on success', async () => {
    const masker = new Masker(['s3cr3t-value']);
    const failed = await execute(
      spec(`console.error('bad token s3cr3t-value'); process.exit(1);`),
      new Sink(),
      { masker },
    );
    expect(failed.lastError).toBe('bad token ***');
    const ok = await execute(spec(`console.error('just a warning');`), new Sink());
    expect(ok.lastError).toBeUndefined();
    expect(ok.attemptEntries).toHaveLength(1);
  });

  it('reads progress from both streams while the script runs', async () => {
    const seen: number[] = [];
    const tracker = new ProgressTracker(() => seen.push(tracker.current?.done ?? -1));
    const run = await execute(
      spec(
        `console.log('::progress::1/3 one'); console.error('::progress::2/3 two'); setTimeout(() => process.stdout.write('::progress::3/3 three'), 50);`,
      ),
      new Sink(),
      { progress: tracker },
    );
    expect(run.status).toBe('succeeded');
    expect(tracker.current).toEqual({ done: 3, total: 3, message: 'three' });
    expect(seen).toContain(3);
  });

  it('keeps the whole masked log of both streams in a file', async () => {
    const inner = new Sink();
    const masker = new Masker(['hunter2-secret']);
    const sink = await LogFileSink.open(inner, path.join(dir, 'logs', 'log.txt'), { masker });
    await execute(
      spec(`console.log('out 1 hunter2-secret'); console.error('err 1'); console.log('out 2');`),
      sink,
      { masker },
    );
    sink.info('Uploading with hunter2-secret');
    await sink.close();
    const text = readFileSync(sink.path, 'utf8');
    expect(text).toContain('out 1 ***');
    expect(text).toContain('err 1');
    expect(text).toContain('out 2');
    expect(text).toMatch(/^▶ Run /);
    expect(text).toContain('Uploading with ***');
    expect(text).not.toContain('hunter2');
    expect(Buffer.concat(inner.chunks).toString()).toContain('out 1 ***');
  });

  it('cuts the log file at maxBytes with a note', async () => {
    const sink = await LogFileSink.open(new Sink(), path.join(dir, 'log.txt'), { maxBytes: 10 });
    await sink.write(Buffer.from('0123456789abcdef'));
    await sink.write(Buffer.from('more'));
    await sink.close();
    const text = readFileSync(path.join(dir, 'log.txt'), 'utf8');
    expect(text.startsWith('0123456789\n[the log is cut here')).toBe(true);
    expect(text).not.toContain('more');
  });
});
