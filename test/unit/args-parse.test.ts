import { argsFromObject, parseArgsInput } from '../../src/request/args';

describe('parseArgsInput: name=value lines', () => {
  it('reads one argument per line, the value verbatim after the first =', () => {
    const { args, problems } = parseArgsInput('eps=/a;/b\nquery=a=b=c\ntitle= two  words \r\n');
    expect(problems).toEqual([]);
    expect(args).toEqual({ eps: '/a;/b', query: 'a=b=c', title: ' two  words ' });
  });

  it('skips blank lines and # comments', () => {
    const { args, problems } = parseArgsInput('# the paths\n\neps=/a\n   \n  # indented comment\ncount=3\n');
    expect(problems).toEqual([]);
    expect(args).toEqual({ eps: '/a', count: '3' });
  });

  it('keeps an empty value', () => {
    expect(parseArgsInput('eps=').args).toEqual({ eps: '' });
  });

  it('reports a line without = and says how to write it', () => {
    const { args, problems } = parseArgsInput('eps=/a\njust some words\n');
    expect(args).toEqual({ eps: '/a' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('Line 2 of the arguments, `just some words`, is not `name=value`.');
    expect(problems[0]!.fix).toContain('name=value');
  });

  it('reads a lone word as a line without =', () => {
    const { problems } = parseArgsInput('hello');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Line 1');
  });

  it('reports a line with no name', () => {
    const { problems } = parseArgsInput('=value');
    expect(problems[0]!.message).toContain('has no name before `=`');
  });

  it('reports an argument given twice', () => {
    const { args, problems } = parseArgsInput('a=1\nb=2\na=3');
    expect(args).toEqual({ a: '3', b: '2' });
    expect(problems).toEqual([
      {
        field: 'a',
        message: 'Argument `a` is given twice (lines 1 and 3).',
        fix: 'Give each argument once.',
      },
    ]);
  });

  it('reads lines when a name=value line is mixed with YAML', () => {
    const { args, problems } = parseArgsInput('eps: /a\ncount=3');
    expect(args).toEqual({ count: '3' });
    expect(problems[0]!.message).toContain('Line 1');
  });

  it('stores names such as __proto__ as plain entries', () => {
    const { args } = parseArgsInput('__proto__=x\nconstructor=y');
    expect(Object.keys(args)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(args)).toBe(Object.prototype);
  });

  it('gives nothing for empty input', () => {
    expect(parseArgsInput('')).toEqual({ args: {}, problems: [] });
    expect(parseArgsInput('  \n\n')).toEqual({ args: {}, problems: [] });
    expect(parseArgsInput('# only a comment')).toEqual({ args: {}, problems: [] });
  });
});

describe('parseArgsInput: YAML/JSON mapping', () => {
  it('reads JSON', () => {
    const { args, problems } = parseArgsInput('{"eps": "/a", "count": 3, "dry": true, "none": null}');
    expect(problems).toEqual([]);
    expect(args).toEqual({ eps: '/a', count: 3, dry: true, none: null });
  });

  it('reads YAML, including a value with = in it and block scalars', () => {
    const { args, problems } = parseArgsInput('eps: /a\nquery: a=b\nnotes: |\n  x=1\n  y=2\n');
    expect(problems).toEqual([]);
    expect(args).toEqual({ eps: '/a', query: 'a=b', notes: 'x=1\ny=2\n' });
  });

  it('keeps numbers and booleans as written when JavaScript would write them otherwise', () => {
    const { args } = parseArgsInput('a: 1.10\nb: 0x10\nc: True\nd: 7\ne: false\nf: "3"\ng: 1e3\nh:');
    expect(args).toEqual({ a: '1.10', b: '0x10', c: 'True', d: 7, e: false, f: '3', g: '1e3', h: null });
  });

  it('rejects nested values', () => {
    const { args, problems } = parseArgsInput('eps: [a, b]\nopts:\n  x: 1\ncount: 2');
    expect(args).toEqual({ count: 2 });
    expect(problems.map((p) => p.field)).toEqual(['eps', 'opts']);
    expect(problems[0]!.message).toBe('Argument `eps` is a list; each argument takes a single value.');
    expect(problems[1]!.message).toBe('Argument `opts` is a mapping; each argument takes a single value.');
  });

  it('rejects a YAML list', () => {
    const { args, problems } = parseArgsInput('- eps: /a\n- count: 3');
    expect(args).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('are a list');
  });

  it('reports broken YAML with its position', () => {
    const { problems } = parseArgsInput('{"eps": "/a",');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/could not be read as YAML\/JSON \(line 1, column \d+\)/);
  });

  it('reports duplicate keys', () => {
    const { problems } = parseArgsInput('a: 1\na: 2');
    expect(problems).toHaveLength(1);
  });

  it('resolves aliases to their values', () => {
    expect(parseArgsInput('a: &x hello\nb: *x').args).toEqual({ a: 'hello', b: 'hello' });
  });
});

describe('argsFromObject', () => {
  it('takes the scalars of an object', () => {
    expect(argsFromObject({ eps: '/a', count: 3, dry: false, none: null, gone: undefined })).toEqual({
      args: { eps: '/a', count: 3, dry: false, none: null },
      problems: [],
    });
  });
  it('rejects nested values and non-objects', () => {
    expect(argsFromObject({ eps: ['a'] }).problems[0]!.field).toBe('eps');
    expect(argsFromObject([1, 2]).problems).toHaveLength(1);
    expect(argsFromObject(42).problems[0]!.message).toContain('`42`');
  });
  it('reads a string like the args input, and nothing as no arguments', () => {
    expect(argsFromObject('a=1').args).toEqual({ a: '1' });
    expect(argsFromObject(undefined)).toEqual({ args: {}, problems: [] });
    expect(argsFromObject(null)).toEqual({ args: {}, problems: [] });
  });
});
