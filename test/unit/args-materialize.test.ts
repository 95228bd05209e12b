import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkArgs } from '../../src/args/check';
import { DownloadError } from '../../src/args/download';
import { fileNameFor, materializeArgs, type MaterializeContext } from '../../src/args/materialize';
import type { PendingContent } from '../../src/args/types';
import type { ArgSpec, ArgValue } from '../../src/manifest/types';

const csvSpec: ArgSpec = {
  name: 'csv',
  type: 'csv',
  title: 'Image attribution specification',
  required: true,
  columns: ['image_name', 'attribution'],
  header: true,
};
const label = 'Argument "Image attribution specification" (`csv`)';

let dir: string;
const downloads: string[] = [];

function context(files: Record<string, string | Buffer | Error> = {}, maxBytes = 1024): MaterializeContext {
  return {
    dir,
    maxBytes,
    policy: { serverUrl: 'https://github.com', repository: 'o/r', allowedHosts: ['files.example.org'] },
    download: async (url) => {
      downloads.push(url);
      const file = files[url];
      if (file === undefined)
        throw new DownloadError(`Could not download \`${url}\`: 404.`, 'Check the link.', url, 404);
      if (file instanceof Error) throw file;
      return Buffer.isBuffer(file) ? file : Buffer.from(file);
    },
  };
}

