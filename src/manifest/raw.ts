/** The manifest as written in YAML, once it passed the schema: kebab-case keys, nothing defaulted yet. */
import type { ArgType, Permission, ScriptMode } from './types';

export interface RawSettings {
  'timeout-minutes'?: number;
  retries?: number;
  env?: Record<string, string | number | boolean>;
  permission?: Permission;
  'allow-users'?: string[];
  'allow-teams'?: string[];
  'working-directory'?: string;
  'pass-args'?: 'flags' | 'none';
  'commit-author'?: string;
  python?: string;
}

export interface RawRepository {
  repository: string;
  ref?: string;
  path?: string;
  title?: string;
  'clone-url'?: string;
}

export interface RawArg {
  type: ArgType;
  title?: string;
  description?: string;
  example?: string | number | boolean;
  required?: boolean;
  pattern?: string;
  options?: (string | number)[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
  columns?: string[];
  header?: boolean;
}

export interface RawScript extends RawSettings {
  'workflow-commands'?: boolean;
  title?: string;
  description?: string;
  command?: (string | number)[];
  notebook?: string;
  kernel?: string;
  mode?: ScriptMode;
  targets?: string[];
  args?: Record<string, RawArg>;
  outputs?: { path?: string; expect?: string[] };
  'pull-request'?: { title?: string; body?: string; labels?: string[]; draft?: boolean };
  'fan-out'?: RawFanOut;
}

export interface RawFlowStep {
  script: string;
  needs?: string[];
  args?: Record<string, string | number | boolean>;
  cache?: boolean;
  'cache-files'?: string[];
}

export interface RawFlow {
  title?: string;
  description?: string;
  targets?: string[];
  args?: Record<string, RawArg>;
  permission?: Permission;
  'max-parallel'?: number;
  'fan-out'?: RawFanOut;
  steps: Record<string, RawFlowStep>;
}

export type RawFanOut = 'targets' | { csv: string; 'rows-per-leg': number };

export interface RawManifest {
  version: 1;
  repositories?: Record<string, RawRepository>;
  defaults?: RawSettings;
  scripts: Record<string, RawScript>;
  flows?: Record<string, RawFlow>;
  'allowed-download-hosts'?: string[];
  'max-download-mib'?: number;
  'status-labels'?: boolean;
  'progress-interval'?: number;
  triggers?: RawTrigger[];
}

export interface RawTrigger {
  on: string;
  branches?: string[];
  paths?: string[];
  cron?: string;
  types?: string[];
  when?: Record<string, string | number | boolean | (string | number | boolean)[]>;
  workflows?: string[];
  conclusions?: string[];
  run: string;
  target?: string;
  args?: Record<string, string | number | boolean>;
  'report-to'?: number;
  'open-issue-on-failure'?: boolean;
}
