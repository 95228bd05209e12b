import fc from 'fast-check';
import { parse } from 'yaml';
import { formFields } from '../../src/forms/fields';
import type { IssueFormDefinition } from '../../src/forms/form-definition';
import { generateForms } from '../../src/forms/generate';
import { renderIssueBody, type FieldValue } from '../../src/forms/render-body';
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
    chem: { key: 'chem', repository: 'org/chem', path: 'data/chem', title: 'Physics' },
  },
  scripts: {
    every_type: script('every_type', {
      title: 'Every type',
      mode: 'write',
      targets: ['phy', 'ada', 'chem'],
      args: [
        arg('text', 'text', 'Some text', { example: 'hello' }),
        arg('area', 'textarea', 'Some area'),
        arg('count', 'number', 'Count', { min: 0, default: 1 }),
        arg('flag', 'boolean', 'Flag'),
        arg('pick', 'choice', 'Pick', { options: ['a, b', 'None', 'c'] }),
        arg('table', 'csv', 'Table', { required: true }),
        arg('upload', 'file', 'Upload'),
      ],
    }),
    clash: script('clash', {
      title: 'Clash',
      targets: ['phy'],
      args: [
        arg('script', 'text', 'Script'),
        arg('content', 'textarea', 'Content'),
        arg('opr', 'boolean', 'Open a pull request'),
      ],
    }),
  },
  allowedDownloadHosts: [],
  maxDownloadBytes: DEFAULT_MAX_DOWNLOAD_BYTES,
  statusLabels: false,
};

const forms = new Map<string, IssueFormDefinition>(
  generateForms(manifest).map((file, i) => [
    Object.keys(manifest.scripts)[i],
    parse(file.content, { version: '1.1' }) as IssueFormDefinition,
  ]),
);

function form(name: string): IssueFormDefinition {
  return forms.get(name)!;
}

/** Every result has exactly this shape, whatever the body. */
function expectShape(result: IssueFormResult): void {
  if (result.kind === 'not-a-form') {
    expect(result).toEqual({ kind: 'not-a-form' });
    return;
  }
  expect(result.kind).toBe('form');
  for (const key of Object.keys(result)) {
    expect(['kind', 'script', 'target', 'args', 'openPullRequest', 'problems']).toContain(key);
  }
  expect(typeof result.script).toBe('string');
  expect(typeof result.openPullRequest).toBe('boolean');
  const known = Object.hasOwn(manifest.scripts, result.script) ? manifest.scripts[result.script] : undefined;
  const argNames = known ? known.args.map((a) => a.name) : [];
  for (const [name, value] of Object.entries(result.args)) {
    expect(argNames).toContain(name);
    expect(typeof value).toBe('string');
    expect(value.trim()).not.toBe('');
  }
  if (result.target !== undefined) expect(known?.targets).toContain(result.target);
  expect(Array.isArray(result.problems)).toBe(true);
  for (const p of result.problems) {
    expect(typeof p.message).toBe('string');
    if (p.fix !== undefined) expect(typeof p.fix).toBe('string');
  }
  if (!known) expect(result.problems.length).toBeGreaterThan(0);
}

