import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  checkTriggerWorkflows,
  hasTriggerEvents,
  triggerEventLines,
  usesAction,
  validateTriggerWorkflows,
  withTriggerEvents,
  type WorkflowFile,
} from '../../src/forms/workflow-triggers';
import { parseManifest } from '../../src/manifest/load';
import type { Trigger } from '../../src/manifest/types';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** The manifest shown at the top of workflows-examples/triggers.yml. */
const MANIFEST = lines(
  'version: 1',
  'scripts:',
  '  link_checker: {command: [run]}',
  '  inventory: {command: [run]}',
  '  word_count:',
  '    command: [run]',
  '    args: {extension: {type: text}}',
  '  image_attribution: {command: [run]}',
  'triggers:',
  '  - on: push',
  '    branches: [main]',
  "    paths: ['content/**/*.md']",
  '    run: link_checker',
  '  - on: schedule',
  "    cron: '0 6 * * 1'",
  '    run: inventory',
  '    open-issue-on-failure: true',
  '  - on: repository_dispatch',
  '    types: [run-complete]',
  '    when: { client_payload.plan_name: word_scan }',
  '    run: word_count',
  "    args: { extension: '{event.client_payload.extension}' }",
  '    report-to: 42',
  '  - on: workflow_run',
  '    workflows: [Build content]',
  '    conclusions: [success]',
  '    run: image_attribution',
);
const triggers = parseManifest(MANIFEST, 'm.yml').triggers!;
const EXAMPLE_PATH = fileURLToPath(new URL('../../workflows-examples/triggers.yml', import.meta.url));
const example: WorkflowFile = {
  path: '.github/workflows/triggers.yml',
  text: readFileSync(EXAMPLE_PATH, 'utf8'),
};
const requests: WorkflowFile = {
  path: '.github/workflows/requests.yml',
  text: readFileSync(
    fileURLToPath(new URL('../../workflows-examples/dispatch-on-issue.yml', import.meta.url)),
    'utf8',
  ),
};

describe('usesAction', () => {
  it('knows the action, the local action and the reusable workflow', () => {
    expect(usesAction('script-dispatcher/script-dispatcher@v1')).toBe(true);
    expect(usesAction('my-org/script-dispatcher@0123abc')).toBe(true);
    expect(usesAction('./')).toBe(true);
    expect(usesAction('.')).toBe(true);
    expect(usesAction('script-dispatcher/script-dispatcher/.github/workflows/script-dispatcher.yml@v1')).toBe(
      true,
    );
    expect(usesAction('./.github/workflows/script-dispatcher.yml')).toBe(true);
    expect(usesAction('actions/checkout@v4')).toBe(false);
    expect(usesAction('someone/script-dispatcher-fork@v1')).toBe(false);
    expect(usesAction('./other-action')).toBe(false);
  });
});

