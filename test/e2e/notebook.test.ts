/**
 * Notebook scripts with the bundled action and CLI, executed by nbclient under Debian's /usr/bin/python3:
 * papermill parameters, outputs, figures, HTML, a failing cell, a timeout, a parameter the notebook lacks,
 * a Python without nbclient, `skip-execution` cells.
 */
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCommentCreated, workflowDispatch } from '../support/events';
import { runCli as cli } from '../support/cli';
import { REPO, REQUESTER, startWorld, type World } from '../support/world';

const PYTHON = '/usr/bin/python3';

/** A 2×1 red/blue PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DwHwyBFAA/1Qf5NxpTiAAAAABJRU5ErkJggg==',
  'base64',
);
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="teal"/></svg>';

type Cell = { type?: 'code' | 'markdown'; source: string; tags?: string[] };

function notebook(cells: Cell[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells: cells.map((cell, i) =>
      (cell.type ?? 'code') === 'code'
        ? {
            cell_type: 'code',
            id: `c${i}`,
            metadata: cell.tags ? { tags: cell.tags } : {},
            source: cell.source,
            outputs: [],
            execution_count: null,
          }
        : { cell_type: 'markdown', id: `c${i}`, metadata: {}, source: cell.source },
    ),
  });
}

const REPORT = notebook([
  { type: 'markdown', source: '# Report' },
  { source: 'name = "world"\ncount = 1\nratio = 0.5\nloud = False', tags: ['parameters'] },
  { source: 'print(f"name={name!r} count={count!r} ratio={ratio!r} loud={loud!r}")' },
  {
    source:
      'import os\nwith open(os.path.join(os.environ["DISPATCH_OUTPUT"], "summary.txt"), "w") as f:\n    f.write(f"{name}:{count}\\n")\nprint("cwd", os.getcwd())',
  },
  {
    source: `import base64\nfrom IPython.display import Image, SVG, display\ndisplay(Image(data=base64.b64decode("${PNG.toString('base64')}")))\ndisplay(SVG(${JSON.stringify(SVG)}))`,
  },
  { source: 'raise RuntimeError("skipped cells must not run")', tags: ['skip-execution'] },
  { source: 'print("done")' },
]);

const FAILING = notebook([
  { source: 'print("before the failure")' },
  { source: 'labels = {}\nlabels["caption"]' },
  { source: 'print("after the failure")' },
]);

const SLEEPY = notebook([
  {
    source:
      'import os\nwith open(os.path.join(os.environ["DISPATCH_OUTPUT"], "kernel.pid"), "w") as f:\n    f.write(str(os.getpid()))',
  },
  { source: 'import time\ntime.sleep(600)' },
]);

const MANIFEST = `version: 1
defaults:
  python: ${PYTHON}
scripts:
  report:
    title: Report notebook
    notebook: notebooks/report.ipynb
    args:
      name: { type: text, required: true }
      count: { type: number, default: 3 }
      ratio: { type: number }
      loud: { type: boolean, default: true }
  failing:
    notebook: notebooks/failing.ipynb
  sleepy:
    notebook: notebooks/sleepy.ipynb
    timeout-minutes: 0.5
  typo:
    notebook: notebooks/report.ipynb
    args:
      nmae: { type: text }
  bare:
    notebook: notebooks/failing.ipynb
    python: tools/bare-python
`;

const FILES = {
  'notebooks/report.ipynb': REPORT,
  'notebooks/failing.ipynb': FAILING,
  'notebooks/sleepy.ipynb': SLEEPY,
  // A Python that does not see its site packages, so nbclient is missing.
  'tools/bare-python': `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`,
};

let world: World;
let nextIssue = 1;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: FILES });
  await chmod(join(world.workspace, 'tools', 'bare-python'), 0o755);
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

/** `/run <line>` commented on a new issue: returns the run and the final status comment. */
async function runFromIssue(line: string, more: { timeoutMs?: number } = {}) {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'Notebook runs', user: REQUESTER });
  const made = world.fake.addComment(REPO, number, { body: line, user: REQUESTER });
  const event = issueCommentCreated({
    issueNumber: number,
    issueBody: 'Notebook runs',
    commentId: made.id,
    body: line,
    user: REQUESTER,
    repo: REPO,
  });
  const run = await world.run({ eventName: 'issue_comment', event, inputs: {}, ...more });
  const status = world.fake
    .comments(REPO, number)
    .filter((c) => c.body.startsWith('<!-- script-dispatcher:status'));
  expect(status).toHaveLength(1);
  return { run, comment: status[0].body };
}

interface Nb {
  metadata: { papermill: Record<string, unknown> };
  cells: Array<{
    cell_type: string;
    source: string | string[];
    execution_count?: number | null;
    outputs?: Array<{ output_type: string; text?: string | string[]; data?: Record<string, unknown> }>;
    metadata: { tags?: string[]; papermill?: Record<string, unknown> };
  }>;
}
const text = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('') : (value ?? '');

