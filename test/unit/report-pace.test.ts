import {
  CommentPacer,
  PacedEditor,
  progressIntervalMs,
  rateLimitDelayMs,
  rateLimitOfError,
  type Clock,
} from '../../src/report/pace';

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  time = 1_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private ids = 0;
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.ids;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  get pending(): number {
    return this.timers.length;
  }
  /** Moves time forward by `ms`, running the timers that fall due (and what they start) in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await flush();
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.time = Math.max(this.time, next.at);
      next.fn();
    }
    this.time = end;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('CommentPacer', () => {
  it('sends only a changed body, at most once per interval', () => {
    const pacer = new CommentPacer(15_000);
    expect(pacer.shouldSend(0, 'a')).toBe(true);
    pacer.sent(0);
    expect(pacer.written).toBe('a');
    expect(pacer.shouldSend(1000, 'a')).toBe(false);
    expect(pacer.shouldSend(1000, 'b')).toBe(false);
    expect(pacer.waitMs(1000)).toBe(14_000);
    expect(pacer.shouldSend(15_000, 'a')).toBe(false);
    expect(pacer.shouldSend(15_000, 'b')).toBe(true);
  });

  it('waits out a rate limit, and sends the final body whatever the interval', () => {
    const pacer = new CommentPacer(5000);
    pacer.sent(0, 'a');
    pacer.rateLimited(1000, 60_000);
    expect(pacer.shouldSend(10_000, 'b')).toBe(false);
    expect(pacer.waitMs(10_000)).toBe(51_000);
    expect(pacer.rateLimitWaitMs(10_000)).toBe(51_000);
    expect(pacer.shouldSend(61_000, 'b')).toBe(true);
    expect(pacer.shouldSendFinal('a')).toBe(false);
    expect(pacer.shouldSendFinal('z')).toBe(true);
  });

  it('takes progress-interval in seconds, 15 by default, at least 5', () => {
    expect(progressIntervalMs(undefined)).toBe(15_000);
    expect(progressIntervalMs(2)).toBe(5000);
    expect(progressIntervalMs(30)).toBe(30_000);
  });
});

describe('rate limit answers', () => {
  const now = 1_700_000_000_000;
  it('reads retry-after (seconds or a date) and x-ratelimit-reset', () => {
    expect(rateLimitDelayMs(429, { 'Retry-After': '30' }, now)).toBe(30_000);
    expect(rateLimitDelayMs(403, { 'retry-after': new Date(now + 5000).toUTCString() }, now)).toBe(5000);
    expect(
      rateLimitDelayMs(
        403,
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 120) },
        now,
      ),
    ).toBe(121_000);
    expect(rateLimitDelayMs(429, {}, now)).toBe(60_000);
  });

  it('does not take a plain 403 or another status for one', () => {
    expect(rateLimitDelayMs(403, {}, now)).toBeUndefined();
    expect(
      rateLimitDelayMs(403, { 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': '1' }, now),
    ).toBeUndefined();
    expect(rateLimitDelayMs(500, { 'retry-after': '1' }, now)).toBeUndefined();
    expect(rateLimitOfError(new Error('x'))).toBeUndefined();
    expect(rateLimitOfError({ status: 429, response: { headers: { 'retry-after': '2' } } })).toBe(2000);
  });
});

describe('PacedEditor', () => {
  function editor(fail?: (n: number, body: string) => unknown) {
    const clock = new FakeClock();
    const sent: { at: number; body: string }[] = [];
    const errors: unknown[] = [];
    const limits: number[] = [];
    let n = 0;
    const paced = new PacedEditor({
      intervalMs: 5000,
      clock,
      send: (body) => {
        const failure = fail?.(++n, body);
        if (failure) return Promise.reject(failure);
        sent.push({ at: clock.now(), body });
        return Promise.resolve();
      },
      onError: (e) => errors.push(e),
      onRateLimit: (ms) => limits.push(ms),
    });
    return { clock, sent, paced, errors, limits };
  }

  it('sends a new phase at once, waits only for a rate limit, and paces what follows from it', async () => {
    const { clock, sent, paced, limits } = editor((n) =>
      n === 2
        ? Object.assign(new Error('slow down'), { status: 429, headers: { 'retry-after': '8' } })
        : undefined,
    );
    paced.created('queued');
    await paced.now('running');
    expect(sent.map((s) => s.body)).toEqual(['running']);
    await paced.now('running');
    expect(sent).toHaveLength(1);
    paced.update('running 1/3');
    await clock.advance(1000);
    expect(sent).toHaveLength(1);
    await clock.advance(4000);
    // The second send is answered 429: nothing more goes out for 8 s, then the newest body.
    expect(limits).toEqual([8000]);
    await paced.now('uploading');
    expect(sent).toHaveLength(1);
    await clock.advance(7000);
    expect(sent).toHaveLength(1);
    await clock.advance(1500);
    expect(sent.map((s) => s.body)).toEqual(['running', 'uploading']);
    await paced.finish('done');
    expect(sent.map((s) => s.body)).toEqual(['running', 'uploading', 'done']);
  });

  it('sends the newest body at most once per interval and never an unchanged one', async () => {
    const { clock, sent, paced } = editor();
    paced.created('queued');
    paced.update('queued');
    await clock.advance(10_000);
    expect(sent).toEqual([]);
    for (let i = 1; i <= 100; i++) {
      paced.update(`progress ${i}`);
      await clock.advance(100);
    }
    // 10 s of updates, every 100 ms: an edit at once, then one per 5 s with the newest body.
    expect(sent.map((s) => s.body)).toEqual(['progress 1', 'progress 50', 'progress 100']);
    for (let i = 1; i < sent.length; i++) expect(sent[i].at - sent[i - 1].at).toBeGreaterThanOrEqual(5000);
    paced.update('progress 100');
    await clock.advance(60_000);
    expect(sent).toHaveLength(3);
    await paced.finish('done');
    await paced.finish('done');
    expect(sent.map((s) => s.body).slice(-1)).toEqual(['done']);
    expect(sent).toHaveLength(4);
    expect(paced.sentCount).toBe(4);
    expect(clock.pending).toBe(0);
  });

  it('delays the next edit after a rate limit, never throws, and still writes the final state', async () => {
    const { clock, sent, paced, limits } = editor((n) =>
      n === 1 ? { status: 403, response: { headers: { 'retry-after': '60' } } } : undefined,
    );
    paced.update('one');
    await clock.advance(1);
    expect(sent).toEqual([]);
    expect(limits).toEqual([60_000]);
    paced.update('two');
    await clock.advance(30_000);
    expect(sent).toEqual([]);
    await clock.advance(31_000);
    expect(sent.map((s) => s.body)).toEqual(['two']);
    const finishing = paced.finish('final');
    await clock.advance(1);
    await finishing;
    expect(sent.map((s) => s.body)).toEqual(['two', 'final']);
  });

  it('waits out a rate limit before the final edit', async () => {
    const { clock, sent, paced } = editor((n) =>
      n === 1 ? { status: 429, response: { headers: { 'retry-after': '20' } } } : undefined,
    );
    paced.update('one');
    await clock.advance(1);
    const finishing = paced.finish('final');
    await clock.advance(19_000);
    expect(sent).toEqual([]);
    await clock.advance(2000);
    await finishing;
    expect(sent.map((s) => s.body)).toEqual(['final']);
  });

  it('reports another failure and tries again an interval later', async () => {
    const { clock, sent, paced, errors } = editor((n) => (n === 1 ? new Error('boom') : undefined));
    paced.update('one');
    await clock.advance(1);
    expect(errors).toHaveLength(1);
    await clock.advance(5000);
    expect(sent.map((s) => s.body)).toEqual(['one']);
  });
});
