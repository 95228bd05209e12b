import fc from 'fast-check';
import { formatRunCommand, parseCommand, type Command } from '../../src/request/command';

function run(body: string): Extract<Command, { name: 'run' }> {
  const command = parseCommand(body);
  if (command?.name !== 'run') throw new Error(`expected /run, got ${JSON.stringify(command)}`);
  return command;
}

describe('parseCommand: which comments are commands', () => {
  it.each([
    ['/run', { name: 'run', args: {}, problems: [] }],
    ['/run link_checker', { name: 'run', script: 'link_checker', args: {}, problems: [] }],
    ['/cancel', { name: 'cancel' }],
    ['/cancel please, it is stuck', { name: 'cancel' }],
    ['/help', { name: 'help' }],
    ['/help link_checker', { name: 'help', script: 'link_checker' }],
    ['/help "link checker"', { name: 'help', script: 'link checker' }],
    ['/run\nthe rest of the comment is ignored: /cancel', { name: 'run', args: {}, problems: [] }],
    ['/run x\r\nmore', { name: 'run', script: 'x', args: {}, problems: [] }],
    ['\uFEFF/cancel', { name: 'cancel' }],
    ['\n\n  \n/cancel', { name: 'cancel' }],
    ['/run   \t', { name: 'run', args: {}, problems: [] }],
  ])('%j is a command', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  it.each([
    [''],
    ['   '],
    ['Thanks!'],
    ['/running'],
    ['/run:'],
    ['/Run'],
    ['/RUN'],
    ['/runx link_checker'],
    ['please /run'],
    ['> /run'],
    ['  /run'],
    ['    /run'],
    ['`/run`'],
    ['"/run"'],
    ['```\n/run\n```'],
    ['Thanks!\n/run'],
    ['/cancel:'],
    ['/helpme'],
    ['/'],
  ])('%j is not a command', (body) => {
    expect(parseCommand(body)).toBeUndefined();
  });
});

describe('parseCommand: /run arguments', () => {
  it('reads the script and name=value pairs', () => {
    expect(run('/run link_checker eps=/a;/b depth=3')).toEqual({
      name: 'run',
      script: 'link_checker',
      args: { eps: '/a;/b', depth: '3' },
      problems: [],
    });
  });

  it('takes the first token without = as the script, wherever it is', () => {
    expect(run('/run depth=3 link_checker')).toMatchObject({ script: 'link_checker', args: { depth: '3' } });
    expect(run('/run depth=3')).toEqual({ name: 'run', args: { depth: '3' }, problems: [] });
  });

  it('reads quoted values', () => {
    expect(run(`/run s a="x y" b='say "hi"' c="a \\"q\\" and \\\\ back" d="" e='' f="C:\\dir"`).args).toEqual(
      {
        a: 'x y',
        b: 'say "hi"',
        c: 'a "q" and \\ back',
        d: '',
        e: '',
        f: 'C:\\dir',
      },
    );
  });

  it('reads escapes for newlines and tabs inside double quotes only', () => {
    expect(run(`/run s a="1\\n2\\t3" b='1\\n2' c=1\\n2`).args).toEqual({
      a: '1\n2\t3',
      b: '1\\n2',
      c: '1\\n2',
    });
  });

  it('reads typographic quotes from phone keyboards', () => {
    expect(run('/run s title=“Hello world” name=‘it is’').args).toEqual({
      title: 'Hello world',
      name: 'it is',
    });
  });

  it('keeps = inside values and quoted names', () => {
    expect(run('/run s query=a=b "odd=name"=1').args).toEqual({ query: 'a=b', 'odd=name': '1' });
  });

  it('reads a quoted script, and a quoted token with = as the script', () => {
    expect(run('/run "my script" a=1')).toMatchObject({ script: 'my script', args: { a: '1' } });
    expect(run('/run "a=b"')).toMatchObject({ script: 'a=b', args: {} });
  });

  it('lets the last of a repeated name win', () => {
    expect(run('/run s a=1 a=2').args).toEqual({ a: '2' });
  });

  it('allows empty values', () => {
    expect(run('/run s a=').args).toEqual({ a: '' });
  });

  it('takes names such as __proto__ as ordinary names', () => {
    const args = run('/run s __proto__=x constructor=y').args;
    expect(Object.keys(args)).toEqual(['__proto__', 'constructor']);
    expect(args.constructor).toBe('y');
    expect(Object.getPrototypeOf(args)).toBe(Object.prototype);
  });
});

describe('parseCommand: /run problems come with a fix', () => {
  it('an unterminated quote', () => {
    const command = run('/run s title="Hello world depth=3');
    expect(command.args).toEqual({ title: 'Hello world depth=3' });
    expect(command.problems).toHaveLength(1);
    expect(command.problems[0].message).toMatch(/never closed/);
    expect(command.problems[0].fix).toContain('`/run s title="Hello world depth=3"`');
  });

  it('a bare token after a value: the rest of an unquoted value', () => {
    const command = run('/run s title=Hello world depth=3');
    expect(command.args).toEqual({ title: 'Hello', depth: '3' });
    expect(command.problems).toEqual([
      expect.objectContaining({
        field: 'title',
        message: expect.stringContaining('`world`'),
        fix: expect.stringContaining('`title="Hello world"`'),
      }),
    ]);
    expect(command.problems[0].fix).toContain('`/run s title="Hello world" depth=3`');
  });

  it('a bare token right after the script', () => {
    const command = run('/run s verbose');
    expect(command.script).toBe('s');
    expect(command.problems).toHaveLength(1);
    expect(command.problems[0].fix).toContain('`verbose=value`');
  });

  it('a pair without a name', () => {
    const command = run('/run s =3 a=1');
    expect(command.args).toEqual({ a: '1' });
    expect(command.problems[0].message).toMatch(/no argument name/);
  });

  it('the fix line reads back without problems', () => {
    const command = run("/run s a=1 b='x y z");
    const fix = /The whole line: `(.*)`$/.exec(command.problems[command.problems.length - 1].fix!)![1];
    expect(run(fix)).toEqual({ name: 'run', script: 's', args: { a: '1', b: 'x y z' }, problems: [] });
  });
});

describe('formatRunCommand', () => {
  it('quotes only what needs quoting', () => {
    expect(formatRunCommand('link_checker', { eps: '/a;/b', n: '3', q: 'a=b' })).toBe(
      '/run link_checker eps=/a;/b n=3 q=a=b',
    );
    expect(formatRunCommand('s', { a: 'x y', b: 'say "hi"', c: `it's "x"`, d: '', e: 'C:\\dir' })).toBe(
      `/run s a="x y" b='say "hi"' c="it's \\"x\\"" d="" e=C:\\dir`,
    );
    expect(formatRunCommand('my script', { 'odd name': 'v' })).toBe('/run "my script" "odd name"=v');
  });

  it('writes newlines as \\n inside double quotes', () => {
    const line = formatRunCommand('s', { notes: 'a\nb' });
    expect(line).toBe('/run s notes="a\\nb"');
    expect(run(line).args).toEqual({ notes: 'a\nb' });
  });
});

describe('property: formatRunCommand and parseCommand agree', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom('a', ' ', '"', "'", '\\', '=', '“', '”', '‘', '’', '\t', 'n', '\u00a0'),
    }),
  );
  const noNewlines = text.map((s) => s.replace(/[\r\n]/g, ' '));

  it('reads back any script and argument values without newlines', () => {
    fc.assert(
      fc.property(
        noNewlines.filter((s) => s !== ''),
        fc.dictionary(
          noNewlines.filter((s) => s !== ''),
          noNewlines,
          { maxKeys: 5 },
        ),
        (script, args) => {
          const command = parseCommand(formatRunCommand(script, args));
          expect(command).toEqual({ name: 'run', script, args, problems: [] });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back values with newlines too', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.dictionary(fc.string({ minLength: 1 }), text),
        (script, args) => {
          fc.pre(script !== '');
          expect(parseCommand(formatRunCommand(script, args))).toEqual({
            name: 'run',
            script,
            args,
            problems: [],
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any comment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (body) => {
        const command = parseCommand(`/run ${body}`);
        expect(command?.name).toBe('run');
        parseCommand(body);
      }),
      { numRuns: 500 },
    );
  });
});
