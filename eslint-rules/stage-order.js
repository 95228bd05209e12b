/**
 * Imports point forward: a stage may import the stages before it, never one after it; no stage imports an
 * adapter or a front door; the CLI never imports the GitHub adapter. The order is the pipeline's.
 */
import path from 'node:path';

/** Folders (or files) of src/, in the order a request goes through them. */
export const STAGES = [
  ['shared', 'errors', 'ports'],
  ['args'],
  ['manifest'],
  ['forms'],
  ['request'],
  ['route'],
  ['authorize'],
  ['notebook'],
  ['plan'],
  ['workspace'],
  ['execute'],
  ['publish'],
  ['report'],
  ['fanout'],
  ['flow'],
  ['pipeline'],
  ['adapters'],
  ['action', 'cli'],
  // The entry points of the two bundles.
  ['index', 'cli.ts'],
];

const RANK = new Map(STAGES.flatMap((names, rank) => names.map((name) => [name, rank])));
const FRONT_DOORS = RANK.get('action');

/** `stage` (and for adapters, `adapters/github`) of a file under src/, or undefined outside src/. */
function placeOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  const top = parts.length === 1 ? parts[0].replace(/\.ts$/, '') : parts[0];
  return { top, sub: top === 'adapters' ? parts[1] : undefined };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'imports point forward through the stages of the pipeline' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = placeOf(file, srcRoot);
    if (!from) return {};
    const fromRank = RANK.get(from.top);
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
    };

    function check(node, spec) {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      if (fromRank === undefined) {
        context.report({
          node,
          message: `src/${from.top} is not in the stage order (eslint-rules/stage-order.js)`,
        });
        return;
      }
      const to = placeOf(path.resolve(path.dirname(file), spec), srcRoot);
      if (!to || to.top === from.top) {
        if (to && from.top === 'adapters' && from.sub === 'local' && to.sub === 'github') {
          context.report({ node, message: 'the local adapters never import the GitHub adapters' });
        }
        return;
      }
      // The ports describe what the stages exchange: they may name any stage's types. And a stage's
      // `types.ts` is vocabulary, not behaviour: any stage may name those types.
      if (node.importKind === 'type' && (from.top === 'ports' || /\/types(\.ts)?$/.test(spec))) {
        if (RANK.get(to.top) !== undefined && RANK.get(to.top) < RANK.get('adapters')) return;
      }
      const toRank = RANK.get(to.top);
      if (toRank === undefined) {
        context.report({
          node,
          message: `src/${to.top} is not in the stage order (eslint-rules/stage-order.js)`,
        });
      } else if (from.top === 'cli' && to.top === 'adapters' && to.sub === 'github') {
        context.report({ node, message: 'the CLI never imports the GitHub adapters' });
      } else if (toRank > fromRank || (toRank === FRONT_DOORS && fromRank === toRank)) {
        context.report({
          node,
          message: `src/${from.top} imports src/${to.top}${to.sub ? `/${to.sub}` : ''}, which comes after it: imports point forward (request → … → report → pipeline → adapters → front doors)`,
        });
      }
    }
  },
};
