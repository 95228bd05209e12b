/**
 * Names from a request are names: `constructor`, `__proto__`, `toString` and friends are unknown scripts,
 * targets and arguments like any other, and nothing a request names reaches an object's prototype.
 */
import fc from 'fast-check';
import { checkArgs } from '../../src/args/check';
import { RequestError, UserError } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';
import { fillPlaceholders } from '../../src/manifest/placeholders';
import { resolveScript, resolveTarget } from '../../src/plan/resolve';
import { readRequest, type EventContext } from '../../src/request/event';

const manifest = parseManifest(
  `version: 1
repositories:
  phy: { repository: org/phy, title: Physics }
scripts:
  check:
    command: [node, c.js]
    targets: [phy]
    args:
      depth: { type: number }
  report:
    command: [node, r.js]
`,
  'manifest.yml',
);

const PROTO_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'prototype',
];
const nameArb = fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.string({ minLength: 1, maxLength: 12 }));

function ctx(
  eventName: string,
  payload: Record<string, unknown>,
  inputs: Partial<EventContext['inputs']> = {},
) {
  return {
    eventName,
    payload,
    actor: 'alice',
    inputs: { script: '', args: '', target: '', dryRun: false, ...inputs },
  } satisfies EventContext;
}
const comment = (text: string) =>
  ctx('issue_comment', {
    action: 'created',
    issue: { number: 3, body: '', user: { login: 'alice' } },
    comment: { id: 9, body: text, user: { login: 'alice', type: 'User' } },
  });

/** What the accept stage does with a request, short of running anything: an answer, or a user error. */
function accept(request: ReturnType<typeof readRequest>): 'ok' | 'rejected' | 'other' {
  if (request.kind !== 'run') return 'other';
  try {
    const script = resolveScript(manifest, request.script);
    resolveTarget(manifest, script, request.target);
    const checked = checkArgs(script.args, request.args);
    return checked.problems.length > 0 ? 'rejected' : 'ok';
  } catch (error) {
    if (error instanceof UserError) return 'rejected';
    throw error;
  }
}

afterEach(() => {
  // Nothing was written to Object.prototype by any of it.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).depth).toBeUndefined();
});

test.each(PROTO_NAMES)('`/run %s` is an unknown script, rejected with the list of scripts', (name) => {
  const request = readRequest(comment(`/run ${name} depth=1`), manifest);
  expect(request).toMatchObject({ kind: 'run', script: name });
  let error: unknown;
  try {
    resolveScript(manifest, name);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).problems[0].fix).toContain('`check`, `report`');
});

test.each(PROTO_NAMES)('a target or argument named %s is unknown, not a crash', (name) => {
  const request = readRequest(comment(`/run check ${name}=1 target=${name}`), manifest);
  expect(request.kind).toBe('run');
  expect(accept(request)).toBe('rejected');
  const script = resolveScript(manifest, 'check');
  expect(() => resolveTarget(manifest, script, name)).toThrow(/Unknown content repository/);
  const checked = checkArgs(script.args, { [name]: '1' });
  expect(checked.problems.map((p) => p.message).join('\n')).toMatch(/unknown|not an argument|no argument/i);
  expect(Object.getPrototypeOf(checked.values)).toBeNull();
});

test('placeholders named like Object.prototype members stay as written', () => {
  expect(fillPlaceholders('{toString} {constructor} {script}', { script: 's' })).toBe(
    '{toString} {constructor} s',
  );
});

test('property: any script, target and argument names, from a comment, inputs or a repository_dispatch', () => {
  fc.assert(
    fc.property(
      nameArb,
      nameArb,
      nameArb,
      fc.constantFrom('comment', 'dispatch', 'repo', 'yaml'),
      (script, target, arg, via) => {
        const json = JSON.stringify({ [arg]: '1' });
        const request =
          via === 'comment'
            ? readRequest(
                comment(`/run "${script.replace(/["\\]/g, '')}" "${arg.replace(/["\\=]/g, '')}=1"`),
                manifest,
              )
            : via === 'dispatch'
              ? readRequest(ctx('workflow_dispatch', {}, { script, target, args: json }), manifest)
              : via === 'repo'
                ? readRequest(
                    ctx('repository_dispatch', {
                      client_payload: JSON.parse(
                        `{"script":${JSON.stringify(script)},"target":${JSON.stringify(target)},"args":${json}}`,
                      ),
                    }),
                    manifest,
                  )
                : readRequest(
                    ctx('workflow_dispatch', {}, { script, args: `${JSON.stringify(arg)}: 1` }),
                    manifest,
                  );
        const outcome = accept(request);
        if (request.kind === 'run' && !['check', 'report'].includes(request.script.trim())) {
          expect(outcome).toBe('rejected');
        }
        if (request.kind === 'run' && Object.keys(request.args).some((k) => k !== 'depth')) {
          expect(outcome).toBe('rejected');
        }
      },
    ),
    { numRuns: 300 },
  );
});
