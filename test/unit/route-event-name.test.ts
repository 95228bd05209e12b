import { guessEventName } from '../../src/route/event-name';
import { examplePayload } from '../support/events';

describe('guessEventName', () => {
  it.each(['push', 'repository_dispatch', 'workflow_run', 'issue_comment', 'issues', 'workflow_dispatch'])(
    'tells a %s payload',
    (name) => {
      expect(guessEventName(examplePayload(name))).toBe(name);
    },
  );

  it('tells a schedule, and says nothing about what it cannot tell', () => {
    expect(guessEventName({ schedule: '0 6 * * 1', repository: {} })).toBe('schedule');
    expect(guessEventName({ zen: 'x' })).toBeUndefined();
    expect(guessEventName([])).toBeUndefined();
    expect(guessEventName(null)).toBeUndefined();
  });
});
