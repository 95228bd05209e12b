import fc from 'fast-check';
import { Tail } from '../../src/execute/tail';

/** What the tail should hold: the last `bytes` bytes, then the last `lines` lines of those. */
function naive(writes: Buffer[], lines: number, bytes: number): string {
  const all = Buffer.concat(writes);
  let kept = all.subarray(Math.max(0, all.length - bytes));
  const text = kept.toString('latin1');
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const parts = body.split('\n');
  if (parts.length > lines)
    kept = Buffer.from(parts.slice(-lines).join('\n') + (text.endsWith('\n') ? '\n' : ''), 'latin1');
  else if (all.length > bytes) {
    let from = 0;
    while (from < kept.length && (kept[from] & 0xc0) === 0x80) from++;
    kept = kept.subarray(from);
  }
  return kept.toString('utf8');
}

describe('Tail', () => {
  it('keeps the last lines', () => {
    const tail = new Tail({ lines: 3 });
    for (let i = 1; i <= 10; i++) tail.write(`line ${i}\n`);
    expect(tail.toString()).toBe('line 8\nline 9\nline 10\n');
  });

  it('counts an unfinished last line as a line', () => {
    const tail = new Tail({ lines: 2 });
    tail.write('a\nb\nc\nd');
    expect(tail.toString()).toBe('c\nd');
  });

  it('keeps at most the byte bound of a single huge line, given at once or in pieces', () => {
    const once = new Tail({ bytes: 1000 });
    once.write(Buffer.alloc(5_000_000, 'x'));
    once.write('end\n');
    expect(once.toString()).toHaveLength(1000);
    expect(once.toString().endsWith('xend\n')).toBe(true);

    const pieces = new Tail({ bytes: 1000 });
    for (let i = 0; i < 5000; i++) pieces.write(Buffer.alloc(999, i % 10 === 0 ? 'y' : 'x'));
    expect(pieces.bytes().length).toBe(1000);
    expect(pieces.totalBytes).toBe(5000 * 999);
  });

  it('drops a multibyte character cut at the start', () => {
    const tail = new Tail({ bytes: 5 });
    tail.write('ééé');
    expect(tail.toString()).toBe('éé');
  });

  it('matches a plain model for any sequence of writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', '\n', 'é', 'xyz'), { maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (writes, lines, bytes) => {
          const buffers = writes.map((w) => Buffer.from(w.join('')));
          const tail = new Tail({ lines, bytes });
          for (const b of buffers) tail.write(b);
          expect(tail.toString()).toBe(naive(buffers, lines, bytes));
        },
      ),
      { numRuns: 500 },
    );
  });
});
