import fc from 'fast-check';
import {
  STATUS_COMMENT_LIMIT,
  parseStatusComment,
  renderStatusComment,
  statusMarker,
} from '../../src/report/status-comment';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary';
import { PHASES } from '../../src/report/phases';
import type { RunReport, RunStatus } from '../../src/report/types';

const noMask = (text: string) => text;
const maskSecret = (text: string) => text.replaceAll('SECRET', '***');

function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    job: '1234567-1',
    phase: 'done',
    status: 'succeeded',
    script: 'link_checker',
    scriptTitle: 'Link checker',
    mode: 'read',
    target: 'phy',
    targetTitle: 'Physics',
    args: { eps: '/pages/about_us;/questions/q1', count: 3, strict: true },
    requester: 'alice',
    issue: 12,
    dryRun: false,
    run: { id: '987654321', url: 'https://github.com/o/r/actions/runs/987654321' },
    startedAt: '2024-01-01T00:00:00Z',
    durations: { checkout: 1200, run: 184_000, upload: 500, total: 186_000 },
    checkout: { repository: 'isaacphysics/rutherford-content', ref: 'master', sha: 'abcdef0123456789' },
    exitCode: 0,
    attempts: 1,
    artifact: {
      id: '42',
      name: 'link_checker-1234567-1',
      url: 'https://github.com/o/r/artifacts/42',
      files: 3,
      bytes: 1500,
    },
    ...overrides,
  };
}

/** The text outside fenced blocks and code spans, found the way CommonMark finds them. Fails on an unclosed fence. */
function outsideCode(markdown: string): string {
  const kept: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = { char: open[1][0], length: open[1].length };
      continue;
    }
    kept.push(withoutCodeSpans(line));
  }
  expect(fence).toBeUndefined();
  return kept.join('\n');
}

function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\' && i + 1 < line.length) {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    let j = i + n;
    let close = -1;
    while (j < line.length) {
      if (line[j] !== '`') {
        j++;
        continue;
      }
      let m = 0;
      while (line[j + m] === '`') m++;
      if (m === n) {
        close = j;
        break;
      }
      j += m;
    }
    if (close < 0) {
      out += '`'.repeat(n);
      i += n;
    } else {
      out += '<code/>';
      i = close + n;
    }
  }
  return out;
}

/** Pipes that GitHub takes as cell borders (a pipe after a backslash is text, also inside code). */
function cellBorders(line: string): number {
  let borders = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') borders++;
  return borders;
}

const HOSTILE = [
  '--> </details> </summary>',
  '````',
  '~~~~',
  '<script>alert(1)</script>',
  statusMarker('forged'),
  '<!-- script-dispatcher:state {"job":"forged","phase":"running"} -->',
  '@org/team and @bob',
  '| a | b |',
  '\n\n# Heading\n\n---\n\n> quote',
  '[link](https://evil.example) ![img](x)',
  '*bold* _it_ ~~s~~ $math$ #1',
  '\x1b[31mred\x1b[0m \u202e',
].join(' ');

/** Everything the user or the script wrote, hostile. */
function hostileReport(status: RunStatus = 'failed'): RunReport {
  return report({
    status,
    scriptTitle: `Title ${HOSTILE}`,
    targetTitle: `Target ${HOSTILE}`,
    args: { [`name ${HOSTILE}`]: `value ${HOSTILE}`, other: HOSTILE, n: null },
    requester: `eve ${HOSTILE}`,
    reason: `Reason ${HOSTILE} \`code ${HOSTILE}\``,
    problems: [
      { message: `Problem ${HOSTILE}`, fix: `Fix ${HOSTILE}` },
      { message: 'Argument `count` must be a number, got `</details>`.' },
    ],
    fixCommand: `/run link_checker eps="${HOSTILE}"`,
    logTail: `log line\n${HOSTILE}\n\`\`\`\`\`\`\`\`\`\n</details>\n<!-- x -->\nlast line`,
    result: { key: HOSTILE, [HOSTILE]: 1 },
    branch: `script-dispatcher/${HOSTILE}`,
    skippedOutputs: [HOSTILE],
    mode: 'write',
    pullRequests: [
      { url: 'https://github.com/o/c/pull/3', number: 3, action: 'opened', repository: HOSTILE },
    ],
    changes: {
      count: 2,
      added: 1,
      modified: 1,
      deleted: 0,
      renamed: 0,
      files: [{ status: 'A', path: HOSTILE }],
    },
    artifact: { name: HOSTILE, url: 'https://github.com/o/r/artifacts/42', files: 1, bytes: 10 },
  });
}

