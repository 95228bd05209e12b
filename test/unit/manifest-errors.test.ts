import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestError, type ManifestProblem } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function problemsOf(text: string): ManifestProblem[] {
  try {
    parseManifest(text, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  throw new Error('The manifest was accepted.');
}

/** The one problem of `text`. */
function problemOf(text: string): ManifestProblem {
  const problems = problemsOf(text);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  return problems[0];
}

const at = (line: number, column: number) => ({ file: 'm.yml', line, column });

/** A valid manifest with one script `s`, with `extra` lines added to the script. */
const script = (...extra: string[]) =>
  lines(
    'version: 1',
    'repositories:',
    '  phy: {repository: o/phy}',
    'scripts:',
    '  s:',
    '    command: [run]',
    ...extra,
  );

describe('YAML', () => {
  it('reports a syntax error at its position', () => {
    const problem = problemOf(
      lines('version: 1', 'scripts:', '  s:', '    command: [run]', '    title: Run: fast'),
    );
    expect(problem.position).toEqual(at(5, 12));
    expect(problem.message).toBe('YAML syntax error: Nested mappings are not allowed in compact mappings.');
    expect(problem.fix).toBe('Put the value in quotes when it contains `: `.');
  });

  it('reports every syntax error', () => {
    const problems = problemsOf(lines('version: 1', 'scripts:', '  s:', '    command: [run, "x]'));
    expect(problems.map((p) => p.position)).toEqual([at(5, 1), at(5, 1)]);
    expect(problems[0].message).toBe('YAML syntax error: Missing closing "quote.');
    expect(problems[0].fix).toMatch(/indentation/);
  });

  it('reports a duplicate key at the second one, naming the first', () => {
    const problem = problemOf(script('    mode: read', '    mode: write'));
    expect(problem.position).toEqual(at(8, 5));
    expect(problem.message).toBe('The key `mode` appears twice in the same mapping (first on line 7).');
  });

  it('reports tabs used as indentation', () => {
    const problem = problemOf('version: 1\nscripts:\n\ts:\n');
    expect(problem.position).toEqual(at(3, 1));
    expect(problem.message).toBe('YAML does not allow tabs for indentation.');
    expect(problem.fix).toBe('Indent with spaces.');
  });

  it('reports a second document', () => {
    const problem = problemOf(lines('version: 1', '---', 'scripts: {}'));
    expect(problem.position).toEqual(at(2, 1));
    expect(problem.message).toMatch(/one YAML document/);
  });

  it('reports YAML tags', () => {
    const problem = problemOf(script('    title: !secret x'));
    expect(problem.position).toEqual(at(7, 12));
    expect(problem.message).toMatch(/^Unresolved tag: !secret/);
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing yet\n'],
    ['an empty document', '---\n'],
  ])('reports %s as empty', (_, text) => {
    const problem = problemOf(text);
    expect(problem.position).toEqual(at(1, 1));
    expect(problem.message).toBe('The manifest `m.yml` is empty.');
    expect(problem.fix).toMatch(/version: 1/);
  });

  it('reports a root that is not a mapping', () => {
    const list = problemOf('# scripts\n- a\n- b\n');
    expect(list.position).toEqual(at(2, 1));
    expect(list.message).toBe(
      'The manifest must be a mapping of keys such as `version` and `scripts` (got a list).',
    );
    expect(problemOf('just text\n').message).toMatch(/\(got `just text`\)\.$/);
  });
});

describe('the schema', () => {
  it('requires version, at the start of the manifest', () => {
    const problem = problemOf(lines('# the manifest', 'scripts:', '  s:', '    command: [run]'));
    expect(problem.position).toEqual(at(2, 1));
    expect(problem.message).toBe('The manifest is missing `version`, which is required.');
    expect(problem.fix).toBe('Add `version: 1` at the top of the file.');
  });

  it('requires version 1', () => {
    const problem = problemOf(lines('version: 2', 'scripts:', '  s:', '    command: [run]'));
    expect(problem.position).toEqual(at(1, 10));
    expect(problem.message).toBe('`version` must be 1 (got `2`).');
    expect(problem.fix).toMatch(/write `version: 1`/);
  });

  it('requires at least one script', () => {
    const missing = problemOf('version: 1\n');
    expect(missing.message).toBe('The manifest is missing `scripts`, which is required.');
    const none = problemOf(lines('version: 1', 'scripts: {}'));
    expect(none.position).toEqual(at(2, 10));
    expect(none.message).toBe('`scripts` must hold at least one script.');
    const empty = problemOf(lines('version: 1', 'scripts:'));
    expect(empty.position).toEqual(at(2, 1));
    expect(empty.message).toBe('`scripts` must be a mapping (got nothing).');
  });

  it('names an unknown key, the keys allowed there, and the likely one', () => {
    const problem = problemOf(script('    mdoe: write'));
    expect(problem.position).toEqual(at(7, 5));
    expect(problem.message).toBe(
      'Unknown key `mdoe` in `scripts.s`; allowed keys there: title, description, command, notebook, kernel, mode, targets, args, ' +
        'outputs, pull-request, timeout-minutes, retries, env, permission, allow-users, allow-teams, ' +
        'working-directory, pass-args, commit-author, fan-out, python, workflow-commands.',
    );
    expect(problem.fix).toBe('Did you mean `mode`?');
  });

  it('names unknown keys at the top level and deep inside', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'script:',
        '  s: {}',
        'scripts:',
        '  s:',
        '    command: [run]',
        '    args:',
        '      a: {type: text, titel: A}',
        '    pull-request: {labels: [x], drafts: true}',
      ),
    );
    expect(problems.map((p) => [p.position, p.message, p.fix])).toEqual([
      [
        at(2, 1),
        'Unknown key `script` at the top level; allowed keys there: version, repositories, defaults, scripts, ' +
          'allowed-download-hosts, max-download-mib, status-labels, flows, triggers, progress-interval.',
        'Did you mean `scripts`?',
      ],
      [
        at(8, 23),
        'Unknown key `titel` in `scripts.s.args.a`; allowed keys there: type, title, description, example, required, ' +
          'pattern, options, min, max, default, columns, header.',
        'Did you mean `title`?',
      ],
      [
        at(9, 33),
        'Unknown key `drafts` in `scripts.s.pull-request`; allowed keys there: title, body, labels, draft.',
        'Did you mean `draft`?',
      ],
    ]);
  });

  it('says which keys cannot have a default', () => {
    const problem = problemOf(
      lines('version: 1', 'defaults:', '  mode: write', 'scripts:', '  s: {command: [run]}'),
    );
    expect(problem.position).toEqual(at(3, 3));
    expect(problem.message).toMatch(
      /^`mode` cannot have a default; allowed keys under `defaults`: timeout-minutes, /,
    );
    expect(problem.fix).toBe('Set `mode` on each script instead.');
  });

  it('lists the allowed values of an enum', () => {
    const problem = problemOf(
      lines('version: 1', 'scripts:', '  link_checker:', '    command: [run]', '    mode: rw'),
    );
    expect(problem.position).toEqual(at(5, 11));
    expect(problem.message).toBe('`scripts.link_checker.mode` must be one of: read, write (got `rw`).');
  });

  it.each([
    [
      'permission: owner',
      7,
      17,
      '`scripts.s.permission` must be one of: read, triage, write, maintain, admin (got `owner`).',
    ],
    ['pass-args: all', 7, 16, '`scripts.s.pass-args` must be one of: flags, none (got `all`).'],
    ['timeout-minutes: 0', 7, 22, '`scripts.s.timeout-minutes` must be greater than 0 (got `0`).'],
    ['timeout-minutes: -1.5', 7, 22, '`scripts.s.timeout-minutes` must be greater than 0 (got `-1.5`).'],
    ['timeout-minutes: "10"', 7, 22, '`scripts.s.timeout-minutes` must be a number (got `10`).'],
    ['retries: 1.5', 7, 14, '`scripts.s.retries` must be a whole number (got `1.5`).'],
    ['retries: -1', 7, 14, '`scripts.s.retries` must be at least 0 (got `-1`).'],
    ['retries: 11', 7, 14, '`scripts.s.retries` must be at most 10 (got `11`).'],
    ['timeout-minutes: 1e9', 7, 22, '`scripts.s.timeout-minutes` must be at most 7200 (got `1000000000`).'],
    ['env: {A: [1]}', 7, 14, '`scripts.s.env.A` must be a string (got a list).'],
    ['env: [A=1]', 7, 10, '`scripts.s.env` must be a mapping (got a list).'],
    ['title: ""', 7, 12, '`scripts.s.title` must not be empty.'],
    ['targets: phy', 7, 14, '`scripts.s.targets` must be a list (got `phy`).'],
    ['outputs: {expect: [a, 2]}', 7, 27, '`scripts.s.outputs.expect[1]` must be a string (got `2`).'],
    [
      'pull-request: {draft: "yes"}',
      7,
      27,
      '`scripts.s.pull-request.draft` must be `true` or `false` (got `yes`).',
    ],
    [
      'commit-author: bot@example.org',
      7,
      20,
      '`scripts.s.commit-author` must be `Name <email>`, e.g. `Content Bot <bot@example.org>` (got `bot@example.org`).',
    ],
    [
      'allow-teams: [editors]',
      7,
      19,
      '`scripts.s.allow-teams[0]` must be `org/team-slug`, e.g. `isaacphysics/content-editors`, without `@` (got `editors`).',
    ],
    [
      'allow-users: ["@octocat"]',
      7,
      19,
      '`scripts.s.allow-users[0]` must be a GitHub login such as `octocat`, without `@` (got `@octocat`).',
    ],
  ])('reports `%s` at its value', (line, l, c, message) => {
    const problem = problemOf(script(`    ${line}`));
    expect([problem.position, problem.message]).toEqual([at(l, c), message]);
  });

  it('says how to write a list when a command is a string', () => {
    const problem = problemOf(lines('version: 1', 'scripts:', '  s:', '    command: python3 script.py'));
    expect(problem.position).toEqual(at(4, 14));
    expect(problem.message).toBe('`scripts.s.command` must be a list (got `python3 script.py`).');
    expect(problem.fix).toMatch(/^Write a list/);
  });

  it('requires a non-empty command', () => {
    const problem = problemOf(lines('version: 1', 'scripts:', '  s:', '    command: []'));
    expect(problem.position).toEqual(at(4, 14));
    expect(problem.message).toBe('`scripts.s.command` must not be an empty list.');
  });

  it('reports a missing required key at the key of its mapping', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'repositories:',
        '  phy:',
        '    title: Physics',
        'scripts:',
        '  s:',
        '    title: S',
        '    args:',
        '      a: {title: A}',
      ),
    );
    expect(problems.map((p) => [p.position, p.message, p.fix])).toEqual([
      [
        at(3, 3),
        '`repositories.phy` is missing `repository`, which is required.',
        'Add `repository: owner/name`.',
      ],
      [
        at(6, 3),
        '`scripts.s` is missing `command`, which is required.',
        'Add `command: [program, argument, ...]`.',
      ],
      [
        at(9, 7),
        '`scripts.s.args.a` is missing `type`, which is required.',
        'Add `type:` with one of: text, textarea, number, boolean, choice, csv, file.',
      ],
    ]);
  });

  it('requires owner/name for a repository', () => {
    const problem = problemOf(
      lines(
        'version: 1',
        'repositories:',
        '  phy:',
        '    repository: https://github.com/o/r',
        'scripts:',
        '  s: {command: [run]}',
      ),
    );
    expect(problem.position).toEqual(at(4, 17));
    expect(problem.message).toBe(
      '`repositories.phy.repository` must be `owner/name`, e.g. `isaacphysics/rutherford-content`, without ' +
        '`https://github.com/` (got `https://github.com/o/r`).',
    );
  });

  it('checks the top-level settings', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'allowed-download-hosts: [https://files.example.org/]',
        'max-download-mib: 0',
        'status-labels: "true"',
        'scripts:',
        '  s: {command: [run]}',
      ),
    );
    expect(problems.map((p) => [p.position, p.message])).toEqual([
      [
        at(2, 26),
        '`allowed-download-hosts[0]` must be a host name such as `files.example.org` (optionally with `:port`), ' +
          'without `https://` or a path (got `https://files.example.org/`).',
      ],
      [at(3, 19), '`max-download-mib` must be greater than 0 (got `0`).'],
      [at(4, 16), '`status-labels` must be `true` or `false` (got `true`).'],
    ]);
    expect(problems[2].fix).toBe('Write `true` or `false`, without quotes.');
  });

  it('requires names of letters, digits, _ and -', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'repositories:',
        '  my content: {repository: o/r}',
        'scripts:',
        '  link.checker:',
        '    command: [run]',
        '    args:',
        '      -x: {type: text}',
        '    env:',
        '      1X: a',
      ),
    );
    const allowed = 'letters, digits, `_` and `-` only, starting with a letter or digit.';
    expect(problems.map((p) => [p.position, p.message])).toEqual([
      [at(3, 3), `The name \`my content\` in \`repositories\` is not allowed: use ${allowed}`],
      [at(5, 3), `The name \`link.checker\` in \`scripts\` is not allowed: use ${allowed}`],
      [at(8, 7), `The name \`-x\` in \`scripts.link.checker.args\` is not allowed: use ${allowed}`],
      [
        at(10, 7),
        'The name `1X` in `scripts.link.checker.env` is not allowed: use letters, digits and `_`, not starting ' +
          'with a digit; names starting with `DISPATCH_` are set by the dispatcher.',
      ],
    ]);
  });

  it('reports a repeated item at the repeat', () => {
    const problem = problemOf(script('    targets: [phy, phy]'));
    expect(problem.position).toEqual(at(7, 20));
    expect(problem.message).toBe('`scripts.s.targets` lists `phy` twice (items 1 and 2).');
  });

  it('keeps one message for a value that fails several ways', () => {
    const problem = problemOf(script('    mode: 5'));
    expect(problem.message).toBe('`scripts.s.mode` must be one of: read, write (got `5`).');
  });
});

