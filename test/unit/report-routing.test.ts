import { buildTriggers } from '../../src/manifest/triggers';
import { renderNoMatchSummary, renderRoutingText } from '../../src/report/routing';
import { routeEvent } from '../../src/route/triggers';

const manifest = {
  triggers: buildTriggers([
    { on: 'push', branches: ['main'], paths: ['content/**'], run: 'link_checker', target: 'phy' },
    { on: 'schedule', cron: '0 6 * * 1', run: 'audit', 'report-to': 42, 'open-issue-on-failure': true },
    {
      on: 'repository_dispatch',
      types: ['run-complete'],
      run: 'report',
      args: { scan_id: '{event.client_payload.uid}', depth: 2 },
    },
    { on: 'repository_dispatch', run: 'other', args: { x: '{event.client_payload.missing}' } },
  ]),
};

describe('renderRoutingText', () => {
  it('lists every trigger in order, with arguments of the runs and reasons of the others', () => {
    const routing = routeEvent(manifest, 'repository_dispatch', {
      action: 'run-complete',
      client_payload: { uid: 'a "b"\u001b[31m' },
    });
    expect(renderRoutingText(routing)).toBe(
      [
        'repository_dispatch event, 4 triggers:',
        'skip  trigger 1 (push → link_checker)',
        '      the event is `repository_dispatch`, not `push`',
        'skip  trigger 2 (schedule 0 6 * * 1 → audit)',
        '      the event is `repository_dispatch`, not `schedule`',
        'run   trigger 3 (repository_dispatch run-complete → report)',
        '      args: scan_id="a \\"b\\"\\u001b[31m", depth=2',
        'run   trigger 4 (repository_dispatch → other)',
        '      args: x="{event.client_payload.missing}"',
        '      rejected: argument `x` (`{event.client_payload.missing}`): the event has no `client_payload.missing` (`client_payload` has no `missing`)',
        '1 run would start, 1 would be rejected.',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing matches, and shows target and reporting of a match', () => {
    const none = renderRoutingText(routeEvent(manifest, 'schedule', { schedule: '1 2 3 4 5' }));
    expect(none).toMatch(/No trigger matches: the run would be ignored.\n$/);
    const one = renderRoutingText(routeEvent(manifest, 'schedule', { schedule: '0 6 * * 1' }));
    expect(one).toContain(
      'run   trigger 2 (schedule 0 6 * * 1 → audit)\n      reports to issue #42\n      opens an issue if it fails\n',
    );
    const push = renderRoutingText(
      routeEvent(manifest, 'push', { ref: 'refs/heads/main' }, ['content/a.md']),
    );
    expect(push).toContain('run   trigger 1 (push → link_checker)\n      target: phy\n');
    expect(renderRoutingText(routeEvent({}, 'push', {}))).toBe(
      'push event: the manifest has no triggers, so the run would be ignored.\n',
    );
  });
});

describe('renderNoMatchSummary', () => {
  it('tables every trigger with why it did not run, escaping what the event said', () => {
    const files = ['README.md', 'a|b.md', '<!-- x -->.md', '@octocat.md', 'e', 'f', 'g'];
    const routing = routeEvent(manifest, 'push', { ref: 'refs/heads/main' }, files);
    const summary = renderNoMatchSummary(routing);
    const rows = summary.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(5);
    expect(summary).toContain('### No trigger matched this `push` event');
    expect(rows[1]).toBe(
      '| 1 | `push` → `link_checker` | none of the 7 changed files matches `content/**`: `README.md`, `a\\|b.md`, `<!\u200d-- x --\u200d>.md`, `@octocat.md`, `e` and 2 more |',
    );
    expect(rows[2]).toBe('| 2 | `schedule` → `audit` | the event is `push`, not `schedule` |');
    expect(summary).not.toContain('<!--');
  });

  it('masks secrets and says when there are no triggers', () => {
    const routing = routeEvent(manifest, 'schedule', { schedule: 'SECRET * * * *' });
    expect(renderNoMatchSummary(routing, (t) => t.split('SECRET').join('***'))).toContain('`*** * * * *`');
    expect(renderNoMatchSummary(routeEvent({}, 'push', {}))).toBe(
      '### No trigger matched this `push` event\n\nThe manifest has no `triggers`, so nothing ran. The event was ignored.\n',
    );
  });
});
