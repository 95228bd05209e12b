import { buildTriggers } from '../../src/manifest/triggers';
import {
  isTriggerIssue,
  triggerFailureComment,
  triggerIssueBody,
  triggerIssueMarker,
  triggerIssueTitle,
  triggerRecoveryComment,
} from '../../src/report/trigger-issue';

const [, audit] = buildTriggers([
  { on: 'push', run: 'link_checker' },
  { on: 'schedule', cron: '0 6 * * 1', run: 'audit', 'open-issue-on-failure': true },
]);
const run = {
  job: '123-1-t2',
  status: 'failed' as const,
  runUrl: 'https://github.com/o/r/actions/runs/123',
  eventName: 'schedule',
};

describe('the issue of a failing trigger', () => {
  it('is titled after the trigger and carries its marker', () => {
    expect(triggerIssueTitle(audit)).toBe('Script Dispatcher: trigger 2 (schedule 0 6 * * 1 → audit) failed');
    const body = triggerIssueBody(audit, { ...run, reason: 'The script exited with code 2.' });
    expect(body.split('\n')[0]).toBe('<!-- script-dispatcher:trigger-issue 2:schedule:audit -->');
    expect(body).toContain(
      'A run started by trigger 2 (schedule 0 6 \\* \\* 1 → audit) (`schedule` event) failed in [job 123-1-t2](https://github.com/o/r/actions/runs/123): The script exited with code 2.',
    );
    expect(isTriggerIssue(body, audit)).toBe(true);
    expect(isTriggerIssue(body.replace('2:schedule', '1:schedule'), audit)).toBe(false);
    expect(isTriggerIssue(null, audit)).toBe(false);
  });

  it('comments on later failures and on a success, escaping and masking reasons', () => {
    const again = triggerFailureComment(
      audit,
      { ...run, status: 'timed-out', reason: 'token s3cret <!-- x --> @octocat' },
      (t) => t.split('s3cret').join('***'),
    );
    expect(again).toMatch(/^Failed again: trigger 2 .* timed out in \[job 123-1-t2\]/);
    expect(again).not.toContain('s3cret');
    expect(again).not.toContain('<!--');
    expect(again).toContain('@\u200docto');
    expect(
      triggerRecoveryComment(audit, { ...run, status: 'succeeded', runUrl: 'javascript:alert(1)' }),
    ).toBe(
      'Succeeded: trigger 2 (schedule 0 6 \\* \\* 1 → audit) ran fine in job 123-1-t2 (`schedule` event). This issue can be closed.\n',
    );
  });

  it('keeps the marker a plain word list whatever the names', () => {
    expect(triggerIssueMarker({ ...audit, on: 'x -->' })).toBe(
      '<!-- script-dispatcher:trigger-issue 2:x_--_:audit -->',
    );
  });
});
