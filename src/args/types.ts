/** Argument values as requests give them, and csv/file values before they become files. */

/** A value as the request gave it: strings from forms, comments and `name=value` lines; any scalar from YAML/JSON. */
export type RawArgument = string | number | boolean | null;

/**
 * A csv/file value once checked, before it is written to a file: a link to download, or content given inline
 * (pasted into the form, usually in a fenced block).
 */
export type PendingContent =
  | { kind: 'url'; url: string }
  | {
      kind: 'inline';
      text: string;
      /** The info string of the fenced block it was pasted in (`csv`, `json`), when there was one. */
      lang?: string;
    }
  /** A file on this machine (`@path`), accepted only when the caller allows it (the CLI). */
  | { kind: 'local'; path: string };

/** Where csv/file links may be downloaded from. */
export interface DownloadPolicy {
  /** The GitHub host, e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  /** Hosts besides the GitHub host that links may point to (the manifest's `allowed-download-hosts`). */
  allowedHosts: string[];
}

export function isPendingContent(value: unknown): value is PendingContent {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return (
    (kind === 'url' && typeof (value as { url?: unknown }).url === 'string') ||
    (kind === 'inline' && typeof (value as { text?: unknown }).text === 'string') ||
    (kind === 'local' && typeof (value as { path?: unknown }).path === 'string')
  );
}
