import fc from 'fast-check';
import { checkArgs } from '../../src/args/check';
import type { ArgSpec, ArgType } from '../../src/manifest/types';
import type { RawArgument } from '../../src/request/types';

function arg(name: string, type: ArgType, extra: Partial<ArgSpec> = {}): ArgSpec {
  return { name, type, title: name, required: false, ...extra };
}

/** Checks one argument and returns its value or its single problem. */
function one(spec: ArgSpec, value: RawArgument) {
  const { values, problems } = checkArgs([spec], { [spec.name]: value });
  return { value: values[spec.name], problem: problems[0], problems };
}

describe('checkArgs: names', () => {
  it('reports unknown names, suggesting the closest one', () => {
    const specs = [arg('eps', 'text'), arg('count', 'number')];
    const { problems } = checkArgs(specs, { epz: '/a', cuont: '3', banana: 'x' });
    expect(problems).toEqual([
      {
        field: 'epz',
        message: 'There is no argument `epz`.',
        fix: 'Did you mean `eps`? The arguments of this script are `eps`, `count`.',
      },
      {
        field: 'cuont',
        message: 'There is no argument `cuont`.',
        fix: 'Did you mean `count`? The arguments of this script are `eps`, `count`.',
      },
      {
        field: 'banana',
        message: 'There is no argument `banana`.',
        fix: 'The arguments of this script are `eps`, `count`.',
      },
    ]);
  });

  it('suggests a name for a different case or for the title', () => {
    const specs = [arg('eps', 'text', { title: 'Extra paths' })];
    expect(checkArgs(specs, { EPS: 'x' }).problems[0]!.fix).toContain('Did you mean `eps`?');
    expect(checkArgs(specs, { extra_paths: 'x' }).problems[0]!.fix).toContain('Did you mean `eps`?');
  });

  it('says when the script takes no arguments', () => {
    expect(checkArgs([], { a: '1' }).problems[0]!.message).toBe(
      'There is no argument `a`: this script takes no arguments.',
    );
  });

  it('does not mistake inherited properties for given values', () => {
    const specs = [arg('constructor', 'text', { required: true }), arg('toString', 'number')];
    const { values, problems } = checkArgs(specs, {});
    expect(values).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(['constructor']);
  });
});

