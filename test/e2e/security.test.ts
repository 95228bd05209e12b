/**
 * The bundled action under attack, end to end (fake GitHub, Azurite, bare repositories): a script tries to
 * reach the tokens through its checkout's .git and through its ancestors' environment, to drive the runner
 * with workflow commands, to leak a token in pieces, to upload a file through a hard link; a request names
 * `constructor`; a title holds newlines; GitHub loses the answer to the pull request it created.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { issueCommentCreated, workflowDispatch } from '../support/events';
import { listBranches, readBranchFile } from '../support/repos';
import { CONTENT, REPO, REQUESTER, startWorld, visibleText, type World } from '../support/world';

let world: World;
let proxy: Server;
const proxied: string[] = [];
let nextIssue = 800;

beforeAll(async () => {
  // What a planted `http.proxy` would send its requests to.
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    res.statusCode = 502;
    res.end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;
  world = await startWorld({
    manifest: `version: 1
repositories:
  docs: { repository: ${CONTENT}, ref: main, title: Documentation, path: content/docs }
scripts:
  plant:
    command: [python3, scripts/sec.py, plant]
    mode: write
    env: { PROXY_PORT: '${port}' }
    pull-request: { title: 'Planted', labels: [automated] }
  ancestors:
    command: [python3, scripts/sec.py, ancestors]
  echo:
    command: [python3, scripts/sec.py, echo]
  echo-commands:
    command: [python3, scripts/sec.py, echo]
    workflow-commands: true
  hardlink:
    command: [python3, scripts/sec.py, hardlink]
  titled:
    command: [python3, scripts/sec.py, touch]
    mode: write
    args:
      title: { type: textarea }
    pull-request: { title: 'Fix {args.title}', labels: [automated] }
  symlink:
    command: [python3, scripts/sec.py, symlink]
  where:
    command: [python3, scripts/sec.py, where]
    args:
      name: { type: text }
    outputs: { path: 'out/{args.name}' }
  bigline:
    command: [python3, scripts/sec.py, bigline]
  sleep:
    command: [python3, scripts/sec.py, sleep]
  read:
    command: [python3, scripts/sec.py, where]
    targets: [docs]
  csvecho:
    command: [python3, scripts/sec.py, csvecho]
    args:
      sheet: { type: csv }
`,
  });
  await writeFile(join(world.workspace, 'scripts', 'secret.txt'), `${world.token}\n`);
});
afterAll(async () => {
  await world?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});
afterEach(() => {
  world.fake.clearFaults();
  expect(world.fake.violations).toEqual([]);
  expect(world.fake.unknownRequests).toEqual([]);
});

const dispatch = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  world.run({
    eventName: 'workflow_dispatch',
    event: workflowDispatch(inputs, { repo: REPO, sender: REQUESTER }),
    inputs,
    env,
  });

async function comment(body: string) {
  const number = nextIssue++;
  world.fake.addIssue(REPO, { number, body: 'no form', user: REQUESTER });
  const made = world.fake.addComment(REPO, number, { body, user: REQUESTER });
  const run = await world.run({
    eventName: 'issue_comment',
    event: issueCommentCreated({
      issueNumber: number,
      issueBody: 'no form',
      commentId: made.id,
      body,
      user: REQUESTER,
      repo: REPO,
    }),
    inputs: {},
  });
  return { run, comments: world.fake.comments(REPO, number) };
}

describe('1. nothing in the checkout’s .git runs or sees a token', () => {
  test('a planted filter, fsmonitor, proxy, helper, include and hooks: none runs, the proxy gets nothing', async () => {
    const run = await dispatch({ script: 'plant', 'content-token': world.token });
    expect(run.outputs.status).toBe('succeeded');
    expect(existsSync(join(world.workspace, 'witness'))).toBe(false);
    expect(proxied).toEqual([]);
    // The change made it, through the dispatcher's own git, to one pull request.
    const urls = JSON.parse(run.outputs['pull-request-urls']) as string[];
    expect(urls).toHaveLength(1);
    const branch = (await listBranches(world.content)).find((b) => b.startsWith('script-dispatcher/plant/'));
    expect(branch).toBeDefined();
    expect(await readBranchFile(world.content, branch!, 'pages/about.md')).toContain('Edited.');
  });
});

describe('2. a script cannot read the tokens from its ancestors', () => {
  test('no ancestor’s /proc/<pid>/environ holds INPUT_TOKEN, INPUT_CONTENT-TOKEN or the token', async () => {
    const run = await dispatch(
      { script: 'ancestors', 'content-token': world.token },
      // A workflow that also put the token in the step's env: it leaves the environment all the same.
      { GITHUB_TOKEN: world.token },
    );
    expect(run.outputs.status).toBe('succeeded');
    const { ancestors } = JSON.parse(run.outputs.result) as {
      ancestors: Array<{ pid: number; input_token: boolean; token_value: boolean; runtime_token: boolean }>;
    };
    const action = ancestors.find((a) => a.pid === run.pid);
    expect(action).toBeDefined();
    expect(action).toMatchObject({ input_token: false, token_value: false, runtime_token: false });
    for (const a of ancestors) expect(a).toMatchObject({ input_token: false, token_value: false });
  });
});

describe('3. names are names', () => {
  test.each(['constructor', '__proto__', 'toString'])(
    '`/run %s` is an unknown script: rejected, with the list of scripts',
    async (name) => {
      const { run, comments } = await comment(`/run ${name}`);
      expect(run.outputs.status).toBe('rejected');
      const status = comments.at(-1)?.body ?? '';
      expect(status).toContain(`\`${name}\``);
      expect(status).toContain('`plant`');
      expect(visibleText(run)).not.toContain('Cannot read properties');
    },
  );

  test('a `script` input of `constructor`, an argument and a target named `__proto__`/`hasOwnProperty`', async () => {
    const bad = await dispatch({ script: 'constructor' });
    expect(bad.outputs.status).toBe('rejected');
    const arg = await dispatch({ script: 'echo', args: '{"__proto__": "x", "hasOwnProperty": "y"}' });
    expect(arg.outputs.status).toBe('rejected');
    const target = await dispatch({ script: 'plant', target: '__proto__' });
    expect(target.outputs.status).toBe('rejected');
    for (const run of [bad, arg, target]) expect(visibleText(run)).not.toContain('Cannot read properties');
  });
});

describe('4 and 5. pull requests', () => {
  test('a title from an argument with newlines is one line, at most 256 characters', async () => {
    const run = await dispatch({
      script: 'titled',
      args: JSON.stringify({ title: `first\nsecond\r\n\tthird ${'x'.repeat(400)}` }),
    });
    expect(run.outputs.status).toBe('succeeded');
    const pull = world.fake.pulls(CONTENT).find((p) => p.head.startsWith('script-dispatcher/titled/'));
    expect(pull?.title).toMatch(/^Fix first second third x+…$/);
    expect(Array.from(pull!.title)).toHaveLength(256);
  });

  test.each([
    ['after GitHub created it', true],
    ['before GitHub created it', false],
  ])(
    'POST /pulls answered 502 %s: exactly one pull request, listed in the outputs',
    async (_when, applyFirst) => {
      const before = world.fake.pulls(CONTENT).length;
      world.fake.inject({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', status: 502, applyFirst });
      world.fake.inject({
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        status: 502,
        applyFirst,
      });
      const run = await dispatch({
        script: 'titled',
        args: JSON.stringify({ title: `lost ${applyFirst}` }),
        'issue-number': '',
      });
      expect(run.outputs.status).toBe('succeeded');
      const pulls = world.fake.pulls(CONTENT).filter((p) => p.title === `Fix lost ${applyFirst}`);
      expect(pulls).toHaveLength(1);
      expect(world.fake.pulls(CONTENT).length).toBe(before + 1);
      expect(JSON.parse(run.outputs['pull-request-urls'])).toEqual([
        expect.stringContaining(`/pull/${pulls[0].number}`),
      ]);
    },
  );
});

describe('6 and 7. script output', () => {
  test('workflow commands the script prints are shown, not obeyed; token halves are masked everywhere', async () => {
    const run = await dispatch({ script: 'echo' });
    expect(run.outputs.status).toBe('succeeded');
    expect(run.masks).not.toContain('planted-mask-value');
    expect(run.annotations.map((a) => a.message)).not.toEqual(
      expect.arrayContaining([expect.stringContaining('planted')]),
    );
    expect(run.stdout).toContain('::error title=pwned::planted annotation');
    expect(run.stdout).toMatch(/::stop-commands::[0-9a-f]{32}\n/);

    const half = Math.floor(world.token.length / 2);
    const pieces = [world.token.slice(0, half), world.token.slice(half)];
    const shown = visibleText(run);
    for (const piece of pieces) {
      for (let i = 0; i + 16 <= piece.length; i++) expect(shown).not.toContain(piece.slice(i, i + 16));
    }
    expect(JSON.parse(run.outputs.result)).toEqual({ a: '***', b: '***' });
  });

  test('with `workflow-commands: true` the script’s workflow commands are obeyed', async () => {
    const run = await dispatch({ script: 'echo-commands' });
    expect(run.outputs.status).toBe('succeeded');
    expect(run.masks).toContain('planted-mask-value');
    expect(run.annotations.map((a) => a.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('planted annotation')]),
    );
    expect(run.stdout).not.toMatch(/::stop-commands::[0-9a-f]{32}\n/);
  });
});

describe('8. hard links', () => {
  test('a file hard-linked from outside the output directory is not uploaded, and the report says so', async () => {
    const run = await dispatch({ script: 'hardlink' });
    expect(run.outputs.status).toBe('succeeded');
    const files = await world.artifacts.download(`hardlink-${run.outputs.job}`);
    expect([...files.keys()].sort()).toEqual(['_dispatch/log.txt', '_dispatch/record.json', 'own.txt']);
    const record = JSON.parse(files.get('_dispatch/record.json')!.toString()) as {
      outputs: { path: string }[];
    };
    expect(record.outputs.map((o) => o.path)).toEqual(['own.txt']);
    expect(run.summary).toContain('linked.txt');
  });
});

describe('what already held, and must go on holding', () => {
  test('symbolic links out of the output directory are not uploaded', async () => {
    const run = await dispatch({ script: 'symlink' });
    expect(run.outputs.status).toBe('succeeded');
    const files = await world.artifacts.download(`symlink-${run.outputs.job}`);
    expect([...files.keys()].sort()).toEqual(['_dispatch/log.txt', '_dispatch/record.json', 'own.txt']);
    const record = JSON.parse(files.get('_dispatch/record.json')!.toString()) as {
      outputs: { path: string }[];
    };
    expect(record.outputs.map((o) => o.path)).toEqual(['own.txt']);
  });

  test('`{args.NAME}` in outputs.path cannot lead out of its folder', async () => {
    const run = await dispatch({ script: 'where', args: JSON.stringify({ name: '../../../../tmp/escape' }) });
    expect(run.outputs.status).toBe('succeeded');
    const { output } = JSON.parse(run.outputs.result) as { output: string };
    expect(output.startsWith(join(world.workspace, 'out') + '/')).toBe(true);
    expect(output.slice(join(world.workspace, 'out').length + 1)).not.toContain('/');
  });

  test('5 MB of output on one line: the run succeeds and the log has all of it', async () => {
    const run = await dispatch({ script: 'bigline' });
    expect(run.outputs.status).toBe('succeeded');
    expect(run.stdout).toContain('x'.repeat(5 * 1024 * 1024));
  });

  test('git answering 500 to the clone fails the run with a message, and nothing runs', async () => {
    world.fake.inject({ path: /info\/refs$/, status: 500, times: 10 });
    const run = await dispatch({ script: 'read' });
    expect(run.outputs.status).toBe('failed');
    expect(visibleText(run)).toContain('could not be checked out');
    expect(visibleText(run)).not.toContain(world.token);
  });

  test.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while a script runs: cancelled, the script is stopped',
    async (signal) => {
      const running = await world.start({
        eventName: 'workflow_dispatch',
        event: workflowDispatch({ script: 'sleep' }, { repo: REPO, sender: REQUESTER }),
        inputs: { script: 'sleep' },
      });
      await running.waitForOutput('sleeping now', 30_000);
      process.kill(running.pid, signal);
      const run = await running.result;
      expect(run.outputs.status).toBe('cancelled');
      expect(run.orphans).toEqual([]);
    },
  );
});

describe('values that look like something else stay what they are', () => {
  test('CSV formula values reach the script literally', async () => {
    const text =
      'name,value\n"=HYPERLINK(""http://evil.example"",""x"")",+1\n@SUM(A1),-2\n=1+2,=cmd|\' /C calc\'!A0\n';
    const run = await dispatch({ script: 'csvecho', args: JSON.stringify({ sheet: text }) });
    expect(run.outputs.status).toBe('succeeded');
    expect(JSON.parse(run.outputs.result).text).toBe(text);
    const files = await world.artifacts.download(`csvecho-${run.outputs.job}`);
    expect(files.get('sheet.csv')?.toString('utf8')).toBe(text);
  });

  test('an attachment link with a user and password in it is refused, and nothing is fetched', async () => {
    const host = new URL(world.fake.serverUrl).host;
    const before = world.fake.requests.length;
    const url = `http://someone:hunter2@${host}/user-attachments/files/1/sheet.csv`;
    const run = await dispatch({ script: 'csvecho', args: JSON.stringify({ sheet: url }) });
    expect(run.outputs.status).toBe('rejected');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(/sheet/);
    expect(visibleText(run)).not.toContain('hunter2');
    const fetched = world.fake.requests.slice(before).filter((r) => r.path.includes('user-attachments'));
    expect(fetched).toEqual([]);
  });
});
