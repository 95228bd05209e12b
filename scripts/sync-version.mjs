// Writes the version of package.json into src/cli/version.ts, which the bundled CLI prints for `--version`.
// `npm version X.Y.Z` runs it (the "version" script), then rebuilds dist/ and adds both to the commit.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/cli/version.ts';
const text =
  '/** The version of the package, printed by `script-dispatcher --version` (`npm version` keeps it in step). */\n' +
  `export const VERSION = '${version}';\n`;
if (readFileSync(file, 'utf8') !== text) {
  writeFileSync(file, text);
  process.stdout.write(`${file}: ${version}\n`);
}
