/**
 * One request across many runners (`fan-out: plan | leg | gather`, workflows-examples/fan-out.yml). Every
 * mode reads the same event and accepts it again (authorization, arguments): a leg trusts nothing but the
 * event, the manifest and its leg number.
 * - plan: the status comment, 👀, and the legs as the `matrix` output.
 * - leg: runs its part (its target, or its csv rows) and uploads `<script>-<job>-leg-<N>` with its own
 *   `_dispatch/`; a write script's changes go into that artifact as a git bundle. Never edits the comment.
 * - gather: the legs' artifacts of this run merged into `<script>-<job>` (`legs/<name>/...`, one record with
 *   `legs`), a write script's changes applied in leg order (one pull request per target), the final status
 *   comment with a row per leg; fails when a leg failed or is missing.
 * Job ids: each job is `<run id>-<attempt>`; a re-run of failed legs runs at a later attempt, and gather takes
 * each leg's artifact of the latest attempt that has one (see the README, "Fan-out across runners").
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { legRequest, legsMarkdown, planRequest, type LegRequest, type PlannedRequest } from '../fanout/modes';
import { readLegFolder } from '../fanout/leg-folder';
import { mergeLegRecords, legArtifactName, type MergedLegs } from '../fanout/merge';
import type { FanOutPlan, LegPart } from '../fanout/plan';
import type { ArgValue, Manifest, Script } from '../manifest/types';
import type { Job } from '../plan/job';
import type { Checkout, ContentRepo, Ports, PublishResult, Reporter } from '../ports';
import { applyLegChanges, legChangesByTarget, LegConflictError, writeLegChanges } from '../publish/bundle';
import { DISPATCH_DIR, RECORD_FILE } from '../publish/dispatch-folder';
import { hashFolder } from '../publish/hash';
import { collectOutputs } from '../publish/outputs';
import { buildRunRecord, type RecordLeg } from '../report/record';
import { failureMessage } from '../report/outcome';
import { renderStatusComment, statusMarker } from '../report/status-comment';
import type { RunReport, RunStatus } from '../report/types';
import type { RunRequest } from '../request/types';
import { errorMessage, plural } from '../shared/markdown';
import { accept, type Rejection } from './accept';
import type { DispatchResult } from './dispatch';
import { recordSteps } from './observe';
import { flowNamed, runFlowJob } from './run-flow';
import { finishReport, jobReport, runJob } from './run-job';
import { excluded } from '../workspace/content';
import { Git } from '../workspace/git';

export type FanOutMode = 'plan' | 'leg' | 'gather';

/** A leg's artifact, downloaded by gather into `<root>/legs/<name>/`. */
export interface FoundLeg {
  part: LegPart;
  /** Absolute folder of the leg's files. */
  dir: string;
  /** The artifact's name (an earlier attempt's, when the leg was not re-run). */
  artifact: string;
}

export interface FanOutOptions {
  mode: FanOutMode;
  /** `fan-out: leg`: the `leg` input, as given. */
  leg?: string;
  /** The event's name, for the run record. */
  event?: string;
  /** gather: downloads the legs' artifacts of this run into `<root>/legs/<name>/` (missing legs left out). */
  findLegs?: (plan: FanOutPlan, root: string) => Promise<FoundLeg[]>;
  /** gather: the job ids whose status comment this run may have written, newest first (earlier attempts). */
  commentJobs?: string[];
}

/** A request in one of the fan-out modes. Never throws for anything a requester can cause. */
export async function runFanOut(
  request: RunRequest,
  manifest: Manifest,
  ports: Ports,
  options: FanOutOptions,
): Promise<DispatchResult> {
  switch (options.mode) {
    case 'plan':
      return plan(request, manifest, ports);
    case 'leg':
      return leg(request, manifest, ports, options);
    case 'gather':
      return gather(request, manifest, ports, options);
  }
}

const NOWHERE: Reporter = { accept: async () => undefined, update: async () => undefined };

