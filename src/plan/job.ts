import type { ArgValue, Script, Target } from '../manifest/types';

/** A fully resolved run: everything the later stages need, with no decision left to make. */
export interface Job {
  /** Unique per run attempt, safe in paths and branch names. */
  id: string;
  script: Script;
  /** The target with its checkout location resolved; undefined when the script needs none. */
  target?: ResolvedTarget;
  /** Checked, typed argument values (csv/file: the path of the file the dispatcher wrote). */
  args: Record<string, ArgValue>;
  /** Exactly what is spawned: argv[0] is the program. No shell, ever. */
  argv: string[];
  /** Absolute working directory. */
  cwd: string;
  /** The whole environment of the script. */
  env: Record<string, string>;
  /** Absolute output directory (created, empty, before each attempt). */
  outputDir: string;
  /** Absolute path where the script may write its JSON result. */
  resultFile: string;
  /** Name of the artifact: `<script>-<job>`. */
  artifactName: string;
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL on timeout or cancel. */
  graceMs: number;
  /** Extra attempts after a failed one. */
  retries: number;
  /** Globs (relative to outputDir) that must exist after a successful run. */
  expect: string[];
  requester: string;
  issue?: number;
  dryRun: boolean;
  /** Write scripts only. */
  write?: WritePlan;
  /** `notebook` for a notebook script (argv runs the notebook runner); absent for a command. */
  kind?: 'notebook';
  /** Notebook scripts only. */
  notebook?: NotebookJob;
}

export interface NotebookJob {
  /** The notebook, relative to the workspace with `/` (as messages and the run record name it). */
  path: string;
  /** Its file name without `.ipynb`: the executed copy is `<name>.ipynb` in the output directory. */
  name: string;
  /** Where the runner writes why the run failed (read with readNotebookFailure). */
  failureFile: string;
  kernel: string;
}

export interface ResolvedTarget extends Target {
  /** Absolute checkout path. */
  absolutePath: string;
}

export interface WritePlan {
  /** `script-dispatcher/<script>/<issue-N or job>` */
  branch: string;
  /** Open a pull request (false: push the branch and link a compare view). */
  openPullRequest: boolean;
  pullRequest: { title: string; body?: string; labels: string[]; draft: boolean };
  commitMessage: string;
  author: { name: string; email: string };
}
