/**
 * Reads the `args` input (and repository_dispatch's `client_payload.args`): a YAML/JSON mapping, or
 * `name=value` lines.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { Problem } from '../errors';
import type { RawArgument } from '../request/types';
import { code, showValue } from '../args/messages';

export interface ParsedArgs {
  /** Values by argument name, not yet checked against the script's arguments. */
  args: Record<string, RawArgument>;
  problems: Problem[];
}

/** A line that is meant as `name=value` (not indented, so YAML block scalars holding `a=b` do not count). */
const NAME_VALUE_LINE = /^[A-Za-z0-9_][\w.-]*[ \t]*=/;

const LINES_FIX =
  'Write one argument per line as `name=value` (e.g. `count=3`), or give a YAML/JSON mapping (`count: 3`).';

const NESTED_FIX =
  'Give one value (text, a number, or true/false). Several values go in one text value, in the form the ' +
  "argument's description asks for.";

/**
 * Parses the `args` input. It is read as a YAML/JSON mapping when it is one and no line looks like
 * `name=value`; otherwise as `name=value` lines (the value is everything after the first `=`, verbatim).
 */
export function parseArgsInput(text: string): ParsedArgs {
  if (text.trim() === '') return { args: {}, problems: [] };
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (!lines.some((line) => NAME_VALUE_LINE.test(line))) {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length === 0) {
      if (isMap(doc.contents)) return fromYamlMapping(doc);
      if (isSeq(doc.contents)) {
        return {
          args: {},
          problems: [
            {
              field: 'args',
              message: 'The arguments are a list; they must be a mapping of argument names to values.',
              fix: 'Give one `name: value` per line (e.g. `count: 3`) without a leading `- `, or `name=value` lines.',
            },
          ],
        };
      }
      // A lone scalar (a word, a sentence): read as lines, which reports what is wrong with them.
    } else if (looksLikeMapping(lines)) {
      const error = doc.errors[0]!;
      const where = positionOf(text, error.pos[0]);
      return {
        args: {},
        problems: [
          {
            field: 'args',
            message: `The arguments could not be read as YAML/JSON${where}: ${firstLine(error.message)}`,
            fix: LINES_FIX,
          },
        ],
      };
    }
  }
  return fromLines(lines);
}

/**
 * Reads `client_payload.args` of a repository_dispatch event: a JSON object of scalars, or a string in the
 * format of the `args` input. Missing (undefined or null) means no arguments.
 */
export function argsFromObject(obj: unknown): ParsedArgs {
  if (obj === undefined || obj === null) return { args: {}, problems: [] };
  if (typeof obj === 'string') return parseArgsInput(obj);
  if (typeof obj !== 'object' || Array.isArray(obj)) {
    return {
      args: {},
      problems: [
        {
          field: 'args',
          message: `The arguments must be an object of argument names to values, got ${showValue(obj)}.`,
          fix: 'Send `client_payload.args` as a JSON object such as `{"count": 3}`.',
        },
      ],
    };
  }
  const args: Record<string, RawArgument> = {};
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') setOwn(args, name, value);
    else if (typeof value === 'number') setOwn(args, name, Number.isFinite(value) ? value : String(value));
    else problems.push(nestedProblem(name, value));
  }
  return { args, problems };
}

function fromYamlMapping(doc: Document): ParsedArgs {
  const args: Record<string, RawArgument> = {};
  const problems: Problem[] = [];
  if (!isMap(doc.contents)) return { args, problems };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
      problems.push({
        field: 'args',
        message: 'One of the arguments has no name, or a name that is not plain text.',
        fix: 'Give each argument as `name: value`.',
      });
      continue;
    }
    const name = String(key);
    let node: unknown = pair.value;
    if (isAlias(node)) node = node.resolve(doc);
    if (node === null || node === undefined) setOwn(args, name, null);
    else if (isScalar(node)) setOwn(args, name, scalarValue(node));
    else problems.push(nestedProblem(name, isSeq(node) ? [] : {}));
  }
  return { args, problems };
}

/**
 * A scalar's value. Numbers and booleans are kept as such only when written the way JavaScript writes them
 * (`3`, `true`); otherwise the text as written (`1.10`, `0x10`, `Yes`), so a text argument gets exactly
 * what was typed and a number argument applies its own rules.
 */
function scalarValue(node: Scalar): RawArgument {
  const value: unknown = node.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const source = node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : String(value);
  if ((typeof value === 'number' || typeof value === 'boolean') && String(value) === source) return value;
  return source;
}

function fromLines(lines: string[]): ParsedArgs {
  const args: Record<string, RawArgument> = {};
  const problems: Problem[] = [];
  const seenOn = new Map<string, number>();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const lineNo = index + 1;
    const eq = line.indexOf('=');
    if (eq < 0) {
      problems.push({
        field: 'args',
        message: `Line ${lineNo} of the arguments, ${showValue(line)}, is not \`name=value\`.`,
        fix: LINES_FIX,
      });
      return;
    }
    const name = line.slice(0, eq).trim();
    if (name === '') {
      problems.push({
        field: 'args',
        message: `Line ${lineNo} of the arguments, ${showValue(line)}, has no name before \`=\`.`,
        fix: LINES_FIX,
      });
      return;
    }
    const first = seenOn.get(name);
    if (first !== undefined) {
      problems.push({
        field: name,
        message: `Argument ${code(name)} is given twice (lines ${first} and ${lineNo}).`,
        fix: 'Give each argument once.',
      });
    } else seenOn.set(name, lineNo);
    setOwn(args, name, line.slice(eq + 1));
  });
  return { args, problems };
}

function nestedProblem(name: string, value: unknown): Problem {
  const what = Array.isArray(value) ? 'a list' : 'a mapping';
  return {
    field: name,
    message: `Argument ${code(name)} is ${what}; each argument takes a single value.`,
    fix: NESTED_FIX,
  };
}

/** Text that is most likely meant as YAML/JSON: starts like JSON, or has a `key:` line. */
function looksLikeMapping(lines: string[]): boolean {
  const first = lines.find((line) => line.trim() !== '' && !line.trim().startsWith('#'))?.trim() ?? '';
  return first.startsWith('{') || lines.some((line) => /^\s*[^\s#][^:]*:(\s|$)/.test(line));
}

/** ` (line L, column C)` of an offset in the text. */
function positionOf(text: string, offset: number): string {
  if (!Number.isInteger(offset) || offset < 0) return '';
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** Sets an own property, even for names such as `__proto__`. */
function setOwn(target: Record<string, RawArgument>, name: string, value: RawArgument): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
