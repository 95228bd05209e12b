// The manifest's JSON Schema compiled to a validating function at build time (ajv's standalone code), so the
// action does not compile it on every run. `npm run build` writes it; a unit test checks it is current.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_FILE = `${root}schema/script-dispatcher.schema.json`;
export const VALIDATOR_FILE = `${root}src/manifest/schema-validate.generated.js`;

const HEADER = `// Generated from schema/script-dispatcher.schema.json by scripts/manifest-validator.mjs (npm run build).
// Do not edit: change the schema and build.
/* eslint-disable */
`;

// JSON Schema counts a string's length in code points (ajv's runtime helper, which the module would require).
const CODE_POINTS = 'function codePoints(text) { let n = 0; for (const _ of text) n++; return n; }';

/** The module's source: `export default validate` (ajv's options: every error, verbose, strict). */
export function validatorSource() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  // Read by editors (VS Code, yaml-language-server) and by the messages of src/manifest/schema.ts.
  ajv.addVocabulary(['patternErrorMessage']);
  let code = standaloneCode(ajv, ajv.compile(schema));
  const helper = /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/;
  const found = helper.exec(code);
  if (found) code = code.replace(helper, `const ${found[1]} = codePoints;\n${CODE_POINTS}`);
  if (/\brequire\(/.test(code)) throw new Error('the generated validator still requires a module');
  return `${HEADER}${code}\n`;
}

export function writeValidator() {
  writeFileSync(VALIDATOR_FILE, validatorSource());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeValidator();
