import * as path from 'node:path';
import { RequestError } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';
import type { ArgValue, Manifest } from '../../src/manifest/types';
import {
  branchName,
  graceFor,
  isHiddenVariable,
  planJob,
  scriptEnvironment,
  type PlanContext,
} from '../../src/plan/plan';
import { resolveScript, resolveTarget } from '../../src/plan/resolve';

const MANIFEST = `
version: 1
repositories:
  phy:
    repository: org/phy-content
    ref: master
    path: data/phy-content
    title: Physics
  ada:
    repository: org/ada-content
    title: Ada CS
  solo:
    repository: org/solo
defaults:
  working-directory: tools
scripts:
  probe:
    title: Probe everything
    command:
      - node
      - probe.js
      - '{job}'
      - '{script}'
      - '{target}'
      - '{target_path}'
      - '{output}'
      - '{issue}'
      - '{requester}'
      - '{args.text}'
      - 'prefix-{args.count}-suffix'
    targets: [phy, ada]
    timeout-minutes: 0.5
    env:
      LANG: C.UTF-8
    args:
      text:
        type: text
      count:
        type: number
        default: 3
      flag:
        type: boolean
      off:
        type: boolean
      level:
        type: choice
        options: [low, high]
  quiet:
    command: [sh, run.sh, '{args.note}']
    pass-args: none
    targets: [solo]
    args:
      note:
        type: text
      loud:
        type: boolean
  boxed:
    command: [node, boxed.js]
    targets: [ada]
    outputs:
      path: out/{args.x}/{job}
    args:
      x:
        type: text
  bare:
    command: [node, bare.js]
    targets: [ada]
    outputs:
      path: '{args.x}'
    args:
      x:
        type: text
  editor:
    title: Image attribution
    command: [python3, edit.py]
    mode: write
    targets: [phy]
    timeout-minutes: 200
    pull-request:
      title: 'Attribution for {target} (#{issue}) by {requester}, level {args.level}'
      body: 'Job {job} on {script}'
      labels: [automated]
      draft: true
    args:
      level:
        type: text
  plain_writer:
    command: [python3, edit.py]
    mode: write
    targets: [ada]
    timeout-minutes: 0.05
  stray:
    command: [node, stray.js]
    targets: []
`;

const WORKSPACE = path.resolve('/srv/workspace');
const TEMP = path.resolve('/srv/temp/job-1');

let manifest: Manifest;
beforeAll(() => {
  manifest = parseManifest(MANIFEST, 'dispatch.yml');
});

function ctx(more: Partial<PlanContext> = {}): PlanContext {
  return {
    jobId: '42-1',
    workspace: WORKSPACE,
    tempDir: TEMP,
    baseEnv: { PATH: '/usr/bin:/bin', HOME: '/home/runner' },
    secrets: [],
    requester: 'octocat',
    issue: 7,
    dryRun: false,
    openPullRequest: true,
    ...more,
  };
}

function plan(
  scriptName: string,
  args: Record<string, ArgValue>,
  more: Partial<PlanContext> = {},
  targetKey?: string,
) {
  const script = manifest.scripts[scriptName]!;
  const target = resolveTarget(manifest, script, targetKey);
  return planJob(script, target, args, ctx(more));
}

