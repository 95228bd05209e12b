import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import {
  parseProgressText,
  ProgressParser,
  ProgressTracker,
  progressOf,
  readProgress,
  type Progress,
} from '../../src/execute/progress';

function feed(chunks: (string | Buffer)[], maxLine?: number): Progress[] {
  return readProgress(chunks, { maxLine });
}

describe('parseProgressText', () => {
  it('reads done, total and message', () => {
    expect(parseProgressText('42/100 Checking page 42')).toEqual({
      done: 42,
      total: 100,
      message: 'Checking page 42',
    });
    expect(parseProgressText('7')).toEqual({ done: 7 });
    expect(parseProgressText('7 pages so far')).toEqual({ done: 7, message: 'pages so far' });
    expect(parseProgressText(' 3 / 4 ')).toEqual({ done: 3, total: 4 });
    expect(parseProgressText('2.5/10')).toEqual({ done: 2.5, total: 10 });
  });

  it('ignores what is not a progress value', () => {
    expect(parseProgressText('')).toBeUndefined();
    expect(parseProgressText('abc')).toBeUndefined();
    expect(parseProgressText('-1/3')).toBeUndefined();
    expect(parseProgressText('1/x')).toBeUndefined();
    expect(parseProgressText('12pages')).toBeUndefined();
    expect(parseProgressText('1234567890123456')).toBeUndefined();
    expect(parseProgressText('1.')).toBeUndefined();
  });

  it('drops a zero total, control characters and colour codes, and bounds the message', () => {
    expect(parseProgressText('1/0 x')).toEqual({ done: 1, message: 'x' });
    expect(parseProgressText('1 \u001b[31mred\u001b[0m\u0007')).toEqual({ done: 1, message: 'red' });
    expect(parseProgressText(`1 ${'m'.repeat(1000)}`)?.message).toHaveLength(200);
  });
});

describe('ProgressParser', () => {
  it('reads progress lines among other output, on line starts only', () => {
    expect(
      feed(['hello\n::progress::1/3 one\nnot ::progress::9/9 this\n::progress::2/3 two\nbye\n']),
    ).toEqual([
      { done: 1, total: 3, message: 'one' },
      { done: 2, total: 3, message: 'two' },
    ]);
  });

  it('joins a line split across chunks, also inside the prefix', () => {
    expect(feed(['::prog', 'ress::4', '2/10', '0 Check', 'ing\n'])).toEqual([
      { done: 42, total: 100, message: 'Checking' },
    ]);
    expect(feed(['x\n:', ':progress::5\n'])).toEqual([{ done: 5 }]);
    expect(feed(['x:', ':progress::5\n'])).toEqual([]);
  });

  it('ends lines at \\r, \\n and \\r\\n', () => {
    expect(feed(['::progress::1/3\r::progress::2/3\r\n::progress::3/3\n'])).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(feed(['::progress::1 a\r', '\n::progress::2 b\r\n'])).toEqual([
      { done: 1, message: 'a' },
      { done: 2, message: 'b' },
    ]);
  });

  it('counts a last line without a line break when the stream ends', () => {
    expect(feed(['a\n::progress::3/3 done'])).toEqual([{ done: 3, total: 3, message: 'done' }]);
  });

  it('ignores a huge progress line without buffering it, and reads the next one', () => {
    const huge = `::progress::1 ${'x'.repeat(1_000_000)}`;
    const parser = new ProgressParser(() => undefined, { maxLine: 4096 });
    const seen: Progress[] = [];
    const p2 = new ProgressParser((b, _s, e, sc) => seen.push(progressOf(b, e, sc)), {
      maxLine: 4096,
    });
    for (let i = 0; i < huge.length; i += 65536) {
      const chunk = Buffer.from(huge.slice(i, i + 65536));
      parser.write(chunk);
      p2.write(chunk);
      expect((p2 as unknown as { pending: Buffer | null }).pending?.length ?? 0).toBeLessThanOrEqual(4096);
    }
    p2.write(Buffer.from('\n::progress::2/2\n'));
    expect(seen).toEqual([{ done: 2, total: 2 }]);
  });

  it('gives the same values however the output is cut into chunks', () => {
    const lines = [
      '::progress::1/10 first',
      'plain output',
      '::progress::2',
      '  ::progress::99 indented does not count',
      '::progress::3/10 ünïcode ✓',
      '::progressive',
      '::progress::4/10 last',
    ];
    const text = Buffer.from(lines.join('\r\n') + '\n');
    const whole = feed([text]);
    expect(whole.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length }), { maxLength: 20 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(text.subarray(from, p));
          from = p;
        }
        chunks.push(text.subarray(from));
        expect(feed(chunks)).toEqual(whole);
      }),
    );
  });

  it('reads 100,000 progress lines quickly', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 100_000; i++) lines.push(`::progress::${i}/100000 Item ${i}\nsome log line ${i}\n`);
    const text = Buffer.from(lines.join(''));
    let last: Progress | undefined;
    let count = 0;
    const parser = new ProgressParser((bytes, _start, end, scanned) => {
      if (++count === 100_000) last = progressOf(bytes, end, scanned);
    });
    // How fast: `npm run bench` (progress).
    for (let i = 0; i < text.length; i += 65536) parser.write(text.subarray(i, i + 65536));
    parser.end();
    expect(count).toBe(100_000);
    expect(last).toEqual({ done: 100_000, total: 100_000, message: 'Item 100000' });
  });
});

describe('ProgressTracker', () => {
  it('keeps the last value across streams and flushes each at its end', async () => {
    const seen: number[] = [];
    const tracker = new ProgressTracker(() => seen.push(tracker.current?.done ?? -1));
    const out = new PassThrough();
    const err = new PassThrough();
    tracker.attach(out);
    tracker.attach(err);
    out.write('::progress::1/3\n');
    err.write('::progress::2/3 from stderr\n');
    out.end('::progress::3/3 end');
    err.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(tracker.current).toEqual({ done: 3, total: 3, message: 'end' });
    expect(tracker.lines).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });
});
