/** Medians, ranges and the results table. */

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Row {
  name: string;
  /** e.g. `< 150 ms`. */
  target: string;
  unit: 'ms' | 's' | 'MB' | 'x';
  /** Every run's value, in `unit`. */
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** Whether the median meets the target; undefined when the measurement could not be made. */
  pass?: boolean;
  /** What went wrong, when it did. */
  error?: string;
  /** More figures: components, the floor, caveats. */
  details: string[];
}

export function row(
  name: string,
  target: { text: string; unit: Row['unit']; meets: (median: number) => boolean },
  samples: number[],
  details: string[] = [],
): Row {
  const m = median(samples);
  return {
    name,
    target: target.text,
    unit: target.unit,
    samples,
    median: m,
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN,
    pass: samples.length ? target.meets(m) : undefined,
    details,
  };
}

export function failedRow(name: string, target: string, unit: Row['unit'], error: string): Row {
  return { name, target, unit, samples: [], median: NaN, min: NaN, max: NaN, error, details: [] };
}

export function format(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return '-';
  switch (unit) {
    case 'ms':
      return `${value.toFixed(0)} ms`;
    case 's':
      return `${value.toFixed(2)} s`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'x':
      return value.toFixed(2);
  }
}

function measured(r: Row): string {
  if (r.samples.length === 0) return '-';
  const range =
    r.samples.length > 1
      ? ` (${format(r.min, r.unit)} – ${format(r.max, r.unit)}, n=${r.samples.length})`
      : '';
  return `${format(r.median, r.unit)}${range}`;
}

function verdict(r: Row): string {
  if (r.error) return 'ERROR';
  if (r.pass === undefined) return '-';
  return r.pass ? 'pass' : 'FAIL';
}

/** A Markdown table (readable as is in a terminal), then the details of each row. */
export function renderTable(rows: Row[]): string {
  const header = ['measurement', 'target', 'measured: median (min – max, runs)', 'result'];
  const cells = rows.map((r) => [r.name, r.target, measured(r), verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
  const notes: string[] = [];
  for (const r of rows) {
    const lines = [...(r.error ? [`error: ${r.error}`] : []), ...r.details];
    if (lines.length) notes.push(`${r.name}:`, ...lines.map((l) => `  - ${l}`));
  }
  return [...out, '', ...notes].join('\n');
}