describe('planJob: argv', () => {
  const cwd = path.join(WORKSPACE, 'tools');

  test('every placeholder fills exactly its own argv element', () => {
    const job = plan('probe', { text: 'hello', count: 3 }, { given: new Set() });
    expect(job.argv).toEqual([
      'node',
      'probe.js',
      '42-1',
      'probe',
      'phy',
      path.join(cwd, 'data/phy-content'),
      path.join(TEMP, 'output'),
      '7',
      'octocat',
      'hello',
      'prefix-3-suffix',
    ]);
  });

  test.each([
    ['spaces', 'a b  c'],
    ['quotes', `it's "quoted"`],
    ['command substitution', '$(rm -rf ~) `id`'],
    ['a newline', 'first line\nsecond line'],
    ['shell operators', 'x; echo pwned && exit | tee'],
  ])('a value with %s stays one element', (_what, value) => {
    const job = plan('probe', { text: value, count: 3 }, { given: new Set() });
    expect(job.argv).toHaveLength(11);
    expect(job.argv[9]).toBe(value);
    expect(job.argv.filter((a) => a === value)).toHaveLength(1);
  });

  test('an empty issue fills its element with the empty string', () => {
    const job = plan('probe', { text: 't', count: 1 }, { issue: undefined, given: new Set() });
    expect(job.argv).toHaveLength(11);
    expect(job.argv[7]).toBe('');
  });

  test('only the given arguments become flags, in declaration order', () => {
    const job = plan(
      'probe',
      { level: 'high', text: 'a b', count: 3, flag: true },
      { given: new Set(['level', 'text', 'flag']) },
    );
    expect(job.argv.slice(11)).toEqual(['--text=a b', '--flag', '--level=high']);
  });

  test('without a `given` set, every argument with a value becomes a flag', () => {
    const job = plan('probe', { text: 'x', count: 5, off: false });
    expect(job.argv.slice(11)).toEqual(['--text=x', '--count=5']);
  });

  test('a value with `=` and spaces stays one flag element', () => {
    const job = plan('probe', { text: 'a=b c', count: 3 }, { given: new Set(['text']) });
    expect(job.argv.slice(11)).toEqual(['--text=a=b c']);
  });

  test('booleans: `--name` when true, nothing when false', () => {
    const job = plan(
      'probe',
      { text: 't', count: 3, flag: true, off: false },
      { given: new Set(['flag', 'off']) },
    );
    expect(job.argv.slice(11)).toEqual(['--flag']);
    expect(job.argv).not.toContain('--off');
  });

  test('`pass-args: none` appends nothing, placeholders still fill', () => {
    const job = plan('quiet', { note: 'a note', loud: true }, { given: new Set(['note', 'loud']) });
    expect(job.argv).toEqual(['sh', 'run.sh', 'a note']);
  });

  test('the working directory is absolute, from `working-directory`', () => {
    const job = plan('probe', { text: 't', count: 3 });
    expect(job.cwd).toBe(cwd);
    expect(path.isAbsolute(job.cwd)).toBe(true);
  });
});

describe('planJob: target and paths', () => {
  const cwd = path.join(WORKSPACE, 'tools');

  test('the target checkout resolves against the working directory', () => {
    const job = plan('probe', { text: 't', count: 3 });
    expect(job.target?.key).toBe('phy');
    expect(job.target?.absolutePath).toBe(path.join(cwd, 'data/phy-content'));
    expect(job.target?.ref).toBe('master');
  });

  test('a target without `path` checks out under data/<key>', () => {
    const job = plan('probe', { text: 't', count: 3 }, {}, 'ada');
    expect(job.target?.absolutePath).toBe(path.join(cwd, 'data/ada'));
    expect(job.argv[5]).toBe(path.join(cwd, 'data/ada'));
  });

  test('`targetPath` overrides the checkout location everywhere', () => {
    const local = path.resolve('/home/me/content');
    const job = plan('probe', { text: 't', count: 3 }, { targetPath: local });
    expect(job.target?.absolutePath).toBe(local);
    expect(job.argv[5]).toBe(local);
    expect(job.env.DISPATCH_TARGET_PATH).toBe(local);
  });

  test('a script with no target has none, and empty target placeholders', () => {
    const script = manifest.scripts.stray!;
    expect(resolveTarget(manifest, script)).toBeUndefined();
    const job = planJob(script, undefined, {}, ctx());
    expect(job.target).toBeUndefined();
    expect(job.env.DISPATCH_TARGET).toBe('');
    expect(job.env.DISPATCH_TARGET_PATH).toBe('');
  });

  test('the default output directory is <tempDir>/output, or `defaultOutputDir`', () => {
    expect(plan('probe', { text: 't', count: 3 }).outputDir).toBe(path.join(TEMP, 'output'));
    const other = path.resolve('/srv/out/here');
    expect(plan('probe', { text: 't', count: 3 }, { defaultOutputDir: other }).outputDir).toBe(other);
  });

  test('`outputs.path` fills placeholders, relative to the working directory', () => {
    const job = plan('boxed', { x: 'report' });
    expect(job.outputDir).toBe(path.join(cwd, 'out/report/42-1'));
    expect(job.env.DISPATCH_OUTPUT).toBe(job.outputDir);
  });

  test.each([
    ['../../etc', '.._.._etc'],
    ['..', '__'],
    ['.', '_'],
    ['a/b', 'a_b'],
    ['/abs/path', '_abs_path'],
    ['a b$c', 'a_b_c'],
  ])('a request value %j in `outputs.path` becomes one safe segment %j', (value, segment) => {
    const job = plan('boxed', { x: value });
    expect(job.outputDir).toBe(path.join(cwd, 'out', segment, '42-1'));
    const rel = path.relative(cwd, job.outputDir);
    expect(rel.split(path.sep)).toEqual(['out', segment, '42-1']);
  });

  test('a request value never takes `outputs.path` out of the working directory', () => {
    for (const value of ['../../etc', '..', '../..', '/etc', '..\\..\\x']) {
      let outputDir: string | undefined;
      try {
        outputDir = plan('bare', { x: value }).outputDir;
      } catch (error) {
        // Refusing is safe too; escaping is not.
        expect(error).toBeInstanceOf(RequestError);
        continue;
      }
      const rel = path.relative(cwd, outputDir);
      expect(rel.startsWith(`..${path.sep}`) || rel === '..' || path.isAbsolute(rel)).toBe(false);
      expect(rel.split(path.sep)).toHaveLength(1);
    }
  });

  // BUG (src/shared/paths.ts, `isInside`): it treats any relative path that starts with the two characters
  // `..` as outside, so a single segment such as `.._.._etc` (what `../../etc` is reduced to) or `..notes`
  // is taken for a parent directory, and planJob refuses a safe output directory.
  test('a request value reduced to a segment starting with `..` is accepted as inside', () => {
    expect(plan('bare', { x: '../../etc' }).outputDir).toBe(path.join(cwd, '.._.._etc'));
    expect(plan('bare', { x: '..notes' }).outputDir).toBe(path.join(cwd, '..notes'));
  });

  test('the result file and the artifact name', () => {
    const job = plan('probe', { text: 't', count: 3 });
    expect(job.resultFile).toBe(path.join(TEMP, 'result.json'));
    expect(job.artifactName).toBe('probe-42-1');
  });
});

