import type { GitHubApi, PullRequest, RepoRef } from '../ports';
import { CHANGE_KIND_WORDS, type ChangeSummary, type PullRequestLink } from './types';
import { codeSpan, link, truncate } from '../shared/markdown';

/** GitHub refuses a pull request body over this many characters. */
export const MAX_BODY_CHARS = 65_536;
/** Changed files listed one by one; more: counts by kind, then the first this many. */
export const LISTED_CHANGES = 100;
/** An argument value shown in the table is cut after this many characters. */
const MAX_VALUE_CHARS = 200;
/** A path shown in the list is cut after this many characters. */
const MAX_PATH_CHARS = 300;
/** Arguments shown in the table at most. */
const MAX_ARGS = 50;

export interface PullRequestOptions {
  /** The content repository. */
  repo: RepoRef;
  /** The pushed branch, on the same repository. */
  head: string;
  /** The branch the changes are for (the target's ref). */
  base: string;
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
}

/**
 * The open pull request for head → base gets the new title and body; when there is none, one is opened.
 * Opening one that another run opened meanwhile (422 "A pull request already exists") updates that one.
 * The labels are added either way.
 */
export async function openOrUpdatePullRequest(
  api: GitHubApi,
  opts: PullRequestOptions,
): Promise<PullRequestLink> {
  const { repo, head, base, body } = opts;
  const title = pullRequestTitle(opts.title);
  let action: PullRequestLink['action'];
  let pr = await api.findOpenPullRequest(repo, head, base);
  if (pr) {
    pr = await api.updatePullRequest(repo, pr.number, { title, body });
    action = 'updated';
  } else {
    ({ pr, action } = await createOnce(api, { ...opts, title }));
  }
  const labels = [...new Set(opts.labels.filter((l) => l.trim() !== ''))];
  if (labels.length > 0) await api.addPullRequestLabels(repo, pr.number, labels);
  return { url: pr.url, number: pr.number, action, repository: `${repo.owner}/${repo.repo}` };
}

/** Creates tried when GitHub's answer is lost (a 5xx or a dropped connection) and no pull request appeared. */
export const CREATE_ATTEMPTS = 3;

/**
 * Opens the pull request, exactly once: a create whose answer was lost (GitHub may or may not have made it)
 * is followed by a lookup on the head branch, and tried again only when nothing is there. A 422 "already
 * exists" (another run opened it meanwhile) updates the one that exists.
 */
async function createOnce(
  api: GitHubApi,
  opts: PullRequestOptions,
): Promise<{ pr: PullRequest; action: PullRequestLink['action'] }> {
  const { repo, head, base, title, body } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      const pr = await api.createPullRequest(repo, { title, body, head, base, draft: opts.draft });
      return { pr, action: 'opened' };
    } catch (error) {
      const exists = isAlreadyExists(error);
      if (!exists && !isLostAnswer(error)) throw error;
      const existing = await api.findOpenPullRequest(repo, head, base);
      if (existing) {
        // After a lost answer, the one found is the one this create made: it already has this title and body.
        if (!exists) return { pr: existing, action: 'opened' };
        return { pr: await api.updatePullRequest(repo, existing.number, { title, body }), action: 'updated' };
      }
      if (exists || attempt >= CREATE_ATTEMPTS) throw error;
    }
  }
}

/** A call whose answer did not come back: a server error, or no HTTP answer at all. */
export function isLostAnswer(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return status >= 500 || status === 0;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === 'string') return /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|UND_ERR_\w+)$/.test(code);
  return name === 'HttpError' || name === 'RequestError';
}

/** GitHub refuses a pull request title over this many characters. */
export const MAX_TITLE_CHARS = 256;

/**
 * A pull request title is one line: control characters (newlines, tabs, escapes) become spaces, runs of
 * spaces one, and the whole is cut to MAX_TITLE_CHARS characters (on a code point boundary).
 */
export function pullRequestTitle(text: string): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const points = Array.from(flat);
  if (points.length <= MAX_TITLE_CHARS) return flat || 'Changes';
  return (
    points
      .slice(0, MAX_TITLE_CHARS - 1)
      .join('')
      .trimEnd() + '…'
  );
}

/** GitHub's 422 for a second open pull request on the same head and base. */
export function isAlreadyExists(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { status?: unknown; message?: unknown; response?: { data?: unknown } };
  if (e.status !== 422) return false;
  const text = `${typeof e.message === 'string' ? e.message : ''} ${JSON.stringify(e.response?.data ?? '')}`;
  return /already exists/i.test(text);
}

/** The compare view of `branch` against `base`. */
export function compareUrl(serverUrl: string, repo: RepoRef | string, base: string, branch: string): string {
  const full = typeof repo === 'string' ? repo : `${repo.owner}/${repo.repo}`;
  const ref = (r: string) => encodeURIComponent(r).replace(/%2F/g, '/');
  return `${serverUrl.replace(/\/+$/, '')}/${full}/compare/${ref(base)}...${ref(branch)}`;
}