describe('generate → render → parse', () => {
  it('reads back every field type', () => {
    const body = renderIssueBody(form('every_type'), {
      target: 'Physics (chem)',
      text: 'hello, world',
      area: 'line 1\n\n### Heading\n\n```js\nx = 1\n```\nlast',
      count: '3',
      flag: 'Yes',
      pick: '"None"',
      table: 'a,b\n1,"2, 3"\n',
      upload: '[f.txt](https://github.com/user-attachments/files/1/f.txt)',
      'open-pull-request': 'No',
    });
    expect(body).toContain('### Table\n\na,b\n1,"2, 3"\n');
    expect(parseIssueForm(body, manifest)).toEqual({
      kind: 'form',
      script: 'every_type',
      target: 'chem',
      args: {
        text: 'hello, world',
        area: 'line 1\n\n### Heading\n\n```js\nx = 1\n```\nlast',
        count: '3',
        flag: 'Yes',
        pick: 'None',
        table: 'a,b\n1,"2, 3"',
        upload: '[f.txt](https://github.com/user-attachments/files/1/f.txt)',
      },
      openPullRequest: false,
      problems: [],
    });
  });

  it('reads back a form left at its defaults', () => {
    const body = renderIssueBody(form('every_type'), {});
    expect(body).toContain('### Some text\n\n_No response_');
    expect(parseIssueForm(body, manifest)).toEqual({
      kind: 'form',
      script: 'every_type',
      target: 'phy',
      args: { flag: 'No' },
      openPullRequest: true,
      problems: [],
    });
  });

  it('reads a csv field (a plain textarea, so files can be attached) as a pasted fenced block or a link', () => {
    const table = form('every_type').body.find((e) => e.id === 'table')!;
    expect(table.type).toBe('textarea');
    expect(table.attributes.render).toBeUndefined();
    const csv = 'name,note\n"a, b",### not a heading\nc,"```"';
    const pasted = renderIssueBody(form('every_type'), { table: `\`\`\`\`csv\n${csv}\n\`\`\`\`` });
    const read = parseIssueForm(pasted, manifest);
    expect(read.kind === 'form' && read.args.table).toBe(csv);
    const link = '[people.csv](https://github.com/user-attachments/files/7/people.csv)';
    const attached = renderIssueBody(form('every_type'), { table: link });
    const fromLink = parseIssueForm(attached, manifest);
    expect(fromLink.kind === 'form' && fromLink.args.table).toBe(link);
    expect(fromLink.kind === 'form' && fromLink.problems).toEqual([]);
  });

  it('reads arguments whose titles are the fixed labels by the labels the form gave them', () => {
    const labels = form('clash')
      .body.slice(1)
      .map((e) => e.attributes.label);
    expect(labels).toEqual(['Script', 'Script (script)', 'Content (content)', 'Open a pull request (opr)']);
    const body = renderIssueBody(form('clash'), { 'arg-script': 'x', content: 'y', opr: 'Yes' });
    expect(parseIssueForm(body, manifest)).toEqual({
      kind: 'form',
      script: 'clash',
      args: { script: 'x', content: 'y', opr: 'Yes' },
      openPullRequest: true,
      problems: [],
    });
  });
});

// Characters that make bodies hard to read: Markdown marks, quotes, commas, non-Latin text and emoji.
const tricky = fc.constantFrom(
  'a',
  'x',
  '#',
  '#',
  ' ',
  ' ',
  '`',
  ',',
  '"',
  "'",
  '-',
  '_',
  '*',
  '[',
  ']',
  'é',
  '中',
  '😀',
  '\t',
);
const line = fc.string({ unit: tricky, maxLength: 12 });
const oneLine = line.filter((s) => s.trim() !== '');
const lines = fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n'));

