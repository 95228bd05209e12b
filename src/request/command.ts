/**
 * Comment commands: `/run [script] [name=value ...]`, `/cancel`, `/help [script]`.
 *
 * Only the first line of a comment counts, and its first token must be exactly the command. The line must
 * start with the command: a leading byte order mark and blank lines before it are skipped, but spaces before
 * the command are not (four of them make a Markdown code block, which shows a command rather than gives one).
 *
 * Tokens are separated by whitespace. A token may be quoted in parts: `name="a b"`, `name='x "y"'`,
 * `"a b"`. Inside double quotes a backslash escapes `"`, `\` and stands for a newline (`\n`), carriage return
 * (`\r`) or tab (`\t`); before any other character it is kept. Inside single quotes nothing is special.
 * Typographic quotes (“…”, ‘…’), which phone keyboards type, work like single quotes. `=` inside quotes is
 * part of the text: only an unquoted `=` separates a name from its value.
 */
import type { Problem } from '../errors';
import { codeSpan } from '../shared/markdown';

export type Command =
  | { name: 'run'; script?: string; args: Record<string, string>; problems: Problem[] }
  | { name: 'cancel' }
  | { name: 'help'; script?: string };

interface Token {
  /** The text with quotes removed and escapes applied. */
  text: string;
  /** Index in `text` of the first `=` outside quotes; -1 when there is none. */
  equals: number;
  /** The quote that was still open at the end of the line, if one was. */
  unterminated?: string;
  /** The token as written. */
  raw: string;
}

const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** Splits a command line into tokens (see the module comment for the rules). Never fails. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpace(line[i])) i++;
    if (i >= line.length) break;
    const start = i;
    let text = '';
    let equals = -1;
    let unterminated: string | undefined;
    while (i < line.length && !isSpace(line[i])) {
      const char = line[i];
      const closing = CLOSING_QUOTE[char];
      if (closing === undefined) {
        if (char === '=' && equals < 0) equals = text.length;
        text += char;
        i++;
        continue;
      }
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i];
        if (c === closing) {
          closed = true;
          i++;
          break;
        }
        if (char === '"' && c === '\\' && i + 1 < line.length && ESCAPES[line[i + 1]] !== undefined) {
          text += ESCAPES[line[i + 1]];
          i += 2;
          continue;
        }
        text += c;
        i++;
      }
      if (!closed) unterminated = char;
    }
    tokens.push({ text, equals, unterminated, raw: line.slice(start, i) });
  }
  return tokens;
}

/** The first line that is not blank, without a byte order mark; undefined for an empty comment. */
function commandLine(body: string): string | undefined {
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const line = lines.find((l) => l.trim() !== '');
  return line?.trimEnd();
}

function setArg(args: Record<string, string>, name: string, value: string): void {
  // defineProperty: a name such as `__proto__` becomes an ordinary key.
  Object.defineProperty(args, name, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether `text` must be quoted to be read back as one token with this exact text and no unquoted `=`. */
function needsQuotes(text: string, allowEquals: boolean): boolean {
  if (text === '') return true;
  for (const char of text) {
    if (isSpace(char) || CLOSING_QUOTE[char] !== undefined || char === '”' || char === '’') return true;
    if (char === '=' && !allowEquals) return true;
  }
  return false;
}

function quote(text: string): string {
  if (text.includes('"') && !text.includes("'") && !/[\r\n]/.test(text)) return `'${text}'`;
  const escaped = text.replace(/[\\"\n\r\t]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`,
  );
  return `"${escaped}"`;
}

/**
 * A `/run` line that {@link parseCommand} reads back to exactly `script` and `args` (values are quoted when
 * they need to be; newlines are written `\n` inside double quotes). For ready-to-copy fix lines.
 */
export function formatRunCommand(script: string, args: Record<string, string>): string {
  const parts = ['/run'];
  if (script !== '') parts.push(needsQuotes(script, false) ? quote(script) : script);
  for (const [name, value] of Object.entries(args)) parts.push(formatArg(name, value));
  return parts.join(' ');
}

/** `name=value`, quoted where needed; a value may hold `=`, as only the first unquoted `=` separates the name. */
function formatArg(name: string, value: string): string {
  return `${needsQuotes(name, false) ? quote(name) : name}=${needsQuotes(value, true) ? quote(value) : value}`;
}

function parseRun(tokens: Token[]): Command {
  let script: string | undefined;
  const args: Record<string, string> = {};
  const problems: Problem[] = [];
  /** What the line would be with every problem fixed as suggested. */
  const fixed: { name: string; value: string }[] = [];
  for (const token of tokens) {
    if (token.unterminated) {
      problems.push({
        message: `The quote ${codeSpan(token.unterminated)} in ${codeSpan(token.raw)} is never closed.`,
        fix: 'Close the quote at the end of the value.',
      });
    }
    if (token.equals === 0) {
      problems.push({
        message: `${codeSpan(token.raw)} has no argument name before \`=\`.`,
        fix: 'Write each argument as `name=value`.',
      });
      continue;
    }
    if (token.equals > 0) {
      const name = token.text.slice(0, token.equals);
      const value = token.text.slice(token.equals + 1);
      setArg(args, name, value);
      fixed.push({ name, value });
      continue;
    }
    if (script === undefined) {
      script = token.text;
      continue;
    }
    const previous = fixed[fixed.length - 1];
    if (previous) {
      // Most often the rest of a value with spaces that was not quoted: `title=Hello world`.
      problems.push({
        field: previous.name,
        message: `${codeSpan(token.raw)} is not a \`name=value\` argument.`,
        fix: `Quote values that hold spaces: ${codeSpan(formatArg(previous.name, `${previous.value} ${token.text}`))}.`,
      });
      previous.value = `${previous.value} ${token.text}`;
    } else {
      problems.push({
        message: `${codeSpan(token.raw)} is not a \`name=value\` argument (the script is ${codeSpan(script)}).`,
        fix: `Give arguments as \`name=value\`, e.g. ${codeSpan(`${token.text || 'name'}=value`)}.`,
      });
    }
  }
  if (problems.length > 0) {
    // The whole line with every suggestion applied, ready to copy, on the last problem.
    const byName: Record<string, string> = {};
    for (const { name, value } of fixed) setArg(byName, name, value);
    const last = problems[problems.length - 1];
    last.fix = `${last.fix ?? ''} The whole line: ${codeSpan(formatRunCommand(script ?? '', byName))}`.trim();
  }
  return script === undefined ? { name: 'run', args, problems } : { name: 'run', script, args, problems };
}

/**
 * The command on the first line of a comment, or undefined when the comment gives none (`/running`, `/run:`
 * and text before the command are not commands). `/run` problems (an unclosed quote, a token that is not
 * `name=value`) are listed with a fix; what could be read is still returned.
 */
export function parseCommand(commentBody: string): Command | undefined {
  if (typeof commentBody !== 'string') return undefined;
  const line = commandLine(commentBody);
  if (line === undefined || !line.startsWith('/')) return undefined;
  const tokens = tokenize(line);
  const [first, ...rest] = tokens;
  if (!first || first.raw !== first.text) return undefined;
  switch (first.raw) {
    case '/run':
      return parseRun(rest);
    case '/cancel':
      return { name: 'cancel' };
    case '/help':
      return rest.length > 0 && rest[0].text !== ''
        ? { name: 'help', script: rest[0].text }
        : { name: 'help' };
    default:
      return undefined;
  }
}
