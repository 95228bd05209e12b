import { parse } from 'yaml';
import { docsTable } from '../../src/forms/docs';
import { formFields } from '../../src/forms/fields';
import { checkIssueForm, type IssueFormDefinition } from '../../src/forms/form-definition';
import { generateForms, GENERATED_HEADER, isGeneratedForm } from '../../src/forms/generate';
import {
  DEFAULT_MAX_DOWNLOAD_BYTES,
  type ArgSpec,
  type Manifest,
  type Script,
  type Target,
} from '../../src/manifest/types';
import { scriptOf } from '../support/scripts';

function arg(name: string, type: ArgSpec['type'], extra: Partial<ArgSpec> = {}): ArgSpec {
  return { name, type, title: name, required: false, ...extra };
}

const script = scriptOf;

function manifest(scripts: Script[], repositories: Record<string, Partial<Target>> = {}): Manifest {
  const repos: Record<string, Target> = {};
  for (const [key, r] of Object.entries(repositories)) {
    repos[key] = { key, repository: `org/${key}`, path: `data/${key}`, title: key, ...r };
  }
  return {
    file: '.github/script-dispatcher.yml',
    version: 1,
    repositories: repos,
    scripts: Object.fromEntries(scripts.map((s) => [s.name, s])),
    allowedDownloadHosts: [],
    maxDownloadBytes: DEFAULT_MAX_DOWNLOAD_BYTES,
    statusLabels: false,
  };
}

const example = manifest(
  [
    script('link_checker', {
      title: 'Link checker',
      description: 'Checks links across the content repository.\n\nWrites `link_errors.txt`.',
      targets: ['phy', 'ada'],
      args: [
        arg('eps', 'text', {
          title: 'Extra paths',
          description: 'A semi-colon-separated list of extra paths to check.',
          example: '/pages/about_us;/questions/a_question_id',
        }),
        arg('depth', 'number', { title: 'Depth', min: 1, max: 5, default: 2 }),
        arg('verbose', 'boolean', { title: 'Verbose' }),
        arg('level', 'choice', {
          title: 'Level',
          options: ['low', 'high, very', 'None'],
          default: 'high, very',
        }),
        arg('notes', 'textarea', { title: 'Notes', required: true }),
      ],
    }),
    script('image_attribution', {
      description: 'Applies attribution to images.',
      mode: 'write',
      targets: ['phy'],
      args: [
        arg('csv', 'csv', {
          title: 'Image attribution specification',
          columns: ['image_name', 'attribution'],
          header: true,
          required: true,
        }),
        arg('extra', 'file', { title: 'Extra file' }),
        arg('strict', 'boolean', { title: 'Strict', default: true }),
      ],
    }),
  ],
  { phy: { title: 'Physics' }, ada: { title: 'Ada CS' } },
);

function load(content: string): IssueFormDefinition {
  return parse(content, { version: '1.1' }) as IssueFormDefinition;
}

