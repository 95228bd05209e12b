/**
 * Parameters as papermill 2.6 writes them (papermill/translators.py: Translator, PythonTranslator,
 * RTranslator, JuliaTranslator, BashTranslator), and where the injected cell goes
 * (papermill/parameterize.py: parameterize_notebook).
 */
import { injectParameters, INJECTED_TAG } from '../../src/notebook/inject';
import type { Notebook, NotebookCell } from '../../src/notebook/ipynb';
import {
  codifyParameters,
  findLanguage,
  pyFloat,
  translateValue,
  TranslationError,
  type KernelLanguage,
  type ParameterValue,
} from '../../src/notebook/translate';

type Case = [KernelLanguage, ParameterValue, string];

const VALUES: Case[] = [
  // Python: strings through unicode_escape, then `"` escaped, in double quotes.
  ['python', 'hello', '"hello"'],
  ['python', '', '""'],
  ['python', 'say "hi"', '"say \\"hi\\""'],
  ['python', "it's", '"it\'s"'],
  ['python', 'back\\slash', '"back\\\\slash"'],
  ['python', 'line1\nline2', '"line1\\nline2"'],
  ['python', 'tab\there', '"tab\\there"'],
  ['python', 'cr\r', '"cr\\r"'],
  ['python', 'bell\u0007', '"bell\\x07"'],
  ['python', 'del\u007f', '"del\\x7f"'],
  ['python', 'café', '"caf\\xe9"'],
  ['python', '日本', '"\\u65e5\\u672c"'],
  ['python', 'emoji 😀', '"emoji \\U0001f600"'],
  ['python', '{braces} $dollar %s', '"{braces} $dollar %s"'],
  ['python', '"; import os; os.system("x")', '"\\"; import os; os.system(\\"x\\")"'],
  ['python', 'data/scan 1.csv', '"data/scan 1.csv"'],
  // Python: booleans, None, numbers.
  ['python', true, 'True'],
  ['python', false, 'False'],
  ['python', null, 'None'],
  ['python', 0, '0'],
  ['python', 42, '42'],
  ['python', -7, '-7'],
  ['python', 1e21, '1000000000000000000000'],
  ['python', 0.5, '0.5'],
  ['python', -2.25, '-2.25'],
  ['python', 0.1, '0.1'],
  ['python', 0.30000000000000004, '0.30000000000000004'],
  ['python', 1e-4, '0.0001'],
  ['python', 1e-5, '1e-05'],
  ['python', 1.5e-7, '1.5e-07'],
  ['python', 123456.789, '123456.789'],
  ['python', pyFloat(3), '3.0'],
  ['python', pyFloat(1e16), '1e+16'],
  ['python', pyFloat(1e15), '1000000000000000.0'],
  ['python', pyFloat(-0), '-0.0'],
  ['python', NaN, "float('nan')"],
  ['python', Infinity, "float('inf')"],
  ['python', -Infinity, "float('-inf')"],
  // Python: lists and dicts.
  ['python', [], '[]'],
  ['python', [1, 'two', 3.5, true, null], '[1, "two", 3.5, True, None]'],
  ['python', [[1, 2], ['a']], '[[1, 2], ["a"]]'],
  ['python', { a: 1, 'b"c': 'd' }, '{"a": 1, "b\\"c": "d"}'],
  ['python', { nested: { list: [NaN] } }, '{"nested": {"list": [float(\'nan\')]}}'],
  ['python', {}, '{}'],
  // R
  ['R', 'hello', '"hello"'],
  ['R', 'say "hi"\n', '"say \\"hi\\"\\n"'],
  ['R', 'café', '"caf\\xe9"'],
  ['R', true, 'TRUE'],
  ['R', false, 'FALSE'],
  ['R', null, 'NULL'],
  ['R', 3, '3'],
  ['R', 2.5, '2.5'],
  ['R', pyFloat(3), '3.0'],
  ['R', 1e-5, '1e-05'],
  ['R', NaN, 'nan'],
  ['R', Infinity, 'inf'],
  ['R', -Infinity, '-inf'],
  ['R', [1, 'a', false], 'list(1, "a", FALSE)'],
  ['R', { a: 1, b: [true] }, 'list("a" = 1, "b" = list(TRUE))'],
  // Julia
  ['julia', 'hello', '"hello"'],
  ['julia', 'a\\b"c', '"a\\\\b\\"c"'],
  ['julia', 'cost $(run(`rm x`))', '"cost \\$(run(`rm x`))"'],
  ['julia', true, 'true'],
  ['julia', false, 'false'],
  ['julia', null, 'nothing'],
  ['julia', 7, '7'],
  ['julia', 0.25, '0.25'],
  ['julia', NaN, 'nan'],
  ['julia', Infinity, 'inf'],
  ['julia', [1, 'x'], '[1, "x"]'],
  ['julia', { k: 'v', n: 2 }, 'Dict("k" => "v", "n" => 2)'],
  // bash: shlex.quote
  ['bash', 'hello', 'hello'],
  ['bash', '', "''"],
  ['bash', 'two words', "'two words'"],
  ['bash', "it's", "'it'\"'\"'s'"],
  ['bash', '$(rm -rf /)', "'$(rm -rf /)'"],
  ['bash', 'a;b|c&d', "'a;b|c&d'"],
  ['bash', 'path/to/file-1.csv', 'path/to/file-1.csv'],
  ['bash', 'k=v,x:y@z%+', 'k=v,x:y@z%+'],
  ['bash', 'café', "'café'"],
  ['bash', 'line\nbreak', "'line\nbreak'"],
  ['bash', '*.txt', "'*.txt'"],
  ['bash', true, 'true'],
  ['bash', false, 'false'],
  ['bash', null, ''],
  ['bash', 12, '12'],
  ['bash', 0.5, '0.5'],
  ['bash', NaN, 'nan'],
  ['bash', -Infinity, '-inf'],
  ['bash', ['a b', 'c', 3], "('a b' c 3)"],
];

