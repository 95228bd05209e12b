/**
 * Notebook preparation: for a 500-cell notebook holding 200 displayed PNG images (30 KB each), the
 * TypeScript side of a notebook run: read and parse the notebook, inject the parameters (papermill's
 * rules), write the parameterized copy, and decode the 200 figures (src/notebook/figures.ts; the runner
 * applies the same rules in Python). Writing the figure files is reported beside it. The kernel's own time
 * is not part of it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../src/notebook/figures';
import { injectParameters } from '../src/notebook/inject';
import { parseNotebook, type Notebook, type NotebookCell } from '../src/notebook/ipynb';
import { PROJECT_ROOT } from '../test/support/runner';
import { median, row, type Row } from './stats';

export const NOTEBOOK_PREP = {
  name: 'Notebook: injection + figure extraction (500 cells, 200 images)',
  target: '< 200 ms',
  unit: 'ms' as const,
};
const RUNS = 7;

function bigNotebook(): Notebook {
  const image = Buffer.alloc(30_000);
  for (let i = 0; i < image.length; i++) image[i] = (i * 31) % 251;
  const png = image
    .toString('base64')
    .match(/.{1,76}/g)!
    .map((line) => `${line}\n`);
  const cells: NotebookCell[] = [
    {
      cell_type: 'code',
      metadata: { tags: ['parameters'] },
      source: 'a = 1\nb = "x"\n',
      outputs: [],
      execution_count: 1,
    },
  ];
  let images = 0;
  for (let i = 2; i <= 500; i++) {
    const withImage = images < 200 && i % 5 < 3;
    if (withImage) images += 1;
    cells.push({
      cell_type: 'code',
      metadata: {},
      execution_count: i,
      source: [`x${i} = compute(${i})\n`, `plot(x${i})\n`],
      outputs: withImage
        ? [
            {
              output_type: 'display_data',
              metadata: {},
              data: { 'image/png': png, 'text/plain': ['<Figure>'] },
            },
          ]
        : [{ output_type: 'stream', name: 'stdout', text: [`value ${i}\n`] }],
    });
  }
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', language: 'python' } },
    cells,
  };
}

export async function measureNotebookPrep(): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'sd-bench-notebook-'));
  try {
    const source = join(dir, 'big.ipynb');
    const nb = bigNotebook();
    await writeFile(source, JSON.stringify(nb, null, 1));
    const images = extractFigures(nb).length;
    if (images !== 200) throw new Error(`the bench notebook holds ${images} images, not 200`);
    const samples: number[] = [];
    const writes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = join(dir, `run-${run}`);
      await mkdir(join(out, 'figures'), { recursive: true });
      const start = performance.now();
      const notebook = parseNotebook(await readFile(source, 'utf8'), 'big.ipynb');
      injectParameters(notebook, 'python', [
        ['scan_id', 'S-1'],
        ['threshold', 0.5],
      ]);
      await writeFile(join(out, 'input.ipynb'), JSON.stringify(notebook));
      const figures = extractFigures(notebook);
      samples.push(performance.now() - start);
      const written = performance.now();
      await Promise.all(figures.map((f) => writeFile(join(out, f.path), f.data)));
      writes.push(performance.now() - written);
    }
    const size = (JSON.stringify(nb).length / 1e6).toFixed(1);
    return row(
      NOTEBOOK_PREP.name,
      { text: NOTEBOOK_PREP.target, unit: 'ms', meets: (m) => m < 200 },
      samples,
      [
        `notebook of ${size} MB: read, parse, inject, write the parameterized copy, decode the 200 images; ${RUNS} runs`,
        `writing the 200 figure files (done by the runner in Python in a real run): median ${median(writes).toFixed(0)} ms more`,
      ],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const NOTEBOOK_RUN = {
  name: 'Notebook: 30 light cells, CLI run vs nbclient directly',
  target: '≤ 1.15x',
  unit: 'x' as const,
};
/** The interpreter of both sides: Debian's, where python3-nbclient and python3-ipykernel are installed. */
const PYTHON = process.env.BENCH_NOTEBOOK_PYTHON ?? '/usr/bin/python3';
const PAIRS = 7;

function lightNotebook(): string {
  const cells = [
    { cell_type: 'code', metadata: { tags: ['parameters'] }, source: 'scale = 1\n', outputs: [] },
    ...Array.from({ length: 29 }, (_, i) => ({
      cell_type: 'code',
      metadata: {},
      source: `x${i} = ${i} * scale\nprint("cell", x${i})\n`,
      outputs: [],
    })),
  ].map((cell, i) => ({ ...cell, id: `c${i}`, execution_count: null }));
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    cells,
  });
}

/** The same notebook, executed and saved with nbclient's API: the floor a notebook run cannot beat. */
const DIRECT = `
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": sys.argv[3]}}).execute()
nbformat.write(nb, sys.argv[2])
`;

function timed(argv: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    execFile(
      argv[0],
      argv.slice(1),
      { cwd, env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${argv.slice(0, 3).join(' ')} failed: ${stderr || stdout || error.message}`));
        else resolve(performance.now() - start);
      },
    );
  });
}

/**
 * A 30-cell notebook of light cells, run through the bundled CLI (`node dist/cli/index.js run`: manifest,
 * checks, injection, the runner with its per-cell saves, figures and HTML, the outputs) and executed directly
 * with nbclient's API in the same interpreter and kernel, alternately, PAIRS times each. The ratio of the
 * medians of the wall times.
 */
export async function measureNotebookRun(node: string): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'sd-bench-nb-run-'));
  try {
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, 'light.ipynb'), lightNotebook());
    await writeFile(
      join(dir, '.github', 'script-dispatcher.yml'),
      `version: 1\nscripts:\n  light:\n    notebook: light.ipynb\n    python: ${PYTHON}\n    targets: []\n    args:\n      scale: { type: number, default: 2 }\n`,
    );
    await writeFile(join(dir, 'direct.py'), DIRECT);
    const cli = join(PROJECT_ROOT, 'dist', 'cli', 'index.js');
    const runCli = () => timed([node, cli, 'run', 'light'], dir);
    const runDirect = () => timed([PYTHON, 'direct.py', 'light.ipynb', 'direct-out.ipynb', dir], dir);
    // One of each to warm the file cache and Python's bytecode.
    await runCli();
    await runDirect();
    const cliTimes: number[] = [];
    const directTimes: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      if (i % 2 === 0) {
        cliTimes.push(await runCli());
        directTimes.push(await runDirect());
      } else {
        directTimes.push(await runDirect());
        cliTimes.push(await runCli());
      }
    }
    const ratios = cliTimes.map((t, i) => t / directTimes[i]);
    const row_ = row(
      NOTEBOOK_RUN.name,
      { text: NOTEBOOK_RUN.target, unit: 'x', meets: (m) => m <= 1.15 },
      ratios,
      [
        `CLI run: median ${median(cliTimes).toFixed(0)} ms; nbclient directly: median ${median(directTimes).toFixed(0)} ms (${PYTHON}, kernel python3, ${PAIRS} alternating pairs)`,
        `ratio of the medians ${(median(cliTimes) / median(directTimes)).toFixed(2)}x; the CLI side includes Node's start, the manifest and notebook checks, the per-cell saves and the HTML copy`,
      ],
    );
    return row_;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
