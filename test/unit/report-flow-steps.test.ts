import { stepsSection } from '../../src/report/flow-steps';
import type { ReportStep, RunReport } from '../../src/report/types';

const report = (steps: ReportStep[]): RunReport => ({
  job: '1-1',
  phase: 'done',
  args: {},
  requester: 'octocat',
  dryRun: false,
  startedAt: '2026-01-01T00:00:00.000Z',
  durations: {},
  steps,
});
const step = (name: string, more: Partial<ReportStep> = {}): ReportStep => ({
  name,
  script: 'noop',
  status: 'succeeded',
  needs: [],
  ...more,
});

test('one row per step: status, duration, cached or why not', () => {
  const text = stepsSection(
    report([
      step('a', { 'started-at': '2026-01-01T00:00:00.000Z', 'finished-at': '2026-01-01T00:00:02.500Z' }),
      step('b', { status: 'cached' }),
      step('c', { status: 'failed', reason: 'exited with code 3 | <b>x</b>', 'cache-miss': 'no entry' }),
      step('d', { status: 'skipped', needs: ['c'], reason: 'needs `c`, which did not succeed' }),
    ]),
    (t) => t,
  )!;
  expect(text).toContain('(4/4 done)');
  expect(text).toMatch(/`a` \| `noop` \| ✅ succeeded \| 2\.5 s \| — \|/);
  expect(text).toMatch(/`b`.*cached \| — \| yes \|/);
  expect(text).toMatch(/`c`.*failed: exited with code 3 \\\| [^|]*\| — \| no \(no entry\) \|$/m);
  expect(text).not.toContain('<b>');
  expect(text).toContain('no (no entry)');
  expect(text).toContain('skipped: needs `c`, which did not succeed');
});

test('a script report has no steps section; a long flow shows what did not succeed first', () => {
  expect(stepsSection(report([]), (t) => t)).toBeUndefined();
  const many = Array.from({ length: 100 }, (_, i) => step(`s${i}`));
  many[90] = step('s90', { status: 'failed' });
  const text = stepsSection(report(many), (t) => t, 10)!;
  expect(text).toContain('`s90`');
  expect(text.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(10);
  expect(text).toContain('90 more steps');
});
