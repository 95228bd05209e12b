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

/** A notebook script's notebook (see src/notebook/). */
export interface NotebookSpec {
  /** Relative to the script's working directory; inside the workspace. */
  path: string;
  /** Overrides the notebook's kernelspec. */
  kernel?: string;
  /** The interpreter that runs nbclient (default `python3` from PATH). */
  python: string;
}

export interface Script extends ScriptSettings {
  /** The script's output may issue workflow commands (`workflow-commands: true`); otherwise they are shown only. */
  workflowCommands?: boolean;
  name: string;
  title: string;
  /** Markdown. */
  description: string;
  /** Empty for a notebook script. */
  command: string[];
  /** Set for a notebook script (`notebook:` instead of `command:`). */
  notebook?: NotebookSpec;
  mode: ScriptMode;
  /** Keys of the repositories a request may name; the first is the default. Empty: the script needs none. */
  targets: string[];
  /** In declaration order. */
  args: ArgSpec[];
  outputs: OutputsSpec;
  pullRequest: PullRequestSpec;
  /** What one request fans out over across runners; undefined: one leg. */
  fanOut?: FanOut;
}

/** One step of a flow: a script of the manifest, the steps it needs, its argument values. */
export interface FlowStep {
  name: string;
  /** A key of `Manifest.scripts`. */
  script: string;
  /** Names of steps of the same flow that must succeed (or be cached) first, as written. */
  needs: string[];
  /** Values as written; text may hold `{args.NAME}`, `{target}`, `{job}`, `{steps.NAME.output}`. */
  args: Record<string, ArgValue>;
  cache: boolean;
  /** Globs, relative to the working directory, of further files whose content enters the cache key. */
  cacheFiles: string[];
}

export interface Flow {
  name: string;
  title: string;
  /** Markdown. */
  description: string;
  /** Keys of the repositories a request may name; the first is the default. */
  targets: string[];
  /** The flow's own arguments, in declaration order. */
  args: ArgSpec[];
  /** The flow's `permission`, raised to the highest of its steps' scripts. */
  permission: Permission;
  /** Steps at once; undefined: the number of CPUs. */
  maxParallel?: number;
  /** One request on many runners (see `Script.fanOut`): each leg runs the whole flow on its part. */
  fanOut?: FanOut;
  /** In declaration order. */
  steps: FlowStep[];
}

/** `fan-out: targets`, or `fan-out: {csv: ARG, rows-per-leg: N}` (see src/manifest/fan-out.ts). */
export type FanOut = { over: 'targets' } | { over: 'csv'; arg: string; rowsPerLeg: number };

export interface Manifest {
  /** The path it was read from, as the user gave it (for messages). */
  file: string;
  version: 1;
  repositories: Record<string, Target>;
  /** In declaration order. */
  scripts: Record<string, Script>;
  /** In declaration order; names never equal a script's. Absent in manifests built before flows existed. */
  flows?: Record<string, Flow>;
  /** Hosts (besides the GitHub host) that csv/file attachment links may be downloaded from. */
  allowedDownloadHosts: string[];
  /** Size cap of a downloaded or pasted csv/file value, in bytes (default 10 MiB). */
  maxDownloadBytes: number;
  /** Add and move the script:running|succeeded|failed labels on the issue (default false). */
  statusLabels: boolean;
  /** Events that start a script without a request, in declaration order (absent: none). */
  triggers?: Trigger[];
  /** Least seconds between two edits of the status comment while a script runs (default 15, at least 5). */
  progressIntervalSeconds?: number;
}

/** A value a trigger's `args` gives: text may hold `{event.PATH}` and the usual placeholders. */
export type TriggerArgValue = string | number | boolean;

/** One entry of `triggers`: an event, the filters it must pass, and the run it starts. */
export interface Trigger {
  /** 1-based position in `triggers` (the `t<N>` of the job id). */
  index: number;
  /** The event name (`push`, `schedule`, `repository_dispatch`, `workflow_run`, ...). */
  on: string;
  /** push: globs of the branch; `!` excludes; the last that matches decides. */
  branches?: string[];
  /** push: globs of the changed files; one matching file is enough. */
  paths?: string[];
  /** schedule: the cron that fired (`github.event.schedule`), whitespace normalized. */
  cron?: string;
  /** `github.event.action`, any of. */
  types?: string[];
  /** Dotted payload paths and the values allowed at each (any of); every path must hold. */
  when?: Record<string, string[]>;
  /** workflow_run: workflow names, any of. */
  workflows?: string[];
  /** workflow_run: conclusions, any of. */
  conclusions?: string[];
  /** The script (or flow) to run. */
  run: string;
  /** A key of `repositories`; undefined: the script's default. */
  target?: string;
  /** In declaration order. */
  args: Record<string, TriggerArgValue>;
  /** The issue that gets the status comment. */
  reportTo?: number;
  openIssueOnFailure: boolean;
}

export const DEFAULT_PROGRESS_INTERVAL_SECONDS = 15;

export const DEFAULT_MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;
export const DEFAULT_COMMIT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