async function run(
  specs: ArgSpec[],
  raw: Record<string, string>,
  ctx: MaterializeContext = context(),
): Promise<{
  values: Record<string, ArgValue>;
  problems: { field?: string; message: string; fix?: string }[];
}> {
  const checked = checkArgs(specs, raw);
  expect(checked.problems).toEqual([]);
  return materializeArgs(specs, checked.values, ctx);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'args-materialize-'));
  downloads.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('materializeArgs: csv', () => {
  it('writes inline CSV to <name>.csv and gives its absolute path, other values unchanged', async () => {
    const specs: ArgSpec[] = [{ name: 'n', type: 'number', title: 'n', required: false }, csvSpec];
    const { values, problems } = await run(specs, {
      n: '3',
      csv: '```csv\r\nattribution,image_name\r\n"Smith, J.",a.png\r\n```',
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({ n: 3, csv: path.join(dir, 'csv.csv') });
    expect(path.isAbsolute(values.csv as string)).toBe(true);
    expect(await readFile(values.csv as string, 'utf8')).toBe('attribution,image_name\n"Smith, J.",a.png\n');
  });

  it('strips a byte order mark from what it writes', async () => {
    const url = 'https://github.com/user-attachments/files/1/spec.csv';
    const { values, problems } = await run(
      [csvSpec],
      { csv: url },
      context({ [url]: '\ufeffimage_name,attribution\na,b\n' }),
    );
    expect(problems).toEqual([]);
    expect(await readFile(values.csv as string, 'utf8')).toBe('image_name,attribution\na,b\n');
    expect(downloads).toEqual([url]);
  });

  it('reports a row with the wrong number of fields, with its line', async () => {
    const { values, problems } = await run([csvSpec], { csv: 'image_name,attribution\na,b\nc,d,e\n' });
    expect(values).toEqual({});
    expect(problems).toEqual([
      {
        field: 'csv',
        message: `${label} is not a valid CSV: line 3 has 3 fields, but the first row has 2.`,
        fix: expect.stringContaining('same number of fields'),
      },
    ]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports broken quoting', async () => {
    const unclosed = await run([csvSpec], { csv: 'image_name,attribution\n"a,b\n' });
    expect(unclosed.problems[0]!.message).toContain('a quoted field is never closed');
    const stray = await run([csvSpec], { csv: 'image_name,attribution\na,b"c\n' });
    expect(stray.problems[0]!.message).toContain('line 2 has a quote inside a field that is not in quotes');
  });

  it('reports an empty CSV and a header without rows', async () => {
    const empty = await run([csvSpec], { csv: '```csv\n```' });
    expect(empty.problems.map((p) => p.message)).toEqual([`${label} is an empty CSV.`]);
    const headerOnly = await run([csvSpec], { csv: 'image_name,attribution' });
    expect(headerOnly.problems.map((p) => p.message)).toEqual([
      `${label} has a header row but no data rows.`,
    ]);
  });

  it('lists missing and unexpected columns of the header', async () => {
    const { problems } = await run([csvSpec], { csv: 'image,attribution,notes\na,b,c\n' });
    expect(problems).toEqual([
      {
        field: 'csv',
        message: `${label} does not have the expected header row on line 1: missing \`image_name\`; unexpected \`image\`, \`notes\`.`,
        fix: 'The first row must name the columns `image_name`, `attribution` (in any order), each once.',
      },
    ]);
  });

  it('hints at tab-separated rows', async () => {
    const { problems } = await run([csvSpec], { csv: 'image_name\tattribution\na\tb\n' });
    expect(problems[0]!.fix).toContain('separated by tabs');
  });

  it('checks the column count when there is no header', async () => {
    const spec: ArgSpec = { ...csvSpec, header: false };
    expect((await run([spec], { csv: 'a,b\n' })).problems).toEqual([]);
    expect((await run([spec], { csv: 'a,b,c\n' })).problems[0]!.message).toContain(
      'has 3 columns, but 2 are expected',
    );
  });

  it('accepts any header when no columns are declared', async () => {
    const spec: ArgSpec = { name: 'table', type: 'csv', title: 'table', required: false };
    expect((await run([spec], { table: 'x\n1\n' })).problems).toEqual([]);
  });

  it('rejects CSV that is not UTF-8', async () => {
    const url = 'https://github.com/user-attachments/files/1/spec.csv';
    const latin1 = Buffer.from('image_name,attribution\ncaf\xe9.png,b\n', 'latin1');
    const { problems } = await run([csvSpec], { csv: url }, context({ [url]: latin1 }));
    expect(problems[0]!.message).toBe(`${label} is not UTF-8 text, so it cannot be read as CSV.`);
  });
});

describe('materializeArgs: links and sizes', () => {
  it('refuses a link the policy does not allow, without downloading it', async () => {
    const { problems } = await run([csvSpec], { csv: 'https://evil.com/spec.csv' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(
      `${label}: The link \`https://evil.com/spec.csv\` cannot be downloaded: \`evil.com\` is not a host the dispatcher downloads from.`,
    );
    expect(problems[0]!.fix).toContain('allowed-download-hosts');
    expect(downloads).toEqual([]);
  });

  it('turns a download error into a problem', async () => {
    const url = 'https://github.com/user-attachments/files/1/gone.csv';
    const { problems } = await run([csvSpec], { csv: url });
    expect(problems).toEqual([
      { field: 'csv', message: `${label}: Could not download \`${url}\`: 404.`, fix: 'Check the link.' },
    ]);
  });

  it('lets failures that are not the user’s through', async () => {
    const url = 'https://github.com/user-attachments/files/1/x.csv';
    await expect(run([csvSpec], { csv: url }, context({ [url]: new Error('disk on fire') }))).rejects.toThrow(
      'disk on fire',
    );
  });

  it('caps the size of inline and downloaded content', async () => {
    const big = `image_name,attribution\n${'a,b\n'.repeat(100)}`;
    const inline = await run([csvSpec], { csv: big }, context({}, 100));
    expect(inline.problems[0]!.message).toBe(`${label} is 423 bytes, more than the limit of 100 bytes.`);
    const url = 'https://files.example.org/big.bin';
    const file: ArgSpec = { name: 'data', type: 'file', title: 'data', required: false };
    const downloaded = await run([file], { data: url }, context({ [url]: Buffer.alloc(2048) }, 1024));
    expect(downloaded.problems[0]!.message).toBe('Argument `data` is 2 KiB, more than the limit of 1 KiB.');
  });

  it('reports the problems of every argument at once, in declaration order', async () => {
    const other: ArgSpec = { ...csvSpec, name: 'second', title: 'second' };
    const { problems } = await run([csvSpec, other], {
      csv: 'image_name,attribution\n',
      second: 'https://evil.com/x.csv',
    });
    expect(problems.map((p) => p.field)).toEqual(['csv', 'second']);
  });
});

describe('materializeArgs: file', () => {
  const file: ArgSpec = { name: 'data', type: 'file', title: 'Data', required: false };

  it('writes a downloaded file with the extension of the link', async () => {
    const url = 'https://github.com/o/r/files/7/Report%20Final.JSON';
    const { values, problems } = await run(
      [file],
      { data: `[Report Final.JSON](${url})` },
      context({ [url]: '{"a":1}' }),
    );
    expect(problems).toEqual([]);
    expect(values.data).toBe(path.join(dir, 'data.json'));
    expect(await readFile(values.data as string, 'utf8')).toBe('{"a":1}');
  });

  it('writes inline content with the extension of the fence language, .txt without one', async () => {
    const json = await run([file], { data: '```json\n{"a": 1}\n```' });
    expect(json.values.data).toBe(path.join(dir, 'data.json'));
    expect(await readFile(json.values.data as string, 'utf8')).toBe('{"a": 1}\n');
    const plain = await run([file], { data: 'hello' });
    expect(plain.values.data).toBe(path.join(dir, 'data.txt'));
  });

  it('never takes a file name from the user', () => {
    const spec = { name: 'data', type: 'file' as const };
    const names = [
      'https://github.com/o/r/files/1/..%2F..%2Fetc%2Fpasswd',
      'https://github.com/o/r/files/1/-rf',
      'https://github.com/o/r/files/1/x.%2e%2e',
      'https://github.com/o/r/files/1/x.tar.gz',
      'https://github.com/o/r/files/1/x.c%00sv',
      'https://github.com/o/r/files/1/x.a%2Fb',
    ].map((url) => fileNameFor(spec, { kind: 'url', url }));
    expect(names).toEqual(['data', 'data', 'data', 'data.gz', 'data', 'data']);
    const inline: PendingContent = { kind: 'inline', text: 'x', lang: '../x' };
    expect(fileNameFor(spec, inline)).toBe('data.txt');
    expect(fileNameFor({ name: '../-weird name', type: 'csv' }, inline)).toBe('_-weird_name.csv');
    expect(fileNameFor({ name: '-x', type: 'csv' }, inline)).toBe('x.csv');
  });

  it('reads a local file (CLI) and reports one that is missing', async () => {
    const source = path.join(dir, 'source', 'Input.YAML');
    await mkdir(path.dirname(source));
    await writeFile(source, 'a: 1\n');
    const ctx = { ...context(), dir: path.join(dir, 'out') };
    const checked = checkArgs([file], { data: `@${source}` }, { localFiles: true });
    const { values, problems } = await materializeArgs([file], checked.values, ctx);
    expect(problems).toEqual([]);
    expect(values.data).toBe(path.join(dir, 'out', 'data.yaml'));
    expect(await readFile(values.data as string, 'utf8')).toBe('a: 1\n');
    const missing = await materializeArgs([file], { data: { kind: 'local', path: 'nope.txt' } }, ctx);
    expect(missing.problems[0]!.message).toBe(
      'Argument "Data" (`data`): the file `nope.txt` cannot be read (it does not exist).',
    );
  });

  it('passes values through when there is nothing to write', async () => {
    const { values, problems } = await materializeArgs([file], { other: 'x', n: 2 }, context());
    expect({ values, problems }).toEqual({ values: { other: 'x', n: 2 }, problems: [] });
  });
});