describe('planJob: environment', () => {
  const baseEnv = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    INPUT_TOKEN: 'x',
    INPUT_SCRIPT: 'probe',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
    ACTIONS_CACHE_URL: 'https://cache',
    GITHUB_TOKEN_COPY: 'ghs_secretvalue1234',
    GIT_AUTH: 'Authorization: bearer ghs_secretvalue1234 trailing',
    CONTENT: 'github_pat_contentsecret',
    UNSET: undefined,
    LANG: 'en_US.UTF-8',
    DISPATCH_SCRIPT: 'forged-by-step',
  };
  const secrets = ['ghs_secretvalue1234', 'github_pat_contentsecret', ''];

  test('drops hidden variables and token holders, keeps the rest, adds env and DISPATCH_*', () => {
    const job = plan(
      'probe',
      { text: 'hi', count: 3, flag: true },
      { baseEnv, secrets, issue: 12, requester: 'alice' },
      'ada',
    );
    const env = job.env;
    for (const hidden of [
      'INPUT_TOKEN',
      'INPUT_SCRIPT',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_TOKEN_COPY',
      'GIT_AUTH',
      'CONTENT',
      'UNSET',
    ]) {
      expect(env).not.toHaveProperty(hidden);
    }
    expect(env.PATH).toBe('/usr/bin');
    expect(env.HOME).toBe('/home/runner');
    expect(env.ACTIONS_CACHE_URL).toBe('https://cache');
    // The manifest's env wins over the step's.
    expect(env.LANG).toBe('C.UTF-8');

    const cwd = path.join(WORKSPACE, 'tools');
    expect(env.DISPATCH_JOB).toBe('42-1');
    expect(env.DISPATCH_SCRIPT).toBe('probe');
    expect(env.DISPATCH_TARGET).toBe('ada');
    expect(env.DISPATCH_TARGET_PATH).toBe(path.join(cwd, 'data/ada'));
    expect(env.DISPATCH_OUTPUT).toBe(path.join(TEMP, 'output'));
    expect(env.DISPATCH_RESULT).toBe(path.join(TEMP, 'result.json'));
    expect(env.DISPATCH_REQUESTER).toBe('alice');
    expect(env.DISPATCH_ISSUE).toBe('12');
    expect(JSON.parse(env.DISPATCH_ARGS!)).toEqual({ text: 'hi', count: 3, flag: true });
    expect(typeof JSON.parse(env.DISPATCH_ARGS!).count).toBe('number');
  });

  test('DISPATCH_* cannot be overridden by the manifest env or the step', () => {
    // The manifest check refuses such names already ...
    expect(() =>
      parseManifest(MANIFEST.replace('LANG: C.UTF-8', 'DISPATCH_JOB: forged'), 'dispatch.yml'),
    ).toThrow(/DISPATCH_JOB/);
    // ... and the planner puts DISPATCH_* last anyway.
    const probe = manifest.scripts.probe!;
    const script = { ...probe, env: { ...probe.env, DISPATCH_JOB: 'forged', DISPATCH_OUTPUT: '/elsewhere' } };
    const job = planJob(script, resolveTarget(manifest, probe), { text: 'hi', count: 3 }, ctx({ baseEnv }));
    expect(job.env.DISPATCH_JOB).toBe('42-1');
    expect(job.env.DISPATCH_OUTPUT).toBe(path.join(TEMP, 'output'));
    expect(job.env.DISPATCH_SCRIPT).toBe('probe');
  });

  test('DISPATCH_ISSUE is empty without an issue; defaults reach DISPATCH_ARGS', () => {
    const job = plan('probe', { count: 3 }, { issue: undefined, given: new Set() });
    expect(job.env.DISPATCH_ISSUE).toBe('');
    expect(JSON.parse(job.env.DISPATCH_ARGS!)).toEqual({ count: 3 });
    expect(job.argv.slice(11)).toEqual([]);
  });

  test('isHiddenVariable', () => {
    expect(isHiddenVariable('INPUT_ARGS')).toBe(true);
    expect(isHiddenVariable('ACTIONS_RUNTIME_TOKEN')).toBe(true);
    expect(isHiddenVariable('ACTIONS_RESULTS_URL')).toBe(true);
    expect(isHiddenVariable('ACTIONS_ID_TOKEN_REQUEST_URL')).toBe(true);
    expect(isHiddenVariable('ACTIONS_ID_TOKEN_REQUEST_TOKEN')).toBe(true);
    expect(isHiddenVariable('ACTIONS_CACHE_URL')).toBe(false);
    expect(isHiddenVariable('GITHUB_WORKSPACE')).toBe(false);
    expect(isHiddenVariable('MY_INPUT_X')).toBe(false);
  });

  test('scriptEnvironment on its own', () => {
    const env = scriptEnvironment(
      { A: '1', B: 'has tok3n-value inside', INPUT_X: 'x', C: undefined, D: '4' },
      ['tok3n-value', ''],
      { D: 'manifest', E: '5', DISPATCH_JOB: 'manifest' },
      { DISPATCH_JOB: 'j' },
    );
    expect(env).toEqual({ A: '1', D: 'manifest', E: '5', DISPATCH_JOB: 'j' });
  });

  test('an empty secret removes nothing', () => {
    expect(scriptEnvironment({ A: '1' }, [''], {}, {})).toEqual({ A: '1' });
  });
});

