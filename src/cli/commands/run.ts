import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareCheckout, removeIfEmpty } from '../../adapters/local/checkout';
import { localPorts } from '../../adapters/local/ports';
import { Terminal, TerminalLog, TerminalReporter } from '../../adapters/local/terminal';
import { withFlowsAsScripts } from '../../forms/flows';
import type { Manifest, Script, Target } from '../../manifest/types';
import { dispatch } from '../../pipeline';
import { resolveScript, resolveTarget } from '../../plan/resolve';
import { argsFromObject } from '../../request/args';
import type { RunRequest } from '../../request/types';
import { Masker } from '../../shared/mask';
import { EXIT_CODES } from '../exit-codes';
import { fansOut, parallelOf, runFanOutLocally } from '../fan-out';
import { contentsOf, jobId, printReport, stopOnInterrupt } from '../local-run';
import { splitPair } from '../usage';

export interface RunOptions {
  target?: string;
  arg?: string[];
  content?: string[];
  summary?: string;
  'dry-run'?: boolean;
  /** Fan-out scripts: legs at once (default: the CPUs). */
  parallel?: string;
}

/** `run <script>`: the same request, checks and job as in Actions, on this machine. */
export async function runCommand(
  manifest: Manifest,
  root: string,
  scriptName: string,
  values: RunOptions,
): Promise<number> {
  const raw: Record<string, string> = {};
  for (const pair of values.arg ?? []) {
    const [name, value] = splitPair(pair, '--arg');
    raw[name] = value;
  }
  const contents = contentsOf(manifest, values.content ?? []);
  let script: Script | undefined;
  let target: Target | undefined;
  try {
    const named = withFlowsAsScripts(manifest);
    script = resolveScript(named, scriptName);
    target = resolveTarget(named, script, values.target);
  } catch {
    // The request is rejected below, with the same words as in Actions.
  }
  const terminalOut = process.stderr;
  if (target) {
    const refused = await prepareCheckout(root, script!, target, contents, values['dry-run'] ?? false);
    if (refused) {
      terminalOut.write(`${refused}\n`);
      return EXIT_CODES.rejected;
    }
  }

  const id = jobId();
  const token = process.env.GITHUB_TOKEN ?? '';
  const masker = new Masker(token ? [token] : []);
  const mask = masker.mask.bind(masker);
  const request: RunRequest = {
    kind: 'run',
    source: 'cli',
    script: scriptName,
    target: values.target,
    args: argsFromObject(raw).args,
    requester: process.env.GITHUB_ACTOR || os.userInfo().username,
    openPullRequest: false,
    dryRun: values['dry-run'] ?? false,
  };
  const terminal = new Terminal({ mask, dryRun: request.dryRun, script: script?.name ?? scriptName });
  const reporter = new TerminalReporter(terminal);
  const tempDir = path.join(os.tmpdir(), 'script-dispatcher', id);
  const outputDir = path.join(root, 'script-dispatcher-output', id);
  const abort = new AbortController();
  const interrupt = stopOnInterrupt(abort, (line) => terminal.line(line));
  const ports = localPorts({
    root,
    jobId: id,
    tempDir,
    outputDir,
    token,
    masker,
    contents,
    targetPath: target ? contents[target.key] : undefined,
    reporter,
    log: new TerminalLog(terminal),
    signal: abort.signal,
  });
  let result;
  try {
    result = fansOut(manifest, scriptName)
      ? await runFanOutLocally(request, manifest, ports, {
          parallel: parallelOf(values.parallel),
          outputDir,
          contents,
        })
      : await dispatch(request, manifest, ports);
  } finally {
    interrupt.dispose();
    terminal.close();
    await fs.rm(tempDir, { recursive: true, force: true });
    await removeIfEmpty(outputDir);
    await removeIfEmpty(path.dirname(outputDir));
  }
  const { report } = result;
  if (!report) {
    terminalOut.write(`${result.message}\n`);
    return EXIT_CODES[result.status] ?? 1;
  }
  await printReport(report, { style: terminal.style, mask, summary: values.summary });
  if (interrupt.interrupted) return EXIT_CODES.cancelled;
  return EXIT_CODES[report.status ?? 'failed'] ?? 1;
}