async function plan(request: RunRequest, manifest: Manifest, ports: Ports): Promise<DispatchResult> {
  const started = Date.now();
  const reporter = ports.reporter({
    issue: request.issue,
    commentId: request.commentId,
    statusLabels: manifest.statusLabels,
  });
  const { acceptance, planned } = await acceptPlanned(request, manifest, ports);
  if (acceptance.kind === 'rejection' || !planned) {
    const rejection = acceptance as Rejection;
    const report = rejectionReport(request, rejection, ports, started);
    await finishReport(report, rejection.status, started, reporter);
    return { ...outcome(report, ports, reporter.url), matrix: '' };
  }
  await reporter.accept();
  const report = describe(jobReport(acceptance.job, ports, started), planned, manifest);
  report.phase = 'running';
  await reporter.update(report);
  const count = planned.plan.legs.length;
  ports.log.info(`${plural(count, 'leg')}: ${planned.plan.legs.map((l) => l.name).join(', ')}`);
  return {
    status: 'succeeded',
    message: `planned ${plural(count, 'leg')}`,
    commentUrl: reporter.url,
    matrix: planned.matrix,
  };
}

/** Accepts the request as plan and gather do: the whole plan of legs, recomputed from the request alone. */
async function acceptPlanned(request: RunRequest, manifest: Manifest, ports: Ports) {
  let planned: PlannedRequest | undefined;
  const acceptance = await accept(request, manifest, ports, {
    fanOut: async (script, targets, values) => {
      planned = await planned_(manifest, script, targets, values);
      return { values };
    },
  });
  return { acceptance, planned: planned as PlannedRequest | undefined };
}

function planned_(manifest: Manifest, script: Script, targets: string[], values: Record<string, ArgValue>) {
  // The keys are checked already; they hold no comma or space.
  return planRequest({ manifest, owner: script, target: targets.join(','), args: values });
}

/** The report shows every target of a targets fan-out. */
function describe(report: RunReport, planned: PlannedRequest, manifest: Manifest): RunReport {
  if (planned.plan.over === 'targets' && planned.targets.length > 1) {
    report.target = planned.targets.join(', ');
    report.targetTitle = planned.targets.map((k) => manifest.repositories[k]?.title ?? k).join(', ');
  }
  return report;
}

async function leg(
  request: RunRequest,
  manifest: Manifest,
  ports: Ports,
  options: FanOutOptions,
): Promise<DispatchResult> {
  const started = Date.now();
  let part: LegRequest | undefined;
  const dir = path.join(ports.environment.tempDir, 'leg');
  const acceptance = await accept(request, manifest, ports, {
    fanOut: async (script, targets, values) => {
      part = await legRequest(
        { manifest, owner: script, target: targets.join(','), args: values },
        options.leg,
        dir,
      );
      return { target: part.part.targets[0], values: part.args };
    },
  });
  if (acceptance.kind === 'rejection' || !part) {
    const rejection = acceptance as Rejection;
    const report = rejectionReport(request, rejection, ports, started);
    report.phase = 'done';
    report.status = rejection.status;
    return outcome(report, ports);
  }
  const { part: legPart } = part;
  const job: Job = {
    ...acceptance.job,
    artifactName: legArtifactName(acceptance.job.script.name, acceptance.job.id, legPart.leg),
  };
  ports.log.info(`Leg ${legPart.leg} of ${part.plan.legs.length} (${legPart.name}).`);

  // The job uploads nothing itself: the leg adds its record (and its changes) first.
  let uploaded: { root: string } | undefined;
  const holdArtifacts = {
    upload: async (_name: string, root: string) => {
      uploaded = { root };
      return {};
    },
  };
  const content: ContentRepo = {
    checkout: (j) => ports.content.checkout(j),
    publish: async (j): Promise<PublishResult> => {
      if (!j.target || !j.write) return {};
      const git = await Git.create({ cwd: j.target.absolutePath });
      const changes = await writeLegChanges(git, {
        dir: j.target.absolutePath,
        exclude: excluded(j, j.target.absolutePath),
        message: j.write.commitMessage,
        author: j.write.author,
        leg: legPart.leg,
        name: legPart.name,
        target: j.target.key,
        artifactRoot: j.outputDir,
      });
      return changes ? {} : { noChanges: true };
    },
  };
  const legPorts = { ...ports, reporter: NOWHERE, artifacts: holdArtifacts, content };
  // A flow that fans out runs all its steps in each leg.
  const flow = flowNamed(manifest, job.script.name);
  const report = flow ? await runFlowJob(flow, job, manifest, legPorts) : await runJob(job, legPorts);
  const root = uploaded?.root ?? job.outputDir;
  try {
    // runJob wrote the leg's record (and moved a script's own `_dispatch/` aside) before it uploaded.
    const recorded = await fs.stat(path.join(root, ...RECORD_FILE.split('/'))).catch(() => undefined);
    if (!recorded) await writeRecord(root, report, options, ports);
    report.artifact = await uploadFolder(root, job, ports);
  } catch (error) {
    report.status = 'failed';
    report.reason = `The leg's artifact could not be uploaded: ${errorMessage(error)}`;
  }
  return outcome(report, ports);
}

