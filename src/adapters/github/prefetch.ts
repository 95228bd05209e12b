/**
 * The first API call of a run, started before the rest of the action loads: the requester's permission.
 * Everything here is small on purpose (no @actions/*, no octokit), so that the round trip to GitHub overlaps
 * loading and parsing the manifest. The pipeline still decides; the adapter only reuses a 200 answer, and
 * asks again (with retries) on anything else.
 */
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { requestOrigin } from '../../request/origin';

export interface PermissionPrefetch {
  /** Whose permission was asked ('' when nothing was asked). */
  login: string;
  /** The collaborator permission body on a 200; undefined on any other answer or error. */
  answer: Promise<{ permission?: string; role_name?: string } | undefined>;
  /** Settles once the request is on the wire (or failed), so that loading the rest cannot delay it. */
  sent: Promise<void>;
  /** The event payload, read once. */
  payload: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const TIMEOUT_MS = 10_000;

export function prefetchPermission(env: NodeJS.ProcessEnv = process.env): PermissionPrefetch | undefined {
  let payload: Obj = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Obj;
  } catch {
    return undefined;
  }
  const nothing = { login: '', answer: Promise.resolve(undefined), sent: Promise.resolve(), payload };
  const token = env.INPUT_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  const login = requestOrigin(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_ACTOR ?? '')?.requester;
  // Behind a proxy, only the full client (which honours it) talks to GitHub.
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY'].some((k) => env[k]);
  if (!token || !repository || !login || proxied) return nothing;

  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const url = new URL(`${api}/repos/${repository}/collaborators/${encodeURIComponent(login)}/permission`);
  let markSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const answer = new Promise<Obj | undefined>((resolve) => {
    const client = url.protocol === 'http:' ? http : https;
    const request = client.request(
      url,
      {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `token ${token}`,
          'user-agent': 'script-dispatcher',
          'x-github-api-version': '2022-11-28',
        },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) return resolve(undefined);
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Obj);
          } catch {
            resolve(undefined);
          }
        });
        response.on('error', () => resolve(undefined));
      },
    );
    request.on('finish', markSent);
    request.on('timeout', () => request.destroy());
    request.on('error', () => {
      markSent();
      resolve(undefined);
    });
    request.end();
  });
  return { login, answer, sent, payload };
}