/** The structure every rendering must keep, whatever the text inside. */
function expectIntact(body: string, job: string, expectedDetails: number, preamble = true): void {
  const lines = outsideCode(body).split('\n');
  let rest = lines;
  if (preamble) {
    expect(lines[0]).toBe(statusMarker(job));
    expect(lines[1]).toMatch(/^<!-- script-dispatcher:state \{[^<>]*\} -->$/);
    expect(lines[1].slice('<!-- '.length, -' -->'.length)).not.toContain('--');
    rest = lines.slice(2);
  }
  const text = rest.join('\n');
  expect(text).not.toContain('<!--');
  expect(text).not.toContain('-->');
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/<\/summary>.*<\/summary>/);
  expect(text.match(/<details>/g) ?? []).toHaveLength(expectedDetails);
  expect(text.match(/<\/details>/g) ?? []).toHaveLength(expectedDetails);
  if (expectedDetails > 0) expect(rest[rest.length - 1]).toBe('</details>');
  expect(rest.filter((l) => /^ {0,3}#/.test(l))).toHaveLength(1);
  expect(rest.filter((l) => /^ {0,3}>/.test(l))).toHaveLength(0);
  expect(text).not.toMatch(/(?<![\\])\]\(https:\/\/evil/);
  for (const line of rest.filter((l) => l.startsWith('|'))) expect(cellBorders(line)).toBe(3);
}

describe('status comment: marker and state', () => {
  it('starts with the marker, then the hidden state', () => {
    const body = renderStatusComment(report(), noMask);
    const [first, second] = body.split('\n');
    expect(first).toBe('<!-- script-dispatcher:status job=1234567-1 -->');
    expect(second.startsWith('<!-- script-dispatcher:state {')).toBe(true);
    expect(second.endsWith('} -->')).toBe(true);
  });

  it('reads back what it wrote', () => {
    const body = renderStatusComment(report({ phase: 'running', status: undefined }), noMask);
    expect(parseStatusComment(body)).toEqual({
      job: '1234567-1',
      runId: '987654321',
      phase: 'running',
      script: 'link_checker',
    });
    const done = renderStatusComment(report({ status: 'rejected', run: undefined }), noMask);
    expect(parseStatusComment(done)).toEqual({
      job: '1234567-1',
      phase: 'done',
      status: 'rejected',
      script: 'link_checker',
    });
  });

  it('reads it back through CRLF line endings and leading blank lines', () => {
    const body = renderStatusComment(report(), noMask).replace(/\n/g, '\r\n');
    expect(parseStatusComment(`\r\n${body}`)?.job).toBe('1234567-1');
  });

  it('round-trips any job and script, and nothing in them ends the comment early (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom('-', '--', '>', '<', '!', '\n', '"', '\\', ' ', '\ud800', '\udc00', '`', '%'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit }), (job, script) => {
        const body = renderStatusComment(
          report({ job, script, phase: 'uploading', status: undefined }),
          noMask,
        );
        const [marker, state] = body.split('\n');
        expect(marker.slice(4, -3)).not.toMatch(/--|>/);
        expect(state.slice(4, -3)).not.toMatch(/--|>/);
        const parsed = parseStatusComment(body);
        expect(parsed?.job).toBe(job);
        expect(parsed?.phase).toBe('uploading');
        expect(body.startsWith(statusMarker(job))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives different jobs different markers', () => {
    expect(statusMarker('a--b')).not.toBe(statusMarker('a-%2Db'));
    expect(statusMarker('a b')).not.toBe(statusMarker('a+b'));
    expect(statusMarker('a--b')).not.toContain('--b');
  });

  it('never throws, whatever the body (property)', () => {
    const prefix = fc.constantFrom(
      '',
      '<!-- script-dispatcher:status job=x -->\n',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state ',
    );
    fc.assert(
      fc.property(prefix, fc.string({ unit: 'binary' }), fc.constantFrom('', ' -->', '} -->'), (a, b, c) => {
        const parsed = parseStatusComment(a + b + c);
        if (parsed) expect(typeof parsed.job).toBe('string');
      }),
      { numRuns: 500 },
    );
    for (const body of [
      '',
      '<!-- script-dispatcher:status job=x -->',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state null -->',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state [] -->',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state {"job":"x","phase":"nope"} -->',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state {"job":1,"phase":"done"} -->',
      '<!-- script-dispatcher:status job=x -->\n<!-- script-dispatcher:state {"job":"x","phase":"done"',
    ]) {
      expect(parseStatusComment(body)).toBeUndefined();
    }
    expect(parseStatusComment(undefined as unknown as string)).toBeUndefined();
    expect(parseStatusComment(42 as unknown as string)).toBeUndefined();
  });

  it('ignores a marker that is not at the start, and a state of another job', () => {
    const body = renderStatusComment(report(), noMask);
    expect(parseStatusComment(`Quoting:\n${body}`)).toBeUndefined();
    const forged = `${statusMarker('a')}\n<!-- script-dispatcher:state {"job":"b","phase":"running"} -->`;
    expect(parseStatusComment(forged)).toBeUndefined();
  });

  it('drops state fields of the wrong type instead of failing', () => {
    const body = `${statusMarker('x')}\n<!-- script-dispatcher:state {"job":"x","phase":"running","status":"bogus","run":5} -->`;
    expect(parseStatusComment(body)).toEqual({ job: 'x', phase: 'running' });
  });
});

describe('status comment: headings and progress', () => {
  const headings: Record<string, string> = {
    queued: '⏳ Queued',
    'checking-out': '📥 Checking out',
    running: '🏃 Running',
    uploading: '📤 Uploading',
    'opening-pull-request': '🔀 Opening pull request',
  };

  it.each(PHASES.filter((p) => p !== 'done'))(
    'shows the phase %s in the heading and the progress line',
    (phase) => {
      const body = renderStatusComment(report({ phase, status: undefined, mode: 'write' }), noMask);
      expect(body).toContain(`### ${headings[phase]}: Link checker`);
      expect(body).toContain(`**${headings[phase]}**`);
      const progress = body.split('\n').find((l) => l.includes(' → '));
      const before = PHASES.slice(0, PHASES.indexOf(phase));
      for (const p of before) expect(progress).toContain(`✅ ${headings[p].split(' ').slice(1).join(' ')}`);
      expect(progress).toContain('⬜ Done');
    },
  );

  const statuses: [RunStatus, string][] = [
    ['succeeded', '✅ Succeeded'],
    ['failed', '❌ Failed'],
    ['timed-out', '⏱️ Timed out'],
    ['cancelled', '🛑 Cancelled'],
    ['rejected', '🚫 Rejected'],
    ['ignored', '➖ Ignored'],
  ];
  it.each(statuses)('shows the status %s in the heading', (status, words) => {
    const body = renderStatusComment(report({ status }), noMask);
    expect(body).toContain(`### ${words}: Link checker`);
    expect(parseStatusComment(body)?.status).toBe(status);
  });

  it('shows how far a failed run got', () => {
    const body = renderStatusComment(report({ status: 'failed', durations: { checkout: 1000 } }), noMask);
    expect(body).toContain('✅ Queued → ✅ Checking out → ⬜ Running → ⬜ Uploading → **❌ Failed**');
  });

  it('tells how to fix a rejected request without a ready /run line', () => {
    const body = renderStatusComment(
      report({ status: 'rejected', problems: [{ message: 'Argument `count` is required.' }] }),
      noMask,
    );
    expect(body).toContain(
      '**To fix it**, edit the issue, or comment a `/run` line with the values (`/help link_checker` explains them).',
    );
  });

  it('has no progress line for a rejected request', () => {
    expect(renderStatusComment(report({ status: 'rejected' }), noMask)).not.toContain(' → ');
  });

  it('shows the opening of a pull request only for write scripts that push', () => {
    const running = { phase: 'running' as const, status: undefined };
    expect(renderStatusComment(report({ ...running, mode: 'write' }), noMask)).toContain(
      'Opening pull request',
    );
    expect(renderStatusComment(report({ ...running, mode: 'read' }), noMask)).not.toContain(
      'Opening pull request',
    );
    expect(renderStatusComment(report({ ...running, mode: 'write', dryRun: true }), noMask)).not.toContain(
      'Opening pull request',
    );
  });
});

describe('status comment: the facts', () => {
  it('shows script, content, arguments, requester, mode, durations and links', () => {
    const body = renderStatusComment(report(), noMask);
    expect(body).toContain('| Job | `1234567-1` |');
    expect(body).toContain('| Script | **Link checker** (`link_checker`) |');
    expect(body).toContain('| Content | Physics · `isaacphysics/rutherford-content@abcdef0` |');
    expect(body).toContain('`eps` = `/pages/about_us;/questions/q1`<br>`count` = `3`<br>`strict` = `true`');
    expect(body).toContain('| Requested by | @alice |');
    expect(body).toContain('| Mode | read (outputs only) |');
    expect(body).toContain('checkout 1.2 s · script 3 min 4 s · upload 0.5 s · **total 3 min 6 s**');
    expect(body).toContain('[run 987654321](https://github.com/o/r/actions/runs/987654321)');
    expect(body).toContain(
      '[`link_checker-1234567-1`](https://github.com/o/r/artifacts/42) — 3 files, 1.5 kB',
    );
    expect(body).not.toContain('Exit code');
    expect(body).not.toContain('Attempts');
  });

  it('shows exit code, attempts, reason, problems, fix command and the log tail on failure', () => {
    const body = renderStatusComment(
      report({
        status: 'failed',
        exitCode: 2,
        attempts: 3,
        reason: 'The script exited with code 2.',
        problems: [{ message: 'Argument `count` must be a number, got `abc`.', fix: 'Give a whole number.' }],
        fixCommand: '/run link_checker count=3',
        logTail: 'Traceback (most recent call last):\n  File "x.py"\nValueError: boom',
      }),
      noMask,
    );
    expect(body).toContain('| Exit code | `2` |');
    expect(body).toContain('| Attempts | 3 |');
    expect(body).toContain('**Reason:** The script exited with code 2.');
    expect(body).toContain('- Argument `count` must be a number, got `abc`. — Give a whole number.');
    expect(body).toContain(
      'edit the issue, or comment this line:\n\n```text\n/run link_checker count=3\n```',
    );
    expect(body).toContain(
      '<details><summary>Last lines of the log</summary>\n\n```text\nTraceback (most recent call last):\n  File "x.py"\nValueError: boom\n```\n\n</details>',
    );
  });

  it('does not show the log tail of a run that succeeded', () => {
    const body = renderStatusComment(report({ logTail: 'all fine' }), noMask);
    expect(body).not.toContain('<details>');
  });

  it('shows pull requests, compare view, branch and changes', () => {
    const body = renderStatusComment(
      report({
        mode: 'write',
        pullRequests: [
          { url: 'https://github.com/o/c/pull/3', number: 3, action: 'opened', repository: 'o/c' },
          { url: 'https://github.com/o/d/pull/4', number: 4, action: 'updated', repository: 'o/d' },
        ],
        compareUrl: 'https://github.com/o/c/compare/master...b',
        branch: 'script-dispatcher/link_checker/issue-12',
        changes: {
          count: 3,
          added: 1,
          modified: 1,
          deleted: 1,
          renamed: 0,
          files: [
            { status: 'A', path: 'a.md' },
            { status: 'M', path: 'b.md' },
          ],
        },
      }),
      noMask,
    );
    expect(body).toContain('| Mode | write (changes become a pull request) |');
    expect(body).toContain('(opened)<br>');
    expect(body).toContain('(https://github.com/o/d/pull/4) (updated)');
    expect(body).toContain('| Compare | [compare view](https://github.com/o/c/compare/master...b) |');
    expect(body).toContain('| Branch | `script-dispatcher/link_checker/issue-12` |');
    expect(body).toContain(
      '| Changes | 3 files changed (1 added, 1 modified, 1 deleted): `a.md` (added), `b.md` (modified), and 1 more |',
    );
  });

  it('says when a write script made no changes, and what a dry run would have changed', () => {
    expect(renderStatusComment(report({ mode: 'write', noChanges: true }), noMask)).toContain(
      '| Changes | made no changes |',
    );
    const dry = renderStatusComment(
      report({
        mode: 'write',
        dryRun: true,
        changes: {
          count: 1,
          added: 0,
          modified: 1,
          deleted: 0,
          renamed: 0,
          files: [{ status: 'M', path: 'x.md' }],
        },
      }),
      noMask,
    );
    expect(dry).toContain('(dry run)');
    expect(dry).toContain('**dry run**: nothing is pushed');
    expect(dry).toContain('| Changes | would have changed 1 file (1 modified): `x.md` (modified) |');
  });

  it('shows a flat result as a table and anything else as JSON', () => {
    const flat = renderStatusComment(
      report({ result: { broken_links: 3, ok: true, note: 'see file' } }),
      noMask,
    );
    expect(flat).toContain(
      '| Key | Value |\n|---|---|\n| broken\\_links | `3` |\n| ok | `true` |\n| note | see file |',
    );
    const nested = renderStatusComment(report({ result: { links: [1, 2] } }), noMask);
    expect(nested).toContain('```json\n{\n  "links": [\n    1,\n    2\n  ]\n}\n```');
  });

  it('mentions only the requester, and only when it is a login', () => {
    const body = renderStatusComment(hostileReport(), noMask);
    expect(outsideCode(body)).not.toMatch(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/);
    const ok = outsideCode(
      renderStatusComment(report({ reason: 'ask @org/team', status: 'failed' }), noMask),
    );
    expect(ok.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/g)).toEqual(['@a']);
    expect(renderStatusComment(report({ requester: 'github-actions[bot]' }), noMask)).toContain(
      '| Requested by | @github-actions\\[bot\\] |',
    );
  });
});

