/** Turns csv and file values into files the script can read. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, type Problem } from '../errors';
import type { ArgSpec, ArgValue } from '../manifest/types';
import { dict } from '../shared/own';
import { checkDownloadUrl } from './attachments';
import { checkCsv } from './csv';
import { argLabel, code, formatBytes } from './messages';
import { isPendingContent, type DownloadPolicy, type PendingContent } from './types';

export interface MaterializeContext {
  /** Where the files are written (created when missing). */
  dir: string;
  /** Fetches a link that the policy allows; fails with a UserError (e.g. DownloadError) the user can act on. */
  download: (url: string) => Promise<Buffer>;
  /** Size cap of each value, downloaded or inline. */
  maxBytes: number;
  policy: DownloadPolicy;
  /** Reads an `@path` value (CLI only; see `checkArgs`' `localFiles`). Default: the file, relative to the current directory. */
  readLocal?: (file: string) => Promise<Buffer>;
}

export interface MaterializedArgs {
  /** Every value; csv and file values replaced by the absolute path of the file written. */
  values: Record<string, ArgValue>;
  /** Every problem of every csv/file argument. */
  problems: Problem[];
}

/**
 * Writes each csv/file value to `ctx.dir` (links are checked against the policy, then downloaded) and
 * replaces it by the file's absolute path. File names come from the argument's name, never from the user:
 * `<name>.csv` for csv; `<name><.ext>` for file, the extension taken from the link's last path segment or the
 * fenced block's language. CSV content must parse and have the header the manifest asks for.
 */
export async function materializeArgs(
  args: ArgSpec[],
  values: Record<string, ArgValue | PendingContent>,
  ctx: MaterializeContext,
): Promise<MaterializedArgs> {
  const out = dict<ArgValue>();
  const specs = new Map(args.map((spec) => [spec.name, spec]));
  const pending: { spec: ArgSpec; content: PendingContent; fileName: string }[] = [];
  const taken = new Set<string>();

  for (const [name, value] of Object.entries(values)) {
    const spec = specs.get(name);
    if (isPendingContent(value)) {
      if (spec && (spec.type === 'csv' || spec.type === 'file')) {
        pending.push({ spec, content: value, fileName: uniqueName(fileNameFor(spec, value), taken) });
      }
    } else out[name] = value;
  }

  if (pending.length > 0) await mkdir(ctx.dir, { recursive: true });
  const results = await Promise.all(
    pending.map((item) => materializeOne(item.spec, item.content, item.fileName, ctx)),
  );
  const problems: Problem[] = [];
  const written = new Map<string, string>();
  results.forEach((result, i) => {
    if ('path' in result) written.set(pending[i]!.spec.name, result.path);
    else problems.push(...result.problems);
  });
  // Keep the order the values came in.
  const ordered = dict<ArgValue>();
  for (const name of Object.keys(values)) {
    const value = Object.hasOwn(out, name) ? out[name] : written.get(name);
    if (value !== undefined) ordered[name] = value;
  }
  // Problems in the order the arguments are declared.
  const order = new Map(args.map((spec, i) => [spec.name, i]));
  problems.sort((a, b) => (order.get(a.field ?? '') ?? 0) - (order.get(b.field ?? '') ?? 0));
  return { values: ordered, problems };
}

async function materializeOne(
  spec: ArgSpec,
  content: PendingContent,
  fileName: string,
  ctx: MaterializeContext,
): Promise<{ path: string } | { problems: Problem[] }> {
  const label = argLabel(spec);
  const fail = (message: string, fix?: string) => ({ problems: [{ field: spec.name, message, fix }] });

  let bytes: Buffer;
  if (content.kind === 'url') {
    const refused = checkDownloadUrl(content.url, ctx.policy);
    if (refused) return fail(`${label}: ${refused.message}`, refused.fix);
    try {
      bytes = await ctx.download(content.url);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const fix = (error as { fix?: unknown }).fix ?? error.problems[0]?.fix;
      return fail(`${label}: ${error.message}`, typeof fix === 'string' ? fix : undefined);
    }
  } else if (content.kind === 'local') {
    try {
      bytes = await (ctx.readLocal ?? ((file: string) => readFile(path.resolve(file))))(content.path);
    } catch (error) {
      const reason = (error as { code?: unknown }).code;
      return fail(
        `${label}: the file ${code(content.path)} cannot be read` +
          (reason === 'ENOENT'
            ? ' (it does not exist).'
            : reason === 'EISDIR'
              ? ' (it is a directory).'
              : '.'),
        'Give the path of a readable file after `@`, relative to the current directory.',
      );
    }
  } else {
    bytes = Buffer.from(content.text, 'utf8');
  }
  if (bytes.length > ctx.maxBytes) {
    return fail(
      `${label} is ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(ctx.maxBytes)}.`,
      'Give a smaller file, or ask a maintainer to raise the size limit in the manifest.',
    );
  }

  if (spec.type === 'csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(
        `${label} is not UTF-8 text, so it cannot be read as CSV.`,
        'Save the file as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8) and attach it again.',
      );
    }
    const problems = checkCsv(spec, text);
    if (problems.length > 0) return { problems };
    // The decoder dropped a byte order mark; write what was checked, so the script sees the same header.
    bytes = Buffer.from(text, 'utf8');
  }

  const file = path.resolve(ctx.dir, fileName);
  await writeFile(file, bytes, { mode: 0o644 });
  return { path: file };
}

/** `<name>.csv`, or `<name>` plus an extension from the link or the fenced block's language. */
export function fileNameFor(spec: Pick<ArgSpec, 'name' | 'type'>, content: PendingContent): string {
  const base = safeBaseName(spec.name);
  if (spec.type === 'csv') return `${base}.csv`;
  const extension =
    content.kind === 'url'
      ? extensionOfUrl(content.url)
      : content.kind === 'local'
        ? extensionOf(path.basename(content.path))
        : extensionOfLanguage(content.lang);
  return `${base}${extension}`;
}

function safeBaseName(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/^[.-]+/, '')
    .slice(0, 100);
  return safe === '' ? 'argument' : safe;
}

const EXTENSION = /\.([A-Za-z0-9]{1,16})$/;

function extensionOfUrl(url: string): string {
  let last = '';
  try {
    last = new URL(url).pathname.split('/').pop() ?? '';
    last = decodeURIComponent(last);
  } catch {
    // no extension then
  }
  return extensionOf(last);
}

function extensionOf(fileName: string): string {
  const match = EXTENSION.exec(fileName);
  return match ? `.${match[1]!.toLowerCase()}` : '';
}

const LANGUAGE_EXTENSIONS: Record<string, string> = {
  text: 'txt',
  plain: 'txt',
  plaintext: 'txt',
  markdown: 'md',
  javascript: 'js',
  typescript: 'ts',
  python: 'py',
  shell: 'sh',
  bash: 'sh',
  yml: 'yaml',
};

function extensionOfLanguage(lang: string | undefined): string {
  if (lang === undefined || !/^[A-Za-z0-9]{1,16}$/.test(lang)) return '.txt';
  const lower = lang.toLowerCase();
  return `.${Object.hasOwn(LANGUAGE_EXTENSIONS, lower) ? LANGUAGE_EXTENSIONS[lower] : lower}`;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.indexOf('.', 1);
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