test('a notebook runs with its parameters: printed values, an output file, PNG and SVG figures, HTML', async () => {
  const { run, comment } = await runFromIssue('/run report name="Ada \\"L\\"" ratio=0.25');
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`report-${run.outputs.job}`);
  expect([...files.keys()].sort()).toEqual([
    '_dispatch/log.txt',
    '_dispatch/record.json',
    'figures/cell-5-1.png',
    'figures/cell-5-2.svg',
    'report.html',
    'report.ipynb',
    'summary.txt',
  ]);
  expect(files.get('summary.txt')?.toString()).toBe('Ada "L":3\n');
  const record = JSON.parse(files.get('_dispatch/record.json')!.toString());
  expect(record).toMatchObject({ kind: 'notebook', script: 'report', status: 'succeeded' });
  expect(record.notebook).toMatch(/\.ipynb$/);
  expect(record.command).toBeUndefined();

  const nb = JSON.parse(files.get('report.ipynb')!.toString()) as Nb;
  // The injected cell, right after the parameters cell, as papermill writes it.
  const injected = nb.cells[2];
  expect(injected.metadata.tags).toEqual(['injected-parameters']);
  expect(text(injected.source)).toBe(
    '# Parameters\nname = "Ada \\"L\\""\ncount = 3\nratio = 0.25\nloud = True\n',
  );
  expect(nb.metadata.papermill.parameters).toEqual({ name: 'Ada "L"', count: 3, ratio: 0.25, loud: true });
  expect(nb.metadata.papermill.exception).toBe(false);
  expect(typeof nb.metadata.papermill.duration).toBe('number');
  const printed = nb.cells[3].outputs?.map((o) => text(o.text)).join('');
  expect(printed).toBe(`name='Ada "L"' count=3 ratio=0.25 loud=True\n`);
  expect(text(nb.cells[4].outputs?.[0].text)).toBe(`cwd ${world.workspace}\n`);
  for (const cell of nb.cells.filter(
    (c) => c.cell_type === 'code' && !c.metadata.tags?.includes('skip-execution'),
  )) {
    expect(cell.metadata.papermill).toMatchObject({ status: 'completed', exception: false });
  }

  // Figures: the bytes the notebook displayed.
  const figureCell = nb.cells[5];
  expect(figureCell.execution_count).toBe(5);
  const displayed = figureCell.outputs!.filter((o) => o.output_type === 'display_data');
  expect(Buffer.from(displayed[0].data!['image/png'] as string, 'base64')).toEqual(PNG);
  expect(files.get('figures/cell-5-1.png')).toEqual(PNG);
  expect(files.get('figures/cell-5-2.svg')?.toString()).toBe(
    text(displayed[1].data!['image/svg+xml'] as string),
  );
  expect(files.get('figures/cell-5-2.svg')?.toString()).toContain('fill="teal"');

  // The skip-execution cell did not run; the next one did.
  const skipped = nb.cells[6];
  expect(skipped.execution_count ?? null).toBeNull();
  expect(skipped.outputs).toEqual([]);
  expect(text(nb.cells[7].outputs?.[0].text)).toBe('done\n');
  expect(files.get('report.html')?.toString()).toContain('</html>');

  // The status comment lists the notebook, its HTML and figures.
  expect(comment).toContain('`notebooks/report.ipynb`');
  expect(comment).toContain('`report.html`');
  expect(comment).toContain('`figures/cell-5-1.png`');
  expect(comment).toContain('`figures/cell-5-2.svg`');
  expect(run.stdout).toContain('::progress::6/6 cell 6');
});

