/**
 * The whole log of a run, kept in a file as it comes (for `_dispatch/log.txt`): a LogSink that passes
 * everything on to another sink (the Actions log, the terminal) and also appends it to a file.
 *
 * The script's output reaches `write` already masked (ScriptOutput masks it per stream before the sink);
 * the dispatcher's own lines (`info`, `warning`, group titles) are masked here. Memory stays bounded: the
 * file stream's buffer is waited on (backpressure), and past `maxBytes` only a note is written.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Masker } from '../shared/mask';
import type { LogSink } from '../ports';

export const DEFAULT_MAX_LOG_BYTES = 512 * 1024 * 1024;

export interface LogFileOptions {
  /** Masks the dispatcher's own lines. */
  masker?: Masker;
  /** Most bytes of script output kept in the file (default 512 MiB); a note says where it was cut. */
  maxBytes?: number;
}

export class LogFileSink implements LogSink {
  private readonly file: WriteStream;
  private readonly maxBytes: number;
  private written = 0;
  private cut = false;
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;
  private atLineStart = true;

  private constructor(
    private readonly inner: LogSink,
    readonly path: string,
    file: WriteStream,
    private readonly options: LogFileOptions,
  ) {
    this.file = file;
    this.maxBytes = Math.max(0, options.maxBytes ?? DEFAULT_MAX_LOG_BYTES);
    file.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Opens (creates or empties) `file` and returns a sink that writes to it and to `inner`. */
  static async open(inner: LogSink, file: string, options: LogFileOptions = {}): Promise<LogFileSink> {
    await mkdir(path.dirname(file), { recursive: true });
    const stream = createWriteStream(file, { flags: 'w' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return new LogFileSink(inner, file, stream, options);
  }

  /** The first error writing the file, if any (the log then stops growing; the run goes on). */
  get error(): Error | undefined {
    return this.failure;
  }

  group(title: string, options?: { workflowCommands?: boolean }): void {
    this.own(`▶ ${title}`);
    this.inner.group(title, options);
  }

  endGroup(): void {
    this.inner.endGroup();
  }

  info(line: string): void {
    this.own(line);
    this.inner.info(line);
  }

  warning(line: string): void {
    this.own(`Warning: ${line}`);
    this.inner.warning(line);
  }

  write(chunk: Buffer): void | Promise<void> {
    const inner = this.inner.write(chunk);
    const mine = this.append(chunk);
    if (!inner && !mine) return undefined;
    return Promise.all([inner, mine]).then(() => undefined);
  }

  /** Writes what is left and closes the file; the file is complete when this resolves. */
  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      if (this.failure || this.file.destroyed) {
        resolve();
        return;
      }
      this.file.end(() => resolve());
      this.file.once('error', () => resolve());
    });
    return this.closed;
  }

  /** A line of the dispatcher's own, on a line of its own. */
  private own(line: string): void {
    const text = this.options.masker ? this.options.masker.mask(line) : line;
    void this.raw(Buffer.from(`${this.atLineStart ? '' : '\n'}${text.replace(/\r?\n/g, ' ')}\n`, 'utf8'));
  }

  private append(chunk: Buffer): Promise<void> | undefined {
    if (chunk.length === 0) return undefined;
    if (this.cut) return undefined;
    const room = this.maxBytes - this.written;
    if (chunk.length > room) {
      this.cut = true;
      const kept = chunk.subarray(0, Math.max(0, room));
      this.written += kept.length;
      const note = `\n[the log is cut here: it is longer than ${this.maxBytes} bytes; the rest is in the workflow run's log]\n`;
      return this.raw(Buffer.concat([kept, Buffer.from(note)]));
    }
    this.written += chunk.length;
    return this.raw(chunk);
  }

  private raw(bytes: Buffer): Promise<void> | undefined {
    if (bytes.length === 0 || this.failure || this.closed || this.file.destroyed) return undefined;
    this.atLineStart = bytes[bytes.length - 1] === 0x0a;
    if (this.file.write(bytes)) return undefined;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.file.off('drain', done);
        this.file.off('error', done);
        this.file.off('close', done);
        resolve();
      };
      this.file.once('drain', done);
      this.file.once('error', done);
      this.file.once('close', done);
    });
  }
}
