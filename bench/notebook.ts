/**
 * Notebook preparation: for a 500-cell notebook holding 200 displayed PNG images (30 KB each), the
 * TypeScript side of a notebook run: read and parse the notebook, inject the parameters (papermill's
 * rules), write the parameterized copy, and decode the 200 figures (src/notebook/figures.ts; the runner
 * applies the same rules in Python). Writing the figure files is reported beside it. The kernel's own time
 * is not part of it.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../src/notebook/figures';
import { injectParameters } from '../src/notebook/inject';
import { parseNotebook, type Notebook, type NotebookCell } from '../src/notebook/ipynb';
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
