/**
 * The progress protocol: a line `::progress::DONE/TOTAL MESSAGE` on stdout or stderr (`/TOTAL` and `MESSAGE`
 * optional). The last such line counts.
 *
 * The parser reads raw chunks as they come. It only looks at bytes near `::progress::` at the start of a line
 * (a native `indexOf` per chunk), so output without progress lines costs next to nothing, and 100,000
 * progress lines cost one small parse each. A line may be split across chunks; `\n`, `\r` and `\r\n` end a
 * line. Memory is bounded: a progress line longer than `maxLine` bytes is ignored, not buffered.
 */
import type { Readable } from 'node:stream';

export interface Progress {
  done: number;
  total?: number;
  message?: string;
}

export const PROGRESS_PREFIX = '::progress::';
const PREFIX = Buffer.from(PROGRESS_PREFIX, 'latin1');
const LF = 0x0a;
const CR = 0x0d;
/** Longest progress line read (bytes); longer ones are ignored. */
export const DEFAULT_MAX_PROGRESS_LINE = 4096;
/** Longest message kept (characters). */
export const MAX_PROGRESS_MESSAGE = 200;

const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u001f\u007f-\u009f]/g;
const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const DOT = 0x2e;
const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;
const isBlank = (byte: number): boolean => byte === SPACE || byte === TAB || byte === LF || byte === CR;

/** A progress value read from bytes; the message is decoded only when it is asked for. */
export interface Scanned {
  done: number;
  total?: number;
  /** Where the message starts in the bytes scanned (the end when there is none). */
  message: number;
}

/**
 * Reads `DONE[/TOTAL][ MESSAGE]` from `bytes[from, to)`, without making strings: numbers are 1-15 digits with
 * at most 6 decimals. Undefined when it is not a progress value.
 */
function scan(bytes: Buffer, from: number, to: number): Scanned | undefined {
  let at = from;
  while (at < to && isBlank(bytes[at])) at++;
  while (to > at && isBlank(bytes[to - 1])) to--;
  const number = (): number | undefined => {
    let value = 0;
    let digits = 0;
    while (at < to && isDigit(bytes[at]) && digits < 16) {
      value = value * 10 + (bytes[at++] - 0x30);
      digits++;
    }
    if (digits === 0 || digits > 15) return undefined;
    if (at < to && bytes[at] === DOT) {
      let scale = 1;
      let decimals = 0;
      at++;
      while (at < to && isDigit(bytes[at]) && decimals < 7) {
        scale /= 10;
        value += (bytes[at++] - 0x30) * scale;
        decimals++;
      }
      if (decimals === 0 || decimals > 6) return undefined;
      value = Number(value.toFixed(decimals));
    }
    return value;
  };
  const done = number();
  if (done === undefined) return undefined;
  let total: number | undefined;
  let blanks = at;
  while (blanks < to && (bytes[blanks] === SPACE || bytes[blanks] === TAB)) blanks++;
  if (blanks < to && bytes[blanks] === SLASH) {
    at = blanks + 1;
    while (at < to && (bytes[at] === SPACE || bytes[at] === TAB)) at++;
    total = number();
    if (total === undefined) return undefined;
    blanks = at;
    while (blanks < to && (bytes[blanks] === SPACE || bytes[blanks] === TAB)) blanks++;
  }
  if (blanks === at && at < to) return undefined;
  return { done, ...(total !== undefined && total > 0 ? { total } : {}), message: blanks };
}

/** The message as shown: no control characters or colour codes, at most 200 characters. */
function cleanMessage(text: string): string | undefined {
  const clean = text.replace(CONTROL, '').trim().slice(0, MAX_PROGRESS_MESSAGE);
  return clean || undefined;
}

/** Reads the text after `::progress::` (`42/100 Checking page 42`); undefined when it is not a progress value. */
export function parseProgressText(text: string): Progress | undefined {
  const bytes = Buffer.from(text, 'utf8');
  const scanned = scan(bytes, 0, bytes.length);
  if (!scanned) return undefined;
  return toProgress(scanned, bytes.toString('utf8', scanned.message).trimEnd());
}

function toProgress(scanned: Scanned, text: string): Progress {
  const message = cleanMessage(text);
  return {
    done: scanned.done,
    ...(scanned.total !== undefined ? { total: scanned.total } : {}),
    ...(message ? { message } : {}),
  };
}

const isEol = (byte: number): boolean => byte === LF || byte === CR;

/** The first `\n` or `\r` at or after `from`, or -1; never scans past the first `\n`. */
function lineEnd(chunk: Buffer, from: number): number {
  const lf = chunk.indexOf(LF, from);
  const end = lf === -1 ? chunk.length : lf;
  for (let i = from; i < end; i++) if (chunk[i] === CR) return i;
  return lf;
}

/** One stream's parser: feed it the stream's chunks in order, then `end()`. */
export class ProgressParser {
  private pending: Buffer | null = null;
  private skipping = false;
  private atLineStart = true;
  private readonly maxLine: number;

