import { renderCancelReply } from '../../src/report/cancel-reply';
import { exampleValue, renderHelp } from '../../src/report/help';
import { parseCommand } from '../../src/request/command';
import type { ArgSpec, Manifest } from '../../src/manifest/types';
import { scriptOf } from '../support/scripts';

const noMask = (text: string) => text;

const script = scriptOf;

const ARGS: ArgSpec[] = [
  {
    name: 'eps',
    type: 'text',
    title: 'Extra paths',
    description: 'A semi-colon-separated list | of extra paths.\nSecond line.',
    example: '/pages/about us;/q',
    required: false,
    pattern: '^[^\\s|]*$',
  },
  { name: 'notes', type: 'textarea', title: 'Notes', required: true },
  { name: 'count', type: 'number', title: 'Count', required: true, min: 1, max: 10 },
  { name: 'limit', type: 'number', title: 'Limit', required: false, min: 5, default: 7 },
  { name: 'strict', type: 'boolean', title: 'Strict', required: false, default: false },
  { name: 'level', type: 'choice', title: 'Level', required: true, options: ['low', 'high'] },
  {
    name: 'csv',
    type: 'csv',
    title: 'Image attribution specification',
    required: true,
    columns: ['image_name', 'attribution'],
    header: true,
  },
  { name: 'doc', type: 'file', title: 'Document', required: false },
];

function manifest(): Manifest {
  return {
    file: '.github/script-dispatcher.yml',
    version: 1,
    repositories: {
      phy: { key: 'phy', repository: 'isaacphysics/rutherford-content', path: 'data/phy', title: 'Physics' },
      ada: { key: 'ada', repository: 'isaacphysics/ada-content', path: 'data/ada', title: 'Ada CS' },
    },
    scripts: {
      link_checker: script('link_checker', {
        title: 'Link checker',
        description: 'Checks links across the content repository.\n\nMore **details** here.',
        targets: ['phy', 'ada'],
        args: ARGS,
      }),
      image_attribution: script('image_attribution', {
        title: 'Image attribution',
        description: 'Applies attribution to images.',
        mode: 'write',
        permission: 'write',
        targets: ['phy'],
        allowTeams: ['org/editors'],
      }),
    },
    allowedDownloadHosts: [],
    maxDownloadBytes: 10 * 1024 * 1024,
    statusLabels: false,
  };
}

