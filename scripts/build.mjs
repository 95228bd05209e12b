// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { writeValidator } from './manifest-validator.mjs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
// The manifest schema's validator, compiled once here instead of on every run.
writeValidator();
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
  writeFileSync(`${out}/package.json`, '{"type":"module"}\n');
  // Notebook scripts run it with their Python (src/notebook/plan.ts finds it beside the bundle).
  cpSync('src/notebook/runner.py', `${out}/notebook/runner.py`);
}
