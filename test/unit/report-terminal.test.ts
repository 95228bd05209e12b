import {
  LiveStatus,
  colourEnabled,
  createStyle,
  fitLine,
  phaseWords,
  plainText,
  progressBar,
  progressText,
  renderTerminalSummary,
  styleFor,
  visibleLength,
  type LiveOutput,
} from '../../src/report/terminal';
import { type RunReport } from '../../src/report/types';
import { PHASES } from '../../src/report/phases';

const noMask = (text: string) => text;
const maskSecret = (text: string) => text.replaceAll('SECRET', '***');
const plain = createStyle(false);
const ESCAPE = /\u001b/;

function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    job: 'local-20261129-abcd',
    phase: 'done',
    status: 'succeeded',
    script: 'word_count',
    scriptTitle: 'Word count',
    mode: 'read',
    target: 'example',
    targetTitle: 'Example content',
    args: { extension: 'md', 'min-words': 0, details: false },
    requester: 'alice',
    dryRun: false,
    startedAt: '2026-11-29T00:00:00Z',
    durations: { checkout: 12, run: 420, upload: 3, total: 480 },
    exitCode: 0,
    artifact: {
      name: 'word_count-local',
      url: '/home/alice/repo/script-dispatcher-output/local-1',
      files: 1,
      bytes: 1234,
    },
    logTail: 'counted 12 files\n',
    ...overrides,
  };
}

