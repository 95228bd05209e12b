/**
 * Where a value of the manifest is in its YAML text: turns a path such as `scripts.link_checker.mode`
 * into a line and column, so every problem can point at the key or value it is about.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { ManifestProblem, Position } from '../errors';

/** A path into the manifest: mapping keys and list indexes, from the root. */
export type ManifestPath = readonly (string | number)[];

/** Which end of a `key: value` pair a problem is about. */
export type Part = 'key' | 'value';

export interface Locator {
  /** The position of the node at `path`; falls back to the closest node that exists. */
  at(path: ManifestPath, part?: Part): Position;
  /** A problem at `path`, named after it. */
  problem(path: ManifestPath, part: Part, message: string, fix?: string): ManifestProblem;
}

/** `scripts.link_checker.command[2]`; the root is "the manifest". */
export function describePath(path: ManifestPath): string {
  if (path.length === 0) return 'the manifest';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Splits an ajv instancePath (`/scripts/a~1b/command/2`) into a path; list indexes become numbers. */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let value = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      const index = Number(segment);
      path.push(index);
      value = value[index];
    } else {
      path.push(segment);
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

export function createLocator(doc: Document, lineCounter: LineCounter, file: string): Locator {
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const start = (node: unknown): number | undefined => {
    const range = (node as Node | null | undefined)?.range;
    return range ? range[0] : undefined;
  };
  /**
   * A value on the line of its key: a scalar that is written out (not the empty value of `key:`) or a flow
   * collection (`[a, b]`, `{}`). A block collection starts on a later line, so its key says more.
   */
  const isInline = (node: unknown): boolean => {
    const range = (node as Node | null | undefined)?.range;
    if (!range) return false;
    if (isScalar(node)) return range[1] > range[0];
    return (isMap(node) || isSeq(node)) && node.flow === true;
  };

  const at = (path: ManifestPath, part: Part = 'value'): Position => {
    let node: unknown = resolve(doc.contents);
    let key: unknown;
    let found = true;
    for (const segment of path) {
      node = resolve(node);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
        if (!pair) {
          found = false;
          break;
        }
        key = pair.key;
        node = resolve(pair.value);
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        node = resolve(node.items[segment]);
      } else {
        found = false;
        break;
      }
    }
    let offset: number | undefined;
    if (found && part === 'key' && key) offset = start(key);
    else if (found && isInline(node)) offset = start(node);
    else if (key) offset = start(key);
    else offset = start(node);
    return offset === undefined ? { file, line: 1, column: 1 } : position(offset);
  };

  return {
    at,
    problem: (path, part, message, fix) => ({
      message,
      ...(fix ? { fix } : {}),
      field: describePath(path),
      position: at(path, part),
    }),
  };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}
