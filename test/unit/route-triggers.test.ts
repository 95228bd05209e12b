import fc from 'fast-check';
import { buildTriggers } from '../../src/manifest/triggers';
import type { RawTrigger } from '../../src/manifest/raw';
import {
  fillTriggerArgs,
  globsMatch,
  needsChangedFiles,
  quote,
  resolvePath,
  routeEvent,
} from '../../src/route/triggers';
import { examplePayload } from '../support/events';

const manifestOf = (...raw: RawTrigger[]) => ({ triggers: buildTriggers(raw) });
const whyOf = (raw: RawTrigger, event: string, payload: unknown, files?: string[]) => {
  const routing = routeEvent(manifestOf(raw), event, payload, files);
  expect(routing.matches).toEqual([]);
  return routing.misses[0].why;
};
const matches = (raw: RawTrigger, event: string, payload: unknown, files?: string[]) =>
  routeEvent(manifestOf(raw), event, payload, files).matches.length === 1;

const pushTo = (ref: string, extra: Record<string, unknown> = {}) => ({
  ...examplePayload('push', (p) => p.ref === 'refs/heads/master'),
  ref,
  ...extra,
});

describe('routeEvent: the event name', () => {
  it('matches only triggers on the event, and says which event it was', () => {
    const routing = routeEvent(
      manifestOf({ on: 'push', run: 'a' }, { on: 'schedule', run: 'b' }, { on: 'push', run: 'c' }),
      'push',
      pushTo('refs/heads/main'),
    );
    expect(routing.matches.map((m) => [m.index, m.trigger.run])).toEqual([
      [1, 'a'],
      [3, 'c'],
    ]);
    expect(routing.misses).toEqual([
      expect.objectContaining({ index: 2, why: 'the event is `push`, not `schedule`' }),
    ]);
  });

  it('routes nothing when the manifest has no triggers', () => {
    expect(routeEvent({}, 'push', {})).toEqual({ eventName: 'push', matches: [], misses: [] });
  });
});

describe('push: branches', () => {
  const trigger: RawTrigger = { on: 'push', branches: ['main', 'release/**', '!release/old'], run: 's' };
  it('matches the branch against globs, the last matching glob deciding', () => {
    expect(matches(trigger, 'push', pushTo('refs/heads/main'))).toBe(true);
    expect(matches(trigger, 'push', pushTo('refs/heads/release/2024/q1'))).toBe(true);
    expect(whyOf(trigger, 'push', pushTo('refs/heads/release/old'))).toBe(
      'the push is to branch `release/old`, which any of `main`, `release/**`, `!release/old` does not match',
    );
    expect(whyOf(trigger, 'push', pushTo('refs/heads/dev'))).toMatch(/^the push is to branch `dev`/);
  });

  it('does not take a tag for a branch, nor run on a deleted branch', () => {
    const tag = examplePayload('push', (p) => p.ref === 'refs/tags/simple-tag');
    expect(whyOf(trigger, 'push', tag)).toBe(
      'the push is of tag `simple-tag`, not of a branch (`branches`: any of `main`, `release/**`, `!release/old`)',
    );
    expect(whyOf(trigger, 'push', pushTo('refs/heads/main', { deleted: true }))).toBe(
      'the push deleted branch `main`',
    );
  });

  it('matches any ref without branches or paths', () => {
    const tag = examplePayload('push', (p) => p.ref === 'refs/tags/simple-tag');
    expect(matches({ on: 'push', run: 's' }, 'push', tag)).toBe(true);
    expect(whyOf({ on: 'push', run: 's' }, 'push', { ...tag, deleted: true })).toBe(
      'the push deleted tag `simple-tag`',
    );
  });
});

