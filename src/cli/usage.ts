/**
 * The CLI's help texts (the whole CLI's, and one per command), the error that prints them, and how errors are
 * printed.
 */
import { formatProblems, UserError } from '../errors';
import { errorMessage } from '../shared/markdown';

const EXIT_CODES = `Exit codes:
  0    succeeded
  1    failed (the script failed, or the run could not finish)
  2    usage or manifest error (a wrong command line, no manifest, an invalid manifest)
  3    rejected (bad arguments, an unknown script or target, a refused request)
  4    timed out
  130  interrupted (Ctrl-C: the script is stopped, what it wrote is kept)`;

const COMMON = `Options of every command:
  --manifest FILE     The manifest (default: .github/script-dispatcher.yml, looked up from the current
                      directory upwards to the repository root)
  --root DIR          The repository root (default: the folder holding .github/ of that manifest)
  -h, --help          This help; \`script-dispatcher <command> --help\` explains one command`;

export const USAGE = `Usage: script-dispatcher <command> [options]

Commands:
  run <script>        Run a script or flow on this machine, as it runs in Actions.
  validate            Check the manifest (and, with --check-generated, the generated files).
  generate            Write the issue forms and the scripts table of README.md.
  list                List the scripts and flows.
  help <script>       Explain a script's arguments (or a flow's steps).
  route <EVENT.json>  Show which triggers an event would run, with which arguments, and why not the others.
  trace FILE [RECORD ...]
                      Which run, script, arguments and content commit produced FILE (from run records,
                      folders holding them, or downloaded artifact zips).
  init                Add a starter manifest and the workflows to this repository.

${COMMON}
  -V, --version       The version of script-dispatcher

${EXIT_CODES}`;

/** `script-dispatcher <command> --help`. */
export const COMMAND_HELP: Record<string, string> = {
  run: `Usage: script-dispatcher run <script> [--target T] [--arg name=value ...] [--content T=PATH]
                            [--dry-run] [--summary FILE] [--parallel N]

Runs a script or a flow on this machine with the same manifest, argument checks and environment as in Actions.
The content is the checkout given with --content, else a checkout that already exists at the target's
\`path\`, else a fresh clone. Outputs land in the script's outputs.path, else in
./script-dispatcher-output/<job>. A write script's changes are committed on a local branch; nothing is
pushed, and a checkout with uncommitted changes is refused.

Options:
  --parallel N        A fan-out script's legs at once (default: the CPUs)
  --target T          The content repository (a key of \`repositories:\`; default: the script's first)
  --arg name=value    An argument; repeat for each. \`--arg name=@FILE\` reads a csv/file argument from FILE
  --content T=PATH    Use the local checkout PATH for the target T
  --dry-run           Run, but commit nothing
  --summary FILE      Also write the Markdown report (what the job summary holds) to FILE

${COMMON}

${EXIT_CODES}`,
  validate: `Usage: script-dispatcher validate [--check-generated]

Checks the manifest and prints every problem with its position.

Options:
  --check-generated   Also check that the issue forms, the scripts table of README.md and the workflows'
                      list of scripts are up to date (fails when \`generate\` would change them)

${COMMON}

Exit codes: 0 valid, 1 generated files out of date, 2 invalid manifest or wrong command line.`,
  generate: `Usage: script-dispatcher generate

Writes the issue forms (.github/ISSUE_TEMPLATE/), the scripts table of README.md and the list of scripts of
the workflows from the manifest. Commit the result.

${COMMON}`,
  list: `Usage: script-dispatcher list

Prints one line per script: name, mode, targets and title, separated by tabs.

${COMMON}`,
  help: `Usage: script-dispatcher help [<script>]

Explains a script: what it does, its arguments, and how to run it. Without a script, lists them.

${COMMON}`,
  route: `Usage: script-dispatcher route <EVENT.json> [--event-name NAME]

Routes a saved event payload through the manifest's triggers, as the action would: which triggers would
run, with which arguments, and why the others would not. Without --event-name the event is told from the
payload; for a push the changed files are computed in this repository (fetching from its origin).

Options:
  --event-name NAME   The event (push, schedule, repository_dispatch, workflow_run, ...)
  -h, --help          This help`,
  trace: `Usage: script-dispatcher trace FILE [RECORD ...]

Hashes FILE and prints the run, step, script, arguments and content commit that produced a file with that
sha256, from the run records given: record.json files, folders holding them, or downloaded artifact zips
(default: the current directory).

Options:
  -h, --help          This help`,
  init: `Usage: script-dispatcher init

Sets up the git repository around the current directory: a commented starter manifest
(.github/script-dispatcher.yml) and the two workflows. A file that exists already is never overwritten.

Options:
  -h, --help          This help`,
};

/** How many positional arguments a command takes after its name (more are refused). */
export const POSITIONALS: Record<string, number> = {
  run: 1,
  validate: 0,
  generate: 0,
  list: 0,
  help: 1,
  init: 0,
  route: 1,
  trace: Infinity,
};

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show (the whole CLI's when undefined). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** The help of `command`, or the CLI's. */
export function helpText(command?: string): string {
  return (
    (command && Object.prototype.hasOwnProperty.call(COMMAND_HELP, command) && COMMAND_HELP[command]) || USAGE
  );
}

/** `name=value` of `--arg` and `--content`. */
export function splitPair(text: string, what: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`${what} must be name=value, got \`${text}\`.`, 'run');
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Where to read more: the command's help when the command is known. */
export function helpHint(command: string | undefined): string {
  const known = command !== undefined && POSITIONALS[command] !== undefined;
  return `See \`script-dispatcher ${known ? `${command} ` : ''}--help\`.`;
}

/** Prints an error; a UsageError or UserError is the user's (2, with the usage for the former). */
export function printError(error: unknown, code: number): number {
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
