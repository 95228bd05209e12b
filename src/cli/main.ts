import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, UserError } from '../errors';
import { loadManifest } from '../manifest/load';
import { renderHelpWithFlows } from '../report/flow-help';
import { errorMessage } from '../shared/markdown';
import { generateCommand } from './commands/generate';
import { routeCommand } from './commands/route';
import { runCommand } from './commands/run';
import { traceCommand } from './commands/trace';
import { validateCommand } from './commands/validate';
import { USAGE, UsageError } from './usage';

/** Runs a CLI command; returns the process exit code. */
export async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        manifest: { type: 'string' },
        root: { type: 'string' },
        target: { type: 'string' },
        arg: { type: 'string', multiple: true },
        content: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        parallel: { type: 'string' },
        'check-generated': { type: 'boolean' },
        'event-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'trace') return traceCommand(rest).catch((error: unknown) => usageOr(error));
  const root = path.resolve(values.root ?? '.');
  const manifestPath = values.manifest ?? '.github/script-dispatcher.yml';
  try {
    const manifest = await loadManifest(path.resolve(root, manifestPath), manifestPath);
    switch (command) {
      case 'run':
        if (!rest[0]) throw new UsageError('`run` needs the name of a script.');
        return await runCommand(manifest, root, rest[0], values);
      case 'validate':
        return await validateCommand(manifest, root, values['check-generated'] ?? false);
      case 'generate':
        return await generateCommand(manifest, root);
      case 'route':
        if (!rest[0]) throw new UsageError('`route` needs the file of an event payload (JSON).');
        return await routeCommand(manifest, root, rest[0], values['event-name']);
      case 'list':
        for (const script of Object.values(manifest.scripts)) {
          const targets = script.targets.join(', ') || '-';
          process.stdout.write(`${script.name}\t${script.mode}\t${targets}\t${script.title}\n`);
        }
        for (const flow of Object.values(manifest.flows ?? {})) {
          const targets = flow.targets.join(', ') || '-';
          process.stdout.write(`${flow.name}\tflow\t${targets}\t${flow.title}\n`);
        }
        return 0;
      case 'help':
        process.stdout.write(`${renderHelpWithFlows(manifest, rest[0], (t) => t)}\n`);
        return rest[0] &&
          !Object.hasOwn(manifest.scripts, rest[0]) &&
          !Object.hasOwn(manifest.flows ?? {}, rest[0])
          ? 1
          : 0;
      default:
        throw new UsageError(`Unknown command \`${command}\`.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      process.stderr.write(`${error.message}\n`);
      if (error.problems.length && !error.message.includes(error.problems[0].message)) {
        process.stderr.write(`${formatProblems(error.problems)}\n`);
      }
      return 1;
    }
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return 1;
  }
}

/** A usage mistake prints the usage (exit 2); anything else is an error (exit 1). */
function usageOr(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  process.stderr.write(`error: ${errorMessage(error)}\n`);
  return 1;
}
