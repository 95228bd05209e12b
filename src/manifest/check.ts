/**
 * The rules of the manifest that a JSON Schema cannot say: names that refer to each other, placeholders,
 * arguments whose settings must agree, paths that must stay inside the working directory.
 *
 * The checks read the manifest as plain values and skip whatever has the wrong shape (the schema reports
 * that), so they can run together with the schema and every problem is reported at once.
 */
import type { ManifestProblem } from '../errors';
import { isKnownPlaceholder, PLACEHOLDERS, placeholdersIn } from './placeholders';
import { checkFanOut } from './fan-out';
import { checkFlows } from './flows';
import { describePath, type Locator, type ManifestPath } from './locate';
import { depthOf, looksAbsolute } from './paths';
import { checkTargetKeys, type Report } from './targets';
import { wholeValuePattern } from '../shared/pattern';
import { checkTriggers } from './triggers';
import { checkNotebookScript } from './notebook';
import { ARG_TYPES, type ArgType } from './types';
import { closest } from '../shared/similar';
import { describeValue, orList } from './words';

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const entriesOf = (value: unknown): [string, unknown][] => (isMapping(value) ? Object.entries(value) : []);

/** Which argument types each type-specific field applies to. */
const FIELD_TYPES: Record<string, ArgType[]> = {
  options: ['choice'],
  pattern: ['text'],
  min: ['number'],
  max: ['number'],
  columns: ['csv'],
  header: ['csv'],
};

/** Placeholders that stand for absolute paths, so cannot be part of a path relative to the working directory. */
const ABSOLUTE_PLACEHOLDERS = ['output', 'target_path'];

/** Every semantic problem of the manifest, with its position. */
export function checkManifest(data: unknown, locator: Locator): ManifestProblem[] {
  if (!isMapping(data)) return [];
  const problems: ManifestProblem[] = [];
  const report = (path: ManifestPath, part: 'key' | 'value', message: string, fix?: string) =>
    problems.push(locator.problem(path, part, message, fix));

  const repositoryKeys = isMapping(data.repositories) ? Object.keys(data.repositories) : [];

  for (const section of ['repositories', 'scripts'] as const) {
    for (const [name] of entriesOf(data[section])) checkOrderedName([section, name], report);
  }

  for (const [key, repository] of entriesOf(data.repositories)) {
    if (!isMapping(repository)) continue;
    checkInside(['repositories', key, 'path'], repository.path, false, report);
    checkCloneUrl(['repositories', key, 'clone-url'], repository['clone-url'], report);
  }

  if (isMapping(data.defaults)) {
    checkInside(['defaults', 'working-directory'], data.defaults['working-directory'], true, report);
  }

  for (const [name, script] of entriesOf(data.scripts)) {
    if (isMapping(script)) checkScript(name, script, repositoryKeys, report);
    if (isMapping(script)) checkNotebookScript(['scripts', name], script, data.defaults, report);
  }
  for (const [name, flow] of entriesOf(data.flows)) {
    checkOrderedName(['flows', name], report);
    if (!isMapping(flow)) continue;
    for (const [argName, arg] of entriesOf(flow.args)) {
      if (isMapping(arg)) checkArg(['flows', name, 'args', argName], arg, report);
    }
  }
  problems.push(...checkFlows(data, locator));
  problems.push(...checkTriggers(data, locator));
  return problems;
}

