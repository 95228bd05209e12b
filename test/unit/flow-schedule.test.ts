import { runFlow, topologicalOrder, type StepContext, type StepOutcome } from '../../src/flow/schedule';

interface Step {
  name: string;
  needs: string[];
  write?: boolean;
}
interface Outcome extends StepOutcome {
  note?: string;
}

const step = (name: string, ...needs: string[]): Step => ({ name, needs });

/** Fake processes: each started step waits until the test ends it; a fake clock the test moves. */
function harness() {
  let clock = 0;
  const log: string[] = [];
  const live = new Map<
    string,
    { end: (o: Outcome) => void; fail: (e: Error) => void; signal: AbortSignal }
  >();
  let peak = 0;
  const start = (s: Step, context: StepContext<Step, Outcome>) =>
    new Promise<Outcome>((resolve, reject) => {
      log.push(`start ${s.name} ${context.position}/${context.total}`);
      live.set(s.name, {
        end: (o) => {
          live.delete(s.name);
          resolve(o);
        },
        fail: (e) => {
          live.delete(s.name);
          reject(e);
        },
        signal: context.signal,
      });
      peak = Math.max(peak, live.size);
      context.signal.addEventListener('abort', () => {
        log.push(`abort ${s.name}`);
        live.delete(s.name);
        resolve({ status: 'cancelled' });
      });
    });
  const tick = () => new Promise((r) => setImmediate(r));
  return {
    log,
    live,
    start,
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    peak: () => peak,
    tick,
    /** Ends a running step and lets the scheduler react. */
    async end(name: string, status: Outcome['status'] = 'succeeded') {
      const entry = live.get(name);
      if (!entry) throw new Error(`${name} is not running (running: ${[...live.keys()].join(', ')})`);
      entry.end({ status });
      await tick();
    },
    running: () => [...live.keys()].sort(),
  };
}