async function gather(
  request: RunRequest,
  manifest: Manifest,
  ports: Ports,
  options: FanOutOptions,
): Promise<DispatchResult> {
  const started = Date.now();
  const { acceptance, planned } = await acceptPlanned(request, manifest, ports);
  if (acceptance.kind === 'rejection' || !planned) {
    // plan answered this request already; gather only says why it stops.
    const rejection = acceptance as Rejection;
    const report = rejectionReport(request, rejection, ports, started);
    report.phase = 'done';
    report.status = rejection.status;
    return outcome(report, ports);
  }
  const job = acceptance.job;
  const reporter = gatherReporter(ports, request, options.commentJobs ?? [job.id], manifest.statusLabels);
  const report = describe(jobReport(job, ports, started), planned, manifest);
  report.phase = 'uploading';
  if (!options.findLegs) throw new Error('gather needs a way to find the legs');

  const root = path.join(ports.environment.tempDir, 'gather');
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(root, { recursive: true });
  let merged: MergedLegs;
  let found: FoundLeg[] = [];
  let problem: string | undefined;
  try {
    found = await options.findLegs(planned.plan, root);
    const folders = await Promise.all(found.map((f) => readLegFolder(root, f.part)));
    merged = mergeLegRecords(planned.plan, job.id, folders);
    for (const entry of merged.legs) {
      const leg = found.find((f) => String(f.part.leg) === entry.leg);
      if (leg) entry.artifact = leg.artifact;
    }
  } catch (error) {
    merged = mergeLegRecords(planned.plan, job.id, []);
    problem = `The legs' artifacts could not be gathered: ${errorMessage(error)}`;
  }

  // Write scripts: every leg's changes, in leg order, one pull request per target.
  if (!problem && job.script.mode === 'write') {
    try {
      const okLegs = found.filter((f) =>
        merged.legs.some((e) => e.leg === String(f.part.leg) && e.status === 'succeeded'),
      );
      const byTarget = await legChangesByTarget(okLegs);
      if (merged.status === 'succeeded') {
        report.phase = 'opening-pull-request';
        for (const { target, legs } of pullRequestsOf(byTarget, manifest)) {
          const published = await publishTarget(job, target, legs, manifest, ports, acceptance.job);
          recordPublished(report, published);
        }
        if (byTarget.size === 0) report.noChanges = true;
      } else if (byTarget.size > 0) {
        ports.log.warning('Some legs did not succeed: the changes of the others are not published.');
      }
    } catch (error) {
      problem =
        error instanceof LegConflictError
          ? error.message
          : `The legs' changes could not be published: ${errorMessage(error)}`;
    }
  }

  report.legs = legsMarkdown(merged, ports.masker.mask.bind(ports.masker));
  const status: RunStatus = problem || merged.status !== 'succeeded' ? 'failed' : 'succeeded';
  report.reason = [merged.reason, problem].filter(Boolean).join(' ') || undefined;
  try {
    await writeRecord(root, { ...report, status }, options, ports, merged);
    report.artifact = await uploadFolder(root, job, ports);
  } catch (error) {
    report.reason = [report.reason, `The merged artifact could not be uploaded: ${errorMessage(error)}`]
      .filter(Boolean)
      .join(' ');
    await finishReport(report, 'failed', started, reporter);
    return outcome(report, ports, reporter.url);
  }
  await finishReport(report, status, started, reporter);
  return outcome(report, ports, reporter.url);
}