describe('checkArgs: required and defaults', () => {
  it('reports a required argument that is absent, by title and name, with what is accepted', () => {
    const spec = arg('count', 'number', { title: 'How many', required: true, min: 1, max: 10 });
    for (const raw of [{}, { count: null }, { count: '' }, { count: '   ' }] as Record<
      string,
      RawArgument
    >[]) {
      const { values, problems } = checkArgs([spec], raw);
      expect(values).toEqual({});
      expect(problems).toEqual([
        {
          field: 'count',
          message: 'Argument "How many" (`count`) is required, but no value was given.',
          fix: 'Give a number between 1 and 10, written like `3`, `-2.5` or `1e3`.',
        },
      ]);
    }
  });

  it('uses the default when absent, and the given value otherwise', () => {
    const specs = [
      arg('count', 'number', { required: true, default: 5 }),
      arg('mode', 'choice', { options: ['fast', 'slow'], default: 'slow' }),
      arg('dry', 'boolean', { default: false }),
    ];
    expect(checkArgs(specs, { count: ' ' }).values).toEqual({ count: 5, mode: 'slow', dry: false });
    expect(checkArgs(specs, { count: '2', mode: 'FAST', dry: 'yes' }).values).toEqual({
      count: 2,
      mode: 'fast',
      dry: true,
    });
  });

  it('leaves out an optional absent argument without a default', () => {
    expect(checkArgs([arg('eps', 'text')], {})).toEqual({ values: {}, problems: [] });
  });

  it('reports a default that does not fit, blaming the manifest', () => {
    const { problems } = checkArgs([arg('n', 'number', { default: 'x' })], {});
    expect(problems[0]!.message).toBe(
      'The default of argument `n` in the manifest must be a number, got `x`.',
    );
  });

  it('treats an empty textarea as absent but keeps whitespace', () => {
    const spec = arg('notes', 'textarea', { required: true });
    expect(one(spec, '').problem!.message).toContain('is required');
    expect(one(spec, '  \n').value).toBe('  \n');
  });

  it('reports every problem at once', () => {
    const specs = [
      arg('a', 'number', { required: true }),
      arg('b', 'boolean'),
      arg('c', 'choice', { options: ['x'] }),
    ];
    const { problems } = checkArgs(specs, { b: 'maybe', c: 'y', d: '1' });
    expect(problems.map((p) => p.field)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('checkArgs: text and textarea', () => {
  it('accepts any text, trimmed, and scalars as text', () => {
    expect(one(arg('t', 'text'), '  hello world  ').value).toBe('hello world');
    expect(one(arg('t', 'text'), 12).value).toBe('12');
    expect(one(arg('t', 'text'), true).value).toBe('true');
    expect(one(arg('t', 'text'), 'two\nlines').value).toBe('two\nlines');
  });

  it('anchors the pattern to the whole value', () => {
    const spec = arg('id', 'text', { title: 'Question id', pattern: '[a-z]+', example: 'abc' });
    expect(one(spec, 'abc').value).toBe('abc');
    expect(one(spec, 'abc1').problem).toEqual({
      field: 'id',
      message: 'Argument "Question id" (`id`) does not match the pattern `[a-z]+`: `abc1`.',
      fix: 'Give text that matches the pattern `[a-z]+` as a whole, e.g. `abc`.',
    });
    // An alternation is anchored as a whole, not only its first and last branches.
    const alternation = arg('x', 'text', { pattern: 'a|b' });
    expect(one(alternation, 'a').value).toBe('a');
    expect(one(alternation, 'ab').problem).toBeDefined();
    expect(one(alternation, 'xb').problem).toBeDefined();
  });

  it('keeps patterns that are already anchored working, and lets them forbid newlines', () => {
    const spec = arg('eps', 'text', { pattern: '^[^\\s]*$' });
    expect(one(spec, '/a;/b').value).toBe('/a;/b');
    expect(one(spec, '/a\n/b').problem!.message).toContain('`/a\\n/b`');
    expect(one(arg('any', 'text', { pattern: '.*' }), 'a\nb').problem).toBeDefined();
    expect(one(arg('any', 'text', { pattern: '[\\s\\S]*' }), 'a\nb').value).toBe('a\nb');
  });

  it('says when the manifest pattern is broken', () => {
    expect(one(arg('x', 'text', { pattern: '(' }), 'a').problem!.message).toContain(
      'not a valid regular expression',
    );
    // Would compile once wrapped, but means something else than written.
    expect(one(arg('x', 'text', { pattern: 'a)(b' }), 'ab').problem!.message).toContain(
      'not a valid regular expression',
    );
  });

  it('keeps textarea values verbatim', () => {
    expect(one(arg('n', 'textarea'), '  a\r\n b ').value).toBe('  a\r\n b ');
  });

  it('never accepts NUL characters', () => {
    for (const type of ['text', 'textarea', 'choice', 'number', 'boolean', 'csv', 'file'] as ArgType[]) {
      const { problem } = one(arg('v', type, { options: ['a\u0000b'] }), 'a\u0000b');
      expect(problem!.message).toBe(
        'Argument `v` contains a NUL character, which cannot be passed to a script: `a\\u0000b`.',
      );
    }
  });

  it('truncates long values in messages and keeps backticks readable', () => {
    const { problem } = one(arg('id', 'text', { pattern: 'x' }), 'y'.repeat(500));
    expect(problem!.message).toContain(`\`${'y'.repeat(80)}…\``);
    expect(one(arg('id', 'text', { pattern: 'x' }), 'a`b').problem!.message).toContain('``a`b``');
  });
});

describe('checkArgs: number', () => {
  const spec = arg('n', 'number', { title: 'Count', min: -5, max: 1000 });
  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['1e3', 1000],
    [' 7 ', 7],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    [42, 42],
  ])('accepts %p', (raw, value) => {
    expect(one(spec, raw)).toMatchObject({ value, problems: [] });
  });

  it.each(['0x10', 'abc', 'Infinity', '-Infinity', 'NaN', '1,000', '1_000', '1e', '--1', 'true', '1 2'])(
    'rejects %p',
    (raw) => {
      expect(one(spec, raw).problem).toEqual({
        field: 'n',
        message: `Argument "Count" (\`n\`) must be a number, got \`${raw}\`.`,
        fix: 'Give a number between -5 and 1000, written like `3`, `-2.5` or `1e3`.',
      });
    },
  );

  it('rejects non-finite numbers and booleans', () => {
    expect(one(spec, Infinity).problem!.message).toContain('must be a finite number');
    expect(one(spec, NaN).problem!.message).toContain('must be a finite number');
    expect(one(spec, '1e999').problem!.message).toContain('must be a finite number');
    expect(one(spec, true).problem!.message).toContain('must be a number, got `true`');
  });

  it('applies min and max', () => {
    expect(one(spec, '-6').problem!.message).toBe('Argument "Count" (`n`) must be at least -5, got `-6`.');
    expect(one(spec, 1001).problem!.message).toBe('Argument "Count" (`n`) must be at most 1000, got `1001`.');
    expect(one(spec, '1000').value).toBe(1000);
    expect(one(arg('m', 'number', { min: 1 }), 0).problem!.fix).toContain('of at least 1');
  });
});

describe('checkArgs: boolean', () => {
  const spec = arg('dry', 'boolean');
  it.each([
    ['true', true],
    ['TRUE', true],
    ['Yes', true],
    ['on', true],
    ['1', true],
    ['[x]', true],
    ['[X]', true],
    [true, true],
    [1, true],
    ['false', false],
    ['No', false],
    ['OFF', false],
    ['0', false],
    ['[ ]', false],
    [false, false],
    [0, false],
  ])('reads %p', (raw, value) => {
    expect(one(spec, raw)).toMatchObject({ value, problems: [] });
  });

  it.each(['maybe', 'y', '2', '[]', 2])('rejects %p', (raw) => {
    const { problem } = one(spec, raw);
    expect(problem!.message).toBe(
      `Argument \`dry\` must be \`true\` or \`false\` (also \`yes\`/\`no\`, \`on\`/\`off\`, \`1\`/\`0\`, or a checkbox \`[x]\`/\`[ ]\`), got \`${raw}\`.`,
    );
  });
});

describe('checkArgs: choice', () => {
  const spec = arg('mode', 'choice', { title: 'Mode', options: ['Fast', 'slow', 'medium'] });
  it('accepts an option, fixing its case', () => {
    expect(one(spec, 'Fast').value).toBe('Fast');
    expect(one(spec, 'fast').value).toBe('Fast');
    expect(one(spec, ' SLOW ').value).toBe('slow');
  });
  it('rejects anything else, listing the options and suggesting a near miss', () => {
    expect(one(spec, 'slwo').problem).toEqual({
      field: 'mode',
      message: 'Argument "Mode" (`mode`) must be one of `Fast`, `slow`, `medium`, got `slwo`.',
      fix: 'Did you mean `slow`? Give one of: `Fast`, `slow`, `medium`.',
    });
    expect(one(spec, 'turbo').problem!.fix).toBe('Give one of: `Fast`, `slow`, `medium`.');
  });
  it('needs the exact spelling when options differ only by case', () => {
    const both = arg('c', 'choice', { options: ['a', 'A'] });
    expect(one(both, 'A').value).toBe('A');
    expect(one(arg('c', 'choice', { options: ['ab', 'AB'] }), 'Ab').problem).toBeDefined();
  });
});

describe('checkArgs: csv and file', () => {
  const csv = arg('csv', 'csv', { title: 'Spec', columns: ['a', 'b'] });
  const file = arg('data', 'file');
  it('reads a link alone as a link', () => {
    const url = 'https://github.com/user-attachments/files/1/x.csv';
    expect(one(csv, `  ${url}\n`).value).toEqual({ kind: 'url', url });
    expect(one(csv, `<${url}>`).value).toEqual({ kind: 'url', url });
    expect(one(file, `[x.csv](${url})`).value).toEqual({ kind: 'url', url });
    expect(one(file, `![image](${url})`).value).toEqual({ kind: 'url', url });
  });
  it('reads anything else as inline content, without one surrounding fence', () => {
    expect(one(csv, '```csv\r\na,b\r\n1,2\r\n```').value).toEqual({
      kind: 'inline',
      text: 'a,b\n1,2\n',
      lang: 'csv',
    });
    expect(one(file, '~~~~\n```\ninner\n```\n~~~~').value).toEqual({
      kind: 'inline',
      text: '```\ninner\n```\n',
    });
    expect(one(csv, '\n\na,b\n1,2  \n\n').value).toEqual({ kind: 'inline', text: 'a,b\n1,2\n' });
    expect(one(file, 'see https://example.com/x').value).toEqual({
      kind: 'inline',
      text: 'see https://example.com/x\n',
    });
    expect(one(file, '```json\n{"a": 1}').value).toEqual({
      kind: 'inline',
      text: '{"a": 1}\n',
      lang: 'json',
    });
  });
  it('reads @path as a local file only when local files are allowed', () => {
    expect(one(csv, '@data/spec.csv').value).toEqual({ kind: 'inline', text: '@data/spec.csv\n' });
    const { values } = checkArgs([csv], { csv: ' @data/spec.csv ' }, { localFiles: true });
    expect(values.csv).toEqual({ kind: 'local', path: 'data/spec.csv' });
    const link = 'https://github.com/user-attachments/files/1/x.csv';
    expect(checkArgs([csv], { csv: link }, { localFiles: true }).values.csv).toEqual({
      kind: 'url',
      url: link,
    });
  });

  it('rejects values that are not text', () => {
    expect(one(csv, 3).problem).toEqual({
      field: 'csv',
      message: 'Argument "Spec" (`csv`) must be CSV content or a link to a file, got `3`.',
      fix: 'Give a CSV with the columns `a`, `b`: paste it in a fenced block (```csv … ```), or attach a .csv file to the issue and give its link.',
    });
    expect(one(file, true).problem!.message).toContain('must be file content or a link to a file');
  });
});

describe('checkArgs: never throws', () => {
  const types: ArgType[] = ['text', 'textarea', 'number', 'boolean', 'choice', 'csv', 'file'];
  const specArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    type: fc.constantFrom(...types),
    title: fc.string({ maxLength: 10 }),
    required: fc.boolean(),
    pattern: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
    options: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), { nil: undefined }),
    min: fc.option(fc.double(), { nil: undefined }),
    max: fc.option(fc.double(), { nil: undefined }),
    default: fc.option(fc.oneof(fc.string(), fc.double(), fc.boolean()), { nil: undefined }),
  });
  const rawValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.anything(),
  );

  it('returns values and problems for any input', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 8 }), rawValue, { maxKeys: 6 }),
        (specs, raw) => {
          const names = new Set<string>();
          const unique = specs.filter((s) => !names.has(s.name) && names.add(s.name)) as ArgSpec[];
          const { values, problems } = checkArgs(unique, raw as Record<string, RawArgument>);
          expect(typeof values).toBe('object');
          for (const problem of problems) expect(typeof problem.message).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('survives raw input that is not an object at all', () => {
    expect(() => checkArgs([arg('a', 'text')], null as unknown as Record<string, RawArgument>)).not.toThrow();
  });
});
