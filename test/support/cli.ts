import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { NODE24, PROJECT_ROOT } from './runner';

/** The bundled CLI. */
export const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'index.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI under Node 24 in `cwd`, with only PATH, HOME (= `cwd`) and `env` in its environment. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      NODE24,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
