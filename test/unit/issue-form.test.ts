import { DEFAULT_MAX_DOWNLOAD_BYTES, type ArgSpec, type Manifest } from '../../src/manifest/types';
import { parseIssueForm, type IssueFormResult } from '../../src/request/issue-form';
import { scriptOf } from '../support/scripts';

function arg(name: string, type: ArgSpec['type'], title: string, extra: Partial<ArgSpec> = {}): ArgSpec {
  return { name, type, title, required: false, ...extra };
}

const script = scriptOf;

const manifest: Manifest = {
  file: '.github/script-dispatcher.yml',
  version: 1,
  repositories: {
    phy: { key: 'phy', repository: 'org/phy', path: 'data/phy', title: 'Physics' },
    ada: { key: 'ada', repository: 'org/ada', path: 'data/ada', title: 'Ada CS' },
  },
  scripts: {
    link_checker: script('link_checker', {
      title: 'Link checker',
      targets: ['phy', 'ada'],
      args: [
        arg('eps', 'text', 'Extra paths'),
        arg('depth', 'number', 'Depth'),
        arg('verbose', 'boolean', 'Verbose'),
        arg('level', 'choice', 'Level', { options: ['low', 'high, very high', 'None'] }),
        arg('notes', 'textarea', 'Notes'),
      ],
    }),
    image_attribution: script('image_attribution', {
      title: 'Image attribution',
      mode: 'write',
      targets: ['phy'],
      args: [
        arg('csv', 'csv', 'Image attribution specification', { required: true }),
        arg('extra', 'file', 'Extra file'),
      ],
    }),
  },
  allowedDownloadHosts: [],
  maxDownloadBytes: DEFAULT_MAX_DOWNLOAD_BYTES,
  statusLabels: false,
};

function form(body: string | null | undefined): Extract<IssueFormResult, { kind: 'form' }> {
  const result = parseIssueForm(body, manifest);
  if (result.kind !== 'form') throw new Error(`expected a form, got ${JSON.stringify(result)}`);
  return result;
}

const NOTES = [
  'Please check these too.',
  '',
  '### Heading typed by the user',
  '',
  '```sh',
  '### Verbose',
  'echo "not a field"',
  '```',
].join('\n');

/** As GitHub renders an issue opened from the Link checker form. */
const linkChecker = [
  '### Script',
  '',
  'link_checker',
  '',
  '### Content',
  '',
  'Ada CS',
  '',
  '### Extra paths',
  '',
  '/pages/about_us;/questions/q1',
  '',
  '### Depth',
  '',
  '3',
  '',
  '### Verbose',
  '',
  'Yes',
  '',
  '### Level',
  '',
  'high, very high',
  '',
  '### Notes',
  '',
  NOTES,
].join('\n');

const CSV = 'image_name,attribution\n"a, b.png",Jane ### Doe\n\n### Open a pull request\nc.png,"```"';

/** As GitHub renders an issue opened from the Image attribution form. */
const imageAttribution = [
  '### Script',
  '',
  'image_attribution',
  '',
  '### Image attribution specification',
  '',
  '```csv',
  CSV,
  '```',
  '',
  '### Extra file',
  '',
  '[notes.txt](https://github.com/user-attachments/files/123/notes.txt)',
  '',
  '### Open a pull request',
  '',
  'No',
].join('\n');

