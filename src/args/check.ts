/** Checks the arguments a request gives against the ones a script declares. Pure. */
import type { Problem } from '../errors';
import { wholeValuePattern } from '../shared/pattern';
import type { ArgSpec, ArgValue } from '../manifest/types';
import type { RawArgument } from './types';
import { accepted, argLabel, BOOLEAN_WORDS, code, list, showValue } from './messages';
import { dict } from '../shared/own';
import { closest } from '../shared/similar';
import type { PendingContent } from './types';

export interface CheckedArgs {
  /**
   * Typed values by argument name: given ones, and defaults of the absent ones. csv and file values are
   * still {@link PendingContent}; `materializeArgs` turns them into files.
   */
  values: Record<string, ArgValue | PendingContent>;
  /** Every problem of every argument. */
  problems: Problem[];
}

export interface CheckOptions {
  /**
   * Read a csv/file value written `@path` as a file on this machine. Only for the CLI: never for requests
   * from GitHub, which would otherwise read files of the runner.
   */
  localFiles?: boolean;
}

type Outcome = { ok: true; value: ArgValue | PendingContent } | { ok: false; why: string; fix?: string };

/**
 * Checks every argument at once. An argument is absent when it is missing, null, or (except textarea) blank;
 * an absent argument takes its default, and is a problem when it is required and has none. Unknown names are
 * problems too.
 */
export function checkArgs(
  args: ArgSpec[],
  raw: Record<string, RawArgument>,
  options: CheckOptions = {},
): CheckedArgs {
  const values = dict<ArgValue | PendingContent>();
  const problems: Problem[] = [];
  const given: Record<string, unknown> = raw !== null && typeof raw === 'object' ? raw : {};

  const known = new Set(args.map((spec) => spec.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) problems.push(unknownArgument(name, args));
  }

  for (const spec of args) {
    const value = Object.hasOwn(given, spec.name) ? given[spec.name] : undefined;
    if (!isAbsent(spec, value)) {
      const outcome = checkValue(spec, value, options);
      if (outcome.ok) values[spec.name] = outcome.value;
      else problems.push({ field: spec.name, message: `${argLabel(spec)} ${outcome.why}`, fix: outcome.fix });
    } else if (spec.default !== undefined) {
      const outcome = checkValue(spec, spec.default, options);
      if (outcome.ok) values[spec.name] = outcome.value;
      else {
        problems.push({
          field: spec.name,
          message: `The default of ${argLabel(spec).replace(/^Argument/, 'argument')} in the manifest ${outcome.why}`,
          fix: 'Give a value for it, and ask a maintainer to fix its `default` in the manifest.',
        });
      }
    } else if (spec.required) {
      problems.push({
        field: spec.name,
        message: `${argLabel(spec)} is required, but no value was given.`,
        fix: accepted(spec),
      });
    }
  }
  return { values, problems };
}

function isAbsent(spec: ArgSpec, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  return spec.type === 'textarea' ? value === '' : value.trim() === '';
}

function checkValue(spec: ArgSpec, value: unknown, options: CheckOptions): Outcome {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    const what = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value;
    return {
      ok: false,
      why: `must be a single value, got ${what} ${showValue(value)}.`,
      fix: accepted(spec),
    };
  }
  if (typeof value === 'string' && value.includes('\u0000')) {
    return {
      ok: false,
      why: `contains a NUL character, which cannot be passed to a script: ${showValue(value)}.`,
      fix: 'Remove the NUL character (`\\u0000`) from the value.',
    };
  }
  switch (spec.type) {
    case 'text':
      return checkText(spec, String(value).trim());
    case 'textarea':
      return { ok: true, value: String(value) };
    case 'number':
      return checkNumber(spec, value);
    case 'boolean':
      return checkBoolean(spec, value);
    case 'choice':
      return checkChoice(spec, String(value).trim());
    case 'csv':
    case 'file':
      if (typeof value !== 'string') {
        return {
          ok: false,
          why: `must be ${spec.type === 'csv' ? 'CSV content' : 'file content'} or a link to a file, got ${showValue(value)}.`,
          fix: accepted(spec),
        };
      }
      return { ok: true, value: pendingContent(value, options) };
    default:
      return { ok: false, why: `has a type the dispatcher does not know: ${showValue(spec.type)}.` };
  }
}

function checkText(spec: ArgSpec, text: string): Outcome {
  if (spec.pattern === undefined) return { ok: true, value: text };
  const pattern = compile(spec.pattern);
  if (!pattern) {
    return {
      ok: false,
      why: `cannot be checked: its pattern ${code(spec.pattern)} in the manifest is not a valid regular expression.`,
      fix: 'Ask a maintainer to fix the `pattern` of this argument in the manifest.',
    };
  }
  if (!pattern.test(text)) {
    return {
      ok: false,
      why: `does not match the pattern ${code(spec.pattern)}: ${showValue(text)}.`,
      fix: accepted(spec),
    };
  }
  return { ok: true, value: text };
}