describe('the semantic checks', () => {
  it('requires targets to be repositories', () => {
    const problems = problemsOf(script('    targets: [phy, phyz, nope]'));
    expect(problems.map((p) => [p.position, p.message, p.fix])).toEqual([
      [
        at(7, 20),
        '`scripts.s.targets` names `phyz`, which is not a key of `repositories` (phy).',
        'Did you mean `phy`?',
      ],
      [
        at(7, 26),
        '`scripts.s.targets` names `nope`, which is not a key of `repositories` (phy).',
        'Add `nope` under `repositories`, or remove it here.',
      ],
    ]);
  });

  it('requires every placeholder to be known, listing the known ones', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'repositories:',
        '  phy: {repository: o/phy}',
        'scripts:',
        '  s:',
        '    command:',
        '      - run',
        '      - "--when={jbo}"',
        '    args:',
        '      eps: {type: text}',
        '    outputs: {path: "out/{args.nope}"}',
        '    pull-request:',
        "      title: 'Fix {scirpt}'",
        "      body: 'By {requester} about {who}'",
      ),
    );
    const known = '{job}, {script}, {target}, {target_path}, {output}, {issue}, {requester}, {args.eps}';
    expect(problems.map((p) => [p.position, p.message, p.fix])).toEqual([
      [
        at(8, 9),
        `\`scripts.s.command[1]\` uses the unknown placeholder \`{jbo}\`; known placeholders here: ${known}.`,
        'Did you mean `{job}`?',
      ],
      [
        at(11, 21),
        `\`scripts.s.outputs.path\` uses the unknown placeholder \`{args.nope}\`; known placeholders here: ${known}.`,
        undefined,
      ],
      [
        at(13, 14),
        `\`scripts.s.pull-request.title\` uses the unknown placeholder \`{scirpt}\`; known placeholders here: ${known}.`,
        'Did you mean `{script}`?',
      ],
      [
        at(14, 13),
        `\`scripts.s.pull-request.body\` uses the unknown placeholder \`{who}\`; known placeholders here: ${known}.`,
        undefined,
      ],
    ]);
  });

  it('requires options for a choice', () => {
    const problem = problemOf(script('    args:', '      level:', '        type: choice'));
    expect(problem.position).toEqual(at(8, 7));
    expect(problem.message).toBe('`scripts.s.args.level` is a `choice` argument without `options`.');
    expect(problem.fix).toBe('Add `options: [first, second]`.');
  });

  it('rejects settings of another argument type, at their key', () => {
    const problems = problemsOf(
      script(
        '    args:',
        '      a: {type: text, options: [x], min: 1}',
        '      b: {type: number, pattern: "x", columns: [c]}',
        '      c: {type: file, header: true, max: 2}',
      ),
    );
    expect(problems.map((p) => [p.position, p.message])).toEqual([
      [at(8, 23), '`options` only applies to `choice` arguments; `scripts.s.args.a` is a `text` argument.'],
      [at(8, 37), '`min` only applies to `number` arguments; `scripts.s.args.a` is a `text` argument.'],
      [at(9, 25), '`pattern` only applies to `text` arguments; `scripts.s.args.b` is a `number` argument.'],
      [at(9, 39), '`columns` only applies to `csv` arguments; `scripts.s.args.b` is a `number` argument.'],
      [at(10, 23), '`header` only applies to `csv` arguments; `scripts.s.args.c` is a `file` argument.'],
      [at(10, 37), '`max` only applies to `number` arguments; `scripts.s.args.c` is a `file` argument.'],
    ]);
    expect(problems[0].fix).toBe('Remove `options`, or change `type` to `choice`.');
  });

  it('requires a pattern to be a valid regular expression', () => {
    const problem = problemOf(script('    args:', "      a: {type: text, pattern: '[a-z'}"));
    expect(problem.position).toEqual(at(8, 32));
    expect(problem.message).toMatch(/^`scripts.s.args.a.pattern` is not a valid regular expression: .*\.$/);
  });

  it('rejects a pattern that only compiles when wrapped', () => {
    const problem = problemOf(script('    args:', "      a: {type: text, pattern: 'a)|(b'}"));
    expect(problem.message).toMatch(/not a valid regular expression/);
  });

  it('requires min <= max', () => {
    const problem = problemOf(script('    args:', '      n: {type: number, min: 5, max: 1}'));
    expect(problem.position).toEqual(at(8, 38));
    expect(problem.message).toBe('`scripts.s.args.n.max` (1) is less than `min` (5).');
  });

  it.each([
    ['{type: number, default: many}', '`scripts.s.args.a.default` must be a number (got `many`).'],
    [
      '{type: number, min: 1, max: 5, default: 6}',
      '`scripts.s.args.a.default` must be between 1 and 5 (got `6`).',
    ],
    ['{type: number, min: 1, default: 0}', '`scripts.s.args.a.default` must be at least 1 (got `0`).'],
    ['{type: boolean, default: "no"}', '`scripts.s.args.a.default` must be `true` or `false` (got `no`).'],
    [
      '{type: choice, options: [x, y], default: z}',
      '`scripts.s.args.a.default` must be one of the `options`: x, y (got `z`).',
    ],
    [
      '{type: text, pattern: "[a-z]+", default: "abc1"}',
      '`scripts.s.args.a.default` does not match `pattern` (got `abc1`).',
    ],
    ['{type: textarea, default: true}', '`scripts.s.args.a.default` must be text (got `true`).'],
  ])('rejects the default of %s', (arg, message) => {
    const problem = problemOf(script('    args:', `      a: ${arg}`));
    expect(problem.message).toBe(message);
    const text = `      a: ${arg}`;
    expect(problem.position).toEqual(at(8, text.indexOf('default: ') + 'default: '.length + 1));
  });

  it('accepts defaults that fit', () => {
    expect(() =>
      parseManifest(
        script(
          '    args:',
          '      a: {type: number, min: 1, max: 5, default: 5}',
          '      b: {type: choice, options: [1, 2], default: 2}',
          '      c: {type: text, pattern: "[a-z]+", default: abc}',
          '      d: {type: text, default: 12}',
        ),
        'm.yml',
      ),
    ).not.toThrow();
  });

  const inRepository = (line: string) =>
    lines(
      'version: 1',
      'repositories:',
      '  phy:',
      '    repository: o/phy',
      line,
      'scripts:',
      '  s: {command: [run]}',
    );
  const inDefaults = (line: string) =>
    lines('version: 1', 'defaults:', line, 'scripts:', '  s: {command: [run]}');
  const inScript = (line: string) => lines('version: 1', 'scripts:', '  s:', '    command: [run]', line);
  const outside = 'must stay inside';
  const absolute = 'must be a relative path, inside';
  const itself = 'must name a directory below';

  it.each([
    [
      inRepository('    path: /srv/content'),
      at(5, 11),
      `\`repositories.phy.path\` ${absolute} the working directory (got \`/srv/content\`).`,
    ],
    [
      inRepository('    path: C:\\content'),
      at(5, 11),
      `\`repositories.phy.path\` ${absolute} the working directory (got \`C:\\content\`).`,
    ],
    [
      inRepository('    path: data/../../x'),
      at(5, 11),
      `\`repositories.phy.path\` ${outside} the working directory, but \`..\` leads out of it (got \`data/../../x\`).`,
    ],
    [
      inRepository('    path: ./'),
      at(5, 11),
      `\`repositories.phy.path\` ${itself} the working directory, not the working directory itself (got \`./\`).`,
    ],
    [
      inDefaults('  working-directory: /scripts'),
      at(3, 22),
      `\`defaults.working-directory\` ${absolute} GITHUB_WORKSPACE (got \`/scripts\`).`,
    ],
    [
      inScript('    working-directory: ..'),
      at(5, 24),
      `\`scripts.s.working-directory\` ${outside} GITHUB_WORKSPACE, but \`..\` leads out of it (got \`..\`).`,
    ],
    [
      inScript('    outputs: {path: /tmp/out}'),
      at(5, 21),
      `\`scripts.s.outputs.path\` ${absolute} the working directory (got \`/tmp/out\`).`,
    ],
    [
      inScript('    outputs: {path: .}'),
      at(5, 21),
      `\`scripts.s.outputs.path\` ${itself} the working directory, not the working directory itself (got \`.\`).`,
    ],
    [
      inScript('    outputs: {path: "{output}/x"}'),
      at(5, 21),
      '`scripts.s.outputs.path` uses `{output}`, an absolute path; the output directory is relative to the working directory.',
    ],
  ])('keeps paths inside their directory (%#)', (text, position, message) => {
    const problem = problemOf(text);
    expect([problem.position, problem.message]).toEqual([position, message]);
  });

  it('accepts paths that come back inside', () => {
    const manifest = parseManifest(
      lines(
        'version: 1',
        'repositories:',
        '  phy: {repository: o/phy, path: content/../data/phy}',
        'scripts:',
        '  s: {command: [run], working-directory: ./tools/, outputs: {path: "out/{job}/../{job}-x"}}',
      ),
      'm.yml',
    );
    expect(manifest.repositories.phy.path).toBe('data/phy');
    expect(manifest.scripts.s.workingDirectory).toBe('tools');
    expect(manifest.scripts.s.outputs.path).toBe('out/{job}-x');
  });

  it('checks clone URLs', () => {
    const problems = problemsOf(
      lines(
        'version: 1',
        'repositories:',
        '  a: {repository: o/a, clone-url: "https://me:hunter2@git.example.org/a.git"}',
        '  b: {repository: o/b, clone-url: "ftp://git.example.org/b.git"}',
        '  c: {repository: o/c, clone-url: git.example.org/c.git}',
        'scripts:',
        '  s: {command: [run]}',
      ),
    );
    expect(problems.map((p) => [p.position, p.message])).toEqual([
      [at(3, 35), '`repositories.a.clone-url` must not hold credentials.'],
      [
        at(4, 35),
        '`repositories.b.clone-url` must be an https://, http://, ssh://, git:// or file:// URL (got `ftp:`).',
      ],
      [
        at(5, 35),
        '`repositories.c.clone-url` must be a full URL such as `https://git.example.org/owner/name.git` or ' +
          '`file:///srv/git/name.git` (got `git.example.org/c.git`).',
      ],
    ]);
  });

  it('requires a content repository for a write script', () => {
    const empty = problemOf(script('    mode: write', '    targets: []'));
    expect(empty.position).toEqual(at(8, 5));
    expect(empty.message).toMatch(/^`scripts.s` is a write script with an empty `targets`/);
    const none = problemOf(lines('version: 1', 'scripts:', '  s:', '    command: [run]', '    mode: write'));
    expect(none.position).toEqual(at(5, 11));
    expect(none.message).toMatch(/^`scripts.s` is a write script, but the manifest has no `repositories`/);
  });

  it('requires a program in the first command element', () => {
    const problem = problemOf(lines('version: 1', 'scripts:', '  s:', '    command: ["", x]'));
    expect(problem.position).toEqual(at(4, 15));
    expect(problem.message).toBe('`scripts.s.command[0]` is the program to run and must not be empty.');
  });

  it('rejects names of digits only, which would lose their order', () => {
    const problem = problemOf(
      lines('version: 1', 'scripts:', '  a: {command: [run]}', '  2024: {command: [run]}'),
    );
    expect(problem.position).toEqual(at(4, 3));
    expect(problem.message).toMatch(/^The name `2024` in `scripts` is only digits/);
  });
});