test('a failing cell fails the run: In [N], the exception and its message; later cells do not run', async () => {
  const { run, comment } = await runFromIssue('/run failing');
  expect(run.outputs.status).toBe('failed');
  expect(comment).toContain("**Reason:** In \\[3\\]: KeyError: 'caption'");
  expect(run.outputs['error-message'] ?? comment).toBeTruthy();
  // The log tail holds the traceback, without colour codes.
  expect(comment).toContain('Traceback');
  expect(comment).not.toMatch(/\x1b\[/);

  const files = await world.artifacts.download(`failing-${run.outputs.job}`);
  const nb = JSON.parse(files.get('failing.ipynb')!.toString()) as Nb;
  expect(nb.metadata.papermill.exception).toBe(true);
  // Banner at the top, anchor before the failing cell, as papermill writes them.
  expect(nb.cells[0].metadata.tags).toEqual(['papermill-error-cell-tag']);
  expect(text(nb.cells[0].source)).toContain('In [3]');
  expect(nb.cells[1].metadata.tags).toEqual(['injected-parameters']);
  expect(nb.cells[3].metadata.tags).toEqual(['papermill-error-cell-tag']);
  expect(text(nb.cells[3].source)).toContain('papermill-error-cell');
  const failed = nb.cells[4];
  expect(failed.metadata.papermill).toMatchObject({ status: 'failed', exception: true });
  expect(failed.outputs?.[0].output_type).toBe('error');
  const after = nb.cells[5];
  expect(after.execution_count ?? null).toBeNull();
  expect(after.outputs).toEqual([]);
  expect(text(nb.cells[2].outputs?.[0].text)).toBe('before the failure\n');
});

test('a notebook that runs past timeout-minutes is stopped, its kernel killed, its partial copy uploaded', async () => {
  const { run, comment } = await runFromIssue('/run sleepy');
  expect(run.outputs.status).toBe('timed-out');
  expect(comment).toMatch(/[Tt]imed out/);
  const files = await world.artifacts.download(`sleepy-${run.outputs.job}`);
  const pid = Number(files.get('kernel.pid')?.toString());
  expect(pid).toBeGreaterThan(1);
  // Gone, or a zombie waiting for whoever adopted it to reap it: not running.
  const state = await readFile(`/proc/${pid}/stat`, 'utf8').then(
    (stat) => stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3),
    () => 'gone',
  );
  expect({ state, orphans: run.orphans }).toEqual({
    state: expect.stringMatching(/^(gone|Z|X)$/),
    orphans: [],
  });
  const nb = JSON.parse(files.get('sleepy.ipynb')!.toString()) as Nb;
  expect(nb.cells[1].metadata.papermill).toMatchObject({ status: 'completed' });
  expect(nb.cells[2].metadata.papermill).toMatchObject({ status: 'failed' });
  expect(comment).toContain('Stopped by SIGTERM in code cell 3 of 3');
});

test('an argument the parameters cell does not assign rejects the run, naming the cell’s parameters', async () => {
  const run = await world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch({ script: 'typo', args: 'nmae=x' }, { repo: REPO, sender: REQUESTER }),
    inputs: { script: 'typo', args: 'nmae=x' },
  });
  expect(run.outputs.status).toBe('rejected');
  expect(run.summary).toContain('does not assign `nmae`');
  expect(run.summary).toContain('`name`, `count`, `ratio`, `loud`');
  expect(run.summary).toContain('Did you mean `name`?');
});

test('a Python without nbclient fails the run with what to install', async () => {
  const { run, comment } = await runFromIssue('/run bare');
  expect(run.outputs.status).toBe('failed');
  expect(comment).toContain('nbclient is not installed');
  expect(comment).toContain('pip install nbclient ipykernel');
  expect(comment).toContain('apt-get install python3-nbclient python3-ipykernel');
});

describe('the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sd-nb-cli-'));
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github', 'script-dispatcher.yml'), MANIFEST.replace(/ {2}typo:[\s\S]*$/, ''));
    for (const [file, body] of Object.entries(FILES)) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), body);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('validate reads the notebooks; run executes one and keeps its outputs', async () => {
    const ok = await cli(['validate'], dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    const run = await cli(['run', 'report', '--arg', 'name=cli'], dir);
    expect(run.code).toBe(0);
    const [job] = await readdir(join(dir, 'script-dispatcher-output'));
    const out = join(dir, 'script-dispatcher-output', job);
    expect((await readdir(out)).sort()).toEqual([
      '_dispatch',
      'figures',
      'report.html',
      'report.ipynb',
      'summary.txt',
    ]);
    expect(await readFile(join(out, 'summary.txt'), 'utf8')).toBe('cli:3\n');
    expect(await readFile(join(out, 'figures', 'cell-5-1.png'))).toEqual(PNG);
    expect(run.stdout + run.stderr).toContain("name='cli' count=3");
  });

  test('validate fails on an argument the notebook lacks, naming the cell’s parameters', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'sd-nb-broken-'));
    await cp(dir, broken, {
      recursive: true,
      filter: (src) => !src.includes('script-dispatcher-output'),
    });
    await writeFile(
      join(broken, '.github', 'script-dispatcher.yml'),
      `version: 1\nscripts:\n  typo:\n    notebook: notebooks/report.ipynb\n    python: ${PYTHON}\n    args:\n      nmae: { type: text }\n  gone:\n    notebook: notebooks/missing.ipynb\n`,
    );
    const bad = await cli(['validate'], broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('does not assign `nmae`');
    expect(bad.stderr).toContain('The cell assigns: `name`, `count`, `ratio`, `loud`.');
    expect(bad.stderr).toContain('`notebooks/missing.ipynb` of script `gone` does not exist');
    await rm(broken, { recursive: true, force: true });
  });
});
