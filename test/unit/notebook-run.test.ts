/**
 * Notebook scripts run for real: the parameterized copy, the runner (src/notebook/runner.py) under Debian's
 * /usr/bin/python3 with nbclient and ipykernel, through the ordinary script executor.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RequestError } from '../../src/errors';
import { execute } from '../../src/execute/run';
import type { LogSink } from '../../src/ports';
import type { ArgSpec, ArgValue, Script } from '../../src/manifest/types';
import { checkNotebook } from '../../src/notebook/check';
import { loadNotebookFailure, readNotebookFailure } from '../../src/notebook/failure';
import { extractFigures } from '../../src/notebook/figures';
import type { Notebook } from '../../src/notebook/ipynb';
import { listNotebookOutputs } from '../../src/notebook/outputs';
import { planNotebook } from '../../src/notebook/plan';
import { scriptOf } from '../support/scripts';

const FIXTURES = fileURLToPath(new URL('../fixtures/notebooks/', import.meta.url));
const PYTHON = '/usr/bin/python3';
const LONG = 120_000;

class Sink implements LogSink {
  readonly chunks: Buffer[] = [];
  group(): void {}
  endGroup(): void {}
  write(chunk: Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }
  info(): void {}
  warning(): void {}
  get output(): string {
    return Buffer.concat(this.chunks).toString();
  }
}

/** The pids of running processes whose command line holds `marker` and whose directory is below `dir`. */
function processesIn(dir: string, marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (cmdline.includes(marker) && state !== 'Z' && realpathSync(`/proc/${entry}/cwd`).startsWith(dir)) {
        found.push(Number(entry));
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(): { root: string; output: string; temp: string } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-notebook-')));
  dirs.push(root);
  cpSync(FIXTURES, path.join(root, 'notebooks'), { recursive: true });
  return { root, output: path.join(root, 'out'), temp: path.join(root, 'tmp') };
}

const arg = (name: string, type: ArgSpec['type'] = 'text'): ArgSpec => ({
  name,
  type,
  title: name,
  required: false,
});

function notebookScript(file: string, args: ArgSpec[] = [], python = PYTHON): Script {
  return scriptOf('report', {
    command: [],
    workingDirectory: 'notebooks',
    notebook: { path: file, python },
    args,
  });
}

async function run(
  script: Script,
  values: Record<string, ArgValue>,
  options: { timeoutMs?: number; env?: Record<string, string>; staleFailure?: boolean } = {},
) {
  const ws = workspace();
  const plan = await planNotebook({
    script,
    args: values,
    outputDir: ws.output,
    tempDir: ws.temp,
    workspaceRoot: ws.root,
  });
  if (options.staleFailure) {
    writeFileSync(
      plan.failureFile,
      '{"kind": "cell-error", "cell": 9, "ename": "Stale", "evalue": "from an earlier attempt"}',
    );
  }
  const log = new Sink();
  const execution = await execute(
    {
      argv: plan.argv,
      cwd: path.join(ws.root, 'notebooks'),
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? ws.root,
        DISPATCH_OUTPUT: ws.output,
        ...options.env,
      },
      outputDir: ws.output,
      timeoutMs: options.timeoutMs ?? 90_000,
      graceMs: 3000,
      retries: 0,
    },
    log,
  );
  const executed = existsSync(plan.outputNotebook)
    ? (JSON.parse(readFileSync(plan.outputNotebook, 'utf8')) as Notebook)
    : undefined;
  return { ws, plan, log, execution, executed };
}

const text = (source: string | string[]) => (Array.isArray(source) ? source.join('') : source);

