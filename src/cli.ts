#!/usr/bin/env node
// `--version` is answered before anything else loads: the rest of the CLI is a chunk of its own.
import * as nodeModule from 'node:module';
import { VERSION } from './cli/version';

// The CLI runs again and again on the same machine: Node keeps the compiled code of its chunks on disk
// (in the temporary directory, or NODE_COMPILE_CACHE) and starts faster the next time. Node 22.1 and later.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  import('./cli/main')
    .then(
      ({ cli }) =>
        cli(argv).then((code) => {
          process.exitCode = code;
        }),
      (error: unknown) => {
        process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    )
    .catch((error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