function checkScript(name: string, script: Mapping, repositoryKeys: string[], report: Report): void {
  const base = ['scripts', name];

  if (
    Array.isArray(script.command) &&
    typeof script.command[0] === 'string' &&
    script.command[0].trim() === ''
  ) {
    report(
      [...base, 'command', 0],
      'value',
      `\`${describePath([...base, 'command', 0])}\` is the program to run and must not be empty.`,
      'Name the program first, e.g. `command: [python3, scripts/my_script.py]`.',
    );
  }

  checkTargetKeys(base, script.targets, repositoryKeys, report);

  if (script.mode === 'write') {
    if (Array.isArray(script.targets) && script.targets.length === 0) {
      report(
        [...base, 'targets'],
        'key',
        `\`scripts.${name}\` is a write script with an empty \`targets\`: a write script needs a content repository whose changes become a pull request.`,
        'Name at least one key of `repositories` in `targets`, or remove `targets` to allow all of them.',
      );
    } else if (!Array.isArray(script.targets) && repositoryKeys.length === 0) {
      report(
        [...base, 'mode'],
        'value',
        `\`scripts.${name}\` is a write script, but the manifest has no \`repositories\`: a write script needs a content repository whose changes become a pull request.`,
        'Add the content repository under `repositories`, or make the script `mode: read`.',
      );
    }
  }

  checkInside([...base, 'working-directory'], script['working-directory'], true, report);

  const argNames = isMapping(script.args) ? Object.keys(script.args) : [];
  for (const [argName, arg] of entriesOf(script.args)) {
    checkOrderedName([...base, 'args', argName], report);
    if (isMapping(arg)) checkArg([...base, 'args', argName], arg, report);
  }

  if (Array.isArray(script.command)) {
    script.command.forEach((element, i) =>
      checkPlaceholders([...base, 'command', i], element, argNames, report),
    );
  }
  if (isMapping(script.outputs)) {
    const path = [...base, 'outputs', 'path'];
    checkPlaceholders(path, script.outputs.path, argNames, report);
    checkInside(path, script.outputs.path, false, report);
    if (typeof script.outputs.path === 'string') {
      for (const placeholder of placeholdersIn(script.outputs.path)) {
        if (!ABSOLUTE_PLACEHOLDERS.includes(placeholder)) continue;
        report(
          path,
          'value',
          `\`${describePath(path)}\` uses \`{${placeholder}}\`, an absolute path; the output directory is relative to the working directory.`,
          'Use `{job}`, `{script}`, `{target}`, `{issue}`, `{requester}` or `{args.NAME}` there.',
        );
      }
    }
  }
  checkFanOut(base, script, report);
  if (isMapping(script['pull-request'])) {
    for (const field of ['title', 'body']) {
      checkPlaceholders([...base, 'pull-request', field], script['pull-request'][field], argNames, report);
    }
  }
}

function checkArg(base: ManifestPath, arg: Mapping, report: Report): void {
  const where = `\`${describePath(base)}\``;
  const type = ARG_TYPES.find((t) => t === arg.type);
  if (!type) return; // the schema reports a missing or unknown type

  for (const [field, types] of Object.entries(FIELD_TYPES)) {
    if (!(field in arg) || types.includes(type)) continue;
    report(
      [...base, field],
      'key',
      `\`${field}\` only applies to ${orList(types.map((t) => `\`${t}\``))} arguments; ${where} is a \`${type}\` argument.`,
      `Remove \`${field}\`, or change \`type\` to \`${types[0]}\`.`,
    );
  }

  if (type === 'choice' && !('options' in arg)) {
    report(
      base,
      'key',
      `${where} is a \`choice\` argument without \`options\`.`,
      'Add `options: [first, second]`.',
    );
  }

  let pattern: RegExp | undefined;
  if (type === 'text' && typeof arg.pattern === 'string') {
    try {
      pattern = wholeValuePattern(arg.pattern);
    } catch (error) {
      report(
        [...base, 'pattern'],
        'value',
        `\`${describePath([...base, 'pattern'])}\` is not a valid regular expression: ${(error as Error).message}.`,
        "Write a JavaScript regular expression; in YAML, put it in single quotes: `pattern: '^[a-z]+$'`.",
      );
    }
  }

  const min = typeof arg.min === 'number' ? arg.min : undefined;
  const max = typeof arg.max === 'number' ? arg.max : undefined;
  if (type === 'number' && min !== undefined && max !== undefined && min > max) {
    report(
      [...base, 'max'],
      'value',
      `\`${describePath([...base, 'max'])}\` (${max}) is less than \`min\` (${min}).`,
      'Swap them, or fix one.',
    );
  }

  if (!('default' in arg) || arg.default === null || arg.default === undefined) return;
  const value = arg.default;
  const path = [...base, 'default'];
  const at = `\`${describePath(path)}\``;
  const got = describeValue(value);
  switch (type) {
    case 'number':
      if (typeof value !== 'number') {
        report(path, 'value', `${at} must be a number (got ${got}).`, 'Write a number, without quotes.');
      } else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        report(path, 'value', `${at} must be ${rangePhrase(min, max)} (got ${got}).`);
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') {
        report(
          path,
          'value',
          `${at} must be \`true\` or \`false\` (got ${got}).`,
          'Write `true` or `false`, without quotes.',
        );
      }
      break;
    case 'choice':
      if (Array.isArray(arg.options)) {
        const options = arg.options.map(String);
        if (typeof value === 'boolean' || !options.includes(String(value))) {
          const guess = closest(String(value), options);
          report(
            path,
            'value',
            `${at} must be one of the \`options\`: ${options.join(', ')} (got ${got}).`,
            guess ? `Did you mean \`${guess}\`?` : undefined,
          );
        }
      }
      break;
    default:
      if (typeof value === 'boolean') {
        report(
          path,
          'value',
          `${at} must be text (got ${got}).`,
          `Put it in quotes: \`'${String(value)}'\`.`,
        );
      } else if (pattern && !pattern.test(String(value))) {
        report(
          path,
          'value',
          `${at} does not match \`pattern\` (got ${got}).`,
          'Change the default or the pattern.',
        );
      }
  }
}