describe('/help', () => {
  it('lists the scripts with title, mode, content and the first line of the description', () => {
    const help = renderHelp(manifest(), undefined, noMask);
    expect(help).toContain('### Scripts');
    expect(help).toContain(
      '| `link_checker` — Link checker | Checks links across the content repository. | read | Physics, Ada CS |',
    );
    expect(help).toContain(
      '| `image_attribution` — Image attribution | Applies attribution to images. | write',
    );
    expect(help).not.toContain('More **details**');
    expect(help).toContain('/run <script> name=value name="a value with spaces"');
    expect(help).toContain('`/help <script>`');
  });

  it('explains every kind of argument of a script', () => {
    const help = renderHelp(manifest(), 'link_checker', noMask);
    expect(help).toContain('### `link_checker` — Link checker');
    expect(help).toContain('More **details** here.');
    expect(help).toContain('- **Content:** Physics (`phy`, default), Ada CS (`ada`)');
    expect(help).toContain('at least `triage` permission');
    const rows = help.split('\n').filter((l) => l.startsWith('| `'));
    const row = (name: string) => rows.find((l) => l.startsWith(`| \`${name}\``)) ?? '';
    expect(row('eps')).toContain('| text (one line) | no |');
    expect(row('eps')).toContain('A semi-colon-separated list \\| of extra paths.<br>Second line.');
    expect(row('eps')).toContain('Must match: `^[^\\s\\|]*$`');
    expect(row('eps')).toContain('Example: `/pages/about us;/q`');
    expect(row('notes')).toContain('| text (several lines) | yes |');
    expect(row('count')).toContain('| number | yes | Between 1 and 10 |');
    expect(row('limit')).toContain('| number | no (default `7`) | At least 5 |');
    expect(row('strict')).toContain('| yes/no (`true` or `false`) | no (default `false`) |');
    expect(row('level')).toContain('One of: `low`, `high`');
    expect(row('csv')).toContain(
      '| CSV | yes | Columns: `image_name`, `attribution` (the first row is the header) |',
    );
    expect(row('doc')).toContain('| file | no |');
    for (const line of rows) {
      expect([...line.matchAll(/(?<!\\)\|/g)]).toHaveLength(5);
    }
  });

  it('gives a ready /run line with the required arguments and the examples, quoted where needed', () => {
    const help = renderHelp(manifest(), 'link_checker', noMask);
    expect(help).toContain(
      '```text\n/run link_checker eps="/pages/about us;/q" notes=text count=1 level=low csv="<link to the attached file>"\n```',
    );
    expect(help).toContain('For `csv`, `doc`: paste the content');
    expect(renderHelp(manifest(), 'image_attribution', noMask)).toContain('/run image_attribution\n');
  });

  it('explains who may run a write script', () => {
    const help = renderHelp(manifest(), 'image_attribution', noMask);
    expect(help).toContain('write: its changes to the content become a pull request');
    expect(help).toContain(
      'at least `write` permission on this repository, who are also listed: `org/editors`',
    );
    expect(help).toContain('It takes no arguments.');
  });

  it('lists the scripts when asked about one that does not exist', () => {
    const help = renderHelp(manifest(), 'nope', noMask);
    expect(help).toContain(
      'There is no script `nope`. The scripts are: `link_checker`, `image_attribution`.',
    );
    expect(help).toContain('### Scripts');
    expect(renderHelp(manifest(), 'toString', noMask)).toContain('There is no script `toString`');
  });

  it('escapes and masks the name a user asked about', () => {
    const help = renderHelp(manifest(), '</details> `` @org/team SECRET <!--', (t) =>
      t.replaceAll('SECRET', '***'),
    );
    expect(help).not.toContain('SECRET');
    expect(help).not.toContain('<!--');
    expect(help.split('\n')[0]).toContain('There is no script ```</details> `` @org/team *** <!\u200D--```.');
  });

  it('masks manifest text too', () => {
    const m = manifest();
    m.scripts.link_checker.description = 'Uses SECRET';
    const mask = (t: string) => t.replaceAll('SECRET', '***');
    expect(renderHelp(m, undefined, mask)).not.toContain('SECRET');
    expect(renderHelp(m, 'link_checker', mask)).not.toContain('SECRET');
  });

  it('says when there are no scripts', () => {
    const m = { ...manifest(), scripts: {} };
    expect(renderHelp(m, undefined, noMask)).toContain('No scripts are set up yet.');
    expect(renderHelp(m, 'x', noMask)).toContain('There is no script `x`');
  });

  it('gives /run lines that the command parser reads back', () => {
    const m = manifest();
    m.scripts.link_checker.args = [
      { name: 'q', type: 'text', title: 'q', required: true, example: 'say "hi" to \\o/ and ‘you’' },
      { name: 'e', type: 'text', title: 'e', required: true, example: 'a=b' },
    ];
    const help = renderHelp(m, 'link_checker', noMask);
    const line = help.split('\n').find((l) => l.startsWith('/run link_checker'))!;
    expect(parseCommand(line)).toEqual({
      name: 'run',
      script: 'link_checker',
      args: { q: 'say "hi" to \\o/ and ‘you’', e: 'a=b' },
      problems: [],
    });
  });

  it('makes example values that fit each type', () => {
    const by = (name: string) => exampleValue(ARGS.find((a) => a.name === name)!);
    expect(by('eps')).toBe('/pages/about us;/q');
    expect(by('count')).toBe('1');
    expect(by('limit')).toBe('7');
    expect(by('strict')).toBe('false');
    expect(by('level')).toBe('low');
    expect(exampleValue({ name: 'n', type: 'number', title: 'n', required: true, max: -5 })).toBe('-5');
  });
});

describe('/cancel reply', () => {
  it('links the cancelled run', () => {
    expect(
      renderCancelReply(
        { runId: '555', url: 'https://github.com/o/r/actions/runs/555', script: 'link_checker' },
        noMask,
      ),
    ).toBe('🛑 Cancelled [run 555](https://github.com/o/r/actions/runs/555) of `link_checker`.');
  });

  it('says when there is nothing to cancel', () => {
    expect(renderCancelReply(undefined, noMask)).toBe(
      'Nothing to cancel: no run of this issue is in progress.',
    );
  });

  it('says why a run could not be cancelled, escaped and masked', () => {
    const reply = renderCancelReply(
      { runId: '5' },
      (t) => t.replaceAll('SECRET', '***'),
      'HTTP 403 </details> SECRET',
    );
    expect(reply).toBe('😕 Could not cancel run 5: HTTP 403 &lt;/details&gt; \\*\\*\\*');
  });
});
