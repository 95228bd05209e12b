/**
 * Watching a run and keeping what happened, with the bundled action and CLI: the live status comment
 * (progress, pacing, rate limits), the run record in the artifact (checked against its JSON Schema, its
 * hashes against the artifact's files), the whole masked log, a script writing into `_dispatch/`, and
 * `script-dispatcher trace` on a CLI run's output and on an action run's artifact zip.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { formDefinition } from '../../src/forms/generate';
import { renderIssueBody, type FieldValue } from '../../src/forms/render-body';
import { parseManifest } from '../../src/manifest/load';
import type { RunRecord } from '../../src/report/record';
import { issuesOpened, workflowDispatch } from '../support/events';
import type { LoggedRequest } from '../support/fake-github';
import { branchSha } from '../support/repos';
import { runCli } from '../support/cli';
import { PROJECT_ROOT } from '../support/runner';
import { CONTENT, REPO, REQUESTER, startWorld, type World } from '../support/world';

const MANIFEST = `version: 1
progress-interval: 5
repositories:
  docs: { repository: ${CONTENT}, title: Documentation, path: content/docs }
scripts:
  steps:
    title: Three steps
    command: [python3, scripts/steps.py]
    targets: []
  limited:
    command: [python3, scripts/steps.py, --fast]
    targets: []
  quiet:
    command: [python3, scripts/quiet.py]
    targets: []
  census:
    title: Census
    command: [python3, scripts/census.py, "{target}"]
    targets: [docs]
    args:
      label: { type: text, title: Label }
      table: { type: csv, title: Table, columns: [name, value] }
  flaky:
    command: [python3, scripts/flaky.py]
    targets: []
    retries: 2
  squatter:
    command: [python3, scripts/squatter.py]
    targets: []
`;

const SCRIPTS: Record<string, string> = {
  // 1/3, then 2/3 six seconds later, then done: ~13 s in all (or ~8 s with --fast).
  'scripts/steps.py': `import sys, time
fast = '--fast' in sys.argv
print('::progress::1/3 Reading the pages', flush=True)
time.sleep(4 if fast else 6)
print('::progress::2/3 Checking the links', file=sys.stderr, flush=True)
time.sleep(4 if fast else 6)
print('all done', flush=True)
`,
  'scripts/quiet.py': `import time
for i in range(3):
    print('working on part %d' % i, flush=True)
    time.sleep(3)
`,
  'scripts/census.py': `import json, os, sys
out = os.environ['DISPATCH_OUTPUT']
os.makedirs(os.path.join(out, 'deep'), exist_ok=True)
with open(os.path.join(out, 'pages.txt'), 'w') as f:
    for root, dirs, files in os.walk(os.environ['DISPATCH_TARGET_PATH']):
        dirs[:] = [d for d in dirs if d != '.git']
        for name in sorted(files): f.write(name + '\\n')
with open(os.path.join(out, 'deep', 'args.json'), 'w') as f:
    f.write(os.environ['DISPATCH_ARGS'])
with open(os.path.join(os.getcwd(), 'scripts', 'secret.txt')) as f:
    secret = f.read().strip()
print('to stdout: the secret is ' + secret, flush=True)
print('to stderr: still going', file=sys.stderr, flush=True)
`,
  'scripts/flaky.py': `import os, sys
with open(os.path.join(os.environ['DISPATCH_OUTPUT'], 'partial.txt'), 'w') as f: f.write('half\\n')
print('loading captions', flush=True)
captions = {}
captions['caption']
`,
  'scripts/squatter.py': `import json, os
out = os.environ['DISPATCH_OUTPUT']
os.makedirs(os.path.join(out, '_dispatch'))
with open(os.path.join(out, '_dispatch', 'record.json'), 'w') as f: json.dump({'mine': True}, f)
with open(os.path.join(out, 'result.txt'), 'w') as f: f.write('ok\\n')
`,
};

const manifest = parseManifest(MANIFEST, 'manifest.yml');
const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'run-record.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
// The formats the schema uses, checked the way ajv-formats would.
ajv.addFormat('date-time', (text: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text));
ajv.addFormat('uri', (text: string) => URL.canParse(text));
const validate = ajv.compile(schema);

let world: World;
let nextIssue = 500;
beforeAll(async () => {
  world = await startWorld({ manifest: MANIFEST, files: SCRIPTS });
  await writeFile(join(world.workspace, 'scripts', 'secret.txt'), `${world.token}\n`);
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
  world.fake.clearFaults();
});

function formBody(script: string, values: Record<string, FieldValue>): string {
  return renderIssueBody(formDefinition(manifest.scripts[script], manifest), { script, ...values });
}

async function openIssue(script: string, values: Record<string, FieldValue> = {}) {
  const number = nextIssue++;
  const body = formBody(script, values);
  world.fake.addIssue(REPO, { number, body, user: REQUESTER, labels: ['script'] });
  const run = await world.run({
    eventName: 'issues',
    event: issuesOpened({ number, body, user: REQUESTER, repo: REPO }),
    inputs: {},
  });
  const status = world.fake.comments(REPO, number).find((c) => c.body.includes('script-dispatcher:status'));
  if (!status) throw new Error('no status comment');
  const edits = world.fake.requests.filter(
    (r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${status.id}`),
  );
  return { number, run, status, edits };
}

const bodyOf = (r: LoggedRequest) => (r.body as { body: string }).body;

function dispatch(inputs: Record<string, string>) {
  return world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO, sender: REQUESTER }),
    inputs,
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The record in the artifact: valid against the schema, and its hashes those of the artifact's files. */
function checkRecord(files: Map<string, Buffer>): RunRecord {
  const text = files.get('_dispatch/record.json');
  expect(text).toBeDefined();
  const record = JSON.parse(text!.toString()) as RunRecord;
  if (!validate(record)) throw new Error(JSON.stringify(validate.errors, null, 2));
  const uploaded = [...files.keys()].filter((f) => !f.startsWith('_dispatch/')).sort();
  expect(record.outputs.map((o) => o.path)).toEqual(uploaded);
  for (const output of record.outputs) {
    expect(output.sha256).toBe(sha256(files.get(output.path)!));
    expect(output.bytes).toBe(files.get(output.path)!.length);
  }
  return record;
}