describe('planJob: write scripts', () => {
  test('issue runs get the issue branch, the PR title and the commit message', () => {
    const job = plan('editor', { level: 'high' }, { issue: 31, requester: 'bob' });
    expect(job.write).toBeDefined();
    expect(job.write!.branch).toBe('script-dispatcher/editor/issue-31');
    expect(job.write!.openPullRequest).toBe(true);
    expect(job.write!.pullRequest).toEqual({
      title: 'Attribution for phy (#31) by bob, level high',
      body: 'Job 42-1 on editor',
      labels: ['automated'],
      draft: true,
    });
    const message = job.write!.commitMessage;
    expect(message).toContain('editor');
    expect(message).toContain('#31');
    expect(message).toContain('42-1');
    expect(message).toContain('bob');
    expect(job.write!.author.name).toBe('github-actions[bot]');
  });

  test('runs without an issue get the job branch and the default PR title', () => {
    const job = plan('plain_writer', {}, { issue: undefined, openPullRequest: false });
    expect(job.write!.branch).toBe('script-dispatcher/plain_writer/42-1');
    expect(job.write!.openPullRequest).toBe(false);
    expect(job.write!.pullRequest.title).toBe('plain_writer (42-1)');
    expect(job.write!.pullRequest.body).toBeUndefined();
    expect(job.write!.commitMessage).toContain('plain_writer');
    expect(job.write!.commitMessage).toContain('42-1');
    expect(job.write!.commitMessage).not.toContain('Issue:');
  });

  test('read scripts get no write plan', () => {
    expect(plan('probe', { text: 't', count: 3 }).write).toBeUndefined();
  });

  test('branchName', () => {
    expect(branchName('s', 5, 'j')).toBe('script-dispatcher/s/issue-5');
    expect(branchName('s', undefined, 'j-2')).toBe('script-dispatcher/s/j-2');
  });
});