function isWholeFence(value: string): boolean {
  const ls = value.split('\n').filter((l, i, all) => l.trim() !== '' || (i > 0 && i < all.length - 1));
  return (
    ls.length >= 2 && /^ {0,3}(`{3,}|~{3,})/.test(ls[0]) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(ls[ls.length - 1])
  );
}

describe('property: round trip of generated forms', () => {
  const every = manifest.scripts.every_type;
  const fields = formFields(every, manifest);
  const valueArbitrary = fc.record({
    target: fc.constantFrom(...fields[1].options!.map((o) => o.label)),
    text: fc.option(oneLine, { nil: undefined }),
    area: fc.option(lines, { nil: undefined }),
    count: fc.option(oneLine, { nil: undefined }),
    flag: fc.constantFrom('Yes', 'No'),
    pick: fc.option(fc.constantFrom('a, b', '"None"', 'c'), { nil: undefined }),
    table: fc.option(lines, { nil: undefined }),
    upload: fc.option(lines, { nil: undefined }),
    'open-pull-request': fc.constantFrom('Yes', 'No'),
  });

  it('reads back what was filled in', () => {
    fc.assert(
      fc.property(valueArbitrary, (values) => {
        fc.pre(![values.area, values.upload, values.table].some((v) => v !== undefined && isWholeFence(v)));
        const body = renderIssueBody(form('every_type'), values as Record<string, FieldValue>);
        const result = parseIssueForm(body, manifest);
        const expected: Record<string, string> = {};
        const put = (name: string, value: string | undefined) => {
          if (value !== undefined && value.trim() !== '') expected[name] = value;
        };
        put('text', values.text?.trim());
        put('area', values.area?.replace(/^(?:[ \t]*\n)+/, '').trimEnd());
        put('count', values.count?.trim());
        put('flag', values.flag);
        put('pick', values.pick === '"None"' ? 'None' : values.pick);
        put('table', values.table?.replace(/^(?:[ \t]*\n)+/, '').trimEnd());
        put('upload', values.upload?.replace(/^(?:[ \t]*\n)+/, '').trimEnd());
        expect(result).toEqual({
          kind: 'form',
          script: 'every_type',
          target: fields[1].options!.find((o) => o.label === values.target)!.value,
          args: expected,
          openPullRequest: values['open-pull-request'] === 'Yes',
          problems: [],
        });
      }),
      { numRuns: 300 },
    );
  });
});

type Mutation =
  | { kind: 'drop-section'; at: number }
  | { kind: 'duplicate-section'; at: number }
  | { kind: 'swap-sections'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'trailing-spaces'; at: number };

function sections(text: string): string[] {
  return text.split(/\n(?=### )/);
}

function mutate(body: string, mutation: Mutation): string {
  const parts = sections(body);
  const pick = (at: number) => at % Math.max(parts.length, 1);
  const ls = body.split('\n');
  switch (mutation.kind) {
    case 'drop-section':
      parts.splice(pick(mutation.at), 1);
      return parts.join('\n');
    case 'duplicate-section':
      parts.splice(pick(mutation.at), 0, parts[pick(mutation.at)]);
      return parts.join('\n');
    case 'swap-sections': {
      const i = pick(mutation.at);
      const j = pick(mutation.at + 1);
      [parts[i], parts[j]] = [parts[j], parts[i]];
      return parts.join('\n');
    }
    case 'insert':
      ls.splice(mutation.at % (ls.length + 1), 0, mutation.text);
      return ls.join('\n');
    case 'crlf':
      return body.replace(/\n/g, '\r\n');
    case 'trailing-spaces':
      ls[mutation.at % ls.length] += '  \t';
      return ls.join('\n');
  }
}

const labels = [...forms.values()].flatMap((f) =>
  f.body.map((e) => e.attributes.label).filter((l) => l !== undefined),
);
const insertedText = fc.oneof(
  fc.constantFrom(...labels).map((l) => `### ${l}`),
  fc.constantFrom(
    '```',
    '```csv',
    '~~~',
    '<!--',
    '-->',
    '<!-- note -->',
    '_No response_',
    '- [X] Flag',
    '',
    '###',
    '#### Script',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-section' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-section' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-sections' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertedText }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('trailing-spaces' as const), at: fc.nat() }),
);
const renderedBody = fc
  .record({
    script: fc.constantFrom('every_type', 'clash'),
    text: fc.option(fc.string({ unit: 'binary', maxLength: 30 }), { nil: undefined }),
    area: fc.option(lines, { nil: undefined }),
    table: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }),
  })
  .map(({ script: name, ...values }) => ({
    name,
    body: renderIssueBody(form(name), { ...values, 'arg-script': values.text, content: values.area }),
  }));

describe('property: parseIssueForm never throws and always returns the same shape', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: tricky }), fc.constant(null)),
        (body) => {
          expectShape(parseIssueForm(body, manifest));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on generated bodies with random mutations', () => {
    fc.assert(
      fc.property(renderedBody, fc.array(mutation, { maxLength: 6 }), ({ body }, mutations) => {
        const mutated = mutations.reduce(mutate, body);
        expectShape(parseIssueForm(mutated, manifest));
      }),
      { numRuns: 500 },
    );
  });

  it('still reads the script when the mutations leave the Script field alone', () => {
    const keepsScript = mutation.filter(
      (m) => m.kind === 'insert' || m.kind === 'crlf' || m.kind === 'trailing-spaces',
    );
    fc.assert(
      fc.property(renderedBody, fc.array(keepsScript, { maxLength: 6 }), ({ name, body }, mutations) => {
        const [head, ...rest] = body.split('\n\n### ');
        const mutated = `${head}\n\n${mutations.reduce(mutate, `### ${rest.join('\n\n### ')}`)}`;
        const result = parseIssueForm(mutated, manifest);
        expectShape(result);
        expect(result).toMatchObject({ kind: 'form', script: name });
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on long, adversarial bodies', () => {
    const heading = '### Some area\n\n'.repeat(3000);
    const comments = '<!--'.repeat(15000);
    const spaces = `### ${' '.repeat(60000)}x`;
    const fences = '```\n'.repeat(10000);
    const start = Date.now();
    for (const tail of [heading, comments, spaces, fences]) {
      expectShape(parseIssueForm(`### Script\n\nevery_type\n\n${tail}`, manifest));
    }
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
