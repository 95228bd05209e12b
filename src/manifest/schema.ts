/**
 * The published JSON Schema of the manifest, and its errors turned into problems a person can act on:
 * one message per place, naming the field, what was expected and what was found.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schema/script-dispatcher.schema.json' with { type: 'json' };
import type { ManifestProblem } from '../errors';
import { describePath, pointerToPath, type Locator, type ManifestPath } from './locate';
import validateSchema from './schema-validate.generated.js';
import { closest } from '../shared/similar';
import { andList, codeList, describeValue, orList } from './words';

/** The JSON Schema users point their editors at (`schema/script-dispatcher.schema.json`). */
export const manifestSchema = schema;

/** A schema node as the messages read it. */
interface SchemaNode {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, unknown>;
  patternErrorMessage?: string;
}

/**
 * The schema's validator (draft-07, every error, verbose, strict about the schema itself), compiled when the
 * project is built: `src/manifest/schema-validate.generated.js`, written by `scripts/manifest-validator.mjs`.
 */
export function manifestValidator(): ValidateFunction {
  return validateSchema;
}

/** Validates `data` (the manifest as plain values) against the schema; every problem, with its position. */
export function checkSchema(data: unknown, locator: Locator): ManifestProblem[] {
  const validate = manifestValidator();
  if (validate(data)) return [];
  return problemsFromAjv(validate.errors ?? [], data, locator);
}

/** Script-only keys: under `defaults` they get a message of their own. */
const SCRIPT_ONLY_KEYS = Object.keys(schema.definitions.script.properties).filter(
  (key) => !(key in schema.properties.defaults.properties),
);

const REQUIRED_FIXES: Record<string, string> = {
  version: 'Add `version: 1` at the top of the file.',
  scripts: 'Add `scripts:` with at least one script under it.',
  command: 'Add `command: [program, argument, ...]`.',
  repository: 'Add `repository: owner/name`.',
  type: `Add \`type:\` with one of: ${schema.definitions.arg.properties.type.enum.join(', ')}.`,
};

/**
 * Turns ajv's errors (made with `allErrors` and `verbose`) into one problem per place: the alternatives of a
 * `oneOf`/`anyOf` become one message, several failed keywords on one value keep the most telling one, and
 * several missing keys of one mapping become one message.
 */