describe('a notebook script that succeeds', () => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(
      notebookScript('report.ipynb', [arg('scan_id'), arg('threshold', 'number'), arg('verbose', 'boolean')]),
      {
        scan_id: 'S-1 "quoted"',
        threshold: 0.75,
      },
      { staleFailure: true },
    );
  });

  it("succeeds, printing the cells' output and cell K/N progress", () => {
    expect(result.execution.reason).toBeUndefined();
    expect(result.execution.status).toBe('succeeded');
    expect(result.log.output).toContain(`scan_id='S-1 "quoted"' threshold=0.75 verbose=False`);
    expect(result.log.output).toContain('to stderr');
    expect(result.log.output).toContain('::progress::1/7 cell 1\n');
    expect(result.log.output).toContain('::progress::7/7 cell 7\n');
  });

  it('injects the parameters after the parameters cell, papermill-style', () => {
    const cells = result.executed!.cells;
    expect(cells[1].metadata.tags).toEqual(['parameters']);
    expect(cells[2].metadata.tags).toEqual(['injected-parameters']);
    expect(text(cells[2].source)).toBe('# Parameters\nscan_id = "S-1 \\"quoted\\""\nthreshold = 0.75\n');
    expect(result.plan.placement).toBe('after-parameters');
  });

  it('writes papermill metadata for the notebook and every cell', () => {
    const nb = result.executed!;
    const papermill = nb.metadata.papermill as Record<string, unknown>;
    expect(papermill.parameters).toEqual({ scan_id: 'S-1 "quoted"', threshold: 0.75 });
    expect(papermill.exception).toBe(false);
    expect(typeof papermill.start_time).toBe('string');
    expect(typeof papermill.end_time).toBe('string');
    expect(typeof papermill.duration).toBe('number');
    for (const cell of nb.cells) {
      expect(cell.metadata.papermill).toMatchObject({ status: 'completed', exception: false });
      expect(typeof (cell.metadata.papermill as { duration: unknown }).duration).toBe('number');
    }
    expect((nb.metadata.language_info as { name: string }).name).toBe('python');
  });

  it('runs in the working directory with the environment, and skips skip-execution cells', () => {
    expect(readFileSync(path.join(result.ws.output, 'summary.txt'), 'utf8')).toBe('S-1 "quoted":0.75\n');
    expect(result.log.output).toContain(`cwd ${result.ws.root}/notebooks\n`);
    const skipped = result.executed!.cells.find((c) => c.metadata.tags?.includes('skip-execution'))!;
    expect(skipped.execution_count).toBeNull();
    expect(skipped.outputs).toEqual([]);
    expect(result.log.output).not.toContain('skipped cells must not run');
  });

  it('writes every displayed image as figures/cell-N-K with the bytes displayed, and the HTML', () => {
    const figures = path.join(result.ws.output, 'figures');
    expect(readdirSync(figures).sort()).toEqual(['cell-5-1.png', 'cell-6-1.svg', 'cell-6-2.png']);
    const png = readFileSync(path.join(FIXTURES, 'dot.png'));
    const svg = readFileSync(path.join(FIXTURES, 'shape.svg'));
    expect(readFileSync(path.join(figures, 'cell-5-1.png')).equals(png)).toBe(true);
    expect(readFileSync(path.join(figures, 'cell-6-1.svg')).equals(svg)).toBe(true);
    expect(readFileSync(path.join(figures, 'cell-6-2.png')).equals(png)).toBe(true);
    expect(readFileSync(path.join(result.ws.output, 'report.html'), 'utf8')).toContain('<html');
  });

  it('leaves no HTML helper behind (it renders in a process of its own, started with the run)', () => {
    expect(processesIn(result.ws.root, '--html-helper')).toEqual([]);
  });

  it('extracts the same figures in TypeScript as the runner wrote', () => {
    const figures = extractFigures(result.executed!);
    expect(figures.map((f) => f.path)).toEqual([
      'figures/cell-5-1.png',
      'figures/cell-6-1.svg',
      'figures/cell-6-2.png',
    ]);
    for (const figure of figures) {
      expect(figure.data.equals(readFileSync(path.join(result.ws.output, figure.path)))).toBe(true);
    }
  });

  it('lists the notebook, its HTML and its figures for the status comment', async () => {
    expect(await listNotebookOutputs(result.ws.output, 'report')).toEqual({
      notebook: 'report.ipynb',
      html: 'report.html',
      figures: ['figures/cell-5-1.png', 'figures/cell-6-1.svg', 'figures/cell-6-2.png'],
    });
  });

  it('leaves no failure file, removing one an earlier attempt left', async () => {
    expect(await readNotebookFailure(result.plan.failureFile)).toBeUndefined();
  });
});