describe('runFlow', () => {
  it('runs a chain in order with start and finish times from the clock', async () => {
    const h = harness();
    const flow = { steps: [step('c', 'b'), step('a'), step('b', 'a')] };
    const result = runFlow(flow, h.start, { maxParallel: 4, now: h.now });
    await h.tick();
    expect(h.running()).toEqual(['a']);
    h.advance(10);
    await h.end('a');
    expect(h.running()).toEqual(['b']);
    h.advance(5);
    await h.end('b');
    h.advance(7);
    await h.end('c');
    const { steps, status } = await result;
    expect(status).toBe('succeeded');
    expect(steps.map((s) => [s.name, s.status, s.startedAt, s.finishedAt])).toEqual([
      ['c', 'succeeded', 15, 22],
      ['a', 'succeeded', 0, 10],
      ['b', 'succeeded', 10, 15],
    ]);
    expect(h.log).toEqual(['start a 1/3', 'start b 2/3', 'start c 3/3']);
  });

  it('runs independent steps at once, never more than maxParallel', async () => {
    const h = harness();
    const flow = {
      steps: ['a', 'b', 'c', 'd', 'e'].map((n) => step(n)).concat([step('z', 'a', 'b', 'c', 'd', 'e')]),
    };
    const result = runFlow(flow, h.start, { maxParallel: 2, now: h.now });
    await h.tick();
    expect(h.running()).toEqual(['a', 'b']);
    await h.end('b');
    expect(h.running()).toEqual(['a', 'c']);
    await h.end('a');
    await h.end('c');
    expect(h.running()).toEqual(['d', 'e']);
    await h.end('e');
    await h.end('d');
    expect(h.running()).toEqual(['z']);
    await h.end('z');
    expect((await result).status).toBe('succeeded');
    expect(h.peak()).toBe(2);
  });

  it('runs one at a time under maxParallel 1', async () => {
    const h = harness();
    const result = runFlow({ steps: [step('a'), step('b'), step('c')] }, h.start, { maxParallel: 1 });
    for (const name of ['a', 'b', 'c']) {
      await h.tick();
      expect(h.running()).toEqual([name]);
      await h.end(name);
    }
    await result;
    expect(h.peak()).toBe(1);
  });

  it('defaults maxParallel to the number of CPUs', async () => {
    const { availableParallelism } = await import('node:os');
    const h = harness();
    const steps = Array.from({ length: availableParallelism() + 2 }, (_, i) => step(`s${i}`));
    const result = runFlow({ steps }, h.start);
    await h.tick();
    expect(h.live.size).toBe(availableParallelism());
    while (h.live.size > 0) await h.end([...h.live.keys()][0]);
    expect((await result).status).toBe('succeeded');
  });

  it('skips what needs a failed step, transitively, and runs the unrelated steps to the end', async () => {
    const h = harness();
    const flow = {
      steps: [
        step('a'),
        step('b', 'a'),
        step('c', 'b'),
        step('other'),
        step('after', 'other'),
        step('join', 'c', 'after'),
      ],
    };
    const result = runFlow(flow, h.start, { maxParallel: 2, now: h.now });
    await h.tick();
    expect(h.running()).toEqual(['a', 'other']);
    await h.end('a', 'timed-out');
    expect(h.running()).toEqual(['other']);
    await h.end('other');
    await h.end('after');
    const { steps, status } = await result;
    expect(status).toBe('failed');
    expect(Object.fromEntries(steps.map((s) => [s.name, s.status]))).toEqual({
      a: 'timed-out',
      b: 'skipped',
      c: 'skipped',
      other: 'succeeded',
      after: 'succeeded',
      join: 'skipped',
    });
    expect(steps.find((s) => s.name === 'b')?.blockedBy).toEqual(['a']);
    expect(steps.find((s) => s.name === 'join')?.blockedBy).toEqual(['c']);
    expect(steps.find((s) => s.name === 'b')?.startedAt).toBeUndefined();
  });

  it('treats a cached step as passed, and a step that throws as failed', async () => {
    const h = harness();
    const result = runFlow({ steps: [step('a'), step('b', 'a'), step('x'), step('y', 'x')] }, h.start, {
      maxParallel: 4,
    });
    await h.tick();
    await h.end('a', 'cached');
    h.live.get('x')?.fail(new Error('spawn python3 ENOENT'));
    await h.tick();
    await h.end('b');
    const { steps } = await result;
    expect(steps.map((s) => s.status)).toEqual(['cached', 'succeeded', 'failed', 'skipped']);
    expect(steps[2].error).toBe('spawn python3 ENOENT');
  });

  it('passes the records of the needed steps', async () => {
    const seen: string[] = [];
    await runFlow<Step, Outcome>({ steps: [step('a'), step('b', 'a')] }, async (s, context) => {
      seen.push(
        `${s.name}:${Object.values(context.needs)
          .map((r) => `${r.name}=${r.outcome?.note}`)
          .join()}`,
      );
      return { status: 'succeeded', note: `out-${s.name}` };
    });
    expect(seen).toEqual(['a:', 'b:a=out-a']);
  });

  it('on abort, stops launching, aborts the running steps, and cancels the rest', async () => {
    const h = harness();
    const abort = new AbortController();
    const flow = { steps: [step('a'), step('b'), step('c'), step('d', 'a')] };
    const result = runFlow(flow, h.start, { maxParallel: 2, signal: abort.signal });
    await h.tick();
    expect(h.running()).toEqual(['a', 'b']);
    abort.abort();
    const { steps, status } = await result;
    expect(status).toBe('cancelled');
    expect(steps.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(h.log).toEqual(['start a 1/4', 'start b 2/4', 'abort a', 'abort b']);
    expect(steps[2].startedAt).toBeUndefined();
  });

  it('waits for running steps that take time to stop', async () => {
    const abort = new AbortController();
    let stopped = false;
    const result = runFlow<Step, Outcome>(
      { steps: [step('a')] },
      (_s, { signal }) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () =>
            setTimeout(() => {
              stopped = true;
              resolve({ status: 'cancelled' });
            }, 20),
          ),
        ),
      { signal: abort.signal },
    );
    await new Promise((r) => setImmediate(r));
    abort.abort();
    expect((await result).steps[0].status).toBe('cancelled');
    expect(stopped).toBe(true);
  });

  it('starts nothing when already aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const started: string[] = [];
    const { steps } = await runFlow<Step, Outcome>(
      { steps: [step('a')] },
      async (s) => {
        started.push(s.name);
        return { status: 'succeeded' };
      },
      { signal: abort.signal },
    );
    expect(started).toEqual([]);
    expect(steps[0].status).toBe('cancelled');
  });

  it('runs an exclusive (write) step alone', async () => {
    const h = harness();
    const flow = { steps: [step('a'), { ...step('w'), write: true }, step('b'), step('c')] };
    const result = runFlow(flow, h.start, { maxParallel: 4, exclusive: (s) => s.write === true });
    await h.tick();
    expect(h.running()).toEqual(['a']);
    await h.end('a');
    expect(h.running()).toEqual(['w']);
    await h.end('w');
    expect(h.running()).toEqual(['b', 'c']);
    await h.end('b');
    await h.end('c');
    expect((await result).status).toBe('succeeded');
  });

  it('reports start and finish events for progress', async () => {
    const events: string[] = [];
    await runFlow<Step, Outcome>(
      { steps: [step('a'), step('b', 'a')] },
      async () => ({ status: 'succeeded' }),
      {
        onEvent: (e) => events.push(`${e.kind} ${e.record.name}`),
      },
    );
    expect(events).toEqual(['started a', 'finished a', 'started b', 'finished b']);
  });

  it('handles an empty flow and a 200-step fan-out/fan-in quickly', async () => {
    expect((await runFlow({ steps: [] }, async () => ({ status: 'succeeded' }))).status).toBe('succeeded');
    const middle = Array.from({ length: 198 }, (_, i) => step(`m${i}`, 'root'));
    const steps = [step('root'), ...middle, step('end', ...middle.map((m) => m.name))];
    let live = 0;
    let peak = 0;
    const { status } = await runFlow<Step, Outcome>(
      { steps },
      async () => {
        live += 1;
        peak = Math.max(peak, live);
        await new Promise((r) => setImmediate(r));
        live -= 1;
        return { status: 'succeeded' };
      },
      { maxParallel: 2 },
    );
    expect(status).toBe('succeeded');
    expect(peak).toBe(2);
  });
});

describe('topologicalOrder', () => {
  it('orders needs first and rejects cycles and unknown needs', () => {
    expect(topologicalOrder([step('b', 'a'), step('a')]).map((s) => s.name)).toEqual(['a', 'b']);
    expect(() => topologicalOrder([step('a', 'b'), step('b', 'a')])).toThrow('a → b → a');
    expect(() => topologicalOrder([step('a', 'x')])).toThrow('needs `x`');
  });
});