  /**
   * @param onProgress called for each progress line, `bytes[start, end)` (the whole line, prefix included;
   * valid only during the call), with its numbers read. `progressOf` makes the value; the tracker does so only
   * when it is asked for.
   */
  constructor(
    private readonly onProgress: (bytes: Buffer, start: number, end: number, scanned: Scanned) => void,
    options: { maxLine?: number } = {},
  ) {
    this.maxLine = Math.max(PREFIX.length + 1, options.maxLine ?? DEFAULT_MAX_PROGRESS_LINE);
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return;
    let from = 0;
    if (this.pending || this.skipping) {
      const end = lineEnd(chunk, 0);
      if (end === -1) {
        if (this.pending) this.hold(Buffer.concat([this.pending, chunk]));
        return;
      }
      if (this.pending) {
        const line = Buffer.concat([this.pending, chunk.subarray(0, end)]);
        this.line(line, 0, line.length);
      }
      this.pending = null;
      this.skipping = false;
      from = end + 1;
      this.atLineStart = true;
    }
    const start = from;
    for (;;) {
      const at = chunk.indexOf(PREFIX, from);
      if (at === -1) break;
      const startsLine = at > start ? isEol(chunk[at - 1]) : this.atLineStart;
      if (!startsLine) {
        from = at + 1;
        continue;
      }
      const end = lineEnd(chunk, at + PREFIX.length);
      if (end === -1) {
        this.hold(chunk.subarray(at));
        return;
      }
      this.line(chunk, at, end);
      from = end + 1;
      if (from >= chunk.length) break;
    }
    // The chunk may end in the first bytes of a prefix: `::prog`.
    const last = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR));
    const tailStart = last + 1;
    if (last !== -1 || this.atLineStart) {
      const rest = chunk.length - tailStart;
      if (rest > 0 && rest < PREFIX.length && chunk.compare(PREFIX, 0, rest, tailStart) === 0) {
        this.pending = Buffer.from(chunk.subarray(tailStart));
        return;
      }
    }
    this.atLineStart = isEol(chunk[chunk.length - 1]);
  }

  /** The stream ended: a last line without a line break still counts. */
  end(): void {
    if (this.pending) this.line(this.pending, 0, this.pending.length);
    this.pending = null;
    this.skipping = false;
    this.atLineStart = true;
  }

  private hold(bytes: Buffer): void {
    if (bytes.length > this.maxLine) {
      this.pending = null;
      this.skipping = true;
    } else {
      // A copy: the stream may reuse its chunk.
      this.pending = Buffer.from(bytes);
    }
    this.atLineStart = false;
  }

  private line(bytes: Buffer, start: number, end: number): void {
    if (end - start > this.maxLine || end - start < PREFIX.length) return;
    for (let i = 0; i < PREFIX.length; i++) if (bytes[start + i] !== PREFIX[i]) return;
    const scanned = scan(bytes, start + PREFIX.length, end);
    if (scanned) this.onProgress(bytes, start, end, scanned);
  }
}

/** The progress value of a line the parser reported. */
export function progressOf(bytes: Buffer, end: number, scanned: Scanned): Progress {
  return toProgress(scanned, bytes.toString('utf8', scanned.message, end).trimEnd());
}

/** For tests and one-off use: every progress value in `chunks`, in order. */
export function readProgress(
  chunks: Iterable<Buffer | string>,
  options: { maxLine?: number } = {},
): Progress[] {
  const seen: Progress[] = [];
  const parser = new ProgressParser(
    (bytes, _start, end, scanned) => seen.push(progressOf(bytes, end, scanned)),
    options,
  );
  for (const chunk of chunks) parser.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  parser.end();
  return seen;
}

/**
 * The progress of a script across its streams: `attach` each stream (a listener of its own, beside the one
 * that carries the output to the log); `current` is the last progress line seen on any of them. Only the
 * numbers are read per line; the message is decoded when `current` is asked for.
 */
export class ProgressTracker {
  /** The last progress line, copied here (no allocation per line); only its message is read from it. */
  private line: Buffer = Buffer.alloc(0);
  private lineLength = 0;
  private lastScanned: Scanned | undefined;
  private cached: Progress | undefined;
  private count = 0;

  /**
   * @param onChange called after each progress line, as it is read: keep it cheap (it may run 100,000 times
   * a second); read `current` when the value is needed.
   */
  constructor(private readonly onChange?: () => void) {}

  /** The last progress value reported, if any. */
  get current(): Progress | undefined {
    if (!this.cached && this.lastScanned) {
      this.cached = progressOf(this.line, this.lineLength, this.lastScanned);
    }
    return this.cached;
  }

  /** Progress lines read so far. */
  get lines(): number {
    return this.count;
  }

  /** A parser whose values count here (one per stream). */
  parser(options: { maxLine?: number } = {}): ProgressParser {
    return new ProgressParser((bytes, _start, end, scanned) => this.report(bytes, end, scanned), options);
  }

  /** Reads `stream`'s data as it comes; the parser is flushed when the stream ends or closes. */
  attach(stream: Readable): void {
    const parser = this.parser();
    stream.on('data', (chunk: Buffer | string) =>
      parser.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk),
    );
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      parser.end();
    };
    stream.once('end', end);
    stream.once('close', end);
  }

  private report(bytes: Buffer, end: number, scanned: Scanned): void {
    // A copy of the message only: the stream may reuse its chunk.
    const from = scanned.message;
    if (this.line.length < end - from) this.line = Buffer.alloc(Math.max(256, end - from));
    bytes.copy(this.line, 0, from, end);
    this.lineLength = end - from;
    this.lastScanned = { ...scanned, message: 0 };
    this.cached = undefined;
    this.count++;
    this.onChange?.();
  }
}
