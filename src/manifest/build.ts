/**
 * The typed manifest the pipeline uses, from the checked YAML values: defaults applied, numbers taken as
 * text where text is meant, names in declaration order.
 */
import { posix } from 'node:path';
import type { RawArg, RawManifest, RawRepository, RawScript, RawSettings } from './raw';
import { dict } from '../shared/own';
import { buildFlows } from './flows';
import { buildFanOut } from './fan-out';
import { buildNotebook } from './notebook';
import { manifestSchema } from './schema';
import { buildTriggers } from './triggers';
import {
  DEFAULT_COMMIT_AUTHOR,
  DEFAULT_PROGRESS_INTERVAL_SECONDS,
  PERMISSIONS,
  type ArgSpec,
  type Manifest,
  type Permission,
  type Script,
  type ScriptMode,
  type ScriptSettings,
  type Target,
} from './types';

export const DEFAULT_TIMEOUT_MINUTES = 30;
export const DEFAULT_MAX_DOWNLOAD_MIB = 10;
export const DEFAULT_PULL_REQUEST_TITLE = '{script} ({job})';

const COMMIT_AUTHOR = new RegExp(manifestSchema.definitions['commit-author'].pattern);

/**
 * The least permission a script needs: its own `permission` when set; otherwise, for a read script,
 * `defaults.permission` or `triage`; for a write script, the higher of `defaults.permission` and `write`.
 */
export function effectivePermission(mode: ScriptMode, own?: Permission, fallback?: Permission): Permission {
  if (own) return own;
  if (mode === 'read') return fallback ?? 'triage';
  const floor: Permission = 'write';
  return fallback && PERMISSIONS.indexOf(fallback) > PERMISSIONS.indexOf(floor) ? fallback : floor;
}

/** `Name <email>` as its parts. The value has passed the schema's pattern. */
export function parseCommitAuthor(value: string): { name: string; email: string } {
  const match = COMMIT_AUTHOR.exec(value);
  if (!match) throw new Error(`Not a commit author: ${value}`);
  return { name: match[1], email: match[2] };
}

/** Builds the typed manifest from values that passed the schema and the semantic checks. */
export function buildManifest(raw: RawManifest, file: string): Manifest {
  const repositories = dict<Target>();
  for (const [key, repository] of Object.entries(raw.repositories ?? {})) {
    repositories[key] = buildTarget(key, repository);
  }
  const scripts = dict<Script>();
  for (const [name, script] of Object.entries(raw.scripts)) {
    scripts[name] = buildScript(name, script, raw.defaults ?? {}, Object.keys(repositories));
  }
  return {
    file,
    version: 1,
    repositories,
    scripts,
    ...(raw.flows
      ? { flows: buildFlows(raw.flows, scripts, Object.keys(repositories), raw.defaults ?? {}) }
      : {}),
    allowedDownloadHosts: (raw['allowed-download-hosts'] ?? []).map((host) => host.toLowerCase()),
    maxDownloadBytes: Math.round((raw['max-download-mib'] ?? DEFAULT_MAX_DOWNLOAD_MIB) * 1024 * 1024),
    statusLabels: raw['status-labels'] ?? false,
    ...(raw.triggers ? { triggers: buildTriggers(raw.triggers) } : {}),
    progressIntervalSeconds: Math.max(5, raw['progress-interval'] ?? DEFAULT_PROGRESS_INTERVAL_SECONDS),
  };
}

function buildTarget(key: string, raw: RawRepository): Target {
  return {
    key,
    repository: raw.repository,
    ...(raw.ref !== undefined ? { ref: raw.ref } : {}),
    path: normalizeRelative(raw.path ?? `data/${key}`),
    title: raw.title ?? key,
    ...(raw['clone-url'] !== undefined ? { cloneUrl: raw['clone-url'] } : {}),
  };
}

function buildScript(name: string, raw: RawScript, defaults: RawSettings, repositoryKeys: string[]): Script {
  const mode = raw.mode ?? 'read';
  const pullRequest = raw['pull-request'] ?? {};
  return {
    name,
    title: raw.title ?? name,
    description: raw.description ?? '',
    command: (raw.command ?? []).map(String),
    ...buildNotebook(raw, defaults),
    mode,
    targets: raw.targets ? [...raw.targets] : [...repositoryKeys],
    args: Object.entries(raw.args ?? {}).map(([argName, arg]) => buildArg(argName, arg)),
    outputs: {
      ...(raw.outputs?.path !== undefined ? { path: normalizeRelative(raw.outputs.path) } : {}),
      expect: [...(raw.outputs?.expect ?? [])],
    },
    pullRequest: {
      title: pullRequest.title ?? DEFAULT_PULL_REQUEST_TITLE,
      ...(pullRequest.body !== undefined ? { body: pullRequest.body } : {}),
      labels: [...(pullRequest.labels ?? [])],
      draft: pullRequest.draft ?? false,
    },
    ...buildFanOut(raw['fan-out']),
    ...buildSettings(mode, raw, defaults),
    ...(raw['workflow-commands'] ? { workflowCommands: true } : {}),
  };
}

function buildSettings(mode: ScriptMode, own: RawSettings, defaults: RawSettings): ScriptSettings {
  const pick = <K extends keyof RawSettings>(key: K): RawSettings[K] => own[key] ?? defaults[key];
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...defaults.env, ...own.env })) env[key] = String(value);
  const author = pick('commit-author');
  return {
    timeoutMinutes: pick('timeout-minutes') ?? DEFAULT_TIMEOUT_MINUTES,
    retries: pick('retries') ?? 0,
    env,
    permission: effectivePermission(mode, own.permission, defaults.permission),
    allowUsers: [...(pick('allow-users') ?? [])],
    allowTeams: [...(pick('allow-teams') ?? [])],
    workingDirectory: normalizeRelative(pick('working-directory') ?? '.'),
    passArgs: pick('pass-args') ?? 'flags',
    commitAuthor: author ? parseCommitAuthor(author) : { ...DEFAULT_COMMIT_AUTHOR },
  };
}

export function buildArg(name: string, raw: RawArg): ArgSpec {
  const spec: ArgSpec = {
    name,
    type: raw.type,
    title: raw.title ?? name,
    required: raw.required ?? false,
  };
  if (raw.description !== undefined) spec.description = raw.description;
  if (raw.example !== undefined) spec.example = String(raw.example);
  if (raw.type === 'text' && raw.pattern !== undefined) spec.pattern = raw.pattern;
  if (raw.type === 'choice' && raw.options) spec.options = raw.options.map(String);
  if (raw.type === 'number') {
    if (raw.min !== undefined) spec.min = raw.min;
    if (raw.max !== undefined) spec.max = raw.max;
  }
  if (raw.type === 'csv') {
    if (raw.columns) spec.columns = [...raw.columns];
    spec.header = raw.header ?? true;
  }
  if (raw.default !== undefined && raw.default !== null) {
    spec.default = raw.type === 'number' || raw.type === 'boolean' ? raw.default : String(raw.default);
  }
  return spec;
}

/** `./data/x/` → `data/x`; `.` stays `.`. The value was checked to stay inside its directory. */
function normalizeRelative(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, '/'));
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}