export interface PullRequestBodyInfo {
  issueUrl?: string;
  runUrl?: string;
  artifactUrl?: string;
  script: string;
  job: string;
  args: Record<string, unknown>;
  changes: ChangeSummary;
  /** Every changed path; when absent, `changes.files` is what can be listed. */
  allFiles?: { status: string; path: string }[];
}

/** The pull request body: links, arguments, changed files. Never over MAX_BODY_CHARS, whatever the input. */
export function renderPullRequestBody(info: PullRequestBodyInfo): string {
  const parts: string[] = [];
  parts.push(`Changes made by the script **${inline(info.script, 100)}** (job ${shortCode(info.job, 100)}).`);

  const links: string[] = [];
  if (info.issueUrl) links.push(`- Requested in ${link('the issue', info.issueUrl)}`);
  if (info.runUrl) links.push(`- ${link('Workflow run', info.runUrl)}`);
  if (info.artifactUrl) links.push(`- ${link('Output files and the run record', info.artifactUrl)}`);
  if (links.length > 0) parts.push(links.join('\n'));

  parts.push(argumentsTable(info.args));

  const header = parts.join('\n\n') + '\n\n';
  const footer =
    '\n\n<sub>Opened by Script Dispatcher. Running the script again updates this pull request.</sub>\n';
  const budget = MAX_BODY_CHARS - header.length - footer.length;
  return clip(header + changedFiles(info, Math.max(budget, 0)) + footer);
}

function argumentsTable(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  if (entries.length === 0) return '**Arguments:** none';
  const rows = entries
    .slice(0, MAX_ARGS)
    .map(([name, value]) => `| ${cell(name, 60)} | ${cell(displayValue(value), MAX_VALUE_CHARS)} |`);
  if (entries.length > MAX_ARGS) rows.push(`| … | ${entries.length - MAX_ARGS} more |`);
  return ['**Arguments**', '', '| Argument | Value |', '|---|---|', ...rows].join('\n');
}

function changedFiles(info: PullRequestBodyInfo, budget: number): string {
  const { changes } = info;
  const files = info.allFiles ?? changes.files;
  const total = Math.max(changes.count, files.length);
  const lines: string[] = [];
  const noun = total === 1 ? 'file' : 'files';
  if (total <= LISTED_CHANGES && files.length >= total) {
    lines.push(`**Changed ${noun}** (${total})`, '');
  } else {
    const counts = [
      ['added', changes.added],
      ['modified', changes.modified],
      ['deleted', changes.deleted],
      ['renamed', changes.renamed],
    ]
      .filter(([, n]) => Number(n) > 0)
      .map(([word, n]) => `${n} ${word}`);
    lines.push(`**Changed ${noun}:** ${total}${counts.length ? ` (${counts.join(', ')})` : ''}`, '');
    if (files.length > 0) lines.push(`The first ${Math.min(files.length, LISTED_CHANGES)}:`, '');
  }
  let used = lines.join('\n').length;
  const reserve = 80;
  let shown = 0;
  for (const file of files.slice(0, LISTED_CHANGES)) {
    const line = `- ${shortCode(file.path, MAX_PATH_CHARS)} ${CHANGE_KIND_WORDS[file.status] ?? inline(file.status, 10)}`;
    if (used + line.length + 1 > budget - reserve) break;
    lines.push(line);
    used += line.length + 1;
    shown++;
  }
  if (shown < total && (shown < files.length || total <= LISTED_CHANGES)) {
    lines.push(`- … and ${total - shown} more`);
  }
  return lines.join('\n');
}

function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** A table cell: a code span on one line, its pipes escaped so that the table holds. */
function cell(value: string, max: number): string {
  if (value === '') return '_empty_';
  return shortCode(value, max).replace(/\|/g, '\\|');
}

/** A code span showing `value` on one line (line breaks as ↵), whatever backticks it holds. */
function shortCode(value: string, max: number): string {
  const flat = truncate(value, max)
    .replace(/\r\n|\r|\n/g, '↵')
    .replace(/\t/g, ' ');
  if (flat.trim() === '') return `\`${flat.length ? '·'.repeat(Math.min(flat.length, 3)) : '·'}\``;
  return codeSpan(flat);
}

/** Text shown as Markdown, with what would be markup escaped. */
function inline(value: string, max: number): string {
  return truncate(value, max)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|#!~&]/g, (c) => `\\${c}`);
}

/** Last guard: never over the limit, whatever the parts did. */
function clip(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const note = '\n\n… (cut to fit)\n';
  return body.slice(0, MAX_BODY_CHARS - note.length) + note;
}