describe('a notebook whose cell raises', () => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(notebookScript('failing.ipynb'), {});
  }, LONG);

  it('fails with In [N], the exception and its message', async () => {
    expect(result.execution.status).toBe('failed');
    expect(await readNotebookFailure(result.plan.failureFile)).toBe("In [4]: KeyError: 'caption'");
  });

  it('runs no later cell', () => {
    // A cell's unfinished line does not swallow the next progress line.
    expect(result.log.output).toContain('first\n::progress::4/5 cell 4\n');
    expect(result.log.output).not.toContain('after the failure');
    expect(existsSync(path.join(result.ws.root, 'notebooks', 'after.txt'))).toBe(false);
    const last = result.executed!.cells.at(-1)!;
    expect(last.execution_count).toBeNull();
    expect(last.metadata.papermill).toMatchObject({ status: 'pending' });
  });

  it("adds papermill's banner at the top and the anchor before the failing cell", () => {
    const cells = result.executed!.cells;
    expect(cells[0].cell_type).toBe('markdown');
    expect(cells[0].metadata.tags).toEqual(['papermill-error-cell-tag']);
    expect(text(cells[0].source)).toContain(
      `An Exception was encountered at '<a href="#papermill-error-cell">In [4]</a>'.`,
    );
    const failing = cells.findIndex((c) => c.execution_count === 4);
    expect(cells[failing - 1].metadata.tags).toEqual(['papermill-error-cell-tag']);
    expect(text(cells[failing - 1].source)).toContain('id="papermill-error-cell"');
    expect(cells[failing].metadata.papermill).toMatchObject({ status: 'failed', exception: true });
    expect((result.executed!.metadata.papermill as { exception: boolean }).exception).toBe(true);
  });

  it('prints the traceback without colour codes', async () => {
    expect(result.log.output).toContain('----> 2 meta[caption_key]');
    expect(result.execution.tail).toContain("KeyError: 'caption'");
    expect(result.log.output).not.toContain('\x1b[');
    const failure = await loadNotebookFailure(result.plan.failureFile);
    expect(failure).toMatchObject({ kind: 'cell-error', cell: 4, ename: 'KeyError', evalue: "'caption'" });
    expect(failure!.traceback).toContain('Cell In [4], line 2');
  });
});

describe('a notebook that does not finish', () => {
  it(
    'is stopped at the timeout with its kernel, keeping the cells that ran',
    async () => {
      const result = await run(notebookScript('slow.ipynb'), {}, { timeoutMs: 12_000 });
      expect(result.execution.status).toBe('timed-out');
      const pid = Number(/kernel-pid (\d+)/.exec(result.log.output)?.[1]);
      expect(pid).toBeGreaterThan(0);
      let alive = true;
      for (let i = 0; i < 50 && alive; i++) {
        try {
          process.kill(pid, 0);
          await new Promise((resolve) => setTimeout(resolve, 100));
        } catch {
          alive = false;
        }
      }
      expect(alive).toBe(false);
      // The HTML helper, waiting for the finished notebook, went with the run.
      expect(processesIn(result.ws.root, '--html-helper')).toEqual([]);
      expect(result.executed!.cells[1].metadata.papermill).toMatchObject({ status: 'failed' });
      expect(text(result.executed!.cells[1].outputs![0].text as string)).toContain('kernel-pid');
    },
    LONG,
  );

  it(
    'says so when the kernel dies',
    async () => {
      const result = await run(notebookScript('dies.ipynb'), {});
      expect(result.execution.status).toBe('failed');
      expect(await readNotebookFailure(result.plan.failureFile)).toBe(
        'The kernel died while running In [2], code cell 2 of 3.',
      );
      expect(result.log.output).not.toContain('never');
    },
    LONG,
  );
});

