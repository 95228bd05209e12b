import fc from 'fast-check';
import { MASK, Masker, StreamMasker } from '../../src/shared/mask';

const SECRET = 's3cr3t-Value.with(regex)*chars';
const TOKEN = 'ghp_' + 'A1b2C3d4E5'.repeat(4);
const PAT = 'github_pat_' + '11ABCDEFG_0123456789abcdef';

/** Pushes `chunks` through a StreamMasker and returns everything it let out, as text. */
function streamed(masker: Masker, chunks: Array<string | Buffer>, maxHold?: number): string {
  const stream = new StreamMasker(masker, { maxHold });
  const out = chunks.map((c) => stream.write(typeof c === 'string' ? Buffer.from(c) : c));
  out.push(stream.end());
  return Buffer.concat(out).toString();
}

describe('Masker', () => {
  it('masks every occurrence of a secret, with regex characters taken literally', () => {
    const masker = new Masker([SECRET]);
    expect(masker.mask(`a ${SECRET} b ${SECRET}`)).toBe(`a ${MASK} b ${MASK}`);
    expect(masker.mask('s3cr3t-ValueXwith')).toBe('s3cr3t-ValueXwith');
  });

  it('ignores secrets shorter than four characters', () => {
    const masker = new Masker(['abc', '', 'true']);
    expect(masker.mask('abc is abc, true is true')).toBe(`abc is abc, ${MASK} is ${MASK}`);
  });

  it('masks the git auth header form of a secret', () => {
    const masker = new Masker(['t0ken-value']);
    const header = Buffer.from('x-access-token:t0ken-value').toString('base64');
    expect(masker.mask(`AUTHORIZATION: basic ${header}`)).toBe(`AUTHORIZATION: basic ${MASK}`);
  });

  it('masks GitHub tokens nobody registered, and leaves look-alikes that are too short', () => {
    const masker = new Masker();
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) {
      expect(masker.mask(`token=${prefix}${'x'.repeat(36)};`)).toBe(`token=${MASK};`);
    }
    expect(masker.mask(`pat ${PAT}\n`)).toBe(`pat ${MASK}\n`);
    expect(masker.mask('ghp_short github_pat_short ghx_' + 'x'.repeat(40))).toBe(
      'ghp_short github_pat_short ghx_' + 'x'.repeat(40),
    );
  });

  it('prefers the longer of two secrets where one contains the other', () => {
    const masker = new Masker(['abcd', 'abcdefgh']);
    expect(masker.mask('abcdefgh abcd')).toBe(`${MASK} ${MASK}`);
  });

  it('masks each line of a multi-line secret', () => {
    const masker = new Masker(['-----BEGIN KEY-----\nMIIEvQIBADANBg\n-----END KEY-----']);
    expect(masker.mask('line: MIIEvQIBADANBg')).toBe(`line: ${MASK}`);
  });

  it('takes secrets added later', () => {
    const masker = new Masker();
    const stream = new StreamMasker(masker);
    expect(stream.write(Buffer.from('late-secret\n')).toString()).toBe('late-secret\n');
    masker.add('late-secret');
    expect(masker.mask('a late-secret')).toBe(`a ${MASK}`);
    expect(stream.write(Buffer.from('late-secret\n')).toString()).toBe(`${MASK}\n`);
  });
});

describe('StreamMasker', () => {
  const masker = new Masker([SECRET, 'hunter2!']);
  const text = `start ${SECRET} middle ${TOKEN} and hunter2!\nnext line ${PAT} end\n${SECRET}`;
  const expected = masker.mask(text);

  it('masks a secret or token split at any point between two chunks', () => {
    for (let at = 0; at <= text.length; at++) {
      expect(streamed(masker, [text.slice(0, at), text.slice(at)])).toBe(expected);
    }
  });

  it('masks a secret split at any point when lines are longer than what it holds back', () => {
    const long = `${'word '.repeat(40)}${SECRET}${' more'.repeat(40)}${TOKEN}${' tail'.repeat(30)}`;
    const want = masker.mask(long);
    for (let at = 0; at <= long.length; at += 3) {
      expect(streamed(masker, [long.slice(0, at), long.slice(at)], 64)).toBe(want);
    }
  });

  it('gives the same result as masking the whole text, however the bytes are cut', () => {
    const pieces = [
      'ab',
      ' ',
      '\n',
      '\r',
      'gh',
      'p_',
      'ghp_',
      'github_pat_',
      '0123456789',
      'ZYX',
      SECRET.slice(0, 9),
      SECRET.slice(9),
      'hunter',
      '2!',
      'é',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(32, 128, 65536),
        (parts, cuts, maxHold) => {
          const bytes = Buffer.from(parts.join(''));
          const whole = masker.mask(bytes.toString());
          // Only a token-shaped run longer than what is held back may come out differently (still masked).
          const runs = [...bytes.toString().matchAll(/(gh[pousr]_|github_pat_)[A-Za-z0-9_]*/g)];
          fc.pre(runs.every((m) => m[0].length < maxHold / 2));
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks: Buffer[] = [];
          let from = 0;
          for (const p of points) {
            chunks.push(bytes.subarray(from, p));
            from = p;
          }
          chunks.push(bytes.subarray(from));
          expect(streamed(masker, chunks, maxHold)).toBe(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lets bytes that are not UTF-8 through unchanged', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x0a, 0xc3]);
    const stream = new StreamMasker(masker);
    expect(Buffer.concat([stream.write(bytes), stream.end()])).toEqual(bytes);
  });

  it('holds back only the unfinished line, and never more than its bound', () => {
    const stream = new StreamMasker(masker);
    expect(stream.write(Buffer.from('done\npartial')).toString()).toBe('done\n');
    expect(stream.holding).toBe('partial'.length);
    const block = Buffer.alloc(65536, 'z');
    let out = 0;
    for (let i = 0; i < 32; i++) {
      out += stream.write(block).length;
      expect(stream.holding).toBeLessThanOrEqual(64 * 1024);
    }
    out += stream.end().length;
    expect(out).toBe('partial'.length + 32 * 65536);
  });

  it('passes output with nothing to mask straight through', () => {
    const stream = new StreamMasker(new Masker());
    const chunk = Buffer.from('nothing to see here\n'.repeat(1000));
    const out = stream.write(chunk);
    expect(out.buffer).toBe(chunk.buffer);
    expect(out.length).toBe(chunk.length);
  });

  // How fast is measured by `npm run bench`; here, that 100 MB stream through whole.
  it('masks the rest of a run of secret pieces too long to hold back, when it comes in a later chunk', () => {
    // Pieces of the secret, one after the other, longer than what is held back: let out masked as far as they
    // go, and what comes after a cut joins the same mask.
    const text = `ab${SECRET.slice(9).repeat(3)}`;
    for (let at = 0; at <= text.length; at++) {
      expect(streamed(masker, [text.slice(0, at), text.slice(at)], 32)).toBe(`ab${MASK}`);
    }
  });

  it('masks 100 MB streamed in 64 KiB chunks, every byte accounted for', () => {
    const line = Buffer.from('Checking https://github.com/owner/repo/pages/about_us: 200 ok, though high\n');
    const chunk = Buffer.alloc(65536);
    for (let i = 0; i < chunk.length; i += line.length) line.copy(chunk, i);
    const stream = new StreamMasker(masker);
    let bytes = 0;
    for (let i = 0; i < 1600; i++) bytes += stream.write(chunk).length;
    bytes += stream.end().length;
    expect(bytes).toBe(1600 * 65536);
  });
});