describe('papermill 2.6 parameter values', () => {
  it('has a table of at least 60 cases', () => {
    expect(VALUES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(VALUES)('%s: %p → %s', (language, value, expected) => {
    expect(translateValue(language, value)).toBe(expected);
  });

  it('has no mapping for bash, as papermill has none', () => {
    expect(() => translateValue('bash', { a: 1 })).toThrow(TranslationError);
  });
});

describe('papermill 2.6 parameter cells', () => {
  const params: [string, ParameterValue][] = [
    ['scan_id', 'X-17'],
    ['threshold', 0.5],
    ['dry_run', false],
    ['count', 3],
  ];

  it('writes the comment line, then one assignment per parameter in order (Python)', () => {
    expect(codifyParameters('python', params)).toBe(
      '# Parameters\nscan_id = "X-17"\nthreshold = 0.5\ndry_run = False\ncount = 3\n',
    );
  });

  it('R: `name = value`, leading underscores dropped', () => {
    expect(codifyParameters('R', [...params, ['_hidden', null]])).toBe(
      '# Parameters\nscan_id = "X-17"\nthreshold = 0.5\ndry_run = FALSE\ncount = 3\nhidden = NULL\n',
    );
  });

  it('Julia', () => {
    expect(codifyParameters('julia', params)).toBe(
      '# Parameters\nscan_id = "X-17"\nthreshold = 0.5\ndry_run = false\ncount = 3\n',
    );
  });

  it('bash: `name=value` without spaces', () => {
    expect(codifyParameters('bash', params)).toBe(
      '# Parameters\nscan_id=X-17\nthreshold=0.5\ndry_run=false\ncount=3\n',
    );
  });

  it('only the comment line when there are no parameters', () => {
    expect(codifyParameters('python', [])).toBe('# Parameters\n');
  });

  it('finds the translator by kernel name first, then by language, as papermill does', () => {
    expect(findLanguage('python3', 'python')).toBe('python');
    expect(findLanguage('ir', 'R')).toBe('R');
    expect(findLanguage('julia-1.10', 'julia')).toBe('julia');
    expect(findLanguage('bash', 'bash')).toBe('bash');
    expect(findLanguage('bash', 'python')).toBe('bash');
    expect(findLanguage('sparkrkernel', 'python')).toBe('R');
    expect(findLanguage('scala', 'scala')).toBeUndefined();
    expect(findLanguage(undefined, 'r')).toBeUndefined();
  });
});

const code = (source: string, tags?: string[]): NotebookCell => ({
  cell_type: 'code',
  execution_count: null,
  metadata: tags ? { tags } : {},
  outputs: [],
  source,
});
const markdown = (source: string): NotebookCell => ({ cell_type: 'markdown', metadata: {}, source });
const notebook = (cells: NotebookCell[], minor = 5): Notebook => ({
  nbformat: 4,
  nbformat_minor: minor,
  metadata: { kernelspec: { name: 'python3', language: 'python' } },
  cells: cells.map((cell, i) => (minor >= 5 ? { id: `cell${i}`, ...cell } : cell)),
});
const sources = (nb: Notebook) =>
  nb.cells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));

describe('where the injected cell goes', () => {
  it('right after the first cell tagged parameters', () => {
    const nb = notebook([
      markdown('# Title'),
      code('a = 1', ['parameters']),
      code('print(a)'),
      code('b = 2', ['parameters']),
    ]);
    expect(injectParameters(nb, 'python', [['a', 5]])).toEqual({ placement: 'after-parameters', index: 2 });
    expect(sources(nb)).toEqual(['# Title', 'a = 1', '# Parameters\na = 5\n', 'print(a)', 'b = 2']);
    expect(nb.cells[2].metadata.tags).toEqual([INJECTED_TAG]);
    expect(nb.cells[2].cell_type).toBe('code');
    expect(nb.cells[2].outputs).toEqual([]);
    expect(nb.cells[2].id).toMatch(/^[0-9a-f]{8}$/);
    expect(nb.metadata.papermill).toEqual({ parameters: { a: 5 } });
  });

  it('at the top when no cell is tagged parameters', () => {
    const nb = notebook([markdown('# Title'), code('print(1)')]);
    expect(injectParameters(nb, 'python', [['x', 'y']])).toEqual({ placement: 'top', index: 0 });
    expect(sources(nb)).toEqual(['# Parameters\nx = "y"\n', '# Title', 'print(1)']);
  });

  it('in place of an existing injected-parameters cell, wherever it is', () => {
    const nb = notebook([code('old = 1', [INJECTED_TAG]), code('a = 1', ['parameters']), code('print(a)')]);
    expect(injectParameters(nb, 'python', [['a', 2]])).toEqual({ placement: 'replaced', index: 0 });
    expect(sources(nb)).toEqual(['# Parameters\na = 2\n', 'a = 1', 'print(a)']);
    expect(nb.cells.filter((c) => c.metadata.tags?.includes(INJECTED_TAG))).toHaveLength(1);
  });

  it('with tags among others', () => {
    const nb = notebook([code('a = 1', ['hide', 'parameters'])]);
    expect(injectParameters(nb, 'R', [['a', true]]).index).toBe(1);
    expect(sources(nb)[1]).toBe('# Parameters\na = TRUE\n');
  });

  it('upgrades an nbformat 4.4 notebook to 4.5 with cell ids, as papermill does', () => {
    const nb = notebook([code('a = 1', ['parameters']), code('print(a)')], 4);
    injectParameters(nb, 'python', []);
    expect(nb.nbformat_minor).toBe(5);
    expect(nb.cells.every((c) => typeof c.id === 'string' && c.id.length > 0)).toBe(true);
    expect(sources(nb)[1]).toBe('# Parameters\n');
  });

  it('keeps other papermill metadata', () => {
    const nb = notebook([code('a = 1', ['parameters'])]);
    nb.metadata.papermill = { version: '2.6.0', parameters: { old: 1 } };
    injectParameters(nb, 'python', [['a', 1]]);
    expect(nb.metadata.papermill).toEqual({ version: '2.6.0', parameters: { a: 1 } });
  });
});