/** Checks out `target` once more, applies the legs' commits in leg order, and publishes them as one change. */
async function publishTarget(
  job: Job,
  target: string,
  legs: LegChanges,
  manifest: Manifest,
  ports: Ports,
  base: Job,
): Promise<PublishResult> {
  const resolved = manifest.repositories[target];
  if (!resolved || !base.target) throw new Error(`Unknown target ${target}.`);
  const absolutePath =
    target === base.target.key
      ? base.target.absolutePath
      : path.resolve(ports.environment.workspace, job.script.workingDirectory, resolved.path);
  const targetJob: Job = { ...job, target: { ...resolved, absolutePath } };
  const checkout: Checkout = await ports.content.checkout(targetJob);
  const git = await Git.create({ cwd: absolutePath });
  const applied = await applyLegChanges(git, {
    dir: absolutePath,
    legs,
    message: job.write?.commitMessage ?? `${job.script.name}`,
    author: job.write?.author ?? {
      name: 'script-dispatcher',
      email: 'script-dispatcher@users.noreply.github.com',
    },
  });
  if (!applied.commit) return { noChanges: true };
  // The working tree becomes the legs' result; HEAD stays the base, so publishing makes one commit of it.
  await git.at(absolutePath).run(['read-tree', '--reset', '-u', applied.commit]);
  await git.at(absolutePath).run(['reset', '--quiet']);
  return ports.content.publish(targetJob, checkout, {});
}

type LegChanges = Awaited<ReturnType<typeof legChangesByTarget>> extends Map<string, infer L> ? L : never;

/**
 * One pull request per repository and branch: targets that are the same repository at the same `ref` (other
 * folders of it, say) publish together, through the first of them, with all their legs' changes.
 */
function pullRequestsOf(
  byTarget: Map<string, LegChanges>,
  manifest: Manifest,
): Array<{ target: string; legs: LegChanges }> {
  const groups = new Map<string, { target: string; legs: LegChanges }>();
  for (const [target, legs] of byTarget) {
    const resolved = manifest.repositories[target];
    const key = resolved ? `${resolved.repository.toLowerCase()}\0${resolved.ref ?? ''}` : `\0${target}`;
    const group = groups.get(key);
    if (group) group.legs.push(...legs);
    else groups.set(key, { target, legs: [...legs] });
  }
  return [...groups.values()];
}

/** Uploads everything under `root` as the job's artifact. */
async function uploadFolder(
  root: string,
  job: Job,
  ports: Ports,
): Promise<NonNullable<RunReport['artifact']>> {
  const outputs = await collectOutputs(root);
  const stored = await ports.artifacts.upload(job.artifactName, outputs.root, outputs.files);
  return { name: job.artifactName, files: outputs.files.length, bytes: outputs.bytes, ...stored };
}

function recordPublished(report: RunReport, published: PublishResult): void {
  if (published.changes) report.changes = published.changes;
  if (published.noChanges && !report.pullRequests?.length) report.noChanges = true;
  if (published.pullRequests)
    report.pullRequests = [...(report.pullRequests ?? []), ...published.pullRequests];
  if (published.compareUrl) report.compareUrl = published.compareUrl;
  if (published.branch) report.branch = published.branch;
}