function rangePhrase(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${String(max)}`;
}

/** Every `{placeholder}` in `value` must be one this project knows. */
function checkPlaceholders(path: ManifestPath, value: unknown, argNames: string[], report: Report): void {
  if (typeof value !== 'string') return;
  const known = [...PLACEHOLDERS, ...argNames.map((a) => `args.${a}`)];
  for (const name of placeholdersIn(value)) {
    if (isKnownPlaceholder(name, argNames)) continue;
    const guess = name.startsWith('args.')
      ? closest(name.slice('args.'.length), argNames)?.replace(/^/, 'args.')
      : closest(name, known);
    report(
      path,
      'value',
      `\`${describePath(path)}\` uses the unknown placeholder \`{${name}}\`; known placeholders here: ${known
        .map((k) => `{${k}}`)
        .join(', ')}.`,
      guess ? `Did you mean \`{${guess}}\`?` : undefined,
    );
  }
}

/** A path relative to a directory, that stays inside it (`allowSelf`: may be the directory itself). */
function checkInside(path: ManifestPath, value: unknown, allowSelf: boolean, report: Report): void {
  if (typeof value !== 'string' || value === '') return;
  const where = `\`${describePath(path)}\``;
  const relativeTo =
    path[path.length - 1] === 'working-directory' ? 'GITHUB_WORKSPACE' : 'the working directory';
  if (looksAbsolute(value)) {
    report(
      path,
      'value',
      `${where} must be a relative path, inside ${relativeTo} (got ${describeValue(value)}).`,
      `Write it relative to ${relativeTo}, e.g. \`data/content\`.`,
    );
    return;
  }
  const depth = depthOf(value);
  if (depth < 0) {
    report(
      path,
      'value',
      `${where} must stay inside ${relativeTo}, but \`..\` leads out of it (got ${describeValue(value)}).`,
      'Remove the `..`.',
    );
    return;
  }
  if (depth === 0 && !allowSelf) {
    report(
      path,
      'value',
      `${where} must name a directory below ${relativeTo}, not ${relativeTo} itself (got ${describeValue(value)}).`,
      `Name a subdirectory, e.g. \`${path[0] === 'repositories' ? `data/${String(path[1])}` : 'output/{job}'}\`.`,
    );
  }
}

function checkCloneUrl(path: ManifestPath, value: unknown, report: Report): void {
  if (typeof value !== 'string') return;
  const where = `\`${describePath(path)}\``;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // the schema's pattern reports it
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'file:'].includes(url.protocol)) {
    report(
      path,
      'value',
      `${where} must be an https://, http://, ssh://, git:// or file:// URL (got ${describeValue(url.protocol)}).`,
    );
  }
  if (url.username || url.password) {
    report(
      path,
      'value',
      `${where} must not hold credentials.`,
      'Remove the `user:password@` part; the `content-token` input authenticates the clone.',
    );
  }
}

/**
 * Names made only of digits would move to the front of the declared order (JavaScript orders such keys
 * first), which changes the default target and the order of forms.
 */
function checkOrderedName(path: ManifestPath, report: Report): void {
  const name = String(path[path.length - 1]);
  if (!/^[0-9]+$/.test(name)) return;
  report(
    path,
    'key',
    `The name \`${name}\` in \`${describePath(path.slice(0, -1))}\` is only digits, which would lose its place in the declared order.`,
    `Add a letter, e.g. \`n${name}\`.`,
  );
}