test('progress is shown while the script runs: both values, at most one edit per interval, none unchanged', async () => {
  const { run, status, edits } = await openIssue('steps');
  expect(run.outputs.status).toBe('succeeded');
  const bodies = edits.map(bodyOf);
  expect(bodies.some((b) => b.includes('1/3') && b.includes('Reading the pages'))).toBe(true);
  expect(bodies.some((b) => b.includes('2/3') && b.includes('Checking the links'))).toBe(true);
  // Never an unchanged body: each edit differs from the one before (the first from the created comment).
  for (let i = 1; i < bodies.length; i++) expect(bodies[i]).not.toBe(bodies[i - 1]);
  // The live edits (those showing the time it has run) keep the interval: 5 s since the edit before.
  const live = edits.map((e, i) => ({ e, i })).filter(({ e }) => bodyOf(e).includes('Running for'));
  expect(live.length).toBeGreaterThanOrEqual(2);
  for (const { e, i } of live) {
    expect(i).toBeGreaterThan(0);
    expect(e.time - edits[i - 1].time).toBeGreaterThanOrEqual(4900);
  }
  // The bar, and the final state written.
  expect(bodies.some((b) => b.includes('▰▰▰▱▱▱▱▱▱▱'))).toBe(true);
  expect(world.fake.comment(REPO, status.id).body).toContain('Succeeded');
});

test('a rate limit (403 with retry-after, then 429) during progress delays the edits and never fails the run', async () => {
  const path = /\/issues\/comments\/\d+$/;
  world.fake.inject({ method: 'PATCH', path, status: 403, headers: { 'retry-after': '2' }, times: 1 });
  world.fake.inject({ method: 'PATCH', path, status: 429, headers: { 'retry-after': '2' }, times: 1 });
  const { run, status, edits } = await openIssue('limited');
  expect(run.outputs.status).toBe('succeeded');
  expect(run.exitCode).toBe(0);
  const limited = edits.filter((e) => e.status === 403 || e.status === 429);
  expect(limited.map((e) => e.status)).toEqual([403, 429]);
  for (const answer of limited) {
    const next = edits.find((e) => e.time > answer.time);
    expect(next).toBeDefined();
    expect(next!.time - answer.time).toBeGreaterThanOrEqual(1900);
  }
  const final = world.fake.comment(REPO, status.id).body;
  expect(final).toContain('Succeeded');
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
});