/** Markdown or HTML that must never reach a terminal. */
function expectNoMarkup(text: string): void {
  expect(text).not.toMatch(/\|\s*---|^\|/m);
  expect(text).not.toMatch(/<\/?(details|summary|br|a)\b/i);
  expect(text).not.toContain('```');
  expect(text).not.toMatch(/\*\*/);
  expect(text).not.toMatch(/^#{1,6} /m);
  expect(text).not.toMatch(/\]\(/);
}

describe('colours', () => {
  it('are on for a TTY only, and off with NO_COLOR or TERM=dumb', () => {
    expect(colourEnabled({ isTTY: true, env: {} })).toBe(true);
    expect(colourEnabled({ isTTY: false, env: {} })).toBe(false);
    expect(colourEnabled({ isTTY: undefined, env: {} })).toBe(false);
    expect(colourEnabled({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colourEnabled({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(colourEnabled({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
    expect(colourEnabled({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(colourEnabled({ isTTY: false, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(colourEnabled({ isTTY: true, env: { FORCE_COLOR: '1', NO_COLOR: 'x' } })).toBe(false);
  });

  it('wrap text in escapes only when enabled', () => {
    expect(createStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createStyle(false).red('x')).toBe('x');
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' }).bold('x')).toBe('x');
    expect(visibleLength(createStyle(true).bold('héllo'))).toBe(5);
  });
});

describe('plainText', () => {
  it('drops escape sequences and control characters that others wrote, keeping newlines and tabs', () => {
    expect(
      plainText('a\u001b[31mred\u001b[0m\u001b]8;;http://x\u0007link\u001b]8;;\u0007\tb\r\nc\u0007d\u009b2J'),
    ).toBe('aredlink\tb\ncd');
  });
});

describe('progress', () => {
  it('draws a bar in proportion, never full before the end nor empty after a step', () => {
    expect(progressBar(42, 100)).toBe('[####------]');
    expect(progressBar(0, 100)).toBe('[----------]');
    expect(progressBar(1, 1000)).toBe('[#---------]');
    expect(progressBar(999, 1000)).toBe('[#########-]');
    expect(progressBar(100, 100)).toBe('[##########]');
    expect(progressBar(150, 100)).toBe('[##########]');
    expect(progressBar(-3, 100)).toBe('[----------]');
    expect(progressBar(3, 0)).toBe('[----------]');
    expect(progressBar(1, 2, 4)).toBe('[##--]');
  });

  it('writes the numbers and the message as plain text', () => {
    expect(progressText({ current: 42, total: 100, message: 'Checking page 42' }, noMask)).toBe(
      '[####------] 42/100 Checking page 42',
    );
    expect(progressText({ current: 1200 }, noMask)).toBe('1,200');
    expect(progressText({ current: 2, total: 5, message: 'token SECRET\u001b[2J\nnext' }, maskSecret)).toBe(
      '[####------] 2/5 token *** next',
    );
  });

  it('cuts a live line to the terminal width', () => {
    expect(fitLine('a'.repeat(50), 20)).toBe(`${'a'.repeat(18)}…`);
    expect(fitLine('short', 20)).toBe('short');
    expect(fitLine('a'.repeat(50), undefined)).toHaveLength(50);
  });
});

describe('phaseWords', () => {
  it('never claims an upload, a push or a pull request on a local or dry run', () => {
    for (const phase of PHASES) {
      for (const dryRun of [false, true]) {
        const local = phaseWords(phase, { local: true, dryRun, mode: 'write' });
        expect(local).not.toMatch(/upload|pull request|push/i);
      }
      expect(phaseWords(phase, { local: false, dryRun: true, mode: 'write' })).not.toMatch(
        /pull request|push/,
      );
    }
    expect(phaseWords('uploading', { local: false, dryRun: false })).toBe('uploading the outputs');
    expect(phaseWords('opening-pull-request', { local: false, dryRun: false })).toBe(
      'opening the pull request',
    );
    expect(phaseWords('opening-pull-request', { local: true, dryRun: false })).toBe('committing the changes');
  });
});

class Recorder implements LiveOutput {
  text = '';
  constructor(
    public isTTY: boolean,
    public columns?: number,
  ) {}
  write(text: string): void {
    this.text += text;
  }
}

describe('LiveStatus', () => {
  function live(out: Recorder, now: () => number = () => 0) {
    return new LiveStatus(out, {
      local: true,
      dryRun: false,
      mode: 'read',
      style: plain,
      mask: maskSecret,
      script: 'word_count',
      now,
    });
  }

  it('redraws one line in place on a TTY and clears it around other output and at the end', () => {
    const out = new Recorder(true, 80);
    let t = 0;
    const status = live(out, () => t);
    status.setPhase('checking-out');
    t = 1500;
    status.setPhase('running');
    status.setProgress({ current: 42, total: 100, message: 'Checking page 42 SECRET' });
    expect(out.text).toContain(
      '\r\u001b[2Krunning word_count · 1.5 s · [####------] 42/100 Checking page 42 ***',
    );
    expect(out.text).not.toContain('\n');
    out.text = '';
    status.aside(() => out.write('script output\n'));
    expect(out.text.startsWith('\r\u001b[2Kscript output\n\r\u001b[2Krunning')).toBe(true);
    out.text = '';
    status.setPhase('done');
    expect(out.text).toBe('\r\u001b[2K');
  });

  it('writes plain lines without a TTY: a line per phase, progress only when it changed and not too often', () => {
    const out = new Recorder(false);
    let t = 0;
    const status = live(out, () => t);
    status.setPhase('checking-out');
    status.setPhase('running');
    status.setProgress({ current: 1, total: 4, message: 'one' });
    t = 100;
    status.setProgress({ current: 2, total: 4, message: 'two' });
    t = 3000;
    status.setProgress({ current: 2, total: 4, message: 'two' });
    t = 3100;
    status.setProgress({ current: 4, total: 4, message: 'four' });
    status.tick();
    status.aside(() => out.write('log\n'));
    status.setPhase('uploading');
    status.setPhase('done');
    expect(out.text).toBe(
      [
        '· preparing the checkout',
        '· running',
        '  [##--------] 1/4 one',
        '  [#####-----] 2/4 two',
        '  [##########] 4/4 four',
        'log',
        '· collecting the outputs',
        '',
      ].join('\n'),
    );
    expect(out.text).not.toMatch(ESCAPE);
  });
});

describe('renderTerminalSummary', () => {
  const options = { style: plain, mask: maskSecret, local: true };

  it('is plain text: no Markdown, no HTML, no escape codes, and not the log again', () => {
    const text = renderTerminalSummary(report(), options);
    expect(text).toBe(
      [
        '✔ Succeeded: Word count (word_count)',
        '  Job        local-20261129-abcd',
        '  Content    Example content',
        '  Arguments  extension=md, min-words=0, details=false',
        '  Duration   checkout 0.0 s · script 0.4 s · outputs 0.0 s · total 0.5 s',
        '  Outputs    1 file, 1.2 kB, in /home/alice/repo/script-dispatcher-output/local-1',
      ].join('\n'),
    );
    expectNoMarkup(text);
    expect(text).not.toContain('counted 12 files');
  });

  it('shows the log tail only when asked (the log was not shown as it came)', () => {
    const text = renderTerminalSummary(report({ status: 'failed', exitCode: 2 }), {
      ...options,
      showLogTail: true,
    });
    expect(text).toContain('Last lines of the log\n  counted 12 files');
    expect(text).toContain('Exit code  2');
  });

  it('never shows an artifact of 0 B, an upload, a push or a pull request for a local run', () => {
    const text = renderTerminalSummary(
      report({ artifact: { name: 'x', files: 0, bytes: 0, url: '/tmp/out' } }),
      options,
    );
    expect(text).toContain('Outputs    none (the script wrote no files)');
    expect(text).not.toMatch(/0 B|artifact|upload/i);
  });

  it('says a local write run committed on a local branch and pushed nothing', () => {
    const text = renderTerminalSummary(
      report({
        mode: 'write',
        branch: 'script-dispatcher/image_attribution/local-1',
        changes: {
          count: 2,
          added: 1,
          modified: 1,
          deleted: 0,
          renamed: 0,
          files: [
            { status: 'A', path: 'a.md' },
            { status: 'M', path: 'b.md' },
          ],
        },
      }),
      options,
    );
    expect(text).toContain(
      'Branch     script-dispatcher/image_attribution/local-1 (a local commit; nothing was pushed)',
    );
    expect(text).toContain('Changes    2 files changed (1 added, 1 modified): a.md (added), b.md (modified)');
    expect(text).not.toMatch(/pull request|pushed to/i);
  });

  it('does not claim a branch or changes a dry run never made', () => {
    const text = renderTerminalSummary(
      report({
        mode: 'write',
        dryRun: true,
        changes: {
          count: 1,
          added: 0,
          modified: 1,
          deleted: 0,
          renamed: 0,
          files: [{ status: 'M', path: 'a.md' }],
        },
      }),
      options,
    );
    expect(text.split('\n')[0]).toBe('✔ Succeeded: Word count (word_count) (dry run)');
    expect(text).toContain('Mode       write, dry run: nothing is committed or pushed');
    expect(text).toContain('would change 1 file (1 modified): a.md (modified)');
    expect(text).not.toMatch(/Branch|files? changed|committed on/);
    const none = renderTerminalSummary(report({ mode: 'write', dryRun: true, noChanges: true }), options);
    expect(none).toContain('would make no changes');
  });

  it('lists the problems of a rejected run with the fix line, masked and without control characters', () => {
    const text = renderTerminalSummary(
      report({
        status: 'rejected',
        durations: {},
        exitCode: undefined,
        artifact: undefined,
        reason: 'Some arguments are not valid.',
        problems: [
          { message: '`min-words` must be a number, got `SECRET`.', fix: 'Give a number such as 3.' },
          { message: 'Unknown argument `colour`\u001b[2J.' },
        ],
        fixCommand: 'script-dispatcher run word_count --arg min-words=3',
      }),
      options,
    );
    expect(text).toContain('✖ Rejected: Word count (word_count)');
    expect(text).toContain('Reason: Some arguments are not valid.');
    expect(text).toContain(
      'Problems (2):\n  - `min-words` must be a number, got `***`. — Give a number such as 3.',
    );
    expect(text).toContain('  - Unknown argument `colour`.');
    expect(text).toContain('To fix it, run:\n  script-dispatcher run word_count --arg min-words=3');
    expect(text).not.toMatch(ESCAPE);
    expect(text).not.toContain('SECRET');
  });

  it('shows a flat result as aligned lines and anything else as indented JSON', () => {
    const flat = renderTerminalSummary(report({ result: { files: 12, words: 3400, note: 'ok' } }), options);
    expect(flat).toContain('Result\n  files  12\n  words  3400\n  note   ok');
    const nested = renderTerminalSummary(report({ result: { pages: [{ a: 1 }] } }), options);
    expect(nested).toContain('Result\n  {\n    "pages": [');
    expectNoMarkup(nested);
  });

  it('names the artifact and the pull request of a run in Actions', () => {
    const text = renderTerminalSummary(
      report({
        mode: 'write',
        run: { id: '9', url: 'https://github.com/o/r/actions/runs/9' },
        artifact: {
          name: 'word_count-9',
          files: 2,
          bytes: 2048,
          url: 'https://github.com/o/r/actions/runs/9/artifacts/1',
        },
        pullRequests: [
          { url: 'https://github.com/o/c/pull/3', number: 3, action: 'opened', repository: 'o/c' },
        ],
        branch: 'script-dispatcher/word_count/issue-1',
      }),
      { ...options, local: false },
    );
    expect(text).toContain(
      'Artifact      word_count-9 (2 files, 2.0 kB) https://github.com/o/r/actions/runs/9/artifacts/1',
    );
    expect(text).toContain('Pull request  https://github.com/o/c/pull/3 (opened)');
    expect(text).toContain('Requested by  alice');
    expect(text).toMatch(/^ {2}Branch {8}script-dispatcher\/word_count\/issue-1$/m);
    expectNoMarkup(text);
  });

  it('colours the heading when colours are on, and only then', () => {
    const coloured = renderTerminalSummary(report({ status: 'failed' }), {
      ...options,
      style: createStyle(true),
    });
    expect(coloured.split('\n')[0]).toBe(
      '\u001b[31m\u001b[1m✖ Failed: Word count (word_count)\u001b[22m\u001b[39m',
    );
    expect(renderTerminalSummary(report(), options)).not.toMatch(ESCAPE);
  });
});
