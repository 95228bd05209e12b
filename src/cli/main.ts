import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, UserError } from '../errors';
import { loadManifest } from '../manifest/load';
import { renderTerminalHelp } from '../report/terminal-help';
import { errorMessage } from '../shared/markdown';
import { generateCommand } from './commands/generate';
import { routeCommand } from './commands/route';
import { runCommand } from './commands/run';
import { traceCommand } from './commands/trace';
import { validateCommand } from './commands/validate';
import { describeInit, initRepository } from './init';
import { helpText, POSITIONALS, UsageError } from './usage';
import { VERSION } from './version';

const MANIFEST = path.join('.github', 'script-dispatcher.yml');

/** Runs a CLI command; returns the process exit code (0 ok, 1 failed, 2 usage or manifest, 3, 4, 130: see usage). */
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
        summary: { type: 'string' },
        'dry-run': { type: 'boolean' },
        parallel: { type: 'string' },
        'check-generated': { type: 'boolean' },
        'event-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    const command = argv.find((a) => !a.startsWith('-'));
    process.stderr.write(`${errorMessage(error)}\n${helpHint(command)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version && !command) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!command || values.help) {
    process.stdout.write(`${helpText(command)}\n`);
    return command || values.help ? 0 : 2;
  }
  try {
    const allowed = POSITIONALS[command];
    if (allowed !== undefined && rest.length > allowed) {
      throw new UsageError(
        `\`${command}\` takes ${allowed === 0 ? 'no arguments' : `${allowed} argument`}; ` +
          `unexpected: ${rest
            .slice(allowed)
            .map((a) => `\`${a}\``)
            .join(' ')}.` +
          (command === 'run' ? ' Give arguments as `--arg name=value`.' : ''),
        command,
      );
    }
    if (command === 'trace') return await traceCommand(rest);
    if (command === 'init') {
      process.stdout.write(`${describeInit(await initRepository(process.cwd()))}\n`);
      return 0;
    }
    const { root, manifestPath } = await locateManifest(values.root, values.manifest);
    let manifest;
    try {
      manifest = await loadManifest(manifestPath, path.relative(process.cwd(), manifestPath) || manifestPath);
    } catch (error) {
      return printError(error, 2);
    }
    switch (command) {
      case 'run':
        if (!rest[0]) throw new UsageError('`run` needs the name of a script.', 'run');
        return await runCommand(manifest, root, rest[0], values);
      case 'validate':
        return await validateCommand(manifest, root, values['check-generated'] ?? false);
      case 'generate':
        return await generateCommand(manifest, root);
      case 'route':
        if (!rest[0]) throw new UsageError('`route` needs the file of an event payload (JSON).', 'route');
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
      case 'help': {
        const help = renderTerminalHelp(manifest, rest[0]);
        process.stdout.write(`${help.text}\n`);
        return help.found ? 0 : 3;
      }
      default:
        throw new UsageError(`Unknown command \`${command}\`.`);
    }
  } catch (error) {
    return printError(error, 1);
  }
}

function helpHint(command: string | undefined): string {
  const known = command !== undefined && POSITIONALS[command] !== undefined;
  return `See \`script-dispatcher ${known ? `${command} ` : ''}--help\`.`;
}

/** Prints an error; a UsageError or UserError is the user's (2, with the usage for the former). */
function printError(error: unknown, code: number): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${helpHint(error.command)}\n`);
    return 2;
  }
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    if (error.problems.length && !error.message.includes(error.problems[0].message)) {
      process.stderr.write(`${formatProblems(error.problems)}\n`);
    }
    return 2;
  }
  process.stderr.write(`error: ${errorMessage(error)}\n`);
  return code;
}

/**
 * The manifest and the repository root: `--manifest` (relative to the current directory) and `--root` when
 * given; else the nearest `.github/script-dispatcher.yml` from the current directory upwards, stopping at the
 * repository root (the first folder holding `.git`).
 */
async function locateManifest(
  rootOption: string | undefined,
  manifestOption: string | undefined,
): Promise<{ root: string; manifestPath: string }> {
  if (rootOption !== undefined || manifestOption !== undefined) {
    const root = path.resolve(rootOption ?? '.');
    const manifestPath = manifestOption ? path.resolve(manifestOption) : path.join(root, MANIFEST);
    return { root, manifestPath };
  }
  const start = process.cwd();
  for (let dir = start; ;) {
    const candidate = path.join(dir, MANIFEST);
    if (await exists(candidate)) return { root: dir, manifestPath: candidate };
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, '.git')))) break;
    dir = parent;
  }
  throw new UserError(
    `No manifest found: no ${MANIFEST} in ${start} or above it, up to the repository root.`,
    [
      {
        message: `No ${MANIFEST} here or in a parent folder.`,
        fix: 'Run the command inside your repository, give `--manifest FILE`, or create one with `script-dispatcher init`.',
      },
    ],
  );
}

async function exists(file: string): Promise<boolean> {
  return (await fs.lstat(file).catch(() => undefined)) !== undefined;
}
