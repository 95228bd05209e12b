/** Which links csv/file arguments may be downloaded from. */
import type { Problem } from '../errors';
import { code } from './messages';
import type { DownloadPolicy } from './types';

/**
 * Undefined when `url` may be downloaded, else the problem. Allowed: an attachment on the GitHub host (same
 * scheme and port as `serverUrl`; path under `/user-attachments/` or `/<owner>/<repo>/files/` of any
 * repository, since GitHub keeps an attachment under the repository it was uploaded to), or any https link
 * whose host is exactly one of `allowedHosts` (default port, or the port the entry names).
 */
export function checkDownloadUrl(url: string, policy: DownloadPolicy): Problem | undefined {
  let link: URL;
  try {
    link = new URL(url.trim());
  } catch {
    return {
      message: `${code(shorten(url))} is not a valid link.`,
      fix: 'Attach the file to the issue and use the link GitHub inserts, or paste the content in a fenced block.',
    };
  }
  const shown = code(displayUrl(link));
  if (link.username !== '' || link.password !== '') {
    return {
      message: `The link ${shown} contains a user name or password; such links are not downloaded.`,
      fix: 'Attach the file to the issue instead, or give the link without the part before `@`.',
    };
  }

  const server = githubHost(policy.serverUrl);
  if (server && link.protocol === server.protocol && link.host === server.host) {
    if (isAttachmentPath(link.pathname)) return undefined;
    return {
      message:
        `The link ${shown} is on ${code(server.host)} but is not a file attached to an issue ` +
        '(attachments are under `/user-attachments/` or `/<owner>/<repo>/files/`).',
      fix: 'Attach the file to the issue (drag it into the field) and use the link GitHub inserts.',
    };
  }

  if (link.protocol === 'https:' && policy.allowedHosts.some((entry) => sameHost(link, entry)))
    return undefined;

  const host = link.host || link.protocol;
  const allowedHere = policy.allowedHosts.some((entry) => hostOf(entry)?.hostname === link.hostname);
  const why =
    allowedHere && link.protocol !== 'https:'
      ? `${code(host)} is only downloaded from over https`
      : allowedHere
        ? `${code(host)} is allowed only on its ${portOf(policy.allowedHosts, link.hostname)}`
        : server && link.hostname === server.hostname
          ? `links to ${code(server.host)} must use ${server.protocol.replace(':', '')} on its usual port`
          : `${code(host)} is not a host the dispatcher downloads from`;
  return {
    message: `The link ${shown} cannot be downloaded: ${why}.`,
    fix:
      `Attach the file to the issue (drag it into the field) so that its link is on ${code(server?.host ?? 'the GitHub host')}, ` +
      `or paste the content in a fenced block; or ask a maintainer to add ${code(link.hostname)} to ` +
      '`allowed-download-hosts` in the manifest.',
  };
}

/** `https://host/path`, without user info, query or fragment (which may hold signatures or tokens). */
export function displayUrl(link: URL): string {
  return shorten(`${link.protocol}//${link.host}${link.pathname}`);
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function githubHost(serverUrl: string): URL | undefined {
  try {
    return new URL(serverUrl);
  } catch {
    return undefined;
  }
}

/**
 * `/user-attachments/<...>` or `/<owner>/<repo>/files/<...>`, with no segment that would mean something else
 * once decoded (encoded slashes, backslashes or dot segments).
 */
function isAttachmentPath(pathname: string): boolean {
  const segments = pathname.split('/').slice(1);
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (/[/\\\u0000]/.test(decoded) || decoded === '.' || decoded === '..') return false;
  }
  const nonEmpty = (from: number) => segments.slice(from).some((segment) => segment !== '');
  if (segments[0] === 'user-attachments' && segments.length > 1) return nonEmpty(1);
  return (
    segments.length > 3 &&
    /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(segments[0]!) &&
    /^[A-Za-z0-9._-]+$/.test(segments[1]!) &&
    segments[1] !== '.' &&
    segments[1] !== '..' &&
    segments[2] === 'files' &&
    nonEmpty(3)
  );
}

/** An `allowed-download-hosts` entry as a URL: `files.example.org`, `files.example.org:8443` or a full URL. */
function hostOf(entry: string): URL | undefined {
  const text = entry.trim();
  if (text === '') return undefined;
  try {
    const parsed = new URL(text.includes('://') ? text : `https://${text}`);
    if (parsed.username || parsed.password) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

function sameHost(link: URL, entry: string): boolean {
  const allowed = hostOf(entry);
  if (!allowed) return false;
  // Both normalised the same way (lower case, punycode, default port dropped).
  return allowed.hostname === link.hostname && allowed.port === link.port;
}

function portOf(entries: string[], hostname: string): string {
  const ports = entries
    .map(hostOf)
    .filter((entry): entry is URL => entry?.hostname === hostname)
    .map((entry) => (entry.port === '' ? 'usual port' : `port ${entry.port}`));
  return [...new Set(ports)].join(' or ');
}