describe('push: paths', () => {
  const trigger: RawTrigger = { on: 'push', paths: ['content/**/*.json', '!content/drafts/**'], run: 's' };
  const event = pushTo('refs/heads/main');

  it('matches when one changed file matches', () => {
    expect(matches(trigger, 'push', event, ['README.md', 'content/a/b.json'])).toBe(true);
    expect(matches(trigger, 'push', event, ['content/.hidden/x.json'])).toBe(true);
  });

  it('quotes the first changed files and counts the others when none matches', () => {
    const files = ['README.md', 'content/drafts/x.json', 'a', 'b', 'c', 'd', 'e'];
    expect(whyOf(trigger, 'push', event, files)).toBe(
      'none of the 7 changed files matches any of `content/**/*.json`, `!content/drafts/**`: `README.md`, `content/drafts/x.json`, `a`, `b`, `c` and 2 more',
    );
    expect(whyOf(trigger, 'push', event, ['x'])).toBe(
      'none of the 1 changed file matches any of `content/**/*.json`, `!content/drafts/**`: `x`',
    );
    expect(whyOf(trigger, 'push', event, [])).toBe('the push changed no files');
    expect(whyOf(trigger, 'push', event)).toBe('the changed files of the push were not computed');
  });

  it('finds the one matching file at the end of many', () => {
    const files = Array.from({ length: 400 }, (_, i) => `other/${i}.txt`);
    files[399] = 'content/last/one.json';
    expect(matches(trigger, 'push', event, files)).toBe(true);
  });

  it('says when the changed files are needed', () => {
    expect(needsChangedFiles(manifestOf(trigger), 'push')).toBe(true);
    expect(needsChangedFiles(manifestOf({ on: 'push', run: 's' }), 'push')).toBe(false);
    expect(needsChangedFiles(manifestOf(trigger), 'schedule')).toBe(false);
  });
});

describe('globsMatch', () => {
  it('follows the manifest glob rules', () => {
    expect(globsMatch(['*.md'], 'README.md')).toBe(true);
    expect(globsMatch(['*.md'], 'docs/README.md')).toBe(false);
    expect(globsMatch(['**/*.md'], 'docs/README.md')).toBe(true);
    expect(globsMatch(['**'], '.github/x.yml')).toBe(true);
    expect(globsMatch(['!docs/**'], 'src/a.ts')).toBe(true);
    expect(globsMatch(['!docs/**'], 'docs/a.md')).toBe(false);
    expect(globsMatch(['docs/**', '!docs/old/**', 'docs/old/keep.md'], 'docs/old/keep.md')).toBe(true);
    expect(globsMatch(['docs/**', '!docs/old/**'], 'docs/old/x.md')).toBe(false);
  });

  it('never matches what a glob list of only exclusions names', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,3}$/), (path) => {
        expect(globsMatch([`!${path}`], path)).toBe(false);
        expect(globsMatch([path], path)).toBe(true);
      }),
    );
  });
});

describe('schedule: cron', () => {
  const weekly: RawTrigger = { on: 'schedule', cron: '0 6 * * 1', run: 'audit' };
  const daily: RawTrigger = { on: 'schedule', cron: '30 2 * * *', run: 'nightly' };
  it('tells two schedules apart by the cron that fired', () => {
    const routing = routeEvent(manifestOf(weekly, daily), 'schedule', { schedule: '30 2 * * *' });
    expect(routing.matches.map((m) => m.trigger.run)).toEqual(['nightly']);
    expect(routing.misses[0].why).toBe('the schedule that fired is `30 2 * * *`, not `0 6 * * 1`');
  });

  it('ignores spacing, and matches every schedule without cron', () => {
    expect(matches(weekly, 'schedule', { schedule: ' 0  6 * * 1' })).toBe(true);
    expect(matches({ on: 'schedule', run: 'x' }, 'schedule', { schedule: '1 1 1 1 1' })).toBe(true);
    expect(whyOf(weekly, 'schedule', {})).toBe('the event says no `schedule` (which cron fired)');
  });
});

