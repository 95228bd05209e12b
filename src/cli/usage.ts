/** The CLI's usage text, and the error that prints it. */
export const USAGE = `Usage: script-dispatcher <command> [options]

Commands:
  run <script> [--target T] [--arg name=value ...] [--content T=PATH] [--dry-run] [--parallel N]
                      Run a script locally, as it runs in Actions (a fan-out script's legs N at a
                      time, default: the CPUs).
  validate [--check-generated]
                      Check the manifest (and that the issue forms are up to date).
  generate            Write the issue forms (.github/ISSUE_TEMPLATE/) and the scripts table of README.md.
  route <EVENT.json> [--event-name NAME]
                      Show which triggers an event would run, with which arguments, and why not the others.
  list                List the scripts.
  help <script>       Explain a script's arguments.
  trace FILE [RECORD ...]
                      Which run, script, arguments and content commit produced FILE, from run records,
                      folders holding them, or downloaded artifact zips (default: the current directory).

Options:
  --manifest FILE     The manifest (default: .github/script-dispatcher.yml)
  --root DIR          The repository root (default: the current directory)`;

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** `name=value` of `--arg` and `--content`. */
export function splitPair(text: string, what: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`${what} must be name=value, got \`${text}\`.`);
  return [text.slice(0, at), text.slice(at + 1)];
}