describe('checkTriggerWorkflows', () => {
  it('accepts triggers every event of which a workflow delivers', () => {
    expect(checkTriggerWorkflows(MANIFEST, 'm.yml', triggers, [requests, example])).toEqual([]);
  });

  it('reports an event, a cron, a type and an upstream workflow no workflow delivers, at their places', () => {
    const narrow: WorkflowFile = {
      path: '.github/workflows/narrow.yml',
      text: lines(
        'on:',
        '  schedule: [{cron: "30 2 * * *"}]',
        '  repository_dispatch: {types: [other]}',
        '  workflow_run: {workflows: [Lint], types: [completed]}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps: [{uses: script-dispatcher/script-dispatcher@v1}]',
      ),
    };
    const problems = checkTriggerWorkflows(MANIFEST, 'm.yml', triggers, [requests, narrow]);
    expect(problems.map((p) => [p.position.line, p.position.column, p.message])).toEqual([
      [
        10,
        9,
        '`triggers[0]` runs on `push`, but no workflow in `.github/workflows/` that uses the action runs on that event (.github/workflows/requests.yml (issues, issue_comment); .github/workflows/narrow.yml (schedule, repository_dispatch, workflow_run)), so it can never fire.',
      ],
      [
        15,
        11,
        '`triggers[1].cron` is `0 6 * * 1`, but the schedules of the workflows that use the action are `30 2 * * *`, so it can never fire.',
      ],
      [
        19,
        12,
        '`triggers[2].types` wants `run-complete`, but the workflows that use the action only run on `repository_dispatch` types `other`, so it can never fire.',
      ],
      [
        25,
        16,
        '`triggers[3].workflows` wants `Build content`, but the workflows that use the action only run on `workflow_run` workflows `Lint`, so it can never fire.',
      ],
    ]);
    expect(problems[0].position.file).toBe('m.yml');
    expect(problems[1].fix).toBe(
      "Add `- cron: '0 6 * * 1'` under `on: schedule:` of such a workflow, or copy one of theirs exactly.",
    );
  });

  it('ignores workflows that do not use the action, and counts a reusable-workflow job', () => {
    const other: WorkflowFile = {
      path: 'x.yml',
      text: lines('on: [push, schedule]', 'jobs: {a: {runs-on: x, steps: [{run: echo}]}}'),
    };
    const problems = checkTriggerWorkflows(MANIFEST, 'm.yml', triggers, [other]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^No workflow in `.github\/workflows\/` uses the action/);
    expect(problems[0].position).toEqual({ file: 'm.yml', line: 9, column: 1 });

    const caller: WorkflowFile = {
      path: 'caller.yml',
      text: lines(
        'on: push',
        'jobs:',
        '  d: {uses: script-dispatcher/script-dispatcher/.github/workflows/script-dispatcher.yml@v1}',
      ),
    };
    const pushOnly = triggers.filter((t) => t.on === 'push');
    expect(checkTriggerWorkflows(MANIFEST, 'm.yml', pushOnly, [caller])).toEqual([]);
  });

  it('says when a workflow cannot be read', () => {
    const broken: WorkflowFile = { path: 'broken.yml', text: 'on: [push\n' };
    const problems = checkTriggerWorkflows(MANIFEST, 'm.yml', triggers, [broken, example]);
    expect(problems.map((p) => p.position.file)).toEqual(['broken.yml']);
    expect(problems[0].message).toMatch(/^The workflow `broken.yml` could not be read as YAML/);
  });

  it('reads the workflows of a directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sd-wf-'));
    try {
      await mkdir(join(root, '.github', 'workflows'), { recursive: true });
      await writeFile(join(root, 'm.yml'), MANIFEST);
      await writeFile(join(root, '.github', 'workflows', 'requests.yaml'), requests.text);
      expect(await validateTriggerWorkflows(triggers, join(root, 'm.yml'), 'm.yml', root)).toHaveLength(4);
      await writeFile(join(root, '.github', 'workflows', 'triggers.yml'), example.text);
      expect(await validateTriggerWorkflows(triggers, join(root, 'm.yml'), 'm.yml', root)).toEqual([]);
      expect(await validateTriggerWorkflows([], join(root, 'nope.yml'), 'm.yml', join(root, 'none'))).toEqual(
        [],
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('withTriggerEvents', () => {
  it('keeps the example workflow in step with the manifest it shows', () => {
    expect(hasTriggerEvents(example.text)).toBe(true);
    expect(withTriggerEvents(example.text, triggers)).toBe(example.text);
  });

  it('rewrites only the marked block, keeping what follows', () => {
    const text = lines(
      'name: x',
      'on: # script-dispatcher:triggers',
      '    push:',
      '',
      '    # old comment',
      '    issues:',
      '',
      '# the permissions',
      'permissions: {}',
    );
    const updated = withTriggerEvents(text, triggers.slice(1, 3));
    expect(updated).toBe(
      lines(
        'name: x',
        'on: # script-dispatcher:triggers',
        '    schedule:',
        "      - cron: '0 6 * * 1'",
        '    repository_dispatch:',
        '      types: [run-complete]',
        '',
        '# the permissions',
        'permissions: {}',
      ),
    );
    expect(withTriggerEvents(updated, triggers.slice(1, 3))).toBe(updated);
    expect(withTriggerEvents(text, [])).toBe(text);
    expect(withTriggerEvents('on: push\n', triggers)).toBe('on: push\n');
  });

  it('merges triggers of one event, quotes what YAML would misread, never writes paths', () => {
    const t = (fields: Partial<Trigger>): Trigger => ({
      index: 1,
      on: 'push',
      run: 's',
      args: {},
      openIssueOnFailure: false,
      ...fields,
    });
    const generated = triggerEventLines([
      t({ branches: ['main'], paths: ['**/*.md'] }),
      t({ branches: ['*-release', "it's"] }),
      t({ on: 'schedule', cron: '0 6 * * 1' }),
      t({ on: 'schedule', cron: '0 6 * * 1' }),
      t({ on: 'schedule', cron: '5 4 * * *' }),
      t({ on: 'workflow_run', workflows: ['Build: all'] }),
      t({ on: 'workflow_run', workflows: ['Lint'] }),
      t({ on: 'release', types: ['published', 'true', '1.5'] }),
      t({ on: 'repository_dispatch' }),
      t({ on: 'repository_dispatch', types: ['x'] }),
    ]);
    expect(parse(generated.join('\n'))).toEqual({
      push: { branches: ['main', '*-release', "it's"] },
      schedule: [{ cron: '0 6 * * 1' }, { cron: '5 4 * * *' }],
      workflow_run: { workflows: ['Build: all', 'Lint'], types: ['completed'] },
      release: { types: ['published', 'true', '1.5'] },
      repository_dispatch: null,
    });
    // A push trigger without branches, or with an exclusion: every branch.
    expect(parse(triggerEventLines([t({ branches: ['main'] }), t({})]).join('\n'))).toEqual({ push: null });
    expect(parse(triggerEventLines([t({ branches: ['!dev'] })]).join('\n'))).toEqual({ push: null });
  });
});
