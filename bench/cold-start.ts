/**
 * Cold start: from spawning `node dist/index.js` to the first API request it makes (for a workflow_dispatch
 * run, the requester's permission). A tiny server takes that request, notes the moment and answers; the
 * action is then stopped.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { NODE24 } from '../test/support/runner';
import { REPO, REQUESTER } from '../test/support/world';
import type { Bench } from './common';
import { failureText, launchAction } from './launch';
import { median, row, type Row } from './stats';

export const COLD_START = {
  name: 'Cold start: spawn → first API request',
  target: '< 150 ms',
  unit: 'ms',
} as const;

const BARE_REQUEST = "require('node:http').get(process.argv[1], (res) => res.resume());";

const PERMISSION = JSON.stringify({
  permission: 'admin',
  role_name: 'admin',
  user: { login: REQUESTER, id: 583231, type: 'User', site_admin: false },
});

export async function measureColdStart(bench: Bench, runs = 15): Promise<Row> {
  const { world } = bench;
  let first: number | undefined;
  let notify: (() => void) | undefined;
  const server = createServer((req, res) => {
    if (first === undefined) {
      first = performance.now();
      notify?.();
    }
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(PERMISSION);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  try {
    const samples: number[] = [];
    const baseline: number[] = [];
    // One run first that is not counted: the binary and the bundle come into the page cache, as on a
    // runner that has just downloaded the action.
    for (let i = 0; i <= runs; i++) {
      first = undefined;
      const requested = new Promise<void>((resolve) => (notify = resolve));
      const launched = await launchAction({
        workspace: world.workspace,
        inputs: { script: 'noop', target: 'docs' },
        repository: REPO,
        actor: REQUESTER,
        apiUrl: `http://127.0.0.1:${port}`,
        serverUrl: `http://github.localhost:${port}`,
        token: world.token,
        artifactsEnv: world.artifacts.env,
        timeoutMs: 15_000,
      });
      const outcome = await Promise.race([requested.then(() => 'request' as const), launched.result]);
      launched.kill();
      const run = await launched.result;
      if (outcome !== 'request' || first === undefined) {
        throw new Error(`the action made no API request: ${failureText(run)}`);
      }
      const ms = first - launched.spawnedAt;
      // The same for a bare Node 24 that makes one request: what any Node action costs.
      first = undefined;
      const bare = new Promise<void>((resolve) => (notify = resolve));
      const start = performance.now();
      const child = spawn(NODE24, ['-e', BARE_REQUEST, `http://127.0.0.1:${port}/`], { stdio: 'ignore' });
      const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
      await Promise.race([bare, ended]);
      const bareMs = first === undefined ? NaN : (first as number) - start;
      child.kill('SIGKILL');
      await ended;
      if (i > 0) {
        samples.push(ms);
        if (Number.isFinite(bareMs)) baseline.push(bareMs);
      }
      bench.log(
        `cold start ${i === 0 ? 'warm-up' : `${i}/${runs}`}: ${ms.toFixed(0)} ms (bare Node ${bareMs.toFixed(0)} ms)`,
      );
    }
    return row(COLD_START.name, { text: COLD_START.target, unit: 'ms', meets: (m) => m < 150 }, samples, [
      'Node 24 (node_modules/.bin/node) runs dist/index.js with a workflow_dispatch environment; the first request is answered by a local server on 127.0.0.1.',
      'One uncounted warm-up run first (page cache warm, as right after the runner downloads the action).',
      `For comparison, a bare Node 24 that makes one request (\`node -e "http.get(...)"\`), interleaved: median ${median(baseline).toFixed(0)} ms.`,
    ]);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
