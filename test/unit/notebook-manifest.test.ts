/** Notebook scripts in the manifest, the names a parameters cell assigns, and figure files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerPath } from '../../src/notebook/plan';
import { ManifestError, type ManifestProblem } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';
import { extractFigures } from '../../src/notebook/figures';
import type { Notebook, NotebookCell } from '../../src/notebook/ipynb';
import { assignedNames, identifierProblem, kernelLanguage } from '../../src/notebook/language';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function problemsOf(text: string): ManifestProblem[] {
  try {
    parseManifest(text, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  throw new Error('The manifest was accepted.');
}

const manifest = (...script: string[]) => lines('version: 1', 'scripts:', '  s:', ...script);

describe('notebook scripts in the manifest', () => {
  it('builds a notebook script: command empty, notebook with kernel and python', () => {
    const m = parseManifest(
      lines(
        'version: 1',
        'defaults:',
        '  python: /opt/py/bin/python',
        'scripts:',
        '  report:',
        '    notebook: notebooks/reflection.ipynb',
        '    kernel: python3',
        '    args:',
        '      scan_id: {type: text, required: true}',
        '  plain:',
        '    command: [run]',
        '  own:',
        '    notebook: a.ipynb',
        '    python: python3.12',
      ),
      'm.yml',
    );
    expect(m.scripts.report.command).toEqual([]);
    expect(m.scripts.report.notebook).toEqual({
      path: 'notebooks/reflection.ipynb',
      kernel: 'python3',
      python: '/opt/py/bin/python',
    });
    expect(m.scripts.plain.notebook).toBeUndefined();
    expect(m.scripts.own.notebook).toEqual({ path: 'a.ipynb', python: 'python3.12' });
  });

  it('defaults python to python3 from PATH', () => {
    const m = parseManifest(manifest('    notebook: a.ipynb'), 'm.yml');
    expect(m.scripts.s.notebook?.python).toBe('python3');
  });

  it('still requires command when there is no notebook', () => {
    expect(problemsOf(manifest('    title: S')).map((p) => p.message)).toEqual([
      '`scripts.s` is missing `command`, which is required.',
    ]);
  });

  it('rejects command and notebook together', () => {
    const [problem, ...rest] = problemsOf(manifest('    command: [run]', '    notebook: a.ipynb'));
    expect(rest).toEqual([]);
    expect(problem.message).toBe(
      '`scripts.s` has both `command` and `notebook`; a script runs one or the other.',
    );
    expect(problem.position).toEqual({ file: 'm.yml', line: 5, column: 5 });
  });

  it('rejects kernel and python on a command script', () => {
    expect(
      problemsOf(manifest('    command: [run]', '    kernel: ir', '    python: py')).map((p) => p.message),
    ).toEqual([
      '`kernel` only applies to notebook scripts; `scripts.s` runs a `command`.',
      '`python` only applies to notebook scripts; `scripts.s` runs a `command`.',
    ]);
  });

  it.each([
    ['/abs/a.ipynb', 'must be a path relative to the working directory'],
    ['../a.ipynb', 'leads out of the workspace'],
    ['a.py', 'must name a Jupyter notebook, a `.ipynb` file'],
  ])('rejects the notebook path %s', (value, words) => {
    const problems = problemsOf(manifest(`    notebook: '${value}'`));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(words);
  });

  it('allows `..` that stays inside the workspace, from the working directory', () => {
    const m = parseManifest(
      manifest('    working-directory: sub/dir', '    notebook: ../nb/a.ipynb'),
      'm.yml',
    );
    expect(m.scripts.s.notebook?.path).toBe('../nb/a.ipynb');
    expect(
      problemsOf(manifest('    working-directory: sub', '    notebook: ../../a.ipynb'))[0].message,
    ).toContain('leads out of the workspace');
  });

  it('requires argument names that are variable names', () => {
    const problems = problemsOf(
      manifest(
        '    notebook: a.ipynb',
        '    args:',
        '      scan-id: {type: text}',
        '      2nd: {type: text}',
      ),
    );
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      [
        'The argument `scan-id` of notebook script `scripts.s` must be a variable name in the notebook: it becomes `scan-id = ...` in the injected parameters cell.',
        'Use letters, digits and `_`, starting with a letter, e.g. `scan_id`.',
      ],
      [
        'The argument `2nd` of notebook script `scripts.s` must be a variable name in the notebook: it becomes `2nd = ...` in the injected parameters cell.',
        'Use letters, digits and `_`, starting with a letter, e.g. `nd`.',
      ],
    ]);
  });

  it('accepts python under defaults but not notebook or kernel', () => {
    const problems = problemsOf(
      lines('version: 1', 'defaults:', '  kernel: ir', 'scripts:', '  s: {command: [run]}'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('`kernel` cannot have a default'),
    ]);
  });
});

describe('the names a parameters cell assigns', () => {
  it.each([
    [
      'python',
      'a = 1\nb: int = 2\n# c = 3\nd = e = "x # y"\nif x:\n    f = 1\ng, h = 1, 2\ni == 3\nj += 1\n',
      ['a', 'b', 'd', 'e', 'g', 'h'],
    ],
    ['python', 'scan_id = "none"  # the scan\nthreshold=0.5', ['scan_id', 'threshold']],
    ['R', 'a <- 1\nb = 2\nc <<- 3\n"x" -> d\n# e <- 1\n.f <- TRUE', ['a', 'b', 'c', 'd', '.f']],
    ['julia', 'a = 1\nconst b = 2\nc::Int = 3\nd! = 4\ne == 5', ['a', 'b', 'c', 'd!']],
    ['bash', 'a=1\nexport b="x"\ndeclare -a c=(1 2)\nd = 4\nreadonly e=5\nf+=1', ['a', 'b', 'c', 'e', 'f']],
  ] as const)('%s: %j', (language, source, names) => {
    expect(assignedNames(language, source)).toEqual(names);
  });

  it("knows each language's variable names", () => {
    expect(identifierProblem('python', 'class')).toBe('is a reserved word in Python');
    expect(identifierProblem('python', 'match')).toBeUndefined();
    expect(identifierProblem('R', 'TRUE')).toBe('is a reserved word in R');
    expect(identifierProblem('R', '_x')).toBe('is not a R variable name');
    expect(identifierProblem('julia', 'end')).toBe('is a reserved word in Julia');
    expect(identifierProblem('bash', 'PATH')).toBe('is a variable the shell itself uses');
    expect(identifierProblem('bash', 'scan_id')).toBeUndefined();
  });

  it('finds the kernel language from the kernel, the notebook, or a kernel named in the manifest', () => {
    const nb = (metadata: Notebook['metadata']): Notebook => ({
      nbformat: 4,
      nbformat_minor: 5,
      metadata,
      cells: [],
    });
    expect(kernelLanguage(nb({ kernelspec: { name: 'ir', language: 'R' } }), undefined)).toEqual({
      language: 'R',
      kernel: 'ir',
      declared: 'R',
    });
    expect(kernelLanguage(nb({}), undefined)).toEqual({ language: 'python', kernel: 'python3' });
    expect(
      kernelLanguage(nb({ kernelspec: { name: 'python3', language: 'python' } }), 'julia-1.10').language,
    ).toBe('julia');
    expect(
      kernelLanguage(nb({ kernelspec: { name: 'scala', language: 'scala' } }), undefined).language,
    ).toBeUndefined();
  });
});

describe('figures', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 9]);
  const cell = (count: number | null, outputs: NotebookCell['outputs']): NotebookCell => ({
    cell_type: 'code',
    execution_count: count,
    metadata: {},
    source: '',
    outputs,
  });
  const nb: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'markdown', metadata: {}, source: '![x](attachment:x.png)' },
      cell(1, [
        { output_type: 'stream', name: 'stdout', text: 'hi' },
        {
          output_type: 'display_data',
          data: { 'image/png': PNG.toString('base64'), 'text/plain': '<Figure>' },
        },
        { output_type: 'display_data', data: { 'text/plain': 'no image' } },
        {
          output_type: 'execute_result',
          execution_count: 1,
          data: { 'image/jpeg': JPEG.toString('base64').match(/.{1,4}/g)! },
        },
      ]),
      cell(null, [{ output_type: 'display_data', data: { 'image/png': PNG.toString('base64') } }]),
      cell(7, [
        {
          output_type: 'display_data',
          data: { 'image/svg+xml': ['<svg>', '</svg>\n'], 'image/png': PNG.toString('base64') },
        },
        { output_type: 'error', ename: 'E', evalue: '', traceback: [] },
      ]),
    ],
  };

  it('names them cell-N-K by execution count and position, with the bytes displayed', () => {
    const figures = extractFigures(nb);
    expect(figures.map((f) => f.path)).toEqual([
      'figures/cell-1-1.png',
      'figures/cell-1-2.jpg',
      'figures/cell-7-1.png',
      'figures/cell-7-1.svg',
    ]);
    expect(figures[0].data.equals(PNG)).toBe(true);
    expect(figures[1].data.equals(JPEG)).toBe(true);
    expect(figures[3].data.toString()).toBe('<svg></svg>\n');
  });

  it('extracts 200 images from a 500-cell notebook quickly', () => {
    const big: Notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] };
    const image = Buffer.alloc(20_000, 7).toString('base64');
    for (let i = 1; i <= 500; i++) {
      big.cells.push(
        cell(i, i % 5 < 2 ? [{ output_type: 'display_data', data: { 'image/png': image } }] : []),
      );
    }
    // How fast: `npm run bench` (notebook).
    const figures = extractFigures(big);
    expect(figures).toHaveLength(200);
  });
});

describe('the runner shipped with the bundles', () => {
  it('is the runner of the sources, beside dist/index.js and dist/cli/index.js', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const source = readFileSync(path.join(root, 'src/notebook/runner.py'));
    for (const bundle of ['dist', 'dist/cli']) {
      expect(readFileSync(path.join(root, bundle, 'notebook/runner.py')).equals(source)).toBe(true);
    }
    expect(runnerPath()).toBe(path.join(root, 'src/notebook/runner.py'));
  });
});
