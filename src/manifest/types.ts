/** The manifest as the rest of the pipeline sees it: validated, defaults applied, names resolved. */

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export const PERMISSIONS: readonly Permission[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export type ArgType = 'text' | 'textarea' | 'number' | 'boolean' | 'choice' | 'csv' | 'file';
export const ARG_TYPES: readonly ArgType[] = [
  'text',
  'textarea',
  'number',
  'boolean',
  'choice',
  'csv',
  'file',
];

export type ScriptMode = 'read' | 'write';

/** A typed argument value once checked: csv and file values are the path of the file the dispatcher wrote. */
export type ArgValue = string | number | boolean;

export interface ArgSpec {
  name: string;
  type: ArgType;
  /** Shown in forms; defaults to the name. */
  title: string;
  description?: string;
  example?: string;
  required: boolean;
  /** text: the whole value must match. */
  pattern?: string;
  /** choice: the allowed values. */
  options?: string[];
  /** number bounds. */
  min?: number;
  max?: number;
  /** Used when the request does not give the argument. Already of the arg's type. */
  default?: ArgValue;
  /** csv: the header row that must be there when header is true. */
  columns?: string[];
  /** csv: whether the first row is a header (default true when columns are given). */
  header?: boolean;
}

export interface Target {
  /** The short name requests use. */
  key: string;
  /** owner/name */
  repository: string;
  /** Branch checked out and the base of pull requests; undefined means the repository's default branch. */
  ref?: string;
  /** Checkout location relative to the working directory (default data/<key>). */
  path: string;
  /** Shown in forms and comments (default: the key). */
  title: string;
  /** Clone from this URL instead of GITHUB_SERVER_URL/owner/name (a mirror, a `file://` URL). */
  cloneUrl?: string;
}

export interface PullRequestSpec {
  title: string;
  body?: string;
  labels: string[];
  draft: boolean;
}

export interface OutputsSpec {
  /** Relative to the working directory; may hold placeholders. Undefined: a fresh temp dir. */
  path?: string;
  /** Globs that must exist after a successful run. */
  expect: string[];
}

/** Fields a script may set and `defaults` may set for every script. */
export interface ScriptSettings {
  timeoutMinutes: number;
  retries: number;
  env: Record<string, string>;
  /** Least repository permission of the requester. */
  permission: Permission;
  allowUsers: string[];
  allowTeams: string[];
  /** Relative to GITHUB_WORKSPACE (or the CLI's current directory). */
  workingDirectory: string;
  passArgs: 'flags' | 'none';
  /** "Name <email>" of write scripts' commits. */
  commitAuthor: { name: string; email: string };
}

export interface Script extends ScriptSettings {
  /** The script's output may issue workflow commands (`workflow-commands: true`); otherwise they are shown only. */
  workflowCommands?: boolean;
  name: string;
  title: string;
  /** Markdown. */
  description: string;
  command: string[];
  mode: ScriptMode;
  /** Keys of the repositories a request may name; the first is the default. Empty: the script needs none. */
  targets: string[];
  /** In declaration order. */
  args: ArgSpec[];
  outputs: OutputsSpec;
  pullRequest: PullRequestSpec;
}

export interface Manifest {
  /** The path it was read from, as the user gave it (for messages). */
  file: string;
  version: 1;
  repositories: Record<string, Target>;
  /** In declaration order. */
  scripts: Record<string, Script>;
  /** Hosts (besides the GitHub host) that csv/file attachment links may be downloaded from. */
  allowedDownloadHosts: string[];
  /** Size cap of a downloaded or pasted csv/file value, in bytes (default 10 MiB). */
  maxDownloadBytes: number;
  /** Add and move the script:running|succeeded|failed labels on the issue (default false). */
  statusLabels: boolean;
}

export const DEFAULT_MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;
export const DEFAULT_COMMIT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
