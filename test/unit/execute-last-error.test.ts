import {
  failureReason,
  lastErrorLine,
  missingOutputsReason,
  timeoutReason,
} from '../../src/execute/last-error';

const TRACEBACK = [
  'Processing 12 pages',
  'Traceback (most recent call last):',
  '  File "/work/scripts/report.py", line 40, in <module>',
  '    main()',
  '  File "/work/scripts/report.py", line 31, in main',
  "    caption = row['caption']",
  '              ~~~^^^^^^^^^^^',
  "KeyError: 'caption'",
  '',
].join('\n');

describe('lastErrorLine', () => {
  it('quotes the last line of a Python traceback', () => {
    expect(lastErrorLine(TRACEBACK)).toBe("KeyError: 'caption'");
  });

  it('takes the last traceback, and the last exception of a chained one', () => {
    const chained = [
      'Traceback (most recent call last):',
      '  File "a.py", line 1, in <module>',
      'ValueError: first',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "a.py", line 3, in <module>',
      'RuntimeError: second',
      'some other line printed later',
    ].join('\n');
    expect(lastErrorLine(chained)).toBe('RuntimeError: second');
  });

  it('strips colour codes (Python 3.13 tracebacks) and \\r\\n', () => {
    const coloured = TRACEBACK.replace(
      "KeyError: 'caption'",
      "\u001b[1;35mKeyError\u001b[0m: \u001b[35m'caption'\u001b[0m",
    ).replace(/\n/g, '\r\n');
    expect(lastErrorLine(coloured)).toBe("KeyError: 'caption'");
  });

  it('finds a traceback in the interleaved output when stderr has none', () => {
    expect(lastErrorLine('', TRACEBACK)).toBe("KeyError: 'caption'");
  });

  it('else gives the last non-empty stderr line, not a progress line', () => {
    expect(lastErrorLine('warning: x\nerror: file not found: a.csv\n::progress::3/4\n\n  \n')).toBe(
      'error: file not found: a.csv',
    );
    expect(lastErrorLine('', 'stdout only\n')).toBeUndefined();
    expect(lastErrorLine('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('reasons', () => {
  it('quotes the error line after the exit code', () => {
    expect(failureReason('exited with code 1', "KeyError: 'caption'")).toBe(
      "exited with code 1: KeyError: 'caption'",
    );
    expect(failureReason('exited with code 1', undefined)).toBe('exited with code 1');
  });

  it('says which timeout-minutes to raise', () => {
    expect(timeoutReason(30, { script: 'report' })).toBe(
      'timed out after 30 minutes: the script needs more time than `timeout-minutes` allows (30); raise `scripts.report.timeout-minutes` in the manifest, or make the script faster',
    );
    expect(timeoutReason(1, { script: 'report', fromDefaults: true })).toContain(
      '`defaults.timeout-minutes` (or set `scripts.report.timeout-minutes`)',
    );
    expect(timeoutReason(5, { script: 'report', step: 'build' })).toContain('step `build`');
  });

  it('names the missing glob and lists what was written', () => {
    expect(missingOutputsReason(['report/*.csv'], [])).toBe(
      'the expected output `report/*.csv` matched no file; the script wrote no file to its output directory',
    );
    const written = Array.from({ length: 12 }, (_, i) => `out/f${i}.txt`);
    const reason = missingOutputsReason(['*.csv', 'summary.md'], written);
    expect(reason).toContain('the expected outputs `*.csv`, `summary.md` matched no file');
    expect(reason).toContain('the script wrote 12 files: `out/f0.txt`');
    expect(reason).toContain('`out/f9.txt`, and 2 more');
    expect(reason).not.toContain('f10');
  });
});