describe('status comment: hostile text', () => {
  it.each(['failed', 'rejected', 'succeeded'] as RunStatus[])(
    'keeps the layout whatever the user or the script wrote (%s)',
    (status) => {
      const body = renderStatusComment(hostileReport(status), noMask);
      expectIntact(body, '1234567-1', status === 'succeeded' ? 0 : 1);
      expect(parseStatusComment(body)).toMatchObject({ job: '1234567-1', status });
      expect(body.split(statusMarker('forged'))).toHaveLength(1);
    },
  );

  it('keeps the layout for arbitrary text everywhere (property)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '`',
          '```',
          '~~~',
          '|',
          '\n',
          '<!--',
          '-->',
          '</details>',
          '<',
          '>',
          '\\',
          '@x',
          '#',
          '*',
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const body = renderStatusComment(
          report({
            status: 'failed',
            scriptTitle: a,
            args: { [b]: c, x: a },
            reason: b,
            problems: [{ message: c, fix: a }],
            fixCommand: b,
            logTail: `${c}\nend`,
            result: { [a]: b },
            branch: c,
          }),
          noMask,
        );
        expectIntact(body, '1234567-1', 1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('status comment: masking', () => {
  it('masks every piece of user and script text', () => {
    const S = 'SECRET';
    const body = renderStatusComment(
      report({
        status: 'failed',
        script: `s${S}`,
        scriptTitle: `Title ${S}`,
        targetTitle: `T ${S}`,
        args: { [`arg${S}`]: `value ${S}`, [S]: 1 },
        requester: `${S}user`,
        reason: `reason ${S} \`${S}\``,
        problems: [{ message: `m ${S}`, fix: `f ${S}` }],
        fixCommand: `/run x a=${S}`,
        logTail: `line ${S}\ncolour-split SEC\x1b[0mRET\nend ${S}`,
        result: { [S]: S, nested: [S, { [S]: `${S}${S}` }] },
        branch: `b/${S}`,
        skippedOutputs: [`${S}.txt`],
        changes: {
          count: 1,
          added: 1,
          modified: 0,
          deleted: 0,
          renamed: 0,
          files: [{ status: 'A', path: `${S}.md` }],
        },
        artifact: { name: `art-${S}`, files: 1, bytes: 1 },
        pullRequests: [{ url: 'https://x.example/1', number: 1, action: 'opened', repository: `o/${S}` }],
        checkout: { repository: `o/${S}`, ref: 'main', sha: 'abc1234' },
      }),
      maskSecret,
    );
    expect(body).not.toContain(S);
    expect(body).toContain('***');
    const nested = renderStatusComment(report({ result: [{ [S]: `x${S}` }] }), maskSecret);
    expect(nested).not.toContain(S);
    expect(
      renderSummary(report({ status: 'failed', logTail: `x ${S}`, reason: S }), maskSecret),
    ).not.toContain(S);
  });
});

describe('status comment: size', () => {
  const end = 'THE END OF THE LOG';
  const huge = (): RunReport => {
    const tail = `${'x'.repeat(99)}\n`.repeat(100_000) + `before the end\n${end}`;
    return report({
      status: 'failed',
      logTail: tail,
      problems: Array.from({ length: 5000 }, (_, i) => ({
        message: `Problem ${i} ${'p'.repeat(500)}`,
        fix: 'f'.repeat(500),
      })),
      args: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`arg${i}`, 'v'.repeat(10_000)])),
      result: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'r'.repeat(1000)])),
      reason: 'r'.repeat(100_000),
      fixCommand: 'c'.repeat(100_000),
      changes: {
        count: 10_000,
        added: 10_000,
        modified: 0,
        deleted: 0,
        renamed: 0,
        files: Array.from({ length: 10_000 }, (_, i) => ({ status: 'A', path: `file-${i}.md` })),
      },
      skippedOutputs: Array.from({ length: 10_000 }, (_, i) => `link-${i}`),
    });
  };

  it('stays under GitHub’s limit with a 10 MB log tail and 5,000 problems, and keeps the end of the log', () => {
    const input = huge();
    expect(input.logTail!.length).toBeGreaterThan(10_000_000);
    const body = renderStatusComment(input, noMask);
    expect(body.length).toBeLessThanOrEqual(STATUS_COMMENT_LIMIT);
    expect(body.length).toBeLessThan(65_536);
    expect(body.length + (body.match(/\n/g) ?? []).length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(`before the end\n${end}\n`);
    expect(body).toContain('more problems');
    expectIntact(body, '1234567-1', 1);
    expect(parseStatusComment(body)?.status).toBe('failed');
  });

  it('stays under the limit when the text is all backticks and multi-byte characters', () => {
    const body = renderStatusComment(
      report({
        status: 'failed',
        logTail: `${'`'.repeat(200_000)}\n${'~'.repeat(200_000)}\n${'😀'.repeat(100_000)}\n${end}`,
        reason: '&'.repeat(50_000),
        problems: Array.from({ length: 200 }, () => ({ message: '<'.repeat(2000), fix: '|'.repeat(2000) })),
      }),
      noMask,
    );
    expect(body.length).toBeLessThanOrEqual(STATUS_COMMENT_LIMIT);
    expect(body).toContain(end);
    expectIntact(body, '1234567-1', 1);
  });

  it('shrinks the log tail before the result', () => {
    const result = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`key${i}`, 'v'.repeat(100)]));
    const body = renderStatusComment(
      report({ status: 'failed', result, logTail: 'l'.repeat(1_000_000) }),
      noMask,
    );
    expect(body).toContain('| key49 |');
    expect(body).toMatch(/Last lines of the log \(the last [\d,]+ of 1,000,000 characters\)/);
  });

  it('keeps the job summary under 1 MiB', () => {
    const summary = renderSummary(huge(), noMask);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain(end);
    expect(summary.length).toBeGreaterThan(500_000);
    expectIntact(summary, '1234567-1', 1, false);
  });
});

