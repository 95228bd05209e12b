/**
 * Changed files of a push: a repository of 50,000 files whose push changes 20,000 of them, served over
 * smart HTTP with a token; from a depth-1 clone of the pushed commit (as actions/checkout leaves it),
 * `pushChangedFiles` against what a person would type in the same kind of clone:
 *   git fetch --depth=1 origin <before> && git diff --name-only <before> <after>
 * Each run measures both, each in a fresh clone made untimed beforehand; which goes first alternates.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Trigger } from '../src/manifest/types';
import { routeEvent } from '../src/route/triggers';
import { pushChangedFiles } from '../src/workspace/changed-files';
import { Git } from '../src/workspace/git';
import { startGitHttpServer } from '../test/support/git-server';
import { git as sh } from '../test/support/repos';
import { median, row, type Row } from './stats';

export const CHANGED_FILES_RATIO = {
  name: 'Triggers: changed files of a push (20,000 of 50,000) / git fetch+diff',
  target: '≤ 1.2×',
  unit: 'x',
} as const;

const TOKEN = 'bench-changed-files-token';

/** The name of file `i` of the repository. */
const fileName = (i: number) => `d${String(i % 100).padStart(2, '0')}/f${String(i).padStart(5, '0')}.txt`;

/** One push trigger whose paths only the last changed file matches. */
function lastChangedTrigger(changed: number): { triggers: Trigger[] } {
  const paths = [`**/${fileName(changed - 1).split('/')[1]}`];
  return {
    triggers: [
      { index: 1, on: 'push', branches: ['main'], paths, run: 'x', args: {}, openIssueOnFailure: false },
    ],
  };
}

/** A bare repository with `files` files on `main`, then one commit changing the first `changed`. */
async function makeRepository(
  bare: string,
  files: number,
  changed: number,
): Promise<{ before: string; after: string }> {
  await sh(['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  const out: string[] = [];
  const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  const name = fileName;
  out.push(
    'commit refs/heads/main',
    'mark :1',
    'committer Bench <bench@example.com> 1700000000 +0000',
    blob('before'),
  );
  for (let i = 0; i < files; i += 1) out.push(`M 100644 inline ${name(i)}`, blob(`file ${i}\n`));
  out.push(
    'commit refs/heads/main',
    'mark :2',
    'committer Bench <bench@example.com> 1700000100 +0000',
    blob('after'),
    'from :1',
  );
  for (let i = 0; i < changed; i += 1) out.push(`M 100644 inline ${name(i)}`, blob(`file ${i} changed\n`));
  await sh(['--git-dir', bare, 'fast-import', '--quiet'], { input: `${out.join('\n')}\n` });
  const rev = async (r: string) => (await sh(['--git-dir', bare, 'rev-parse', r])).stdout.trim();
  return { before: await rev('main~1'), after: await rev('main') };
}

/**
 * The ratio of `pushChangedFiles` to the floor, median over `runs` pairs. `files` and `changed` can be
 * made smaller for a quick look.
 */
export async function measureChangedFiles(
  log: (message: string) => void,
  opts: { runs?: number; files?: number; changed?: number } = {},
): Promise<Row> {
  const runs = opts.runs ?? 5;
  const files = opts.files ?? 50_000;
  const changed = opts.changed ?? 20_000;
  const root = await mkdtemp(join(tmpdir(), 'bench-changed-'));
  const server = await startGitHttpServer({ root: join(root, 'srv'), token: TOKEN });
  try {
    log(`changed files: making a repository of ${files} files, ${changed} changed`);
    const { before, after } = await makeRepository(join(root, 'srv', 'o', 'big.git'), files, changed);
    const url = `${server.url}/o/big.git`;
    const auth = await Git.create({ cwd: root, token: TOKEN, serverUrl: server.url });
    let n = 0;
    const clone = async (): Promise<Git> => {
      const dir = join(root, `clone-${(n += 1)}`);
      await sh(['init', '--quiet', dir]);
      const git = auth.at(dir);
      await git.run(['remote', 'add', 'origin', url]);
      await git.run(['fetch', '--no-tags', '--depth=1', '--quiet', 'origin', after]);
      await git.run(['checkout', '--quiet', '--detach', after]);
      return git;
    };
    const floor: number[] = [];
    const ours: number[] = [];
    let counts = '';
    const triggers = lastChangedTrigger(changed);
    for (let i = 0; i < runs; i += 1) {
      const a = await clone();
      const b = await clone();
      const measureFloor = async () => {
        const start = performance.now();
        await a.run(['fetch', '--depth=1', '--quiet', 'origin', before]);
        const names = await a.run(['diff', '--name-only', before, after]);
        floor.push(performance.now() - start);
        return names.stdout.split('\n').filter(Boolean).length;
      };
      const measureOurs = async () => {
        const start = performance.now();
        const git = await Git.create({ cwd: b.cwd, token: TOKEN, serverUrl: server.url });
        const payload = { before, after, forced: false, repository: { default_branch: 'main' } };
        const result = await pushChangedFiles(git, payload, url);
        // Routing: the push trigger's paths against every changed file (the last one matches).
        const routing = routeEvent(triggers, 'push', { ...payload, ref: 'refs/heads/main' }, result.files);
        ours.push(performance.now() - start);
        if (routing.matches.length !== 1) throw new Error('the push trigger did not match');
        return result.files.length;
      };
      // Which goes first alternates, so that neither always meets a warm server.
      let listed: number;
      let floorListed: number;
      if (i % 2 === 0) {
        floorListed = await measureFloor();
        listed = await measureOurs();
      } else {
        listed = await measureOurs();
        floorListed = await measureFloor();
      }
      counts = `${listed} files (git diff: ${floorListed})`;
      log(
        `changed files: run ${i + 1}/${runs}: floor ${floor[i].toFixed(0)} ms, ours ${ours[i].toFixed(0)} ms`,
      );
      await rm(a.cwd, { recursive: true, force: true });
      await rm(b.cwd, { recursive: true, force: true });
    }
    const ratios = ours.map((o, i) => o / floor[i]);
    return row(
      CHANGED_FILES_RATIO.name,
      { text: CHANGED_FILES_RATIO.target, unit: 'x', meets: (m) => m <= 1.2 },
      ratios,
      [
        `ours: median ${median(ours).toFixed(0)} ms; git fetch --depth=1 + diff: median ${median(floor).toFixed(0)} ms`,
        `listed ${counts}`,
      ],
    );
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