test('a script without progress lines shows the time it has run and its last lines, and no bar', async () => {
  const { run, edits } = await openIssue('quiet');
  expect(run.outputs.status).toBe('succeeded');
  const live = edits.map(bodyOf).filter((b) => b.includes('Running for'));
  expect(live.length).toBeGreaterThanOrEqual(1);
  expect(live.some((b) => b.includes('working on part'))).toBe(true);
  expect(edits.map(bodyOf).some((b) => b.includes('▱'))).toBe(false);
});

test('the record of a success: every field, valid, its hashes the artifact files; the log holds both streams and no token', async () => {
  const run = await dispatch({ script: 'census', target: 'docs', args: 'label=first pass' });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`census-${run.outputs.job}`);
  const record = checkRecord(files);
  expect(record).toMatchObject({
    version: 1,
    job: run.outputs.job,
    kind: 'script',
    script: 'census',
    target: 'docs',
    status: 'succeeded',
    reason: null,
    'exit-code': 0,
    requester: REQUESTER,
    issue: null,
    event: { name: 'workflow_dispatch' },
    'dry-run': false,
    workflow: {
      repository: REPO,
      sha: run.env.GITHUB_SHA,
      'run-id': String(run.runId),
      'run-attempt': 1,
      url: expect.stringContaining(`/${REPO}/actions/runs/${run.runId}`),
    },
    args: { label: 'first pass' },
  });
  expect(record.content).toEqual([
    {
      target: 'docs',
      repository: CONTENT,
      ref: 'main',
      sha: await branchSha(world.content, 'main'),
    },
  ]);
  expect(record.command).toEqual(['python3', 'scripts/census.py', 'docs', '--label=first pass']);
  expect(record.attempts).toHaveLength(1);
  expect(record.attempts[0]['exit-code']).toBe(0);
  expect(record.outputs.map((o) => o.path)).toEqual(['deep/args.json', 'pages.txt']);
  expect(Date.parse(record['finished-at'])).toBeGreaterThanOrEqual(Date.parse(record['started-at']));
  expect(record.durations.run).toBeGreaterThan(0);
  // The `record` output is the same run, finished.
  const output = JSON.parse(run.outputs.record) as RunRecord;
  if (!validate(output)) throw new Error(JSON.stringify(validate.errors, null, 2));
  expect(output.outputs).toEqual(record.outputs);
  expect(output.job).toBe(record.job);
  // The whole log: both streams, masked.
  const log = files.get('_dispatch/log.txt')!.toString();
  expect(log).toContain('to stdout: the secret is ***');
  expect(log).toContain('to stderr: still going');
  expect(log).not.toContain(world.token);
  expect(JSON.stringify(record)).not.toContain(world.token);
  expect(run.outputs.record).not.toContain(world.token);
});

test('the record of a failure with retries: every attempt, and the reason quotes the error line', async () => {
  const run = await dispatch({ script: 'flaky' });
  expect(run.outputs.status).toBe('failed');
  const files = await world.artifacts.download(`flaky-${run.outputs.job}`);
  const record = checkRecord(files);
  expect(record.status).toBe('failed');
  expect(record['exit-code']).toBe(1);
  expect(record.attempts).toHaveLength(3);
  for (const attempt of record.attempts) expect(attempt['exit-code']).toBe(1);
  expect(record.reason).toContain("KeyError: 'caption'");
  expect(record.outputs.map((o) => o.path)).toEqual(['partial.txt']);
  const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(error).toContain("KeyError: 'caption'");
  expect(files.get('_dispatch/log.txt')!.toString()).toContain('Traceback (most recent call last)');
});

test('the record of an issue run with a csv attachment names the file, its size and its hash', async () => {
  const csv = 'name,value\nalpha,1\nbeta,2\n';
  const url = world.fake.addAttachment({ bytes: csv, name: 'table.csv', token: world.token });
  const { run, status, number } = await openIssue('census', { table: url });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`census-${run.outputs.job}`);
  const record = checkRecord(files);
  expect(record.issue).toBe(number);
  expect(record.event.name).toBe('issues');
  const table = record.args.table as { path: string; bytes: number; sha256: string };
  expect(table.bytes).toBe(Buffer.byteLength(csv));
  expect(table.sha256).toBe(sha256(Buffer.from(csv)));
  expect(table.path).toMatch(/table/);
  // The status comment links the artifact that holds the record.
  const body = world.fake.comment(REPO, status.id).body;
  expect(body).toContain(run.outputs['artifact-url']);
  expect(body).toContain('run record');
});