/** `_dispatch/record.json` of a leg, or of the merged artifact (with `legs`). */
async function writeRecord(
  root: string,
  report: RunReport,
  options: FanOutOptions,
  ports: Ports,
  merged?: MergedLegs,
): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  const outputs = merged
    ? merged.outputs
    : await hashFolder(root, { skip: (rel) => rel === DISPATCH_DIR || rel.startsWith(`${DISPATCH_DIR}/`) });
  const legs: RecordLeg[] | undefined = merged?.legs.map((entry) => ({
    leg: entry.leg,
    name: entry.name,
    status: entry.status,
    reason: entry.reason ?? null,
    'exit-code': entry['exit-code'],
    artifact: entry.artifact,
    outputs: entry.outputs,
  }));
  const record = buildRunRecord(report, {
    kind: report.steps ? 'flow' : report.notebook ? 'notebook' : 'script',
    ...(report.steps ? { steps: recordSteps(report.steps) } : {}),
    event: { name: options.event ?? '' },
    finishedAt: new Date(),
    outputs,
    ...(legs ? { legs } : {}),
    mask: ports.masker.mask.bind(ports.masker),
  });
  const file = path.join(root, ...RECORD_FILE.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** Gather edits the status comment plan wrote (found by its marker), and reacts on the request. */
function gatherReporter(ports: Ports, request: RunRequest, jobs: string[], statusLabels: boolean): Reporter {
  const { api } = ports;
  if (!api || request.issue === undefined) return NOWHERE;
  const issue = request.issue;
  const mask = ports.masker.mask.bind(ports.masker);
  let commentId: number | undefined;
  let url: string | undefined;
  const warn = (what: string, error: unknown) =>
    ports.log.warning(mask(`Could not ${what}: ${errorMessage(error)}`));
  return {
    accept: async () => undefined,
    get url() {
      return url;
    },
    async update(report) {
      const body = renderStatusComment(report, mask);
      try {
        if (commentId === undefined) {
          const comments = (await api.listComments(issue)).filter((c) => c.user.endsWith('[bot]'));
          const mine = jobs
            .map((job) => comments.filter((c) => c.body.includes(statusMarker(job))).pop())
            .find(Boolean);
          const comment = mine
            ? await api.updateComment(mine.id, body)
            : await api.createComment(issue, body, statusMarker(report.job));
          commentId = comment.id;
          url = comment.htmlUrl;
        } else {
          await api.updateComment(commentId, body);
        }
      } catch (error) {
        warn('update the status comment', error);
      }
      if (report.phase === 'done' && request.commentId !== undefined) {
        await api
          .addCommentReaction(request.commentId, report.status === 'succeeded' ? 'rocket' : 'confused')
          .catch((error: unknown) => warn('react to the comment', error));
      }
      if (report.phase === 'done' && statusLabels) {
        // plan labelled the issue `script:running`; the final label is gather's.
        const label = report.status === 'succeeded' ? 'script:succeeded' : 'script:failed';
        await api
          .removeLabel(issue, 'script:running')
          .then(() => api.addLabels(issue, [label]))
          .catch((error: unknown) => warn('label the issue', error));
      }
    },
  };
}

function rejectionReport(
  request: RunRequest,
  rejection: Rejection,
  ports: Ports,
  started: number,
): RunReport {
  return {
    job: ports.environment.jobId,
    phase: 'queued',
    args: { ...request.args },
    requester: request.requester,
    issue: request.issue,
    dryRun: request.dryRun,
    run: ports.environment.run,
    startedAt: new Date(started).toISOString(),
    durations: {},
    script: rejection.script?.name,
    scriptTitle: rejection.script?.title,
    mode: rejection.script?.mode,
    target: rejection.target?.key,
    targetTitle: rejection.target?.title,
    reason: rejection.reason,
    problems: rejection.problems,
    fixCommand: rejection.fixCommand,
  };
}

function outcome(report: RunReport, ports: Ports, commentUrl?: string): DispatchResult {
  const status = report.status ?? 'failed';
  const message = status === 'succeeded' ? 'succeeded' : ports.masker.mask(failureMessage(report));
  return { status, message, report, commentUrl };
}