describe('parseIssueForm: bodies as GitHub renders them', () => {
  it('reads every field of a form', () => {
    expect(form(linkChecker)).toEqual({
      kind: 'form',
      script: 'link_checker',
      target: 'ada',
      args: {
        eps: '/pages/about_us;/questions/q1',
        depth: '3',
        verbose: 'Yes',
        level: 'high, very high',
        notes: NOTES,
      },
      openPullRequest: true,
      problems: [],
    });
  });

  it('keeps the inside of a csv block exactly, including headings and fences typed in it', () => {
    const result = form(imageAttribution);
    expect(result.args).toEqual({
      csv: CSV,
      extra: '[notes.txt](https://github.com/user-attachments/files/123/notes.txt)',
    });
    expect(result.openPullRequest).toBe(false);
    expect(result.target).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it('lists the arguments in form order', () => {
    expect(Object.keys(form(linkChecker).args)).toEqual(['eps', 'depth', 'verbose', 'level', 'notes']);
  });

  it('reads CRLF bodies the same', () => {
    expect(form(linkChecker.replace(/\n/g, '\r\n'))).toEqual(form(linkChecker));
    expect(form(imageAttribution.replace(/\n/g, '\r\n'))).toEqual(form(imageAttribution));
  });

  it('leaves out fields with no response, and an empty csv block', () => {
    const body = [
      '### Script',
      '',
      'image_attribution',
      '',
      '### Image attribution specification',
      '',
      '```csv',
      '',
      '```',
      '',
      '### Extra file',
      '',
      '_No response_',
      '',
      '### Open a pull request',
      '',
      'Yes',
    ].join('\n');
    expect(form(body)).toEqual({
      kind: 'form',
      script: 'image_attribution',
      args: {},
      openPullRequest: true,
      problems: [],
    });
  });

  it('reads the reserved None option back to its value and options with commas whole', () => {
    const body = linkChecker.replace('high, very high', '"None"');
    expect(form(body).args.level).toBe('None');
    expect(form(linkChecker).args.level).toBe('high, very high');
  });

  it('ignores HTML comments, extra blank lines and trailing spaces around values', () => {
    const body = [
      '<!-- opened from a form -->',
      '### Script   ',
      '',
      '',
      'link_checker  ',
      '<!-- a comment',
      'over lines -->',
      '',
      '###   Content',
      '<!-- x -->',
      '  Physics  ',
      '',
      '### Notes',
      '',
      '<!-- before -->',
      'first line',
      '',
      'second line  ',
      '<!-- after -->',
      '',
      '',
    ].join('\n');
    expect(form(body)).toEqual({
      kind: 'form',
      script: 'link_checker',
      target: 'phy',
      args: { notes: 'first line\n\nsecond line' },
      openPullRequest: true,
      problems: [],
    });
  });

  it('reads fields in a different order and without the optional ones', () => {
    const body = [
      '### Verbose',
      '',
      'No',
      '',
      '### Script',
      '',
      'link_checker',
      '',
      '### Depth',
      '',
      '7',
      '',
      '### Content',
      '',
      'ada',
    ].join('\n');
    expect(form(body)).toEqual({
      kind: 'form',
      script: 'link_checker',
      target: 'ada',
      args: { verbose: 'No', depth: '7' },
      openPullRequest: true,
      problems: [],
    });
  });

  it('ignores text after the last one-line field', () => {
    const body = `${imageAttribution}\n\nThanks a lot!\n\n### Notes from me\n\nmore`;
    expect(form(body).openPullRequest).toBe(false);
    const dropdownLast = linkChecker.replace(`\n\n### Notes\n\n${NOTES}`, '') + '\n\nSent from my phone';
    expect(form(dropdownLast).args.level).toBe('high, very high');
  });

  it('takes the text of a textarea up to the next label of the form only', () => {
    const body = linkChecker.replace('### Notes\n\n', '### Notes\n\n### Not a label\n\n');
    expect(form(body).args.notes).toBe(`### Not a label\n\n${NOTES}`);
  });

  it("reads a one-line value that looks like the next field's heading as the value", () => {
    const body = linkChecker.replace('/pages/about_us;/questions/q1', '### Depth');
    expect(form(body).args).toMatchObject({ eps: '### Depth', depth: '3' });
  });

  it('keeps a heading that is a later label inside a fenced block of a textarea', () => {
    const notes = 'See:\n\n```\n### Level\n\nlow\n```';
    const body = [
      '### Script',
      '',
      'link_checker',
      '',
      '### Notes',
      '',
      notes,
      '',
      '### Level',
      '',
      'low',
    ].join('\n');
    // Notes before Level: a hand edit. The fenced heading still stays inside the value.
    expect(form(body).args).toEqual({ notes, level: 'low' });
  });

  it('strips one fenced block around a whole plain textarea value', () => {
    const body = linkChecker.replace(NOTES, '```text\nline 1\n### Depth\nline 3\n```');
    expect(form(body).args.notes).toBe('line 1\n### Depth\nline 3');
    expect(form(body).args.depth).toBe('3');
    const two = '```\na\n```\n\n```\nb\n```';
    expect(form(linkChecker.replace(NOTES, two)).args.notes).toBe(two);
  });

  it('accepts the script title, any case, and backticks', () => {
    for (const written of ['Link checker', 'LINK_CHECKER', '`link_checker`', 'link checker']) {
      expect(form(linkChecker.replace('\nlink_checker\n', `\n${written}\n`)).script).toBe('link_checker');
    }
  });

  it('reads checkboxes for Yes/No fields', () => {
    expect(form(linkChecker.replace('\nYes\n', '\n- [X] Verbose\n')).args.verbose).toBe('Yes');
    expect(form(linkChecker.replace('\nYes\n', '\n- [ ] Verbose\n')).args.verbose).toBe('No');
    expect(form(imageAttribution.replace(/No$/, '- [ ] Open a pull request')).openPullRequest).toBe(false);
    expect(form(imageAttribution.replace(/No$/, '- [x] Open a pull request')).openPullRequest).toBe(true);
  });

  it('opens a pull request unless the field says No', () => {
    const without = imageAttribution.replace(/\n\n### Open a pull request\n\nNo$/, '');
    expect(form(without).openPullRequest).toBe(true);
    expect(form(imageAttribution.replace(/No$/, '_No response_')).openPullRequest).toBe(true);
    expect(form(imageAttribution.replace(/No$/, 'no')).openPullRequest).toBe(false);
  });

  it('has no target for a script with one target, even when a Content heading is there', () => {
    const body = imageAttribution.replace('### Extra file', '### Content\n\nAda CS\n\n### Extra file');
    const result = form(body);
    expect(result.target).toBeUndefined();
    expect(result.args.extra).toBe('[notes.txt](https://github.com/user-attachments/files/123/notes.txt)');
  });

  it('has no target when the Content field is left empty', () => {
    expect(form(linkChecker.replace('Ada CS', '_No response_')).target).toBeUndefined();
  });
});

describe('parseIssueForm: problems', () => {
  it('names the scripts that exist when the script is unknown', () => {
    const result = form(linkChecker.replace('\nlink_checker\n', '\nlink_checker_v2\n'));
    expect(result.script).toBe('link_checker_v2');
    expect(result.args).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain('`link_checker_v2`');
    expect(result.problems[0].fix).toContain('`link_checker`, `image_attribution`');
  });

  it('says so when the Script field is empty', () => {
    const result = form('### Script\n\n_No response_\n\n### Depth\n\n3');
    expect(result.script).toBe('');
    expect(result.problems[0].message).toMatch(/empty/);
  });

  it('lists the targets when the Content is not one of them', () => {
    const result = form(linkChecker.replace('Ada CS', 'Chemistry'));
    expect(result.target).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'target', message: expect.stringContaining('`Chemistry`') }),
    ]);
    expect(result.problems[0].fix).toContain('`Physics` (`phy`), `Ada CS` (`ada`)');
    // The rest is still read.
    expect(result.args.depth).toBe('3');
  });
});

describe('parseIssueForm: not a form', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', ' \n\r\n '],
    ['plain text', 'Hi, the link checker is broken.\n\n### Steps\n\n1. run it'],
    ['a Script heading inside a code block', 'Look:\n\n```\n### Script\n\nlink_checker\n```\n'],
    ['a deeper heading', '#### Script\n\nlink_checker'],
  ])('%s', (_what, body) => {
    expect(parseIssueForm(body as string | null | undefined, manifest)).toEqual({ kind: 'not-a-form' });
  });
});
