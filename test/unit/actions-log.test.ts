import { jest } from '@jest/globals';
import { ActionsLog } from '../../src/adapters/github/log';
import { parseWorkflowCommands } from '../support/runner';

/** Everything written to stdout while `fn` runs. */
async function captured(fn: () => Promise<void> | void): Promise<string> {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}

const HOSTILE = '::add-mask::hello\n::error title=pwned::owned\n::set-output name=result::x\n';

test("the script's lines that look like workflow commands are fenced off, the dispatcher's own are not", async () => {
  let n = 0;
  const log = new ActionsLog({ token: () => `tok${++n}` });
  const text = await captured(() => {
    log.group('Run it');
    void log.write(Buffer.from(HOSTILE));
    log.endGroup();
    log.warning('our own warning');
  });
  expect(text).toContain(`::stop-commands::tok1\n${HOSTILE}::tok1::\n::endgroup::`);
  const { annotations, masks } = parseWorkflowCommands(text);
  expect(masks).toEqual([]);
  expect(annotations).toEqual([{ level: 'warning', message: 'our own warning', properties: {} }]);
});

test('the end marker is always on a line of its own, and each fence has a new token', async () => {
  let n = 0;
  const log = new ActionsLog({ token: () => `tok${++n}` });
  const text = await captured(() => {
    void log.write(Buffer.from('no newline'));
    log.info('between');
    void log.write(Buffer.from('again\n'));
    log.resumeCommands();
  });
  expect(text).toBe(
    '::stop-commands::tok1\nno newline\n::tok1::\nbetween\n::stop-commands::tok2\nagain\n::tok2::\n',
  );
});

test('random tokens are long and differ', () => {
  const tokens = new Set<string>();
  const log = new ActionsLog({ output: { write: () => undefined, line: (l) => void tokens.add(l) } });
  for (let i = 0; i < 5; i++) {
    void log.write(Buffer.from('x\n'));
    log.resumeCommands();
  }
  const stops = [...tokens].filter((l) => l.startsWith('::stop-commands::'));
  expect(stops).toHaveLength(5);
  for (const s of stops) expect(s).toMatch(/^::stop-commands::[0-9a-f]{32}\n$/);
});

test('a pause in the output ends the fence by itself', async () => {
  const lines: string[] = [];
  const log = new ActionsLog({ output: { write: () => undefined, line: (l) => void lines.push(l) } });
  void log.write(Buffer.from('x\n'));
  await new Promise((r) => setTimeout(r, 250));
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe(lines[0].replace('stop-commands::', '').replace(/\n$/, '::\n'));
});

test('a pause in the middle of a line does not cut the line; the next line end or own line closes the fence', async () => {
  const lines: string[] = [];
  const written: string[] = [];
  const log = new ActionsLog({
    output: { write: (c) => void written.push(c.toString()), line: (l) => void lines.push(l) },
  });
  void log.write(Buffer.from('half a line'));
  await new Promise((r) => setTimeout(r, 250));
  expect(lines).toHaveLength(1);
  void log.write(Buffer.from(' and the rest\n'));
  await new Promise((r) => setTimeout(r, 250));
  expect(written.join('')).toBe('half a line and the rest\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe(lines[0].replace('stop-commands::', '').replace(/\n$/, '::\n'));
  void log.write(Buffer.from('no end'));
  log.info('our own line');
  expect(lines[3]).toMatch(/^\n::[0-9a-f]{32}::\n$/);
});

test('with workflow-commands: true the output is passed through unfenced', async () => {
  const log = new ActionsLog({ workflowCommands: true });
  const text = await captured(() => {
    void log.write(Buffer.from(HOSTILE));
    log.resumeCommands();
  });
  expect(text).toBe(HOSTILE);
  expect(parseWorkflowCommands(text).masks).toEqual(['hello']);
});
