import type { Readable } from 'node:stream';
import { StreamMasker, type Masker } from '../shared/mask';
import type { Tail } from './tail';
import type { LogSink } from '../ports';

/**
 * Carries a script's stdout and stderr to the log sink as they come: masked, copied into the tail, and
 * paused while the sink is still busy with earlier output, so a script that prints gigabytes is slowed
 * down to the speed of the log instead of piling up in memory.
 */
export class ScriptOutput {
  private readonly streams: Readable[] = [];
  private readonly maskers = new Map<Readable, StreamMasker>();
  private pending: Promise<void> | null = null;
  private paused = false;
  private warned = false;
  private lastActivity = Date.now();

  constructor(
    private readonly log: LogSink,
    private readonly tail: Tail,
    private readonly masker?: Masker,
  ) {}

  /** Starts reading `stream`; each stream has its own masker, so a secret split across its chunks is still found. */
  attach(stream: Readable): void {
    this.streams.push(stream);
    if (this.masker) this.maskers.set(stream, new StreamMasker(this.masker));
    stream.on('data', (chunk: Buffer) => {
      this.lastActivity = Date.now();
      const masker = this.maskers.get(stream);
      this.deliver(masker ? masker.write(chunk) : chunk);
    });
    if (this.paused) stream.pause();
  }

  /** True while the sink is writing earlier output (and the streams are paused). */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Milliseconds since output last arrived. */
  get idleMs(): number {
    return Date.now() - this.lastActivity;
  }

  /** Counts as activity now (the script just exited: its last output may still be on its way). */
  touch(): void {
    this.lastActivity = Date.now();
  }

  /** The streams are done: lets out what the maskers held back and waits for the sink to take everything. */
  async finish(): Promise<void> {
    for (const masker of this.maskers.values()) this.deliver(masker.end());
    this.maskers.clear();
    while (this.pending) await this.pending;
  }

  private deliver(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.tail.write(bytes);
    if (this.pending) {
      // Only reachable with a chunk already on its way when the streams were paused: keep the order.
      this.track(this.pending.then(() => this.write(bytes)));
      return;
    }
    const written = this.write(bytes);
    if (written) {
      this.pause();
      this.track(written);
    }
  }

  private track(promise: Promise<void>): void {
    const tracked: Promise<void> = promise.then(() => {
      if (this.pending === tracked) {
        this.pending = null;
        this.resume();
      }
    });
    this.pending = tracked;
  }

  /** Writes to the sink; a sink that fails is reported once and its output dropped, never the run. */
  private write(bytes: Buffer): Promise<void> | undefined {
    try {
      const result = this.log.write(bytes);
      if (result && typeof result.then === 'function') {
        return result.then(undefined, (error: unknown) => this.sinkFailed(error));
      }
    } catch (error) {
      this.sinkFailed(error);
    }
    return undefined;
  }

  private sinkFailed(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    const message = error instanceof Error ? error.message : String(error);
    try {
      this.log.warning(`Could not write the script's output to the log: ${message}`);
    } catch {
      // Nowhere left to report it.
    }
  }

  private pause(): void {
    this.paused = true;
    for (const stream of this.streams) stream.pause();
  }

  private resume(): void {
    this.paused = false;
    this.lastActivity = Date.now();
    for (const stream of this.streams) if (!stream.destroyed) stream.resume();
  }
}