describe('generateForms', () => {
  const files = generateForms(example);

  it('writes one form per script, in manifest order, under .github/ISSUE_TEMPLATE', () => {
    expect(files.map((f) => f.path)).toEqual([
      '.github/ISSUE_TEMPLATE/script-link_checker.yml',
      '.github/ISSUE_TEMPLATE/script-image_attribution.yml',
    ]);
  });

  it('starts every file with the generated-file header', () => {
    for (const f of files) {
      expect(f.content.startsWith(GENERATED_HEADER)).toBe(true);
      expect(isGeneratedForm(f.content)).toBe(true);
      expect(f.content.split('\n')[1]).toMatch(/^# Do not edit by hand/);
    }
    expect(isGeneratedForm('name: hand written\n')).toBe(false);
  });

  it('is deterministic', () => {
    expect(generateForms(example)).toEqual(files);
    expect(JSON.stringify(generateForms(structuredClone(example)))).toBe(JSON.stringify(files));
  });

  it('produces forms that GitHub accepts, under YAML 1.1 and 1.2 alike', () => {
    for (const f of files) {
      const form = load(f.content);
      expect(checkIssueForm(form)).toEqual([]);
      expect(parse(f.content)).toEqual(form);
    }
  });

  it('has the header fields, a markdown introduction and the fields in order', () => {
    const form = load(files[0].content);
    expect(form.name).toBe('Link checker');
    expect(form.description).toBe('Checks links across the content repository.');
    expect(form.title).toBe('[script] Link checker');
    expect(form.labels).toEqual(['script']);
    expect(form.body[0].type).toBe('markdown');
    expect(form.body[0].attributes.value).toContain('Writes `link_errors.txt`.');
    expect(form.body.slice(1).map((e) => [e.type, e.id, e.attributes.label])).toEqual([
      ['dropdown', 'script', 'Script'],
      ['dropdown', 'target', 'Content'],
      ['input', 'eps', 'Extra paths'],
      ['input', 'depth', 'Depth'],
      ['dropdown', 'verbose', 'Verbose'],
      ['dropdown', 'level', 'Level'],
      ['textarea', 'notes', 'Notes'],
    ]);
  });

  it('makes the Script dropdown hold the script, preselected and required', () => {
    const element = load(files[0].content).body[1];
    expect(element.attributes.options).toEqual(['link_checker']);
    expect(element.attributes.default).toBe(0);
    expect(element.validations).toEqual({ required: true });
  });

  it('lists the targets by title in the Content dropdown', () => {
    const element = load(files[0].content).body[2];
    expect(element.attributes.options).toEqual(['Physics', 'Ada CS']);
    expect(element.attributes.default).toBe(0);
  });

  it('describes each argument with its description, example, bounds and default', () => {
    const body = load(files[0].content).body;
    const eps = body.find((e) => e.id === 'eps')!;
    expect(eps.attributes.description).toContain('A semi-colon-separated list');
    expect(eps.attributes.description).toContain('Example: `/pages/about_us;/questions/a_question_id`');
    expect(eps.attributes.placeholder).toBe('/pages/about_us;/questions/a_question_id');
    expect(eps.validations).toBeUndefined();
    const depth = body.find((e) => e.id === 'depth')!;
    expect(depth.attributes.description).toContain('A number from 1 to 5.');
    expect(depth.attributes.description).toContain('default: `2`');
    expect(body.find((e) => e.id === 'notes')!.validations).toEqual({ required: true });
  });

  it('turns booleans into a Yes/No dropdown whose default follows the argument', () => {
    const verbose = load(files[0].content).body.find((e) => e.id === 'verbose')!;
    expect(verbose.attributes.options).toEqual(['Yes', 'No']);
    expect(verbose.attributes.default).toBe(1);
    const strict = load(files[1].content).body.find((e) => e.id === 'strict')!;
    expect(strict.attributes.default).toBe(0);
    // Unquoted, YAML 1.1 (GitHub) would read booleans.
    expect(files[0].content).toContain('- "Yes"');
  });

  it('turns choices into a dropdown, with the reserved None renamed and the default selected', () => {
    const level = load(files[0].content).body.find((e) => e.id === 'level')!;
    expect(level.attributes.options).toEqual(['low', 'high, very', '"None"']);
    expect(level.attributes.default).toBe(1);
    expect(level.validations).toBeUndefined();
  });

  it('renders csv and file arguments as plain textareas, so that a file can be attached', () => {
    const body = load(files[1].content).body;
    const csv = body.find((e) => e.id === 'csv')!;
    expect(csv.type).toBe('textarea');
    expect(csv.attributes.render).toBeUndefined();
    expect(csv.attributes.description).toMatch(/paste the CSV/);
    expect(csv.attributes.description).toMatch(/attach/);
    expect(csv.attributes.description).toContain('`image_name`, `attribution`');
    expect(csv.validations).toEqual({ required: true });
    const file = body.find((e) => e.id === 'extra')!;
    expect(file.type).toBe('textarea');
    expect(file.attributes.render).toBeUndefined();
    expect(file.attributes.description).toMatch(/drag the file in/);
  });

  it('asks write scripts whether to open a pull request, Yes by default, as the last field', () => {
    const body = load(files[1].content).body;
    const last = body[body.length - 1];
    expect(last).toMatchObject({
      type: 'dropdown',
      id: 'open-pull-request',
      attributes: { label: 'Open a pull request', options: ['Yes', 'No'], default: 0 },
    });
    expect(load(files[0].content).body.some((e) => e.id === 'open-pull-request')).toBe(false);
    // One target: no Content dropdown.
    expect(body.some((e) => e.id === 'target')).toBe(false);
  });

  it('falls back to the name for the title and a sentence for the description', () => {
    const [file] = generateForms(manifest([script('bare')]));
    const form = load(file.content);
    expect(form.name).toBe('bare');
    expect(form.description).toBe('Run bare.');
    expect(checkIssueForm(form)).toEqual([]);
  });

  it('keeps ids and labels unique when arguments are called like the fixed fields', () => {
    const clash = manifest(
      [
        script('clash', {
          mode: 'write',
          targets: ['a', 'b'],
          args: [
            arg('script', 'text', { title: 'Script' }),
            arg('target', 'text', { title: 'content' }),
            arg('open-pull-request', 'boolean', { title: 'Open a  pull request' }),
            arg('other', 'text', { title: 'Script (script)' }),
            arg('weird name!', 'text', { title: 'Weird' }),
          ],
        }),
      ],
      { a: { title: 'Same' }, b: { title: 'Same' } },
    );
    const form = load(generateForms(clash)[0].content);
    expect(checkIssueForm(form)).toEqual([]);
    const fields = form.body.slice(1);
    expect(fields.map((e) => e.attributes.label)).toEqual([
      'Script',
      'Content',
      'Script (script)',
      'content (target)',
      'Open a pull request (open-pull-request)',
      'Script (script) (other)',
      'Weird',
      'Open a pull request',
    ]);
    expect(fields.map((e) => e.id)).toEqual([
      'script',
      'target',
      'arg-script',
      'arg-target',
      'arg-open-pull-request',
      'other',
      'weird_name_',
      'open-pull-request',
    ]);
    expect(fields[1].attributes.options).toEqual(['Same (a)', 'Same (b)']);
  });

  it('gives scripts with the same title distinct template names and files', () => {
    const same = manifest([script('a', { title: 'Tool' }), script('b', { title: 'tool' })]);
    const forms = generateForms(same).map((f) => load(f.content));
    expect(forms.map((f) => f.name)).toEqual(['Tool (a)', 'tool (b)']);
  });

  it('never writes an invalid dropdown: a choice without options becomes an input', () => {
    const m = manifest([script('s', { args: [arg('c', 'choice', { options: [] })] })]);
    const form = load(generateForms(m)[0].content);
    expect(form.body.find((e) => e.id === 'c')!.type).toBe('input');
    expect(checkIssueForm(form)).toEqual([]);
  });

  it('agrees with the field list the parser uses', () => {
    const s = example.scripts.link_checker;
    const form = load(files[0].content);
    expect(form.body.slice(1).map((e) => e.attributes.label)).toEqual(
      formFields(s, example).map((f) => f.label),
    );
  });
});

describe('checkIssueForm', () => {
  const valid = {
    name: 'x',
    description: 'y',
    body: [{ type: 'dropdown', id: 'a', attributes: { label: 'A', options: ['1', '2'], default: 1 } }],
  };

  it('accepts a valid form', () => {
    expect(checkIssueForm(valid)).toEqual([]);
  });

  it.each([
    [
      'duplicate ids',
      { body: [...valid.body, { type: 'input', id: 'a', attributes: { label: 'B' } }] },
      /used twice/,
    ],
    [
      'duplicate labels',
      { body: [...valid.body, { type: 'input', id: 'b', attributes: { label: 'a' } }] },
      /used twice/,
    ],
    [
      'an empty dropdown',
      { body: [{ type: 'dropdown', id: 'a', attributes: { label: 'A', options: [] } }] },
      /options/,
    ],
    ['None', { body: [{ type: 'dropdown', attributes: { label: 'A', options: ['None'] } }] }, /reserves/],
    [
      'repeated options',
      { body: [{ type: 'dropdown', attributes: { label: 'A', options: ['x', 'x'] } }] },
      /distinct/,
    ],
    [
      'a bad default',
      { body: [{ type: 'dropdown', attributes: { label: 'A', options: ['x'], default: 1 } }] },
      /default/,
    ],
    ['a bad id', { body: [{ type: 'input', id: 'a b', attributes: { label: 'A' } }] }, /id/],
    ['no fields', { body: [{ type: 'markdown', attributes: { value: 'hi' } }] }, /at least one field/],
    ['no name', { name: '' }, /name/],
  ])('refuses %s', (_what, change, message) => {
    const problems = checkIssueForm({ ...valid, ...change });
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('docsTable', () => {
  it('lists every script with its mode, targets, arguments and description', () => {
    const table = docsTable(example);
    expect(table).toBe(
      [
        '| Script | Title | Mode | Content | Arguments | Description |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `link_checker` | Link checker | read | Physics, Ada CS | `eps` (text)<br>`depth` (number, default 2)<br>' +
          '`verbose` (boolean)<br>`level` (choice, low / high, very / None, default high, very)<br>' +
          '`notes` (textarea, **required**) | Checks links across the content repository. |',
        '| `image_attribution` | image_attribution | write | Physics | `csv` (csv, **required**)<br>' +
          '`extra` (file)<br>`strict` (boolean, default true) | Applies attribution to images. |',
        '',
      ].join('\n'),
    );
    expect(docsTable(example)).toBe(table);
  });

  it('escapes pipes and line breaks so the table stays one row per script', () => {
    const m = manifest([script('p', { title: 'a | b', description: 'one | two\nthree' })]);
    const row = docsTable(m).split('\n')[2];
    expect(row).toBe('| `p` | a \\| b | read | — | — | one \\| two |');
  });
});
