/** Words for what happened to a script: durations, command lines, reasons it could not start. */

import { access, stat } from 'node:fs/promises';
import path from 'node:path';

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** `300 ms`, `1 second`, `1.5 minutes`, `2 hours`. */
export function describeDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'forever';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return plural(oneDecimal(ms / 1000), 'second');
  if (ms < 3_600_000) return plural(oneDecimal(ms / 60_000), 'minute');
  return plural(oneDecimal(ms / 3_600_000), 'hour');
}

/** A command line as a reader would type it: elements that need it are quoted, control characters escaped. */
export function describeCommand(argv: readonly string[]): string {
  return argv.map(quote).join(' ');
}

function quote(arg: string): string {
  if (arg !== '' && /^[\w@%+=:,./-]+$/.test(arg)) return arg;
  // Control characters (a newline would end a log group title) are shown escaped, the way JSON does.
  if (/[\u0000-\u001f\u007f]/.test(arg)) return JSON.stringify(arg);
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export interface StartFailure {
  reason: string;
  /** Whether starting again could work (a full process table), or not (no such command). */
  retriable: boolean;
}

/** Why `argv[0]` could not be started, in words that point at the manifest field to fix. */
export async function describeStartFailure(
  argv0: string,
  cwd: string,
  error: unknown,
): Promise<StartFailure> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const what = `could not start \`${argv0}\``;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    if (!(await isDirectory(cwd))) {
      return {
        reason: `${what}: the working directory \`${cwd}\` does not exist (check \`working-directory\` in the manifest)`,
        retriable: false,
      };
    }
    if (argv0.includes('/') && (await exists(path.resolve(cwd, argv0)))) {
      return {
        reason: `${what}: the interpreter on its \`#!\` line was not found (check the script's first line)`,
        retriable: false,
      };
    }
    return { reason: `${what}: command not found (check \`command\` in the manifest)`, retriable: false };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      reason: `${what}: permission denied (is it an executable file? check \`command\` in the manifest)`,
      retriable: false,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    reason: `${what}: ${message}`,
    retriable: code === 'EAGAIN' || code === 'EMFILE' || code === 'ENFILE',
  };
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