export function problemsFromAjv(errors: ErrorObject[], data: unknown, locator: Locator): ManifestProblem[] {
  // Alternatives: keep the oneOf/anyOf error itself, drop what each branch said.
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'propertyNames' &&
      e.keyword !== 'if' &&
      !alternatives.some(
        (alt) =>
          e !== alt &&
          e.schemaPath.startsWith(`${alt.schemaPath}/`) &&
          (e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`)),
      ),
  );

  const groups = new Map<string, ErrorObject[]>();
  for (const e of kept) {
    const key = placeOf(e);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }

  const problems: ManifestProblem[] = [];
  for (const group of groups.values()) {
    const path = pointerToPath(group[0].instancePath, data);
    if (group[0].keyword === 'required') {
      problems.push(missing(path, group, locator));
    } else {
      problems.push(translate(mostTelling(group), path, locator));
    }
  }
  return problems;
}

/** Errors about the same place share a key: the value, a key of a mapping, or the missing keys of a mapping. */
function placeOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `${e.instancePath}\0key\0${additionalKey(e)}`;
  if (e.propertyName !== undefined) return `${e.instancePath}\0key\0${e.propertyName}`;
  if (e.keyword === 'required') return `${e.instancePath}\0required`;
  if (e.keyword === 'uniqueItems') return `${e.instancePath}/${laterDuplicate(e)}`;
  return e.instancePath;
}

const PRIORITY = ['oneOf', 'anyOf', 'const', 'enum', 'type'];
function mostTelling(group: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => {
    const i = PRIORITY.indexOf(e.keyword);
    return i === -1 ? PRIORITY.length : i;
  };
  return [...group].sort((a, b) => rank(a) - rank(b))[0];
}

function missing(path: ManifestPath, group: ErrorObject[], locator: Locator): ManifestProblem {
  const names = group.map((e) => String((e.params as { missingProperty: string }).missingProperty));
  const where = path.length === 0 ? 'The manifest' : `\`${describePath(path)}\``;
  const message = `${where} is missing ${andList(names.map((n) => `\`${n}\``))}, which ${
    names.length === 1 ? 'is' : 'are'
  } required.`;
  const fixes = names.map((n) => REQUIRED_FIXES[n]).filter(Boolean);
  return locator.problem(path, 'key', message, fixes.length ? fixes.join(' ') : undefined);
}

function translate(e: ErrorObject, path: ManifestPath, locator: Locator): ManifestProblem {
  const where = `\`${describePath(path)}\``;
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const got = describeValue(e.data);

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = additionalKey(e);
      const allowed = Object.keys(parent.properties ?? {});
      const keyPath = [...path, key];
      if (path.length === 1 && path[0] === 'defaults' && SCRIPT_ONLY_KEYS.includes(key)) {
        return locator.problem(
          keyPath,
          'key',
          `\`${key}\` cannot have a default; allowed keys under \`defaults\`: ${allowed.join(', ')}.`,
          `Set \`${key}\` on each script instead.`,
        );
      }
      const there = path.length === 0 ? 'at the top level' : `in ${where}`;
      const guess = closest(key, allowed);
      return locator.problem(
        keyPath,
        'key',
        `Unknown key \`${key}\` ${there}; allowed keys there: ${allowed.join(', ')}.`,
        guess ? `Did you mean \`${guess}\`?` : undefined,
      );
    }
    case 'pattern': {
      const expected = parent.patternErrorMessage ?? `text matching \`${String(e.schema)}\``;
      if (e.propertyName !== undefined) {
        const keyPath = [...path, e.propertyName];
        return locator.problem(
          keyPath,
          'key',
          `The name \`${e.propertyName}\` in ${where} is not allowed: use ${expected}.`,
          'Rename it.',
        );
      }
      return locator.problem(path, 'value', `${where} must be ${expected} (got ${got}).`);
    }
    case 'type': {
      const types = ([] as string[]).concat((e.params as { type: string | string[] }).type);
      return locator.problem(
        path,
        'value',
        `${where} must be ${typePhrase(types)} (got ${got}).`,
        typeFix(types, e.data),
      );
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return locator.problem(
        path,
        'value',
        `${where} must be one of: ${allowed.join(', ')} (got ${got}).`,
        guess ? `Did you mean \`${guess}\`?` : undefined,
      );
    }
    case 'const': {
      const allowed = (e.params as { allowedValue: unknown }).allowedValue;
      if (path.length === 1 && path[0] === 'version') {
        return locator.problem(
          path,
          'value',
          `\`version\` must be ${String(allowed)} (got ${got}).`,
          `This Script Dispatcher reads manifest format ${String(allowed)}: write \`version: ${String(allowed)}\`.`,
        );
      }
      return locator.problem(path, 'value', `${where} must be \`${String(allowed)}\` (got ${got}).`);
    }
    case 'oneOf':
    case 'anyOf': {
      const branches = Array.isArray(e.schema) ? (e.schema as SchemaNode[]) : [];
      return locator.problem(
        path,
        'value',
        `${where} must be ${orList(branches.map(branchPhrase))} (got ${got}).`,
      );
    }
    case 'minProperties': {
      const limit = (e.params as { limit: number }).limit;
      if (path.length === 1 && path[0] === 'scripts') {
        return locator.problem(
          path,
          'value',
          '`scripts` must hold at least one script.',
          'Add a script under `scripts`.',
        );
      }
      return locator.problem(
        path,
        'value',
        `${where} must have at least ${limit} entr${limit === 1 ? 'y' : 'ies'}.`,
      );
    }
    case 'minItems': {
      const limit = (e.params as { limit: number }).limit;
      return locator.problem(
        path,
        'value',
        limit === 1 ? `${where} must not be an empty list.` : `${where} must have at least ${limit} items.`,
      );
    }
    case 'minLength':
      return locator.problem(
        path,
        'value',
        `${where} must not be empty.`,
        'Give a value, or remove the key.',
      );
    case 'exclusiveMinimum':
      return locator.problem(
        path,
        'value',
        `${where} must be greater than ${String((e.params as { limit: number }).limit)} (got ${got}).`,
      );
    case 'minimum':
      return locator.problem(
        path,
        'value',
        `${where} must be at least ${String((e.params as { limit: number }).limit)} (got ${got}).`,
      );
    case 'maximum':
      return locator.problem(
        path,
        'value',
        `${where} must be at most ${String((e.params as { limit: number }).limit)} (got ${got}).`,
      );
    case 'uniqueItems': {
      const later = laterDuplicate(e);
      const earlier = Math.min(
        (e.params as { i: number; j: number }).i,
        (e.params as { i: number; j: number }).j,
      );
      const items = Array.isArray(e.data) ? e.data : [];
      const itemPath = [...path, later];
      return locator.problem(
        itemPath,
        'value',
        `${where} lists ${describeValue(items[later])} twice (items ${earlier + 1} and ${later + 1}).`,
        'Remove the duplicate.',
      );
    }
    default:
      return locator.problem(path, 'value', `${where} ${e.message ?? 'is not valid'}.`);
  }
}

function additionalKey(e: ErrorObject): string {
  return String((e.params as { additionalProperty: string }).additionalProperty);
}

function laterDuplicate(e: ErrorObject): number {
  const { i, j } = e.params as { i: number; j: number };
  return Math.max(i, j);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

/** Numbers and booleans are accepted where text is expected, so "a string" says it all. */
function typePhrase(types: string[]): string {
  if (types.includes('string')) return TYPE_WORDS.string;
  return orList(types.map((t) => TYPE_WORDS[t] ?? t));
}

function typeFix(types: string[], data: unknown): string | undefined {
  if (types.includes('array') && !Array.isArray(data)) {
    return 'Write a list: `[first, second]`, or one `- item` per line.';
  }
  if (types.includes('object') && (data === null || data === undefined)) {
    return 'Give it at least one entry, or remove the key.';
  }
  if (types.includes('string') && data !== null && typeof data === 'object') {
    return 'Put the value in quotes when it contains `: ` or starts with `{` or `[`.';
  }
  if (types.includes('boolean') && typeof data === 'string')
    return 'Write `true` or `false`, without quotes.';
  if ((types.includes('number') || types.includes('integer')) && typeof data === 'string') {
    return 'Write a number, without quotes.';
  }
  return undefined;
}

function branchPhrase(branch: SchemaNode): string {
  if (branch.const !== undefined) return `\`${String(branch.const)}\``;
  if (branch.enum) return `one of ${codeList(branch.enum.map(String))}`;
  if (branch.type) return typePhrase(([] as string[]).concat(branch.type));
  return 'a valid value';
}
