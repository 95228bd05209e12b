import { formatElapsed, liveProgressSection, progressBar, progressText } from '../../src/report/progress-bar';
import { renderStatusComment, STATUS_COMMENT_LIMIT } from '../../src/report/status-comment';
import type { RunReport } from '../../src/report/types';

const noMask = (text: string) => text;
const maskSecret = (text: string) => text.replaceAll('SECRET', '***');

function running(overrides: Partial<RunReport> = {}): RunReport {
  return {
    job: '1234567-1',
    phase: 'running',
    script: 'link_checker',
    scriptTitle: 'Link checker',
    mode: 'read',
    args: {},
    requester: 'alice',
    issue: 12,
    dryRun: false,
    startedAt: '2024-01-01T00:00:00Z',
    durations: { checkout: 1200 },
    ...overrides,
  };
}

describe('progressBar', () => {
  it('draws done/total in ten cells', () => {
    expect(progressBar({ done: 42, total: 100 })).toBe('▰▰▰▰▱▱▱▱▱▱');
    expect(progressBar({ done: 0, total: 3 })).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar({ done: 99, total: 100 })).toBe('▰▰▰▰▰▰▰▰▰▱');
    expect(progressBar({ done: 100, total: 100 })).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(progressBar({ done: 150, total: 100 })).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(progressBar({ done: 7 })).toBe('');
  });

  it('writes the line of the spec, and numbers alone without a total', () => {
    expect(progressText({ done: 42, total: 100, message: 'Checking page 42' })).toBe(
      '▰▰▰▰▱▱▱▱▱▱ 42/100 · Checking page 42',
    );
    expect(progressText({ done: 7, message: 'pages so far' })).toBe('7 · pages so far');
    expect(progressText({ done: 2, total: 5, message: 'step' })).toBe('▰▰▰▰▱▱▱▱▱▱ 2/5 · step');
    expect(progressText({ done: 12345, total: 100000 })).toBe('▰▱▱▱▱▱▱▱▱▱ 12,345/100,000');
  });

  it('shows the time run coarsely, so that it does not change every edit', () => {
    expect(formatElapsed(59_000)).toBe('under a minute');
    expect(formatElapsed(3 * 60_000 + 12_000)).toBe('3 min');
    expect(formatElapsed(65 * 60_000)).toBe('1 h 5 min');
  });
});

describe('the live status comment', () => {
  it('shows the bar, the time run and the last lines of the log while running', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
    const body = renderStatusComment(
      running({
        progress: { done: 42, total: 100, message: 'Checking page 42' },
        elapsedMs: 200_000,
        logTail: lines.join('\n') + '\n',
      }),
      noMask,
    );
    expect(body).toContain('`▰▰▰▰▱▱▱▱▱▱` **42/100** · Checking page 42');
    expect(body).toContain('Running for 3 min.');
    expect(body).toContain('<details open><summary>Last lines of the log');
    expect(body).toContain('line 40');
    expect(body).toContain('line 26');
    expect(body).not.toContain('line 25\n');
  });

  it('masks and escapes the message', () => {
    const section = liveProgressSection(
      running({ progress: { done: 1, total: 2, message: 'token SECRET <b>@team</b> `x`' } }),
      maskSecret,
    );
    expect(section).not.toContain('SECRET');
    expect(section).toContain('token \\*\\*\\* ');
    expect(section).not.toContain('<b>');
  });

  it('shows the time run without progress lines, and nothing live once done', () => {
    expect(liveProgressSection(running({ elapsedMs: 1000 }), noMask)).toBe('Running for under a minute.');
    expect(
      liveProgressSection(running({ phase: 'done', status: 'succeeded', elapsedMs: 1000 }), noMask),
    ).toBe(undefined);
    const done = renderStatusComment(
      running({ phase: 'done', status: 'succeeded', logTail: 'ok\n', progress: { done: 3, total: 3 } }),
      noMask,
    );
    expect(done).toContain('**3/3**');
    expect(done).not.toContain('<details');
  });

  it('stays within the comment limit with a huge message and log', () => {
    const body = renderStatusComment(
      running({
        progress: { done: 1, total: 2, message: 'm'.repeat(100_000) },
        logTail: 'x'.repeat(500_000),
      }),
      noMask,
    );
    expect(body.length).toBeLessThanOrEqual(STATUS_COMMENT_LIMIT);
    expect(body.length).toBeLessThan(10_000);
  });
});
