import { ManifestError, type ManifestProblem } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';
import { checkTriggers, triggerTitle } from '../../src/manifest/triggers';
import type { Locator } from '../../src/manifest/locate';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const HEAD = [
  'version: 1',
  'repositories:',
  '  phy: {repository: o/phy}',
  '  bio: {repository: o/bio}',
  'scripts:',
  '  link_checker:',
  '    command: [run]',
  '    targets: [phy]',
  '  reflection_report:',
  '    command: [run]',
  '    args:',
  '      scan_id: {type: text, required: true}',
  '      depth: {type: number}',
];

const manifest = (...triggers: string[]) => lines(...HEAD, 'triggers:', ...triggers);

function problemsOf(text: string): ManifestProblem[] {
  try {
    parseManifest(text, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  throw new Error('The manifest was accepted.');
}

const at = (line: number, column: number) => ({ file: 'm.yml', line, column });
/** Line numbers of the trigger lines: the first trigger line is HEAD.length + 2. */
const L = HEAD.length + 2;

describe('triggers: building', () => {
  it('builds every field, with positions, defaults and normalized cron', () => {
    const m = parseManifest(
      manifest(
        '  - on: push',
        "    branches: [main, 'release/**']",
        "    paths: ['content/**/*.json']",
        '    run: link_checker',
        '    target: phy',
        '  - on: schedule',
        "    cron: '0  6 * * 1'",
        '    run: link_checker',
        '    report-to: 42',
        '    open-issue-on-failure: true',
        '  - on: repository_dispatch',
        '    types: [run-complete]',
        '    when: { client_payload.plan_name: reflection_scan, client_payload.n: [1, 2] }',
        "    args: { scan_id: '{event.client_payload.uid}', depth: 3 }",
        '    run: reflection_report',
        '  - on: workflow_run',
        '    workflows: [Build content]',
        '    conclusions: [success, failure]',
        '    run: link_checker',
      ),
      'm.yml',
    );
    expect(m.triggers).toEqual([
      {
        index: 1,
        on: 'push',
        branches: ['main', 'release/**'],
        paths: ['content/**/*.json'],
        run: 'link_checker',
        target: 'phy',
        args: {},
        openIssueOnFailure: false,
      },
      {
        index: 2,
        on: 'schedule',
        cron: '0 6 * * 1',
        run: 'link_checker',
        args: {},
        reportTo: 42,
        openIssueOnFailure: true,
      },
      {
        index: 3,
        on: 'repository_dispatch',
        types: ['run-complete'],
        when: { 'client_payload.plan_name': ['reflection_scan'], 'client_payload.n': ['1', '2'] },
        args: { scan_id: '{event.client_payload.uid}', depth: 3 },
        run: 'reflection_report',
        openIssueOnFailure: false,
      },
      {
        index: 4,
        on: 'workflow_run',
        workflows: ['Build content'],
        conclusions: ['success', 'failure'],
        run: 'link_checker',
        args: {},
        openIssueOnFailure: false,
      },
    ]);
    expect(m.triggers!.map(triggerTitle)).toEqual([
      'trigger 1 (push → link_checker)',
      'trigger 2 (schedule 0 6 * * 1 → link_checker)',
      'trigger 3 (repository_dispatch run-complete → reflection_report)',
      'trigger 4 (workflow_run of Build content → link_checker)',
    ]);
  });

  it('leaves `triggers` out of a manifest without them', () => {
    expect(parseManifest(lines(...HEAD), 'm.yml').triggers).toBeUndefined();
  });
});

describe('triggers: schema', () => {
  it('requires `on` and `run`, and knows its keys', () => {
    const problems = problemsOf(manifest('  - branches: [main]', '    colour: red'));
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/on/);
    expect(messages).toMatch(/run/);
    expect(messages).toMatch(/colour/);
    expect(problems.every((p) => p.position.line >= L)).toBe(true);
  });

  it('rejects an unknown conclusion and a when path that is not dotted keys', () => {
    const problems = problemsOf(
      manifest(
        '  - on: workflow_run',
        '    conclusions: [succeeded]',
        '    when: { "a..b": x }',
        '    run: link_checker',
      ),
    );
    expect(problems.map((p) => p.position.line)).toEqual(expect.arrayContaining([L + 1]));
    expect(problems.map((p) => p.message).join('\n')).toMatch(/succeeded/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/dotted path/);
  });
});

describe('triggers: semantic checks', () => {
  it('names a run that is not a script, with a guess', () => {
    const [problem] = problemsOf(manifest('  - on: push', '    run: link_cheker'));
    expect(problem.message).toBe(
      '`triggers[0].run` names `link_cheker`, which is not a script of this manifest (link_checker, reflection_report).',
    );
    expect(problem.fix).toBe('Did you mean `link_checker`?');
    expect(problem.position).toEqual(at(L + 1, 10));
  });

  it('accepts a run that names a flow (checked without the schema)', () => {
    const data = {
      scripts: { s: { command: ['x'] } },
      flows: { nightly: { steps: [] } },
      triggers: [
        { on: 'push', run: 'nightly' },
        { on: 'push', run: 'nope' },
      ],
    };
    const locator: Locator = {
      at: () => at(1, 1),
      problem: (path, _part, message, fix) => ({
        message,
        ...(fix ? { fix } : {}),
        position: at(1, 1),
        field: path.join('.'),
      }),
    };
    const problems = checkTriggers(data, locator);
    expect(problems.map((p) => p.message)).toEqual([
      '`triggers[1].run` names `nope`, which is not a script or a flow of this manifest (s, nightly).',
    ]);
  });

  it('reports filters that do not apply to the event, at their keys', () => {
    const problems = problemsOf(
      manifest(
        '  - on: schedule',
        '    branches: [main]',
        '    workflows: [Build]',
        '    run: link_checker',
        '  - on: push',
        '    types: [opened]',
        "    cron: '0 6 * * 1'",
        '    run: link_checker',
      ),
    );
    expect(problems.map((p) => [p.position.line, p.position.column, p.message])).toEqual([
      [L + 1, 5, '`branches` only applies to `on: push` triggers; this one is `on: schedule`.'],
      [L + 2, 5, '`workflows` only applies to `on: workflow_run` triggers; this one is `on: schedule`.'],
      [L + 5, 5, "`types` matches the event's activity type, but a `push` event has none."],
      [L + 6, 5, '`cron` only applies to `on: schedule` triggers; this one is `on: push`.'],
    ]);
  });

  it('refuses triggers on request events', () => {
    const [problem] = problemsOf(manifest('  - on: issue_comment', '    run: link_checker'));
    expect(problem.message).toMatch(/^`triggers\[0\]\.on` is `issue_comment`: that event is a request/);
    expect(problem.position).toEqual(at(L, 9));
  });

  it('checks cron, paths, target, argument names, placeholders and required arguments', () => {
    const problems = problemsOf(
      manifest(
        '  - on: schedule',
        "    cron: '0 6 * *'",
        '    run: link_checker',
        '    target: bio',
        '  - on: push',
        "    paths: ['/content/**', 'ok/**']",
        '    run: link_checker',
        '    target: chem',
        '  - on: repository_dispatch',
        '    run: reflection_report',
        "    args: { scan: '{event.uid}', depth: '{event..x}', scan_id: '{jbo}-{job}-{event.a.b}' }",
      ),
    );
    expect(problems.map((p) => `${p.position.line}:${p.position.column} ${p.message}`)).toEqual([
      `${L + 1}:11 \`triggers[0].cron\` is not a cron schedule of five fields (got \`0 6 * *\`).`,
      `${L + 3}:13 \`triggers[0].target\` is \`bio\`, but \`scripts.link_checker.targets\` does not allow it (phy).`,
      `${L + 5}:13 \`triggers[1].paths[0]\` starts with \`/\` or \`./\`, so it matches no changed file: they are named relative to the repository root (got \`/content/**\`).`,
      `${L + 7}:13 \`triggers[1].target\` names \`chem\`, which is not a key of \`repositories\` (phy, bio).`,
      `${L + 10}:13 \`triggers[2].args\` gives \`scan\`, which is not an argument of \`scripts.reflection_report\` (scan_id, depth).`,
      `${L + 10}:41 \`triggers[2].args.depth\` uses \`{event..x}\`, which is not a dotted path into the event: keys are separated by single dots.`,
      `${L + 10}:64 \`triggers[2].args.scan_id\` uses the unknown placeholder \`{jbo}\`; known here: \`{event.PATH}\` and \`{job}\`, \`{script}\`, \`{target}\`, \`{target_path}\`, \`{output}\`, \`{issue}\`, \`{requester}\`.`,
    ]);
    expect(problems.find((p) => p.message.includes('{jbo}'))?.fix).toBe('Did you mean `{job}`?');
  });

  it('reports a required argument no trigger gives', () => {
    const [problem] = problemsOf(manifest('  - on: repository_dispatch', '    run: reflection_report'));
    expect(problem.message).toBe(
      '`scripts.reflection_report` requires `scan_id`, which triggers[0] does not give: every run it starts would be rejected.',
    );
    expect(problem.position).toEqual(at(L + 1, 10));
  });
});
