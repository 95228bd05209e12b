/**
 * When the status comment may be edited while a script runs: only when the body changed, at most once per
 * `progress-interval`, later when GitHub answered with a rate limit; the final body always goes out.
 *
 * `CommentPacer` is the pure decision (times are milliseconds from any clock); `PacedEditor` drives it with
 * timers around a `send` function. Neither ever throws for a failed edit.
 */

import { DEFAULT_PROGRESS_INTERVAL_SECONDS } from '../manifest/types';

export { DEFAULT_PROGRESS_INTERVAL_SECONDS };
export const MIN_PROGRESS_INTERVAL_SECONDS = 5;
/** With no `retry-after` or `x-ratelimit-reset`, a secondary rate limit waits at least a minute (GitHub's advice). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

export class CommentPacer {
  private lastBody: string | undefined;
  private lastSentAt = -Infinity;
  private blockedUntil = -Infinity;
  private offered: string | undefined;

  /** @param intervalMs the least time between two edits (at least 5 s is expected; not enforced here). */
  constructor(readonly intervalMs: number) {}

  /** The body last written, if any. */
  get written(): string | undefined {
    return this.lastBody;
  }

  /**
   * Whether `body` may be sent now: it differs from the body already there, the interval has passed since
   * the last edit, and no rate limit is pending.
   */
  shouldSend(now: number, body: string): boolean {
    this.offered = body;
    if (body === this.lastBody) return false;
    return now >= this.nextAt();
  }

  /** The final body: sent whenever it differs, without waiting for the interval (a rate limit still counts: see `waitMs`). */
  shouldSendFinal(body: string): boolean {
    this.offered = body;
    return body !== this.lastBody;
  }

  /** An edit with `body` (default: the body last passed to `shouldSend`) went out at `now`. */
  sent(now: number, body: string | undefined = this.offered): void {
    this.lastSentAt = now;
    if (body !== undefined) this.lastBody = body;
  }

  /** An edit failed at `now` (not a rate limit): the next one waits an interval, the body is not counted as there. */
  failed(now: number): void {
    this.lastSentAt = now;
  }

  /** The body is known to be there already (the comment as it was created). */
  knownBody(body: string, now: number): void {
    this.lastBody = body;
    this.lastSentAt = now;
  }

  /** GitHub answered with a rate limit at `now`: no edit before `now + retryAfterMs`. */
  rateLimited(now: number, retryAfterMs: number = DEFAULT_RATE_LIMIT_WAIT_MS): void {
    const wait =
      Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : DEFAULT_RATE_LIMIT_WAIT_MS;
    this.blockedUntil = Math.max(this.blockedUntil, now + wait);
  }

  /** The earliest time the next regular edit may go out. */
  nextAt(): number {
    return Math.max(this.lastSentAt + this.intervalMs, this.blockedUntil);
  }

  /** How long until the next regular edit may go out (0: now). */
  waitMs(now: number): number {
    return Math.max(0, this.nextAt() - now);
  }

  /** How long a rate limit still holds edits back (0: none). */
  rateLimitWaitMs(now: number): number {
    return Math.max(0, this.blockedUntil - now);
  }
}

/** `progress-interval` seconds from the manifest → milliseconds, defaulted and raised to the minimum. */
export function progressIntervalMs(seconds: number | undefined): number {
  const value =
    seconds === undefined || !Number.isFinite(seconds) ? DEFAULT_PROGRESS_INTERVAL_SECONDS : seconds;
  return Math.max(MIN_PROGRESS_INTERVAL_SECONDS, value) * 1000;
}

type Headers = Record<string, string | number | string[] | undefined>;

function header(headers: Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    if (Array.isArray(value)) return value[0];
    return value === undefined ? undefined : String(value);
  }
  return undefined;
}

/**
 * How long a GitHub answer says to wait, when it is a rate limit (403 or 429 with `retry-after`, or with
 * `x-ratelimit-remaining: 0` / `x-ratelimit-reset`); undefined when it is not one. A 429 without either
 * header waits the default minute.
 */
export function rateLimitDelayMs(
  status: number,
  headers: Headers | undefined,
  now = Date.now(),
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const remaining = header(headers, 'x-ratelimit-remaining');
  const reset = header(headers, 'x-ratelimit-reset');
  if (reset !== undefined && (remaining === undefined || Number(remaining) === 0)) {
    const at = Number(reset) * 1000;
    if (Number.isFinite(at)) return Math.max(0, at - now) + 1000;
  }
  return status === 429 ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined;
}