describe('several problems', () => {
  it('come back at once, in file order, schema and semantic alike', () => {
    const text = readFileSync(join('test', 'unit', 'fixtures', 'manifest', 'broken.yml'), 'utf8');
    let error: unknown;
    try {
      parseManifest(text, '.github/script-dispatcher.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ManifestError);
    const { problems, message } = error as ManifestError;
    expect(problems.map((p) => `${p.position.line}:${p.position.column} ${p.field}`)).toEqual([
      '1:10 version',
      '4:17 repositories.phy.repository',
      '5:11 repositories.phy.path',
      '7:20 defaults.timeout-minutes',
      '10:11 scripts.link_checker.mode',
      '11:20 scripts.link_checker.targets[1]',
      '13:7 scripts.link_checker.args.level',
      '15:47 scripts.link_checker.args.count.default',
      '17:9 scripts.link_checker.command[0]',
      '18:5 scripts.link_checker.mdoe',
      '20:3 scripts.broken',
    ]);
    expect(problems.every((p) => p.position.file === '.github/script-dispatcher.yml')).toBe(true);
    expect(message.split('\n')[0]).toBe('The manifest has 11 problems:');
    expect(message).toContain(
      '.github/script-dispatcher.yml:10:11: `scripts.link_checker.mode` must be one of: read, write (got `rw`).',
    );
  });
});

describe('any text', () => {
  const fragments = [
    'version: 1\n',
    'version: "1"\n',
    'scripts:\n',
    'repositories:\n',
    '  phy: {repository: o/phy}\n',
    '  s:\n',
    '    command: [run, "{job}"]\n',
    '    command: run\n',
    '    mode: write\n',
    '    targets: [phy, x]\n',
    '    args:\n',
    '      a: {type: choice, default: 1}\n',
    '      b: {type: number, min: 3, max: 1}\n',
    '- item\n',
    'key: value: more\n',
    '"',
    '{',
    ']',
    '\t',
    '---\n',
    '&a x\n',
    '*a\n',
    '# comment\n',
    '\n',
  ];

  it('gives a manifest or a ManifestError whose positions are inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let problems: ManifestProblem[] = [];
        try {
          parseManifest(text, 'm.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(ManifestError);
          problems = (error as ManifestError).problems;
          expect(problems.length).toBeGreaterThan(0);
        }
        const lineCount = text.split('\n').length;
        for (const problem of problems) {
          expect(problem.message.length).toBeGreaterThan(0);
          expect(problem.position.file).toBe('m.yml');
          expect(problem.position.line).toBeGreaterThanOrEqual(1);
          expect(problem.position.line).toBeLessThanOrEqual(lineCount);
          expect(problem.position.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