describe('planJob: timeouts', () => {
  test('the timeout is in ms from fractional minutes, with its grace', () => {
    const half = plan('probe', { text: 't', count: 3 });
    expect(half.timeoutMs).toBe(30_000);
    expect(half.graceMs).toBe(3_000);
    const tiny = plan('plain_writer', {});
    expect(tiny.timeoutMs).toBe(3_000);
    expect(tiny.graceMs).toBe(1_000);
    const long = plan('editor', {});
    expect(long.timeoutMs).toBe(200 * 60_000);
    expect(long.graceMs).toBe(10_000);
  });

  test('`graceMs` in the context wins', () => {
    expect(plan('probe', { text: 't', count: 3 }, { graceMs: 123 }).graceMs).toBe(123);
  });

  test('graceFor: a tenth of the timeout within [1 s, 10 s]', () => {
    expect(graceFor(0)).toBe(1_000);
    expect(graceFor(5_000)).toBe(1_000);
    expect(graceFor(10_000)).toBe(1_000);
    expect(graceFor(25_000)).toBe(2_500);
    expect(graceFor(100_000)).toBe(10_000);
    expect(graceFor(30 * 60_000)).toBe(10_000);
  });

  test('retries, expect, requester and dryRun are carried', () => {
    const job = plan('probe', { text: 't', count: 3 }, { dryRun: true, requester: 'zed' });
    expect(job.retries).toBe(0);
    expect(job.expect).toEqual([]);
    expect(job.requester).toBe('zed');
    expect(job.dryRun).toBe(true);
    expect(job.issue).toBe(7);
  });
});

describe('resolveScript', () => {
  test('by name and by title (case-insensitive)', () => {
    expect(resolveScript(manifest, 'probe').name).toBe('probe');
    expect(resolveScript(manifest, 'Image attribution').name).toBe('editor');
    expect(resolveScript(manifest, '  image ATTRIBUTION ').name).toBe('editor');
  });

  test('an unknown name lists the scripts and suggests the closest', () => {
    let error: unknown;
    try {
      resolveScript(manifest, 'prob');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestError);
    const problem = (error as RequestError).problems[0]!;
    expect((error as RequestError).message).toContain('prob');
    expect(problem.field).toBe('script');
    expect(problem.message).toContain('did you mean `probe`?');
    for (const name of Object.keys(manifest.scripts)) expect(problem.fix).toContain(`\`${name}\``);
  });

  test('no suggestion when nothing is close', () => {
    let error: unknown;
    try {
      resolveScript(manifest, 'zzzzzzzzzzzz');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).problems[0]!.message).not.toContain('did you mean');
  });
});

describe('resolveTarget', () => {
  test('the default is the first target', () => {
    expect(resolveTarget(manifest, manifest.scripts.probe!)?.key).toBe('phy');
    expect(resolveTarget(manifest, manifest.scripts.probe!, '  ')?.key).toBe('phy');
  });

  test('by key or title, case-insensitive', () => {
    const probe = manifest.scripts.probe!;
    expect(resolveTarget(manifest, probe, 'ada')?.key).toBe('ada');
    expect(resolveTarget(manifest, probe, 'ADA')?.key).toBe('ada');
    expect(resolveTarget(manifest, probe, 'Physics')?.key).toBe('phy');
    expect(resolveTarget(manifest, probe, 'ada cs')?.key).toBe('ada');
  });

  test('a target not allowed for the script lists the allowed ones', () => {
    let error: unknown;
    try {
      resolveTarget(manifest, manifest.scripts.probe!, 'solo');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestError);
    const problem = (error as RequestError).problems[0]!;
    expect(problem.field).toBe('target');
    expect(problem.fix).toContain('`phy` (Physics)');
    expect(problem.fix).toContain('`ada` (Ada CS)');
    expect(problem.fix).not.toContain('solo');
  });

  test('a script with no targets resolves to undefined, and refuses a named one', () => {
    const stray = manifest.scripts.stray!;
    expect(resolveTarget(manifest, stray)).toBeUndefined();
    expect(() => resolveTarget(manifest, stray, 'phy')).toThrow(RequestError);
  });
});
