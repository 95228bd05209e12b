import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadManifest } from '../manifest/load';
import { renderTerminalHelp } from '../report/terminal-help';
import { errorMessage } from '../shared/markdown';
import { generateCommand } from './commands/generate';
import { listCommand } from './commands/list';
import { routeCommand } from './commands/route';
import { runCommand } from './commands/run';
import { traceCommand } from './commands/trace';
import { validateCommand } from './commands/validate';
import { describeInit, initRepository } from './init';
import { locateManifest } from './locate-manifest';
import { helpHint, helpText, POSITIONALS, printError, UsageError } from './usage';
import { VERSION } from './version';

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
        return listCommand(manifest);
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
