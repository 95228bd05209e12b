import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parse, parseDocument } from 'yaml';
import { NAME_PATTERN } from '../../src/manifest/placeholders';
import { createLocator } from '../../src/manifest/locate';
import { manifestSchema, manifestValidator, problemsFromAjv } from '../../src/manifest/schema';
// @ts-expect-error: a plain ES module of the build, without types
import { validatorSource, VALIDATOR_FILE } from '../../scripts/manifest-validator.mjs';
import { ARG_TYPES, PERMISSIONS } from '../../src/manifest/types';

const schemaFile = join('schema', 'script-dispatcher.schema.json');
const fromDisk = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const example = (name: string) =>
  parse(readFileSync(join('test', 'unit', 'fixtures', 'manifest', name), 'utf8'));

type SchemaNode = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
};

/** A fresh, strict compiler, as an editor or another tool would use it. */
function compile() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(['patternErrorMessage']);
  return { ajv, validate: ajv.compile(fromDisk) };
}

function resolve(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  return path.reduce<SchemaNode>((n, key) => n[key] as SchemaNode, fromDisk as SchemaNode);
}

/** Every schema that describes a value a user writes: properties, list items, mapping values, key names. */
function everyValueSchema(): [string, SchemaNode][] {
  const found: [string, SchemaNode][] = [];
  const seen = new Set<SchemaNode>();
  const walk = (where: string, raw: SchemaNode) => {
    const node = resolve(raw);
    found.push([where, node]);
    if (seen.has(node)) return;
    seen.add(node);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(`${where}.${key}`, child);
    if (node.items) walk(`${where}[]`, node.items);
    if (typeof node.additionalProperties === 'object') walk(`${where}.*`, node.additionalProperties);
    if (node.propertyNames) walk(`${where}<name>`, node.propertyNames);
  };
  walk('', fromDisk as SchemaNode);
  return found;
}

describe('the published schema', () => {
  it('is the file the code uses', () => {
    expect(manifestSchema).toEqual(fromDisk);
  });

  it('is compiled into the validator the code uses, and that validator is current', () => {
    const source = (validatorSource as () => string)();
    expect(readFileSync(VALIDATOR_FILE as string, 'utf8')).toBe(source);
    // It answers as a fresh compile does, errors and all.
    const { validate } = compile();
    const broken = {
      version: 1,
      scripts: { x: { command: 'not a list', args: [{ name: 'a', type: 'nope' }] } },
    };
    expect(manifestValidator()(broken)).toBe(validate(broken));
    expect(manifestValidator().errors?.map((e) => [e.instancePath, e.keyword])).toEqual(
      validate.errors?.map((e) => [e.instancePath, e.keyword]),
    );
    expect(manifestValidator()(example('full.yml'))).toBe(true);
  });

  it('is a valid draft-07 JSON Schema that a strict compiler accepts', () => {
    const { ajv } = compile();
    expect(fromDisk.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(fromDisk)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });

  it('has an id, a title and a description at the top', () => {
    expect(typeof fromDisk.$id).toBe('string');
    expect(fromDisk.title).toBe('Script Dispatcher manifest');
    expect(String(fromDisk.description)).toMatch(/yaml-language-server/);
  });

  it('validates the example of the user contract and a manifest using every field', () => {
    const { validate } = compile();
    expect(validate(example('spec-example.yml'))).toBe(true);
    expect(validate(example('full.yml'))).toBe(true);
  });

  it('rejects what the manifest does not allow', () => {
    const { validate } = compile();
    expect(validate(example('broken.yml'))).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/version const',
        '/repositories/phy/repository pattern',
        '/defaults/timeout-minutes exclusiveMinimum',
        '/scripts/link_checker/mode enum',
        '/scripts/link_checker additionalProperties',
        '/scripts/broken required',
      ]),
    );
  });

  it('gives every value a title and a description, for editors', () => {
    expect(everyValueSchema().length).toBeGreaterThan(60);
    const missing = everyValueSchema()
      .filter(([, node]) => typeof node.title !== 'string' || typeof node.description !== 'string')
      .map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it('allows no unknown keys anywhere', () => {
    const open = everyValueSchema()
      .filter(([, node]) => node.type === 'object' && node.additionalProperties === undefined)
      .map(([where]) => where);
    expect(open).toEqual([]);
  });

  it('documents the effective permission rule', () => {
    const permission = (fromDisk.definitions as Record<string, SchemaNode>).permission;
    expect(permission.enum).toEqual(PERMISSIONS);
    expect(permission.description).toMatch(/`triage` when that is not set/);
    expect(permission.description).toMatch(/higher of `defaults.permission` and `write`/);
  });

  it('agrees with the code on names, argument types and shared settings', () => {
    const definitions = fromDisk.definitions as Record<string, SchemaNode>;
    expect(definitions.name.pattern).toBe(NAME_PATTERN.source);
    expect((definitions.arg.properties as Record<string, SchemaNode>).type.enum).toEqual(ARG_TYPES);
    const defaults = Object.keys(
      (fromDisk.properties as Record<string, SchemaNode>).defaults.properties ?? {},
    );
    const script = Object.keys(definitions.script.properties ?? {});
    expect(script).toEqual(expect.arrayContaining(defaults));
  });
});

describe('schema errors', () => {
  it('collapse the alternatives of anyOf/oneOf into one message per place', () => {
    const ajv = new Ajv({ allErrors: true, verbose: true });
    const validate = ajv.compile({
      type: 'object',
      properties: {
        when: { anyOf: [{ const: 'always' }, { type: 'array', items: { type: 'string' } }] },
        level: { oneOf: [{ enum: ['low', 'high'] }, { type: 'integer', minimum: 1 }] },
      },
    });
    const text = 'when: 5\nlevel: [x]\n';
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const data = doc.toJS();
    expect(validate(data)).toBe(false);
    expect((validate.errors ?? []).length).toBeGreaterThan(2);
    const problems = problemsFromAjv(validate.errors ?? [], data, createLocator(doc, lineCounter, 'x.yml'));
    expect(problems.map((p) => [p.position.line, p.position.column, p.message])).toEqual([
      [1, 7, '`when` must be `always` or a list (got `5`).'],
      [2, 8, '`level` must be one of `low`, `high` or a whole number (got a list).'],
    ]);
  });
});
