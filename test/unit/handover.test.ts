import { existsSync } from 'node:fs';
import {
  HANDOVER_VARIABLE,
  handOverSecrets,
  splitEnvironment,
  type HandoverProcess,
} from '../../src/shared/handover';

class ExecveCalled extends Error {}

function fakeProcess(env: NodeJS.ProcessEnv, withExecve = true) {
  const calls: Array<{ file: string; args: string[]; env: Record<string, string> }> = [];
  const proc: HandoverProcess = {
    env,
    execPath: '/usr/bin/node',
    execArgv: ['--enable-source-maps'],
    argv: ['/usr/bin/node', '/action/dist/index.js'],
    execve: withExecve
      ? (file, args, newEnv) => {
          calls.push({ file, args, env: newEnv });
          throw new ExecveCalled();
        }
      : undefined,
  };
  return { proc, calls };
}

test('the credentials are split from the rest of the environment', () => {
  const { clean, secrets } = splitEnvironment({
    PATH: '/bin',
    INPUT_TOKEN: 'a',
    'INPUT_CONTENT-TOKEN': 'b',
    INPUT_SCRIPT: 's',
    ACTIONS_RUNTIME_TOKEN: 'c',
  });
  expect(clean).toEqual({ PATH: '/bin', INPUT_SCRIPT: 's' });
  expect(secrets).toEqual({ INPUT_TOKEN: 'a', 'INPUT_CONTENT-TOKEN': 'b', ACTIONS_RUNTIME_TOKEN: 'c' });
});

test('the process is re-executed with a clean environment; the new image gets the tokens and the file is gone', () => {
  const first = fakeProcess({
    PATH: '/bin',
    INPUT_TOKEN: 'tok-1',
    'INPUT_CONTENT-TOKEN': 'tok-2',
    MARK: 'm',
  });
  // The fake execve throws where the real one never returns: the first image then carries on unreplaced.
  let file = '';
  first.proc.execve = (f, args, env) => {
    first.calls.push({ file: f, args, env });
    file = env[HANDOVER_VARIABLE];
    expect(existsSync(file)).toBe(true);
    // The second image starts here, with the environment it was given.
    const second = fakeProcess({ ...env });
    expect(handOverSecrets(second.proc)).toBe('received');
    expect(second.proc.env).toMatchObject({
      INPUT_TOKEN: 'tok-1',
      'INPUT_CONTENT-TOKEN': 'tok-2',
      MARK: 'm',
    });
    expect(second.proc.env[HANDOVER_VARIABLE]).toBeUndefined();
    throw new ExecveCalled();
  };
  handOverSecrets(first.proc, { nodeOptions: ['--max-semi-space-size=1', '--enable-source-maps'] });
  const [call] = first.calls;
  expect(call.file).toBe('/usr/bin/node');
  // The new image's options come first, without repeating one the process already has.
  expect(call.args).toEqual([
    '/usr/bin/node',
    '--max-semi-space-size=1',
    '--enable-source-maps',
    '/action/dist/index.js',
  ]);
  expect(Object.keys(call.env).sort()).toEqual(['MARK', 'PATH', HANDOVER_VARIABLE]);
  expect(JSON.stringify(call.env)).not.toContain('tok-');
  expect(existsSync(file)).toBe(false);
});

test('nothing to hand over, or no process.execve: nothing happens', () => {
  expect(handOverSecrets(fakeProcess({ PATH: '/bin' }).proc)).toBe('clean');
  const old = fakeProcess({ INPUT_TOKEN: 't' }, false);
  expect(handOverSecrets(old.proc)).toBe('unsupported');
  expect(old.proc.env.INPUT_TOKEN).toBe('t');
});

test('a handover variable that does not name a handover file deletes nothing', () => {
  const { proc } = fakeProcess({ [HANDOVER_VARIABLE]: '/etc/passwd' });
  expect(handOverSecrets(proc)).toBe('clean');
  expect(existsSync('/etc/passwd')).toBe(true);
});
