/**
 * Reads the manifest: YAML, then the published JSON Schema, then the rules a schema cannot say. Every
 * problem comes back at once, each at its line and column, or the typed manifest with defaults applied.
 */
import { readFile } from 'node:fs/promises';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { ManifestError, type ManifestProblem, type Position } from '../errors';
import { buildManifest } from './build';
import { checkManifest } from './check';
import { createLocator } from './locate';
import type { RawManifest } from './raw';
import { checkSchema } from './schema';
import type { Manifest } from './types';
import { describeValue } from './words';

const FIX_MISSING =
  'Create it (start from the example in the README), or set the `manifest` input (CLI: `--manifest`) to where your manifest is.';

/** Reads and checks the manifest at `path`; `displayPath` is how messages name it (default: `path`). */
export async function loadManifest(path: string, displayPath: string = path): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const start: Position = { file: displayPath, line: 1, column: 1 };
    const message =
      code === 'ENOENT'
        ? `No manifest found at \`${displayPath}\`.`
        : code === 'EISDIR'
          ? `The manifest path \`${displayPath}\` is a directory, not a file.`
          : `The manifest at \`${displayPath}\` could not be read: ${(error as Error).message}.`;
    throw new ManifestError([{ message, fix: FIX_MISSING, position: start }]);
  }
  return parseManifest(text, displayPath);
}

/** Checks the manifest `text`; `file` names it in messages and becomes `Manifest.file`. */
export function parseManifest(text: string, file: string): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  const syntax = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, doc, text, at));
  if (syntax.length > 0) throw new ManifestError(inOrder(syntax));

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new ManifestError([
      {
        message: `The manifest \`${file}\` is empty.`,
        fix: 'Start it with `version: 1` and a `scripts:` mapping (see the example in the README).',
        position: { file, line: 1, column: 1 },
      },
    ]);
  }
  if (!isMap(root)) {
    throw new ManifestError([
      {
        message: `The manifest must be a mapping of keys such as \`version\` and \`scripts\` (got ${
          isScalar(root) ? describeValue(root.value) : isSeq(root) ? 'a list' : 'something else'
        }).`,
        fix: 'Start it with `version: 1` and a `scripts:` mapping (see the example in the README).',
        position: at(root.range?.[0] ?? 0),
      },
    ]);
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // For example a billion-laughs document: too many aliases.
    throw new ManifestError([
      { message: `The manifest could not be read as YAML: ${(error as Error).message}`, position: at(0) },
    ]);
  }
  const locator = createLocator(doc, lineCounter, file);
  const problems = [...checkSchema(data, locator), ...checkManifest(data, locator)];
  if (problems.length > 0) throw new ManifestError(inOrder(problems));
  return buildManifest(data as RawManifest, file);
}

function yamlProblem(
  error: YAMLError,
  doc: Document,
  text: string,
  at: (offset: number) => Position,
): ManifestProblem {
  const position = at(error.pos[0]);
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const first = firstOccurrence(doc, error.pos[0]);
      const key =
        first?.key ??
        text
          .slice(error.pos[0])
          .split(/:\s|:$|\n/)[0]
          .trim();
      return {
        message: `The key \`${key}\` appears twice in the same mapping${
          first ? ` (first on line ${at(first.offset).line})` : ''
        }.`,
        fix: 'Keep one of them: remove or rename the other.',
        position,
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        message: 'The manifest must be one YAML document, but `---` starts a second one here.',
        fix: 'Remove the `---` line, or move what follows into the first document.',
        position,
      };
    case 'TAB_AS_INDENT':
      return { message: 'YAML does not allow tabs for indentation.', fix: 'Indent with spaces.', position };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: `YAML syntax error: ${error.message.replace(/\.?$/, '.')}`,
        fix: 'Put the value in quotes when it contains `: `.',
        position,
      };
    case 'TAG_RESOLVE_FAILED':
      return {
        message: `${error.message}: the manifest uses no YAML tags.`,
        fix: 'Remove the `!tag`; put the value in quotes if it starts with `!`.',
        position,
      };
    default:
      return {
        message: `YAML syntax error: ${error.message.replace(/\.?$/, '.')}`,
        fix: 'Check the indentation and the quotes here, and that each key is followed by `: `.',
        position,
      };
  }
}

/** The key and offset of the first pair with the same key as the one starting at `offset`. */
function firstOccurrence(doc: Document, offset: number): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const pairs = map.items.filter(isPair);
      const duplicate = pairs.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!duplicate || !isScalar(duplicate.key)) return undefined;
      const key = String(duplicate.key.value);
      const first = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (first && isScalar(first.key) && first.key.range) found = { key, offset: first.key.range[0] };
      return visit.BREAK;
    },
  });
  return found;
}

/** By position, each problem once. */
function inOrder(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.position.line}:${p.position.column}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}
