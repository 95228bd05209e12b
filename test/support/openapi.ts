/**
 * GitHub's published OpenAPI description (npm `@octokit/openapi`, api.github.com), used by the fake GitHub
 * to check that every request the action makes exists and is well formed, and that the fake's own answers
 * have the shape GitHub documents. The document is large: it is read and prepared once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ajv is CommonJS: its default export is the class itself, or sits under `.default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as typeof AjvModule;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface OpenApiOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** The path template as GitHub documents it, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  /** `METHOD template`: the key the fake routes on and logs. */
  route: string;
  operationId: string;
  parameters: OpenApiParameter[];
  hasJsonBody: boolean;
  bodyRequired: boolean;
  /** Status codes documented for the operation. */
  responses: string[];
  segments: string[];
  literalCount: number;
}

export interface OperationMatch {
  operation: OpenApiOperation;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

export interface OpenApi {
  /** The operation a request would reach, or undefined when GitHub documents no such method and path. */
  match(method: string, pathname: string): OperationMatch | undefined;
  /** Problems with a JSON request body (empty when it is valid). */
  checkBody(operation: OpenApiOperation, body: unknown, present: boolean): string[];
  /** Problems with query parameters: unknown names, values outside the documented enum or type. */
  checkQuery(operation: OpenApiOperation, query: Record<string, string>): string[];
  /** Problems with path parameters (integers that are not). */
  checkPathParams(operation: OpenApiOperation, params: Record<string, string>): string[];
  /** Problems with a JSON response the fake is about to send (only for documented JSON answers). */
  checkResponse(operation: OpenApiOperation, status: number, body: unknown): string[];
}

let cached: OpenApi | undefined;

/** The api.github.com description, loaded and prepared on first use. */
export function loadOpenApi(): OpenApi {
  cached ??= prepare();
  return cached;
}

function specFile(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  return join(dirname(pkg), 'generated', 'api.github.com.json');
}

/** OpenAPI 3.0's `nullable: true` becomes a JSON Schema type that admits null. */
function convertNullable(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) convertNullable(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (node.nullable === true) {
    delete node.nullable;
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    if (typeof node.type === 'string') node.type = [node.type, 'null'];
    else if (Array.isArray(node.type)) {
      if (!node.type.includes('null')) node.type.push('null');
    } else {
      const copy: JsonObject = { ...node };
      for (const key of Object.keys(node)) delete node[key];
      node.anyOf = [copy, { type: 'null' }];
    }
  } else if (node.nullable === false) {
    delete node.nullable;
  }
  for (const key of Object.keys(node)) convertNullable(node[key]);
}

/** Path parameters that may hold slashes (a file path, a git ref, `base...head`). */
const SLASHED_PARAM = /\{(path|ref|basehead|branch|dir)\}$/;

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function prepare(): OpenApi {
  const doc = JSON.parse(readFileSync(specFile(), 'utf8')) as JsonObject;
  const components = doc.components as JsonObject;
  const paths = doc.paths as { [template: string]: { [method: string]: JsonObject } };
  convertNullable(components);
  convertNullable(paths as unknown as Json);

  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
  ajv.addSchema({ $id: 'github', components, paths } as unknown as object);
  const validators = new Map<string, ValidateFunction | null>();

  const resolveRef = (ref: string): { pointer: string; node: JsonObject } => {
    const parts = ref.replace(/^#\//, '').split('/');
    let node: Json = doc;
    for (const part of parts) node = (node as JsonObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return { pointer: ref, node: node as JsonObject };
  };

  const operations: OpenApiOperation[] = [];
  const byMethod = new Map<string, OpenApiOperation[]>();
  const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
  for (const [template, item] of Object.entries(paths)) {
    const shared = (item.parameters as unknown as JsonObject[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...shared, ...((op.parameters as JsonObject[] | undefined) ?? [])].map((p) =>
        typeof p.$ref === 'string' ? resolveRef(p.$ref).node : p,
      ) as unknown as OpenApiParameter[];
      const requestBody = op.requestBody as JsonObject | undefined;
      const content = requestBody?.content as JsonObject | undefined;
      const segments = template.split('/').slice(1);
      const operation: OpenApiOperation = {
        method: method.toUpperCase(),
        template,
        route: `${method.toUpperCase()} ${template}`,
        operationId: String(op.operationId),
        parameters,
        hasJsonBody: Boolean(content?.['application/json']),
        bodyRequired: requestBody?.required === true,
        responses: Object.keys((op.responses as JsonObject | undefined) ?? {}),
        segments,
        literalCount: segments.filter((s) => !s.startsWith('{')).length,
      };
      operations.push(operation);
      const list = byMethod.get(operation.method) ?? [];
      list.push(operation);
      byMethod.set(operation.method, list);
    }
  }
  // Most literal segments first: `/repos/{owner}/{repo}/issues/comments` before `/repos/{o}/{r}/issues/{n}`.
  for (const list of byMethod.values()) list.sort((a, b) => b.literalCount - a.literalCount);

  const validator = (key: string, pointer: () => string | undefined): ValidateFunction | null => {
    if (validators.has(key)) return validators.get(key) ?? null;
    const p = pointer();
    const fn = p ? ajv.compile({ $ref: `github#${p}` }) : null;
    validators.set(key, fn);
    return fn;
  };

  const formatErrors = (errors: ErrorObject[] | null | undefined): string[] =>
    (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);

  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };

  const matchSegments = (op: OpenApiOperation, segments: string[], greedyLast: boolean) => {
    if (greedyLast ? segments.length < op.segments.length : segments.length !== op.segments.length) return;
    const params: Record<string, string> = {};
    for (let i = 0; i < op.segments.length; i++) {
      const want = op.segments[i];
      const last = i === op.segments.length - 1;
      const got = last && greedyLast ? segments.slice(i).join('/') : segments[i];
      if (want.startsWith('{') && want.endsWith('}')) {
        if (!got) return;
        params[want.slice(1, -1)] = decode(got);
      } else if (want !== got) return;
    }
    return params;
  };

  return {
    match(method, pathname) {
      const list = byMethod.get(method.toUpperCase()) ?? [];
      const segments = pathname.replace(/\/+$/, '').split('/').slice(1);
      for (const greedy of [false, true]) {
        for (const operation of list) {
          if (greedy && !SLASHED_PARAM.test(operation.template)) continue;
          const params = matchSegments(operation, segments, greedy);
          if (params) return { operation, params };
        }
      }
      return undefined;
    },

    checkBody(operation, body, present) {
      if (!present) return operation.bodyRequired ? ['a request body is required'] : [];
      if (!operation.hasJsonBody) {
        // An empty object is what a client sends when it has no parameters left for the body.
        const empty = body !== null && typeof body === 'object' && Object.keys(body).length === 0;
        return empty ? [] : ['this operation takes no JSON body'];
      }
      const validate = validator(`body ${operation.route}`, () => {
        return `/paths/${escapePointer(operation.template)}/${operation.method.toLowerCase()}/requestBody/content/application~1json/schema`;
      });
      if (!validate || validate(body)) return [];
      return formatErrors(validate.errors);
    },

    checkQuery(operation, query) {
      const problems: string[] = [];
      for (const [name, value] of Object.entries(query)) {
        const param = operation.parameters.find((p) => p.in === 'query' && p.name === name);
        if (!param) {
          problems.push(`unknown query parameter "${name}"`);
          continue;
        }
        const schema = param.schema ?? {};
        const enumValues = schema.enum as Json[] | undefined;
        if (enumValues && !enumValues.map(String).includes(value)) {
          problems.push(`query parameter "${name}" must be one of ${enumValues.join(', ')}, not "${value}"`);
        }
        const type = Array.isArray(schema.type) ? schema.type : [schema.type];
        if (type.includes('integer') && !/^-?\d+$/.test(value)) {
          problems.push(`query parameter "${name}" must be an integer, not "${value}"`);
        }
        if (type.includes('boolean') && !['true', 'false'].includes(value)) {
          problems.push(`query parameter "${name}" must be true or false, not "${value}"`);
        }
      }
      return problems;
    },

    checkPathParams(operation, params) {
      const problems: string[] = [];
      for (const param of operation.parameters) {
        if (param.in !== 'path') continue;
        const value = params[param.name];
        const type = param.schema?.type;
        if (type === 'integer' && value !== undefined && !/^\d+$/.test(value)) {
          problems.push(`path parameter "${param.name}" must be an integer, not "${value}"`);
        }
      }
      return problems;
    },

    checkResponse(operation, status, body) {
      const key = `response ${status} ${operation.route}`;
      const validate = validator(key, () => {
        const pathItem = paths[operation.template][operation.method.toLowerCase()];
        const responses = pathItem.responses as JsonObject;
        let response = responses[String(status)] as JsonObject | undefined;
        let pointer = `/paths/${escapePointer(operation.template)}/${operation.method.toLowerCase()}/responses/${status}`;
        if (!response) return undefined;
        if (typeof response.$ref === 'string') {
          const resolved = resolveRef(response.$ref);
          response = resolved.node;
          pointer = resolved.pointer.replace(/^#/, '');
        }
        const content = response.content as JsonObject | undefined;
        if (!content?.['application/json']) return undefined;
        return `${pointer}/content/application~1json/schema`;
      });
      if (!validate) {
        const documented = operation.responses.includes(String(status));
        return documented ? [] : [`status ${status} is not documented for ${operation.route}`];
      }
      if (validate(body)) return [];
      return formatErrors(validate.errors);
    },
  };
}