describe('job summary', () => {
  it('is the same report without hidden markers, with the issue', () => {
    const summary = renderSummary(report({ status: 'failed', logTail: 'boom', reason: 'It broke.' }), noMask);
    expect(summary).not.toContain('<!--');
    expect(summary.startsWith('## ❌ Failed: Link checker')).toBe(true);
    expect(summary).toContain('| Issue | \\#12 |');
    expect(summary).toContain('**Reason:** It broke.');
    expect(summary).toContain('<details><summary>Last lines of the log</summary>');
  });

  it('keeps the layout with hostile text', () => {
    expectIntact(renderSummary(hostileReport(), noMask), '1234567-1', 1, false);
  });
});

describe('a run that wrote no outputs', () => {
  it('shows no artifact of 0 B, since nothing was uploaded', () => {
    const text = renderSummary(report({ artifact: { name: 'link_checker-1', files: 0, bytes: 0 } }), noMask);
    expect(text).toContain('| Outputs | none (the script wrote no files) |');
    expect(text).not.toMatch(/0 B|\| Artifact \|/);
  });
});

describe('the summary of a local run (the CLI --summary)', () => {
  it('says the outputs were collected and the changes committed, not uploaded or opened as a pull request', () => {
    const write = report({
      mode: 'write',
      durations: { checkout: 1, run: 2, upload: 3, publish: 4, total: 10 },
    });
    const local = renderSummary(write, noMask, { local: true });
    expect(local).toContain('✅ Collecting outputs');
    expect(local).toContain('✅ Committing changes');
    expect(local).not.toMatch(/Uploading|Opening pull request/);
    expect(renderSummary(write, noMask)).toContain('✅ Uploading');
  });
});
