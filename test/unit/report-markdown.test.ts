import fc from 'fast-check';
import {
  ZERO_WIDTH_JOINER,
  cleanText,
  escapeProse,
  escapeText,
  fencedBlock,
  formatDuration,
  formatSize,
  inlineCode,
  longestRun,
  neutralizeComments,
} from '../../src/report/markdown';
import { clip, formatCount, link, truncate } from '../../src/shared/markdown';

describe('report markdown: escaping', () => {
  it('escapes prose so that it can open no HTML, comment, link or emphasis', () => {
    const out = escapeText('<!-- x --> </details> <script> *b* _i_ [l](u) `c` a|b ~s~ $m$ & \\');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;/details&gt;');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('\\*b\\*');
    expect(out).toContain('\\[l\\]');
    expect(out).toContain('\\`c\\`');
    expect(out).toContain('a\\|b');
    expect(out).toContain('\\$m\\$');
    expect(out).toContain('&amp;');
    expect(out).toContain('\\\\');
  });

  it('keeps prose on one line', () => {
    expect(escapeText('a\n\n# heading\r\n---')).toBe('a<br><br># heading<br>---');
  });

  it('leaves mentions and issue references as text', () => {
    const out = escapeText('ping @org/team and @alice about #12, mail a@b.example');
    expect(out).toContain(`@${ZERO_WIDTH_JOINER}org/team`);
    expect(out).toContain(`@${ZERO_WIDTH_JOINER}alice`);
    expect(out).toContain(`#${ZERO_WIDTH_JOINER}12`);
    expect(out).toContain('a@b.example');
    expect(out).not.toMatch(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/);
  });

  it('keeps the code spans of messages, and their content stays code', () => {
    const out = escapeProse('Argument `count` must be a number, got `</details>`.');
    expect(out).toBe('Argument `count` must be a number, got `</details>`.');
    expect(escapeProse('an odd ` backtick <b>')).toBe('an odd \\` backtick &lt;b&gt;');
    expect(escapeProse('in a table: `a|b`', { table: true })).toBe('in a table: `a\\|b`');
  });

  it('cleans ANSI colours, control and bidi characters, and line endings', () => {
    expect(cleanText('\x1b[31mred\x1b[0m\r\nnext\rline\x00\u202e!')).toBe('red\nnext\nline!');
    expect(cleanText('\x1b]0;title\x07after')).toBe('after');
  });

  it('breaks up comment delimiters', () => {
    const out = neutralizeComments('<!-- a --> b --!>');
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('-->');
    expect(out).not.toContain('--!>');
  });
});

describe('report markdown: code', () => {
  it('makes code spans that survive backticks and pipes', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a ` b')).toBe('``a ` b``');
    expect(inlineCode('`start')).toBe('`` `start ``');
    expect(inlineCode('a|b', { table: true })).toBe('`a\\|b`');
    expect(inlineCode('two\nlines')).toBe('`two⏎lines`');
    expect(inlineCode('')).toBe('` `');
  });

  it('makes fenced blocks whose fence is longer than any backtick run', () => {
    const text = 'a\n````\nb ````` c\n```';
    const block = fencedBlock(text, 'text');
    const fence = block.split('\n')[0].replace('text', '');
    expect(fence.length).toBeGreaterThan(longestRun(text, '`'));
    expect(block.endsWith(`\n${fence}`)).toBe(true);
  });

  it('uses tildes when they make a shorter fence', () => {
    const block = fencedBlock('`'.repeat(1000));
    expect(block.startsWith('~~~\n')).toBe(true);
    expect(block.length).toBeLessThan(1010);
  });

  it('never lets a line of the text close the fence (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', '~', '\n', ' ', 'a') }), (text) => {
        const block = fencedBlock(text);
        const lines = block.split('\n');
        const fence = lines[0];
        const closers = lines
          .slice(1)
          .filter(
            (l) =>
              /^ {0,3}(`+|~+)\s*$/.test(l) && l.trim()[0] === fence[0] && l.trim().length >= fence.length,
          );
        expect(closers).toHaveLength(1);
        expect(lines[lines.length - 1]).toBe(fence);
      }),
    );
  });
});

describe('report markdown: sizes and cuts', () => {
  it('truncates with an ellipsis and never splits a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(clip('a😀b', 2).text).toBe('a');
    expect(clip('a😀b', 2, 'end').text).toBe('b');
    expect(clip('0123456789', 3, 'end')).toEqual({ text: '789', omitted: 7 });
  });

  it('formats durations for humans', () => {
    expect(formatDuration(400)).toBe('0.4 s');
    expect(formatDuration(1200)).toBe('1.2 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(184_000)).toBe('3 min 4 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(59_600)).toBe('1 min');
  });

  it('formats sizes and counts', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1500)).toBe('1.5 kB');
    expect(formatSize(12_345_678)).toBe('12 MB');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('makes links only to http(s) URLs, with nothing that ends the link early', () => {
    expect(link('run', 'https://github.com/o/r/actions/runs/1')).toBe(
      '[run](https://github.com/o/r/actions/runs/1)',
    );
    expect(link('run', 'javascript:alert(1)')).toBe('run');
    expect(link('x', 'https://e.example/a b)|<c>')).toBe('[x](https://e.example/a%20b%29%7C%3Cc%3E)');
  });
});