/** The rate-limit wait of an error thrown by Octokit (`status`, `response.headers`), if it is one. */
export function rateLimitOfError(error: unknown, now = Date.now()): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; response?: { headers?: Headers }; headers?: Headers };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return undefined;
  return rateLimitDelayMs(status, e.response?.headers ?? e.headers, now);
}

/** Timers, injectable for tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    // A pending progress edit never keeps the process alive.
    timer.unref?.();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface PacedEditorOptions {
  intervalMs: number;
  /** Edits the comment. A rejection is never thrown on: a rate limit delays the next edit, anything else is reported. */
  send: (body: string) => Promise<void>;
  clock?: Clock;
  /** Told of a failed edit (other than a rate limit). */
  onError?: (error: unknown) => void;
  /** Told of a rate limit and how long the edits wait. */
  onRateLimit?: (waitMs: number) => void;
  /** The most `finish` waits for a rate limit to end before it tries anyway (default 60 s). */
  maxFinalWaitMs?: number;
  /** Attempts of the final edit (default 3). */
  finalAttempts?: number;
}

/**
 * Sends the latest body when the pacer allows it: `update` as often as you like (every progress line), at
 * most one edit per interval goes out, always the newest body, never an unchanged one, never two at once.
 * `finish` writes the final body, whatever the interval.
 */
export class PacedEditor {
  readonly pacer: CommentPacer;
  private readonly clock: Clock;
  private latest: string | undefined;
  private timer: unknown;
  private inFlight: Promise<void> | undefined;
  private finished = false;
  private edits = 0;

  constructor(private readonly options: PacedEditorOptions) {
    this.pacer = new CommentPacer(options.intervalMs);
    this.clock = options.clock ?? SYSTEM_CLOCK;
  }

  /** Edits sent so far (successful ones). */
  get sentCount(): number {
    return this.edits;
  }

  /** The body as it was created (with the comment), so an equal body is not sent again. */
  created(body: string): void {
    this.pacer.knownBody(body, this.clock.now());
  }

  /** A new body to show; sent now or when the pacer allows. Bodies in between are skipped. */
  update(body: string): void {
    if (this.finished) return;
    this.latest = body;
    this.schedule();
  }

  /**
   * Sends `body` at once, whatever the interval (a new phase: checking out, running, uploading), unless it is
   * there already or a rate limit holds edits back (then it goes out when that ends, like any update).
   * The interval of the next regular edit starts from it. Never throws.
   */
  async now(body: string): Promise<void> {
    if (this.finished) return;
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    this.latest = body;
    if (body === this.pacer.written || this.pacer.rateLimitWaitMs(this.clock.now()) > 0) {
      this.schedule();
      return;
    }
    const flight = this.attempt(body).then(() => undefined);
    this.inFlight = flight;
    await flight;
    if (this.inFlight === flight) this.inFlight = undefined;
    this.schedule();
  }

  /** Stops the timed edits and writes `body` unless it is there already. Never throws. */
  async finish(body: string): Promise<void> {
    this.finished = true;
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    const attempts = Math.max(1, this.options.finalAttempts ?? 3);
    const maxWait = this.options.maxFinalWaitMs ?? 60_000;
    for (let n = 1; n <= attempts && this.pacer.shouldSendFinal(body); n++) {
      const wait = Math.min(this.pacer.rateLimitWaitMs(this.clock.now()), maxWait);
      if (wait > 0) await new Promise<void>((resolve) => this.clock.setTimeout(resolve, wait));
      if (await this.attempt(body)) return;
    }
  }

  private schedule(): void {
    if (this.timer !== undefined || this.inFlight || this.latest === undefined || this.finished) return;
    if (this.latest === this.pacer.written) return;
    const wait = this.pacer.waitMs(this.clock.now());
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, wait);
  }

  private fire(): void {
    const body = this.latest;
    if (body === undefined || this.finished) return;
    if (!this.pacer.shouldSend(this.clock.now(), body)) {
      this.schedule();
      return;
    }
    const flight = this.attempt(body).then(() => {
      if (this.inFlight === flight) this.inFlight = undefined;
      this.schedule();
    });
    this.inFlight = flight;
  }

  /** One edit; true when it went out. */
  private async attempt(body: string): Promise<boolean> {
    try {
      await this.options.send(body);
      this.pacer.sent(this.clock.now(), body);
      this.edits++;
      return true;
    } catch (error) {
      const now = this.clock.now();
      const wait = rateLimitOfError(error, now);
      if (wait !== undefined) {
        this.pacer.rateLimited(now, wait);
        this.options.onRateLimit?.(wait);
      } else {
        // Not sent, and not a rate limit: wait an interval before trying again, never fail the run.
        this.pacer.failed(now);
        this.options.onError?.(error);
      }
      return false;
    }
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