describe('repository_dispatch: types and when', () => {
  const event = examplePayload('repository_dispatch');
  event.action = 'run-complete';
  event.client_payload = { plan_name: 'reflection_scan', uid: 'scan-42', n: 3, nested: { list: [1, 2] } };
  const trigger: RawTrigger = {
    on: 'repository_dispatch',
    types: ['run-complete'],
    when: { 'client_payload.plan_name': ['reflection_scan', 'other_scan'] },
    run: 'report',
    args: { scan_id: '{event.client_payload.uid}' },
  };

  it('matches the type and every when path, a list meaning any of', () => {
    const [match] = routeEvent(manifestOf(trigger), 'repository_dispatch', event).matches;
    expect(match).toEqual(expect.objectContaining({ index: 1, args: { scan_id: 'scan-42' } }));
    expect(match.rejection).toBeUndefined();
    expect(matches({ ...trigger, when: { 'client_payload.n': 3 } }, 'repository_dispatch', event)).toBe(true);
  });

  it('quotes the type and the payload value it saw', () => {
    expect(whyOf({ ...trigger, types: ['other'] }, 'repository_dispatch', event)).toBe(
      'the event type is `run-complete`, not `other`',
    );
    expect(
      whyOf({ ...trigger, when: { 'client_payload.plan_name': 'x' } }, 'repository_dispatch', event),
    ).toBe('`client_payload.plan_name` is `reflection_scan`, not `x`');
    expect(whyOf({ ...trigger, when: { 'client_payload.plan': 'x' } }, 'repository_dispatch', event)).toBe(
      '`client_payload.plan` is not in the payload (`client_payload` has no `plan`); `when` wants `x`',
    );
    expect(whyOf({ ...trigger, when: { 'client_payload.nested': 'x' } }, 'repository_dispatch', event)).toBe(
      '`client_payload.nested` is a mapping, not `x`',
    );
    expect(whyOf(trigger, 'repository_dispatch', { client_payload: {} })).toBe(
      'the event has no type (`action`); `types` wants `run-complete`',
    );
  });

  it('quotes a hostile value harmlessly', () => {
    const hostile = { ...event, action: 'x`\n# heading\u0000' + 'y'.repeat(100) };
    const why = whyOf(trigger, 'repository_dispatch', hostile);
    expect(why).not.toMatch(/\n|\u0000/);
    expect(why.match(/`/g)).toHaveLength(4);
    expect(why).toContain("x' # heading");
    expect(why).toContain('...');
  });
});

describe('workflow_run: workflows and conclusions', () => {
  const completed = examplePayload('workflow_run', (p) => p.action === 'completed');
  (completed.workflow_run as Record<string, unknown>).name = 'Build content';
  (completed.workflow_run as Record<string, unknown>).conclusion = 'success';
  const requested = examplePayload('workflow_run', (p) => p.action === 'requested');
  (requested.workflow_run as Record<string, unknown>).name = 'Build content';
  const trigger: RawTrigger = {
    on: 'workflow_run',
    workflows: ['Build content'],
    conclusions: ['success'],
    run: 'audit',
  };

  it('matches by name and conclusion', () => {
    expect(matches(trigger, 'workflow_run', completed)).toBe(true);
  });

  it('quotes the workflow name and the conclusion it saw', () => {
    expect(whyOf({ ...trigger, workflows: ['Deploy', 'Lint'] }, 'workflow_run', completed)).toBe(
      'the workflow that ran is `Build content`, not any of `Deploy`, `Lint`',
    );
    expect(whyOf({ ...trigger, conclusions: ['failure'] }, 'workflow_run', completed)).toBe(
      'the run of `Build content` concluded `success`, not `failure`',
    );
    expect(whyOf(trigger, 'workflow_run', requested)).toBe(
      'the run of `Build content` has no conclusion yet (the event is its `requested`); `conclusions` wants `success`',
    );
  });

  it('falls back to workflow.name', () => {
    expect(
      matches(trigger, 'workflow_run', {
        workflow: { name: 'Build content' },
        workflow_run: { conclusion: 'success' },
      }),
    ).toBe(true);
  });
});

describe('two triggers matching one event', () => {
  it('both match, in manifest order, each with its own arguments and target', () => {
    const routing = routeEvent(
      manifestOf(
        { on: 'push', branches: ['main'], run: 'a', target: 'phy', args: { ref: '{event.ref}' } },
        { on: 'push', run: 'b', args: { n: 2 } },
      ),
      'push',
      pushTo('refs/heads/main'),
    );
    expect(routing.matches).toEqual([
      expect.objectContaining({ index: 1, target: 'phy', args: { ref: 'refs/heads/main' } }),
      expect.objectContaining({ index: 2, args: { n: 2 } }),
    ]);
    expect(routing.matches[1]).not.toHaveProperty('target');
  });
});

describe('resolvePath', () => {
  const payload = { a: { b: [{ c: 'x' }, 5], n: null, s: 'text' } };
  it('walks keys and list indexes', () => {
    expect(resolvePath(payload, 'a.b.0.c')).toEqual({ ok: true, value: 'x' });
    expect(resolvePath(payload, 'a.b.1')).toEqual({ ok: true, value: 5 });
    expect(resolvePath(payload, 'a.n')).toEqual({ ok: true, value: null });
  });

  it('says where the path stops', () => {
    expect(resolvePath(payload, 'a.x.y')).toEqual({ ok: false, reason: '`a` has no `x`' });
    expect(resolvePath(payload, 'a.b.2')).toEqual({
      ok: false,
      reason: '`a.b` is a list of 2, with no item 2',
    });
    expect(resolvePath(payload, 'a.b.first')).toEqual({
      ok: false,
      reason: '`a.b` is a list; name an item by its number, e.g. `a.b.0`',
    });
    expect(resolvePath(payload, 'a.s.length')).toEqual({
      ok: false,
      reason: '`a.s` is the text `text`, with nothing inside',
    });
    expect(resolvePath(payload, 'a.n.x')).toEqual({
      ok: false,
      reason: '`a.n` is null, with nothing inside',
    });
    expect(resolvePath(null, 'a')).toEqual({ ok: false, reason: 'the payload is null, with nothing inside' });
  });

  it('never reads inherited properties', () => {
    expect(resolvePath({}, 'constructor.name').ok).toBe(false);
    expect(resolvePath({}, '__proto__').ok).toBe(false);
    expect(resolvePath({ a: [] }, 'a.length').ok).toBe(false);
  });
});

describe('fillTriggerArgs', () => {
  const payload = {
    client_payload: { uid: 'u1', n: 7, ok: true, list: [1], map: { k: 1 }, none: null, tpl: '{job}' },
  };
  it('fills event values, keeping a whole number or boolean typed', () => {
    const { args, rejection } = fillTriggerArgs(
      {
        args: {
          id: '{event.client_payload.uid}',
          n: '{event.client_payload.n}',
          ok: '{event.client_payload.ok}',
          text: 'scan-{event.client_payload.n}-{job}',
          plain: 3,
        },
      },
      payload,
    );
    expect(rejection).toBeUndefined();
    expect(args).toEqual({ id: 'u1', n: 7, ok: true, text: 'scan-7-{job}', plain: 3 });
  });

  it('fills the usual placeholders in the same pass, never inside a payload value', () => {
    const { args } = fillTriggerArgs({ args: { a: '{event.client_payload.tpl}/{job}/{unknown}' } }, payload, {
      job: '1-1-t1',
    });
    expect(args.a).toBe('{job}/1-1-t1/{unknown}');
  });

  it('rejects a missing path, null, a list and a mapping, saying what to write', () => {
    const reject = (template: string) => fillTriggerArgs({ args: { x: template } }, payload).rejection;
    expect(reject('{event.client_payload.nope}')).toBe(
      'argument `x` (`{event.client_payload.nope}`): the event has no `client_payload.nope` (`client_payload` has no `nope`)',
    );
    expect(reject('{event.client_payload.none}')).toBe(
      'argument `x` (`{event.client_payload.none}`): `client_payload.none` is null in the event',
    );
    expect(reject('a-{event.client_payload.list}')).toBe(
      'argument `x` (`a-{event.client_payload.list}`): `client_payload.list` is a list of 1 in the event, not one value; name a value inside it (e.g. `{event.client_payload.list.0}`)',
    );
    expect(reject('{event.client_payload.map}')).toMatch(
      /is a mapping in the event.*\{event\.client_payload\.map\.k\}/,
    );
  });

  it('makes a matching trigger whose argument cannot be filled a rejection', () => {
    const routing = routeEvent(
      manifestOf({ on: 'repository_dispatch', run: 'r', args: { id: '{event.client_payload.uid}' } }),
      'repository_dispatch',
      { action: 'x', client_payload: {} },
    );
    expect(routing.matches[0].rejection).toMatch(/the event has no `client_payload.uid`/);
  });
});

describe('quote', () => {
  it('keeps any text on one line inside one code span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const q = quote(text);
        expect(q).not.toMatch(/[\n\r\u2028\u2029]/);
        if (q !== 'an empty text') expect(q.match(/`/g)).toHaveLength(2);
        expect(q.length).toBeLessThanOrEqual(82);
      }),
    );
  });
});
