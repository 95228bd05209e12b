/**
 * One end-to-end world: the fake GitHub (REST, web host and git smart HTTP), the artifact backend, a bare
 * content repository, and a workspace holding a manifest and real scripts. Tests run the bundled action in it.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './fake-github';
import { createBareRepo } from './repos';
import { startArtifactService, type ArtifactService } from './results-service';
import { PROJECT_ROOT, runAction, startAction, type ActionRun, type RunActionOptions } from './runner';

export const REPO = 'octo-org/scripts';
export const CONTENT = 'octo-org/content';
export const REQUESTER = 'octocat';

export const CONTENT_FILES: Record<string, string> = {
  'README.md': '# Content\n',
  'pages/about.md': '# About\n\n![Team](../images/team.png)\n',
  'pages/physics.md': '# Forces\n\nSee [about](about.md).\n',
  'images/team.png': 'not really a png\n',
};

export interface World {
  fake: FakeGitHub;
  artifacts: ArtifactService;
  root: string;
  gitRoot: string;
  workspace: string;
  /** Path of the bare content repository. */
  content: string;
  token: string;
  run(opts: Omit<RunActionOptions, 'workspace' | 'github' | 'artifacts'>): Promise<ActionRun>;
  start(opts: Omit<RunActionOptions, 'workspace' | 'github' | 'artifacts'>): ReturnType<typeof startAction>;
  close(): Promise<void>;
}

export interface WorldOptions {
  manifest: string;
  /** More files of the workspace (path → text). */
  files?: Record<string, string>;
  content?: Record<string, string>;
  /** Permission of REQUESTER on REPO (default admin). */
  permission?: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
}

export async function startWorld(opts: WorldOptions): Promise<World> {
  const root = await mkdtemp(join(tmpdir(), 'sd-e2e-'));
  const gitRoot = join(root, 'git');
  const workspace = join(root, 'workspace');
  const content = join(gitRoot, `${CONTENT}.git`);
  await mkdir(join(workspace, '.github'), { recursive: true });
  await writeFile(join(workspace, '.github', 'script-dispatcher.yml'), opts.manifest);
  await cp(join(PROJECT_ROOT, 'test', 'fixtures', 'e2e'), join(workspace, 'scripts'), { recursive: true });
  for (const [file, text] of Object.entries(opts.files ?? {})) {
    await mkdir(join(workspace, file, '..'), { recursive: true });
    await writeFile(join(workspace, file), text);
  }
  await createBareRepo(content, opts.content ?? CONTENT_FILES, { branch: 'main' });

  const fake = await startFakeGitHub({ gitRoot });
  fake.addRepo(REPO);
  fake.addRepo(CONTENT);
  if (opts.permission !== 'none') fake.setPermission(REPO, REQUESTER, opts.permission ?? 'admin');
  const artifacts = await startArtifactService();
  const common = { workspace, github: fake, artifacts };
  return {
    fake,
    artifacts,
    root,
    gitRoot,
    workspace,
    content,
    token: fake.token,
    run: (o) => runAction({ ...common, repository: REPO, actor: REQUESTER, ...o }),
    start: (o) => startAction({ ...common, repository: REPO, actor: REQUESTER, ...o }),
    close: async () => {
      await Promise.all([fake.close(), artifacts.close()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Everything the world let out where people can read it: the log, the summary, the outputs. */
export function visibleText(run: ActionRun): string {
  // `::add-mask::` is the command that tells the runner what to hide; it is consumed, never displayed.
  const log = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  return [log(run.stdout), log(run.stderr), run.summary, JSON.stringify(run.outputs)].join('\n');
}
