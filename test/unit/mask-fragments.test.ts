import fc from 'fast-check';
import { FRAGMENT_LENGTH, MASK, Masker, StreamMasker } from '../../src/shared/mask';

const TOKEN = 'ghs_' + 'Qw3rTy7UiOp9AsDfGh2JkLzX'.repeat(2).slice(0, 36);

function streamed(masker: Masker, chunks: string[]): string {
  const stream = new StreamMasker(masker);
  const out = chunks.map((c) => stream.write(Buffer.from(c)));
  out.push(stream.end());
  return Buffer.concat(out).toString();
}

describe('fragments of a secret', () => {
  const masker = new Masker([TOKEN]);
  const first = TOKEN.slice(0, 20);
  const second = TOKEN.slice(20);

  test('a token printed on two lines: both halves are masked, in text and in a stream', () => {
    const text = `a ${first}\nb ${second}\n`;
    expect(masker.mask(text)).toBe(`a ${MASK}\nb ${MASK}\n`);
    expect(streamed(masker, [`a ${first}\n`, `b ${second}\n`])).toBe(`a ${MASK}\nb ${MASK}\n`);
  });

  test(`runs shorter than ${FRAGMENT_LENGTH} characters are left alone`, () => {
    const short = TOKEN.slice(5, 5 + FRAGMENT_LENGTH - 1);
    expect(masker.mask(`x${short}y`)).toBe(`x${short}y`);
  });

  test('the base64 of the git auth header is masked in pieces too', () => {
    const header = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    const piece = header.slice(10, 40);
    expect(masker.mask(`[${piece}]`)).toBe(`[${MASK}]`);
  });

  test('property: any run of 16+ characters of the secret, anywhere, never comes out', () => {
    fc.assert(
      fc.property(
        fc.nat(TOKEN.length - FRAGMENT_LENGTH),
        fc.nat(TOKEN.length),
        fc.string(),
        fc.string(),
        (from, extra, before, after) => {
          const to = Math.min(TOKEN.length, from + FRAGMENT_LENGTH + extra);
          const piece = TOKEN.slice(from, to);
          const shown = masker.mask(`${before}${piece}${after}`);
          for (let i = 0; i + FRAGMENT_LENGTH <= piece.length; i++) {
            expect(shown).not.toContain(piece.slice(i, i + FRAGMENT_LENGTH));
          }
          const live = streamed(masker, [before, piece, after]);
          expect(live).not.toContain(piece.slice(0, FRAGMENT_LENGTH));
        },
      ),
    );
  });
});
