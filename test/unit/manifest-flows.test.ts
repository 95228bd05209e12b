import { ManifestError, type ManifestProblem } from '../../src/errors';
import { findCycles } from '../../src/manifest/flows';
import { parseManifest } from '../../src/manifest/load';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** Scripts `list` (read), `broken` (read, csv `list` and number `limit`), `fix` (write), then `extra` lines. */
const manifest = (...extra: string[]) =>
  lines(
    'version: 1',
    'repositories:',
    '  phy: {repository: o/phy}',
    'scripts:',
    '  list:',
    '    command: [python3, list.py]',
    '  broken:',
    '    command: [python3, broken.py]',
    '    permission: write',
    '    args:',
    '      list: {type: csv, required: true}',
    '      limit: {type: number, min: 1}',
    '      label: {type: text}',
    '  fix:',
    '    command: [python3, fix.py]',
    '    mode: write',
    'flows:',
    ...extra,
  );

function problemsOf(text: string): ManifestProblem[] {
  try {
    parseManifest(text, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  throw new Error('The manifest was accepted.');
}

function problemOf(text: string): ManifestProblem {
  const problems = problemsOf(text);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  return problems[0];
}

const at = (line: number, column: number) => ({ file: 'm.yml', line, column });

describe('flows in the manifest', () => {
  it('builds a flow with defaults, in declaration order, with the highest permission of its steps', () => {
    const m = parseManifest(
      manifest(
        '  audit:',
        '    args:',
        '      since: {type: text, pattern: "^[0-9]+$"}',
        '      limit: {type: number}',
        '    max-parallel: 2',
        '    steps:',
        '      images: {script: list}',
        '      check:',
        '        script: broken',
        '        needs: [images]',
        "        args: {list: '{steps.images.output}/l.csv', limit: '{args.limit}', label: 'x-{target}-{job}'}",
        '        cache: true',
        '        cache-files: [lib/*.py]',
      ),
      'm.yml',
    );
    const flow = m.flows?.audit;
    expect(flow).toMatchObject({
      name: 'audit',
      title: 'audit',
      description: '',
      targets: ['phy'],
      permission: 'write',
      maxParallel: 2,
    });
    expect(flow?.args.map((a) => a.name)).toEqual(['since', 'limit']);
    expect(flow?.steps).toEqual([
      { name: 'images', script: 'list', needs: [], args: {}, cache: false, cacheFiles: [] },
      {
        name: 'check',
        script: 'broken',
        needs: ['images'],
        args: { list: '{steps.images.output}/l.csv', limit: '{args.limit}', label: 'x-{target}-{job}' },
        cache: true,
        cacheFiles: ['lib/*.py'],
      },
    ]);
  });

  it('keeps the flow permission when it is higher than its steps', () => {
    const m = parseManifest(
      manifest('  a:', '    permission: admin', '    steps: {one: {script: list}}'),
      'm.yml',
    );
    expect(m.flows?.a.permission).toBe('admin');
    const n = parseManifest(manifest('  a:', '    steps: {one: {script: list}}'), 'm.yml');
    expect(n.flows?.a.permission).toBe('triage');
    const w = parseManifest(manifest('  a:', '    steps: {one: {script: fix}}'), 'm.yml');
    expect(w.flows?.a.permission).toBe('write');
  });

  it('has no flows when the manifest declares none', () => {
    const text = manifest().replace(/flows:\n$/, '');
    expect(parseManifest(text, 'm.yml').flows).toBeUndefined();
  });

  it('names the cycle, at the `needs` entry of its first step', () => {
    const problem = problemOf(
      manifest(
        '  a:',
        '    steps:',
        '      one: {script: list, needs: [three]}',
        '      two: {script: list, needs: [one]}',
        '      three:',
        '        script: list',
        '        needs: [two]',
      ),
    );
    expect(problem.message).toContain('one → three → two → one');
    expect(problem.position).toEqual(at(20, 35));
  });

  it('rejects a step that needs itself', () => {
    const problem = problemOf(manifest('  a:', '    steps:', '      one: {script: list, needs: [one]}'));
    expect(problem.message).toMatch(/needs itself/);
    expect(problem.position).toEqual(at(20, 35));
  });

  it('rejects an unknown step in needs, with a guess', () => {
    const problem = problemOf(
      manifest(
        '  a:',
        '    steps:',
        '      images: {script: list}',
        '      b: {script: list, needs: [imges]}',
      ),
    );
    expect(problem.message).toMatch(/`imges`, which is not a step of the flow `a`/);
    expect(problem.fix).toBe('Did you mean `images`?');
    expect(problem.position).toEqual(at(21, 33));
  });

  it('rejects an unknown script, with a guess', () => {
    const problem = problemOf(manifest('  a:', '    steps:', '      one:', '        script: brokn'));
    expect(problem.message).toMatch(/`brokn`, which is not a script of the manifest \(list, broken, fix\)/);
    expect(problem.fix).toBe('Did you mean `broken`?');
    expect(problem.position).toEqual(at(21, 17));
  });

  it('rejects {steps.X.output} of a step not in needs, and of no step', () => {
    const problems = problemsOf(
      manifest(
        '  a:',
        '    steps:',
        '      images: {script: list}',
        '      b:',
        '        script: broken',
        "        args: {list: '{steps.images.output}/l.csv'}",
        '      c:',
        '        script: broken',
        '        needs: [images]',
        "        args: {list: '{steps.image.output}/l.csv'}",
      ),
    );
    expect(problems.map((p) => [p.message, p.position.line])).toEqual([
      [expect.stringMatching(/`images` is not in this step's `needs`/), 23],
      [expect.stringMatching(/the flow `a` has no step `image`/), 27],
    ]);
    expect(problems[0].fix).toBe('Add `images` to `needs`.');
    expect(problems[1].fix).toBe('Did you mean `{steps.images.output}`?');
  });

  it('rejects unknown placeholders and unknown flow arguments', () => {
    const problem = problemOf(
      manifest(
        '  a:',
        '    steps:',
        '      b:',
        '        script: broken',
        "        args: {list: '{args.nope}'}",
      ),
    );
    expect(problem.message).toMatch(
      /unknown placeholder `\{args.nope\}`; known placeholders here: \{target\}, \{job\}/,
    );
  });

  it('checks values without placeholders against the script argument types', () => {
    const problems = problemsOf(
      manifest(
        '  a:',
        '    steps:',
        '      b:',
        '        script: broken',
        "        args: {list: 'a,b', limit: 0, colour: red}",
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Step `b` of the flow `a`: Argument `limit` must be at least 1, got `0`.',
      'Step `b` of the flow `a`: There is no argument `colour`.',
    ]);
    expect(problems.map((p) => p.position)).toEqual([at(22, 36), at(22, 47)]);
  });

  it('reports a required script argument the step does not give', () => {
    const problem = problemOf(manifest('  a:', '    steps:', '      b:', '        script: broken'));
    expect(problem.message).toMatch(/Argument `list`.* is required/);
    expect(problem.position).toEqual(at(20, 7));
  });

  it('rejects a flow argument of another type passed whole', () => {
    const problem = problemOf(
      manifest(
        '  a:',
        '    args: {n: {type: boolean}}',
        '    steps:',
        '      b:',
        '        script: broken',
        "        args: {list: 'x', limit: '{args.n}'}",
      ),
    );
    expect(problem.message).toMatch(
      /passes the flow's `boolean` argument `n` to the script's `number` argument `limit`/,
    );
  });

  it('rejects a flow named like a script', () => {
    const problem = problemOf(manifest('  list:', '    steps: {one: {script: list}}'));
    expect(problem.message).toMatch(/The flow `list` has the name of the script `scripts.list`/);
    expect(problem.position).toEqual(at(18, 3));
  });

  it('rejects caching a write step, and cache-files outside the working directory', () => {
    const problems = problemsOf(
      manifest('  a:', '    steps:', '      one: {script: fix, cache: true, cache-files: [../x.py]}'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/write steps are never cached/),
      expect.stringMatching(/must be a glob inside the working directory/),
    ]);
  });

  it('rejects unknown targets and bad flow arguments', () => {
    const problems = problemsOf(
      manifest(
        '  a:',
        '    targets: [phi]',
        '    args: {n: {type: number, default: x}}',
        '    steps: {one: {script: list}}',
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/names `phi`, which is not a key of `repositories`/),
      expect.stringMatching(/must be a number/),
    ]);
  });

  it('rejects a flow target that a step script may not run on', () => {
    const text = manifest('  a:', '    steps: {one: {script: list}}')
      .replace('    command: [python3, list.py]\n', '    command: [python3, list.py]\n    targets: [ada]\n')
      .replace('  phy: {repository: o/phy}\n', '  phy: {repository: o/phy}\n  ada: {repository: o/ada}\n');
    const problem = problemOf(text);
    expect(problem.message).toBe(
      'The flow `a` may run on `phy`, but its step `one` runs the script `list`, whose `targets` do not include it.',
    );
    expect(problem.fix).toMatch(/Set the flow's `targets` to targets of `list` \(`ada`\)/);
    const fine = text.replace('  a:\n', '  a:\n    targets: [ada]\n');
    expect(parseManifest(fine, 'm.yml').flows?.a.targets).toEqual(['ada']);
  });

  it('reports schema problems of flows', () => {
    const problems = problemsOf(manifest('  a:', '    max-parallel: 0', '    steps: {one: {needs: []}}'));
    expect(problems.length).toBe(2);
  });
});

describe('findCycles', () => {
  it('finds each cycle once, and none in a DAG', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d2']],
      ['d2', []],
    ]);
    expect(findCycles(['a', 'b', 'c', 'd', 'd2'], graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        ['x', 'y'],
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });
});
