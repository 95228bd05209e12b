// `npm run bench`: bundles bench/main.ts (which uses the TypeScript end-to-end harness in test/support/)
// with ncc into .bench/build, then runs it with Node 24 (node_modules/.bin/node), the runtime of the action.
// It measures dist/ as it is: build it first (`npm run build`) to measure changed sources.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const out = '.bench/build';
rmSync(out, { recursive: true, force: true });
mkdirSync('.bench', { recursive: true });
process.stderr.write('Bundling bench/main.ts...\n');
execFileSync(
  process.execPath,
  ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/main.ts', '-o', out, '--quiet'],
  { stdio: 'inherit' },
);
writeFileSync(`${out}/package.json`, '{"type":"module"}\n');

const child = spawn(
  path.join('node_modules', '.bin', 'node'),
  [`${out}/index.js`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
// Ctrl-C reaches the bench itself (same process group): it stops what it started, and this ends with it.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 128 : 1);
});
