import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DownloadError, downloadAttachment, isLoopbackName } from '../../src/args/download';
import { UserError } from '../../src/errors';

interface Seen {
  path: string;
  host?: string;
  authorization?: string;
}

/** A real HTTP server on 127.0.0.1 that records what it was sent. */
async function startServer(
  handler: http.RequestListener,
): Promise<{ server: http.Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', host: req.headers.host, authorization: req.headers.authorization });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

async function stop(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

let github: Awaited<ReturnType<typeof startServer>>;
let other: Awaited<ReturnType<typeof startServer>>;
let githubUrl: string;

beforeAll(async () => {
  other = await startServer((req, res) => {
    if (req.url === '/file.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('a,b\n1,2\n');
    } else if (req.url === '/back') {
      res.writeHead(302, { location: `${githubUrl}/user-attachments/files/1/direct.csv` });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  github = await startServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/user-attachments/files/1/direct.csv') {
      res.writeHead(200);
      res.end('direct');
    } else if (url === '/user-attachments/files/1/to-other.csv') {
      // Same machine, other host name: the token must not follow.
      res.writeHead(302, { location: `http://localhost:${other.port}/file.csv` });
      res.end();
    } else if (url === '/user-attachments/files/1/to-other-port.csv') {
      res.writeHead(307, { location: `http://127.0.0.1:${other.port}/file.csv` });
      res.end();
    } else if (url === '/user-attachments/files/1/to-dot-localhost.csv') {
      res.writeHead(301, { location: `http://objects.localhost:${other.port}/file.csv` });
      res.end();
    } else if (url === '/user-attachments/files/1/away-and-back.csv') {
      res.writeHead(302, { location: `http://localhost:${other.port}/back` });
      res.end();
    } else if (url === '/user-attachments/files/1/relative.csv') {
      res.writeHead(302, { location: '/user-attachments/files/1/direct.csv' });
      res.end();
    } else if (url.startsWith('/loop/')) {
      const n = Number(url.slice('/loop/'.length));
      res.writeHead(302, { location: `/loop/${n + 1}` });
      res.end();
    } else if (url === '/endless') {
      // Sends more than the cap and never ends: the download must stop by itself.
      res.writeHead(200);
      res.write(Buffer.alloc(4096, 'x'));
    } else if (url === '/declared-big') {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('x');
    } else if (url === '/exact') {
      res.writeHead(200);
      res.end(Buffer.alloc(1024, 'y'));
    } else if (url === '/forbidden') {
      res.writeHead(403, 'Forbidden');
      res.end('no');
    } else if (url === '/no-location') {
      res.writeHead(302);
      res.end();
    } else if (url === '/hang') {
      // never answers
    } else {
      res.writeHead(404, 'Not Found');
      res.end('nope');
    }
  });
  githubUrl = `http://127.0.0.1:${github.port}`;
});

afterAll(async () => {
  await stop(github.server);
  await stop(other.server);
});

beforeEach(() => {
  github.seen.length = 0;
  other.seen.length = 0;
});

const opts = () => ({ token: 'secret-token', serverUrl: githubUrl, maxBytes: 1024 });

describe('downloadAttachment', () => {
  it('sends the token to the GitHub host', async () => {
    const body = await downloadAttachment(`${githubUrl}/user-attachments/files/1/direct.csv`, opts());
    expect(body.toString()).toBe('direct');
    expect(github.seen).toEqual([
      {
        path: '/user-attachments/files/1/direct.csv',
        host: `127.0.0.1:${github.port}`,
        authorization: 'token secret-token',
      },
    ]);
  });

  it('drops the token when a redirect goes to another host name', async () => {
    const body = await downloadAttachment(`${githubUrl}/user-attachments/files/1/to-other.csv`, opts());
    expect(body.toString()).toBe('a,b\n1,2\n');
    expect(github.seen[0]!.authorization).toBe('token secret-token');
    expect(other.seen).toEqual([
      { path: '/file.csv', host: `localhost:${other.port}`, authorization: undefined },
    ]);
  });

  it('drops the token when a redirect goes to another port', async () => {
    await downloadAttachment(`${githubUrl}/user-attachments/files/1/to-other-port.csv`, opts());
    expect(other.seen[0]!.authorization).toBeUndefined();
  });

  it('does not send the token again after coming back to the GitHub host', async () => {
    const body = await downloadAttachment(`${githubUrl}/user-attachments/files/1/away-and-back.csv`, opts());
    expect(body.toString()).toBe('direct');
    expect(github.seen.map((s) => s.authorization)).toEqual(['token secret-token', undefined]);
    expect(other.seen[0]!.authorization).toBeUndefined();
  });

  it('keeps the token on a redirect within the GitHub host', async () => {
    await downloadAttachment(`${githubUrl}/user-attachments/files/1/relative.csv`, opts());
    expect(github.seen.map((s) => s.authorization)).toEqual(['token secret-token', 'token secret-token']);
  });

  it('never sends the token to a host that is not the GitHub host', async () => {
    const body = await downloadAttachment(`http://localhost:${other.port}/file.csv`, opts());
    expect(body.toString()).toBe('a,b\n1,2\n');
    expect(other.seen[0]!.authorization).toBeUndefined();
  });

  it('resolves *.localhost names to the loopback address, keeping the Host header', async () => {
    const body = await downloadAttachment(
      `${githubUrl}/user-attachments/files/1/to-dot-localhost.csv`,
      opts(),
    );
    expect(body.toString()).toBe('a,b\n1,2\n');
    expect(other.seen).toEqual([
      { path: '/file.csv', host: `objects.localhost:${other.port}`, authorization: undefined },
    ]);
    const direct = await downloadAttachment(`http://files.example.localhost:${other.port}/file.csv`, opts());
    expect(direct.toString()).toBe('a,b\n1,2\n');
    expect(isLoopbackName('A.LocalHost.')).toBe(true);
    expect(isLoopbackName('localhost.example.com')).toBe(false);
  });

  it('sends the token to a *.localhost GitHub host', async () => {
    const serverUrl = `http://github.localhost:${github.port}`;
    await downloadAttachment(`${serverUrl}/user-attachments/files/1/direct.csv`, { ...opts(), serverUrl });
    expect(github.seen[0]).toEqual({
      path: '/user-attachments/files/1/direct.csv',
      host: `github.localhost:${github.port}`,
      authorization: 'token secret-token',
    });
  });

  it('stops after 5 redirects', async () => {
    const error = await downloadAttachment(`${githubUrl}/loop/0`, opts()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toBe(
      `Could not download \`${githubUrl}/loop/0\`: more than 5 redirects.`,
    );
    expect(github.seen).toHaveLength(6);
  });

  it('aborts as soon as more than maxBytes arrive, without waiting for the end', async () => {
    const started = Date.now();
    const error = await downloadAttachment(`${githubUrl}/endless`, opts()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `Could not download \`${githubUrl}/endless\`: the file is larger than the limit of 1 KiB.`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a declared size over the limit before reading', async () => {
    const error = await downloadAttachment(`${githubUrl}/declared-big`, opts()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('larger than the limit of 1 KiB');
  });

  it('accepts exactly maxBytes', async () => {
    expect((await downloadAttachment(`${githubUrl}/exact`, opts())).length).toBe(1024);
  });

  it('reports the status of an error answer', async () => {
    const error = (await downloadAttachment(`${githubUrl}/missing.csv`, opts()).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.status).toBe(404);
    expect(error.message).toBe(
      `Could not download \`${githubUrl}/missing.csv\`: the server answered 404 Not Found.`,
    );
    expect(error.fix).toContain('still exists');
    expect(error.problems).toEqual([{ message: error.message, fix: error.fix }]);
    const forbidden = (await downloadAttachment(`${githubUrl}/forbidden`, opts()).catch(
      (e: unknown) => e,
    )) as DownloadError;
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toContain('403 Forbidden');
  });

  it('reports a redirect without a location', async () => {
    const error = await downloadAttachment(`${githubUrl}/no-location`, opts()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('answered 302 without saying where to');
  });

  it('reports a connection that is refused', async () => {
    const closed = await startServer(() => undefined);
    await stop(closed.server);
    const error = await downloadAttachment(`http://127.0.0.1:${closed.port}/x.csv`, opts()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toContain('the server refused the connection');
  });

  it('times out', async () => {
    const error = await downloadAttachment(`${githubUrl}/hang`, { ...opts(), timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toContain('no answer within');
  });

  it('never shows the query string of a link', async () => {
    const error = await downloadAttachment(`${githubUrl}/missing.csv?sig=abc`, opts()).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).not.toContain('abc');
  });
});

describe('downloadAttachment with a fetch implementation', () => {
  it('behaves the same with the global fetch', async () => {
    const body = await downloadAttachment(`${githubUrl}/user-attachments/files/1/to-other-port.csv`, {
      ...opts(),
      fetchImpl: fetch,
    });
    expect(body.toString()).toBe('a,b\n1,2\n');
    expect(github.seen[0]!.authorization).toBe('token secret-token');
    expect(other.seen[0]!.authorization).toBeUndefined();
    const error = await downloadAttachment(`${githubUrl}/endless`, { ...opts(), fetchImpl: fetch }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('larger than the limit');
  });

  it('refuses a redirect from https to plain http', async () => {
    const calls: { url: string; authorization: string | null }[] = [];
    const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      expect(init?.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { location: 'http://github.com/plain' } });
    }) as typeof fetch;
    const error = await downloadAttachment('https://github.com/user-attachments/files/1/x.csv', {
      token: 't',
      serverUrl: 'https://github.com',
      maxBytes: 10,
      fetchImpl: fakeFetch,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('redirected from https to plain http');
    expect(calls).toEqual([
      { url: 'https://github.com/user-attachments/files/1/x.csv', authorization: 'token t' },
    ]);
  });

  it('does not send the token over http when the GitHub host is https', async () => {
    const seen: (string | null)[] = [];
    const fakeFetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response('ok');
    }) as typeof fetch;
    await downloadAttachment('http://github.com/user-attachments/files/1/x.csv', {
      token: 't',
      serverUrl: 'https://github.com',
      maxBytes: 10,
      fetchImpl: fakeFetch,
    });
    expect(seen).toEqual([null]);
  });
});