/** The pattern anchored to the whole value, compiled as the manifest check compiles it. */
function compile(pattern: string): RegExp | undefined {
  try {
    return wholeValuePattern(pattern);
  } catch {
    return undefined;
  }
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function checkNumber(spec: ArgSpec, value: string | number | boolean): Outcome {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && DECIMAL.test(value.trim())) number = Number(value.trim());
  else return { ok: false, why: `must be a number, got ${showValue(value)}.`, fix: accepted(spec) };
  if (!Number.isFinite(number)) {
    return { ok: false, why: `must be a finite number, got ${showValue(value)}.`, fix: accepted(spec) };
  }
  if (spec.min !== undefined && number < spec.min) {
    return { ok: false, why: `must be at least ${spec.min}, got ${showValue(value)}.`, fix: accepted(spec) };
  }
  if (spec.max !== undefined && number > spec.max) {
    return { ok: false, why: `must be at most ${spec.max}, got ${showValue(value)}.`, fix: accepted(spec) };
  }
  return { ok: true, value: number };
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1', '[x]']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', '[ ]']);

function checkBoolean(spec: ArgSpec, value: string | number | boolean): Outcome {
  if (typeof value === 'boolean') return { ok: true, value };
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, why: `must be ${BOOLEAN_WORDS}, got ${showValue(value)}.`, fix: accepted(spec) };
}

function checkChoice(spec: ArgSpec, text: string): Outcome {
  const options = spec.options ?? [];
  if (options.includes(text)) return { ok: true, value: text };
  const folded = options.filter((option) => option.toLowerCase() === text.toLowerCase());
  if (folded.length === 1) return { ok: true, value: folded[0]! };
  const near = closest(text, options);
  return {
    ok: false,
    why: `must be one of ${list(options)}, got ${showValue(text)}.`,
    fix: near !== undefined ? `Did you mean ${code(near)}? ${accepted(spec)}` : accepted(spec),
  };
}

/**
 * A csv/file value: a link alone (bare, `<link>` or a Markdown link `[name](link)`), `@path` when local files
 * are allowed, or inline content.
 */
export function pendingContent(value: string, options: CheckOptions = {}): PendingContent {
  const trimmed = value.trim();
  if (options.localFiles && /^@[^\n]+$/.test(trimmed))
    return { kind: 'local', path: trimmed.slice(1).trim() };
  const url = linkAlone(trimmed);
  if (url !== undefined) return { kind: 'url', url };
  return inlineContent(value);
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;

function linkAlone(text: string): string | undefined {
  if (SCHEME.test(text)) return text;
  const angle = /^<(\S+)>$/.exec(text);
  if (angle && SCHEME.test(angle[1]!)) return angle[1]!;
  const markdown = /^!?\[[^\]\n]*\]\(\s*<?(\S+?)>?(?:\s+"[^"\n]*")?\s*\)$/.exec(text);
  if (markdown && SCHEME.test(markdown[1]!)) return markdown[1]!;
  return undefined;
}

/**
 * Content given inline. Line breaks become `\n`; one fenced block around the whole value (```lang … ```) is
 * removed and its info string kept as `lang`. Without a fence, blank lines around the content are removed.
 */
function inlineContent(value: string): PendingContent {
  const text = value.replace(/\r\n?/g, '\n');
  const lines = text
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const opening = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/.exec(lines[0] ?? '');
  if (opening) {
    const fence = opening[1]!;
    const last = lines.length > 1 ? lines[lines.length - 1]!.trim() : '';
    const closed = last.length >= fence.length && [...last].every((c) => c === fence[0]);
    const body = lines.slice(1, closed ? -1 : undefined);
    const content = body.length > 0 ? `${body.join('\n')}\n` : '';
    return opening[2]
      ? { kind: 'inline', text: content, lang: opening[2] }
      : { kind: 'inline', text: content };
  }
  const content = lines.join('\n');
  return { kind: 'inline', text: content === '' ? '' : `${content}\n` };
}

function unknownArgument(name: string, args: ArgSpec[]): Problem {
  const names = args.map((spec) => spec.name);
  if (names.length === 0) {
    return {
      field: name,
      message: `There is no argument ${showValue(name)}: this script takes no arguments.`,
      fix: 'Remove it.',
    };
  }
  const byTitle = args.find((spec) => normalize(spec.title) === normalize(name) && normalize(name) !== '');
  const near = byTitle?.name ?? closest(name, names);
  return {
    field: name,
    message: `There is no argument ${showValue(name)}.`,
    fix:
      (near !== undefined ? `Did you mean ${code(near)}? ` : '') +
      `The arguments of this script are ${list(names)}.`,
  };
}

function normalize(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/[\s_-]+/g, '');
}