test('a script that writes _dispatch/record.json itself keeps it under another name; ours is never lost', async () => {
  const run = await dispatch({ script: 'squatter' });
  expect(run.outputs.status).toBe('succeeded');
  const files = await world.artifacts.download(`squatter-${run.outputs.job}`);
  expect(JSON.parse(files.get('_dispatch.script/record.json')!.toString())).toEqual({ mine: true });
  const record = checkRecord(files);
  expect(record.script).toBe('squatter');
  expect(record.outputs.map((o) => o.path)).toEqual(['_dispatch.script/record.json', 'result.txt']);
  expect(run.stdout + run.stderr).toMatch(/_dispatch\.script/);
});

test('trace on a CLI run: the record in the output folder names the run that produced a file', async () => {
  const dir = join(world.root, 'cli');
  await mkdir(join(dir, '.github'), { recursive: true });
  await writeFile(join(dir, '.github', 'script-dispatcher.yml'), MANIFEST);
  await mkdir(join(dir, 'scripts'), { recursive: true });
  for (const [file, text] of Object.entries(SCRIPTS)) await writeFile(join(dir, file), text);
  await writeFile(join(dir, 'scripts', 'secret.txt'), 'not a secret here\n');
  const cli = (args: string[]) => runCli(args, dir);
  const content = join(world.root, 'cli-content');
  await mkdir(join(content, 'pages'), { recursive: true });
  await writeFile(join(content, 'pages', 'one.md'), '# One\n');
  const ran = await cli(['run', 'census', '--content', `docs=${content}`, '--arg', 'label=local']);
  expect(ran.code).toBe(0);
  const [job] = await readdir(join(dir, 'script-dispatcher-output'));
  const out = join(dir, 'script-dispatcher-output', job);
  const record = JSON.parse(await readFile(join(out, '_dispatch', 'record.json'), 'utf8')) as RunRecord;
  if (!validate(record)) throw new Error(JSON.stringify(validate.errors, null, 2));
  expect(record.event.name).toBe('cli');
  expect(record.workflow).toBeNull();
  expect(await readFile(join(out, '_dispatch', 'log.txt'), 'utf8')).toContain('to stderr: still going');

  const traced = await cli(['trace', join(out, 'pages.txt'), join(dir, 'script-dispatcher-output')]);
  expect(traced.code).toBe(0);
  expect(traced.stdout).toContain(record.job);
  expect(traced.stdout).toContain('census');
  expect(traced.stdout).toContain('label=local');
  expect(traced.stdout).toContain('pages.txt');

  const stranger = join(dir, 'stranger.txt');
  await writeFile(stranger, 'made by hand\n');
  const none = await cli(['trace', stranger, out]);
  expect(none.code).toBe(1);
  expect(none.stdout).toContain('No run record lists');
  const usage = await cli(['trace']);
  expect(usage.code).toBe(2);
});

test('trace on an action run: the artifact zip as downloaded names the run that produced a file', async () => {
  const run = await dispatch({ script: 'census', target: 'docs', args: 'label=zipped' });
  expect(run.outputs.status).toBe('succeeded');
  const name = `census-${run.outputs.job}`;
  const dir = join(world.root, 'trace-zip');
  await mkdir(dir, { recursive: true });
  const zip = join(dir, `${name}.zip`);
  await writeFile(zip, await world.artifacts.downloadRaw(name));
  const pages = (await world.artifacts.download(name)).get('pages.txt');
  expect(pages).toBeDefined();
  const file = join(dir, 'pages.txt');
  await writeFile(file, pages!);

  const traced = await runCli(['trace', file, zip], dir);
  expect(traced.stderr).toBe('');
  expect(traced.code).toBe(0);
  expect(traced.stdout).toContain(run.outputs.job);
  expect(traced.stdout).toContain('census');
  expect(traced.stdout).toContain('label=zipped');
  expect(traced.stdout).toContain(`${name}.zip`);
});
