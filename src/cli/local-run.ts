/** What `run` needs besides the ports: its job id, its `--content` pairs, Ctrl-C, and the report printed. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Terminal } from '../adapters/local/terminal';
import type { Manifest } from '../manifest/types';
import { renderSummary } from '../report/summary';
import { renderTerminalSummary } from '../report/terminal';
import type { RunReport } from '../report/types';
import { own } from '../shared/own';
import { splitPair, UsageError } from './usage';

/** `local-<date>-<time>-<4 random characters>`. */
export function jobId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `local-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/** `--content KEY=PATH` pairs: every key must be a target of the manifest. */
export function contentsOf(manifest: Manifest, pairs: string[]): Record<string, string> {
  const contents: Record<string, string> = {};
  for (const pair of pairs) {
    const [key, dir] = splitPair(pair, '--content');
    if (!own(manifest.repositories, key)) {
      const keys = Object.keys(manifest.repositories);
      throw new UsageError(
        `--content: \`${key}\` is not a target of the manifest. ` +
          (keys.length ? `The targets are: ${keys.join(', ')}.` : 'The manifest has no `repositories:`.'),
        'run',
      );
    }
    contents[key] = path.resolve(dir);
  }
  return contents;
}

/** Ctrl-C (or SIGTERM) stops the script through `abort` and keeps what it wrote; a second one exits at once. */
export function stopOnInterrupt(abort: AbortController, say: (line: string) => void) {
  const state = { interrupted: false, dispose: () => undefined as void };
  const onSignal = (signal: NodeJS.Signals) => {
    if (state.interrupted) process.exit(130);
    state.interrupted = true;
    say(`${signal === 'SIGINT' ? 'Interrupted' : `Got ${signal}`}: stopping the script…`);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  state.dispose = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  return state;
}

/** The report on the terminal, and as Markdown in `summary` when it is given. */
export async function printReport(
  report: RunReport,
  options: { style: Terminal['style']; mask: (text: string) => string; summary?: string },
): Promise<void> {
  const { style, mask, summary } = options;
  const out = process.stderr;
  out.write(`\n${renderTerminalSummary(report, { style, mask, local: true, columns: out.columns })}\n`);
  if (summary) {
    const file = path.resolve(summary);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${renderSummary(report, mask, { local: true })}\n`);
    out.write(`The Markdown report is in ${summary}\n`);
  }
}
