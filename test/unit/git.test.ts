import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { authConfig, Git, GitError, gitEnvironment, SAFE_CONFIG, serverScope } from '../../src/workspace/git';

const TOKEN = 'ghs_s3cretT0kenValue1234567890';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

describe('Git: how git is run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sd-git-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scopes the extra header to the server URL and puts it in the environment only', async () => {
    const git = await Git.create({ cwd: dir, token: TOKEN, serverUrl: 'https://ghe.example.com/' });
    const env = git.environment({}, true);
    const keys = Number(env.GIT_CONFIG_COUNT);
    const entries = Array.from({ length: keys }, (_, i) => [
      env[`GIT_CONFIG_KEY_${i}`],
      env[`GIT_CONFIG_VALUE_${i}`],
    ]);
    expect(entries).toEqual([
      ['http.https://ghe.example.com/.extraheader', ''],
      ['http.https://ghe.example.com/.extraheader', `AUTHORIZATION: basic ${BASIC}`],
    ]);
    const argv = git.argv(['fetch', 'origin']).join(' ');
    expect(argv).not.toContain(TOKEN);
    expect(argv).not.toContain(BASIC);
    expect(argv).not.toMatch(/extraheader/i);
  });

  it('gives the safe config on the command line of every call', async () => {
    const git = await Git.create({ cwd: dir });
    const argv = git.argv(['status']);
    expect(argv.slice(-1)).toEqual(['status']);
    for (const c of ['core.hooksPath=/dev/null', 'core.fsmonitor=false', 'protocol.file.allow=always']) {
      expect(SAFE_CONFIG).toContain(c);
      expect(argv[argv.indexOf(c) - 1]).toBe('-c');
    }
    const { stdout } = await git.run(['config', '--get', 'core.hooksPath']);
    expect(stdout.trim()).toBe('/dev/null');
  });

  it('only commands that talk to the remote get the header; output shows it masked', async () => {
    const git = await Git.create({ cwd: dir, token: TOKEN, serverUrl: 'https://github.com' });
    const key = 'http.https://github.com/.extraheader';
    const local = await git.run(['config', '--get-all', key], { okCodes: [1] });
    expect(local.stdout).toBe('');
    expect(git.environment({}, true)).toMatchObject({ GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${BASIC}` });
    expect(git.mask(`AUTHORIZATION: basic ${BASIC}`)).toBe('AUTHORIZATION: basic ***');
  });

  it('resolves *.localhost servers to loopback', () => {
    expect(authConfig({ serverUrl: 'http://github.localhost:8123' })).toEqual([
      { key: 'http.curloptResolve', value: 'github.localhost:8123:127.0.0.1' },
    ]);
    expect(authConfig({ serverUrl: 'https://x.localhost' })).toEqual([
      { key: 'http.curloptResolve', value: 'x.localhost:443:127.0.0.1' },
    ]);
    expect(authConfig({ serverUrl: 'https://github.com' })).toEqual([]);
    expect(serverScope('http://github.localhost:8123')).toBe('http://github.localhost:8123/');
  });

  it('drops GIT_* variables from outside and never prompts', () => {
    const env = gitEnvironment(
      {
        PATH: '/bin',
        GIT_DIR: '/elsewhere',
        GIT_WORK_TREE: '/x',
        GIT_INDEX_FILE: 'i',
        GIT_SSL_CAINFO: 'ca.pem',
      },
      [],
    );
    expect(env.GIT_DIR).toBeUndefined();
    expect(env.GIT_WORK_TREE).toBeUndefined();
    expect(env.GIT_INDEX_FILE).toBeUndefined();
    expect(env.GIT_SSL_CAINFO).toBe('ca.pem');
    expect(env.PATH).toBe('/bin');
    expect(env.GIT_TERMINAL_PROMPT).toBe('0');
    expect(env.GIT_CONFIG_COUNT).toBe('0');
  });

  it('is not fooled by GIT_DIR in its own process environment', async () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = path.join(dir, 'nope');
    try {
      const git = await Git.create({ cwd: dir });
      await git.run(['init', '-q', 'repo']);
      const { stdout } = await git.at(path.join(dir, 'repo')).run(['rev-parse', '--git-dir']);
      expect(stdout.trim()).toBe('.git');
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it('fails with a GitError holding the command, exit code and masked stderr', async () => {
    const git = await Git.create({ cwd: dir, token: TOKEN });
    const error = await git.run(['rev-parse', '--verify', `nope-${TOKEN}`]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    const e = error as GitError;
    expect(e.exitCode).toBe(128);
    expect(e.command).toEqual(['git', 'rev-parse', '--verify', 'nope-***']);
    expect(`${e.message} ${e.stderr}`).not.toContain(TOKEN);
    expect(e.message).toContain('exited with code 128');
  });

  it('treats the exit codes it is told as answers', async () => {
    const git = await Git.create({ cwd: dir });
    const bad = await git.run(['check-ref-format', 'refs/heads/a..b'], { okCodes: [1] });
    expect(bad.exitCode).toBe(1);
  });

  it('passes standard input', async () => {
    const git = await Git.create({ cwd: dir });
    const { stdout } = await git.run(['hash-object', '--stdin'], { input: 'hello\n' });
    expect(stdout.trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});