describe('what must be installed', () => {
  it(
    'writes no HTML, with a note, when nbconvert is not installed',
    async () => {
      const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-no-nbconvert-')));
      dirs.push(dir);
      mkdirSync(path.join(dir, 'nbconvert'));
      writeFileSync(path.join(dir, 'nbconvert', '__init__.py'), 'raise ImportError("hidden for the test")\n');
      const result = await run(notebookScript('failing.ipynb'), {}, { env: { PYTHONPATH: dir } });
      expect(result.execution.status).toBe('failed');
      expect(result.log.output).toContain(
        'Note: nbconvert is not installed, so no HTML copy of the notebook was written',
      );
      expect(existsSync(path.join(result.ws.output, 'failing.html'))).toBe(false);
      expect(existsSync(path.join(result.ws.output, 'failing.ipynb'))).toBe(true);
    },
    LONG,
  );

  it(
    'says exactly what to install when nbclient is missing',
    async () => {
      const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sd-python-')));
      dirs.push(dir);
      // Debian's python3 without its site packages: no nbclient.
      const python = path.join(dir, 'python-bare');
      writeFileSync(python, `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
      chmodSync(python, 0o755);
      const result = await run(notebookScript('report.ipynb', [], python), {});
      expect(result.execution.status).toBe('failed');
      const reason = await readNotebookFailure(result.plan.failureFile);
      expect(reason).toContain('nbclient is not installed');
      expect(reason).toContain('pip install nbclient ipykernel');
      expect(reason).toContain('apt-get install python3-nbclient python3-ipykernel');
    },
    LONG,
  );

  it(
    'names the missing kernel and the installed ones',
    async () => {
      const script = notebookScript('report.ipynb');
      script.notebook!.kernel = 'python-nonexistent';
      const result = await run(script, {});
      expect(result.execution.status).toBe('failed');
      const reason = await readNotebookFailure(result.plan.failureFile);
      expect(reason).toMatch(
        /^The Jupyter kernel `python-nonexistent` is not installed for .*installed kernels: .*python3/,
      );
      expect(reason).toContain('pip install nbclient ipykernel');
    },
    LONG,
  );
});

describe('checks before the kernel starts', () => {
  it("reports an argument the parameters cell does not assign, naming the cell's parameters", async () => {
    const ws = workspace();
    const script = notebookScript('report.ipynb', [arg('scan_id'), arg('treshold', 'number')]);
    const problems = await checkNotebook(script, ws.root);
    expect(problems).toEqual([
      {
        message:
          'The `parameters` cell of `notebooks/report.ipynb` does not assign `treshold`, an argument of `report`, so its value would do nothing. The cell assigns: `scan_id`, `threshold`, `verbose`.',
        fix: "Did you mean `threshold`? Rename the argument or the notebook's variable so that they match.",
        field: 'treshold',
      },
    ]);
    await expect(
      planNotebook({
        script,
        args: { scan_id: 'x' },
        outputDir: ws.output,
        tempDir: ws.temp,
        workspaceRoot: ws.root,
      }),
    ).rejects.toThrow(RequestError);
  });

  it('reports a broken notebook with its path', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws.root, 'notebooks', 'broken.ipynb'), '{"cells": [');
    const problems = await checkNotebook(notebookScript('broken.ipynb'), ws.root);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(
      /^The notebook `notebooks\/broken.ipynb` is not valid JSON \(.+\); a .ipynb file is JSON.$/,
    );
  });

  it('reports a missing notebook, one outside the workspace, and keywords as argument names', async () => {
    const ws = workspace();
    expect((await checkNotebook(notebookScript('nope.ipynb'), ws.root))[0].message).toBe(
      'The notebook `notebooks/nope.ipynb` of script `report` does not exist.',
    );
    const outside = scriptOf('x', {
      command: [],
      notebook: { path: '../../../etc/x.ipynb', python: PYTHON },
    });
    expect((await checkNotebook(outside, ws.root))[0].message).toMatch(
      /does not exist|outside the workspace/,
    );
    const keyword = notebookScript('report.ipynb', [arg('lambda')]);
    expect((await checkNotebook(keyword, ws.root)).map((p) => p.message)).toContain(
      'The argument `lambda` of `report` is a reserved word in Python, so it cannot be a parameter of the Python notebook `notebooks/report.ipynb`.',
    );
  });
});
