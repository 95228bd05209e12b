/**
 * The last lines of a script's output, for the status comment. Memory stays at `maxBytes` however much
 * passes through and however long a line is.
 */

export const DEFAULT_TAIL_LINES = 200;
export const DEFAULT_TAIL_BYTES = 64 * 1024;

const NEWLINE = 0x0a;

export interface TailOptions {
  /** Most lines kept (default 200). */
  lines?: number;
  /** Most bytes kept (default 64 KiB). */
  bytes?: number;
}

export class Tail {
  readonly maxLines: number;
  readonly maxBytes: number;
  /** A ring of the last `maxBytes` bytes; allocated as output arrives, never larger than `maxBytes`. */
  private ring: Buffer = Buffer.alloc(0);
  private start = 0;
  private length = 0;
  private total = 0;

  constructor(options: TailOptions = {}) {
    this.maxLines = Math.max(1, Math.floor(options.lines ?? DEFAULT_TAIL_LINES));
    this.maxBytes = Math.max(1, Math.floor(options.bytes ?? DEFAULT_TAIL_BYTES));
  }

  /** Bytes written since the start, including those no longer kept. */
  get totalBytes(): number {
    return this.total;
  }

  write(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (bytes.length === 0) return;
    this.total += bytes.length;
    const cap = this.maxBytes;
    if (bytes.length >= cap) {
      this.grow(cap);
      bytes.copy(this.ring, 0, bytes.length - cap);
      this.start = 0;
      this.length = cap;
      return;
    }
    this.grow(Math.min(cap, this.length + bytes.length));
    const size = this.ring.length;
    let at = (this.start + this.length) % size;
    let from = 0;
    while (from < bytes.length) {
      const n = Math.min(bytes.length - from, size - at);
      bytes.copy(this.ring, at, from, from + n);
      from += n;
      at = (at + n) % size;
    }
    const overflow = this.length + bytes.length - size;
    if (overflow > 0) {
      this.start = (this.start + overflow) % size;
      this.length = size;
    } else {
      this.length += bytes.length;
    }
  }

  /** The kept bytes, oldest first: at most `maxBytes`, and at most `maxLines` lines. */
  bytes(): Buffer {
    const size = this.ring.length;
    const end = this.start + this.length;
    const kept =
      end <= size
        ? this.ring.subarray(this.start, end)
        : Buffer.concat([this.ring.subarray(this.start), this.ring.subarray(0, end - size)]);
    // A final newline ends the last line; it does not start another one.
    let at = kept.length > 0 && kept[kept.length - 1] === NEWLINE ? kept.length - 2 : kept.length - 1;
    let from = 0;
    for (let lines = 0; at >= 0; lines++) {
      const newline = kept.lastIndexOf(NEWLINE, at);
      if (newline === -1) break;
      if (lines + 1 === this.maxLines) {
        from = newline + 1;
        break;
      }
      at = newline - 1;
    }
    // Bytes were dropped before the kept ones: skip UTF-8 continuation bytes of a cut character.
    if (from === 0 && this.total > this.length) {
      while (from < kept.length && (kept[from] & 0xc0) === 0x80) from++;
    }
    return Buffer.from(kept.subarray(from));
  }

  /** The kept output as UTF-8 text. */
  toString(): string {
    return this.bytes().toString('utf8');
  }

  /** Forgets everything. */
  clear(): void {
    this.start = 0;
    this.length = 0;
    this.total = 0;
  }

  private grow(needed: number): void {
    if (this.ring.length >= needed) return;
    // Grow geometrically up to the cap; the ring is unrolled into the new buffer so it starts at 0.
    const size = Math.min(this.maxBytes, Math.max(needed, this.ring.length * 2, 1024));
    const next = Buffer.alloc(size);
    const end = this.start + this.length;
    if (end <= this.ring.length) {
      this.ring.copy(next, 0, this.start, end);
    } else {
      this.ring.copy(next, 0, this.start);
      this.ring.copy(next, this.ring.length - this.start, 0, end - this.ring.length);
    }
    this.ring = next;
    this.start = 0;
  }
}
