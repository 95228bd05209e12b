/**
 * What the fake GitHub knows: repositories with their issues, comments, labels, pull requests, collaborators
 * and workflow runs; team memberships; and, when given a directory of bare repositories, the branches.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  now,
  type FakeIssue,
  type FakeLabel,
  type FakePull,
  type FakeRepo,
  type FakeUser,
  type Hosts,
} from './github-json';

const execFileAsync = promisify(execFile);

export const lc = (s: string) => s.toLowerCase();

export interface TeamMembership {
  role: 'member' | 'maintainer';
  state: 'active' | 'pending';
}

export class FakeState {
  /** Set once the server listens. */
  hosts: Hosts = { api: '', web: '' };
  readonly repos = new Map<string, FakeRepo>();
  /** `org/team-slug` (lower case) → login (lower case) → membership. */
  readonly teams = new Map<string, Map<string, TeamMembership>>();
  readonly cancelHandlers = new Map<number, () => void>();
  readonly cancelledRuns: Array<{ repo: string; runId: number }> = [];
  // Realistic magnitudes: comment ids no longer fit in 32 bits.
  readonly ids = {
    comment: 2_400_000_000,
    reaction: 310_000_000,
    label: 7_000_000_000,
    issue: 3_000_000_000,
    pull: 2_000_000_000,
    repo: 800_000_000,
    attachment: 40_000_000,
  };

  constructor(readonly gitRoot?: string) {}

  nextId(kind: keyof FakeState['ids']): number {
    return ++this.ids[kind];
  }

  findRepo(fullName: string): FakeRepo | undefined {
    return this.repos.get(lc(fullName));
  }

  mustRepo(fullName: string): FakeRepo {
    const r = this.findRepo(fullName);
    if (!r) throw new Error(`fake GitHub: no repository ${fullName} (seed it with addRepo)`);
    return r;
  }

  /** The repository's label, created (like GitHub does when one is added to an issue) if missing. */
  ensureLabel(r: FakeRepo, name: string, color = 'ededed', description: string | null = null): FakeLabel {
    let label = r.labels.get(lc(name));
    if (!label) {
      label = { id: this.nextId('label'), name, color, description };
      r.labels.set(lc(name), label);
    }
    return label;
  }

  newIssue(r: FakeRepo, number: number, fields: Partial<FakeIssue> & { user: FakeUser }): FakeIssue {
    const t = now();
    const issue: FakeIssue = {
      number,
      id: this.nextId('issue'),
      title: fields.title ?? `Issue ${number}`,
      body: fields.body ?? null,
      user: fields.user,
      labels: [],
      state: fields.state ?? 'open',
      createdAt: t,
      updatedAt: t,
      closedAt: fields.state === 'closed' ? t : null,
      reactions: [],
      isPullRequest: fields.isPullRequest ?? false,
    };
    for (const l of fields.labels ?? []) issue.labels.push(this.ensureLabel(r, l).name);
    r.issues.set(number, issue);
    r.nextNumber = Math.max(r.nextNumber, number + 1);
    return issue;
  }

  /** The bare repository behind `r`, when a git root was given and holds it. */
  bareDir(r: FakeRepo): string | undefined {
    if (!this.gitRoot) return undefined;
    for (const candidate of [`${r.fullName}.git`, r.fullName]) {
      const dir = join(this.gitRoot, candidate);
      if (existsSync(dir)) return dir;
    }
    return undefined;
  }

  async branchSha(dir: string, branch: string): Promise<string | undefined> {
    try {
      const { stdout } = await execFileAsync('git', [
        '--git-dir',
        dir,
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/heads/${branch}^{commit}`,
      ]);
      return stdout.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Commits on `head` that are not on `base`. */
  async commitsBetween(dir: string, base: string, head: string): Promise<number> {
    const { stdout } = await execFileAsync('git', [
      '--git-dir',
      dir,
      'rev-list',
      '--count',
      `${base}..${head}`,
    ]);
    return Number(stdout.trim());
  }

  /** Head and base shas from the bare repository, when there is one. */
  async refreshPullShas(r: FakeRepo, p: FakePull): Promise<void> {
    const dir = this.bareDir(r);
    if (!dir) return;
    p.headSha = (await this.branchSha(dir, p.head)) ?? p.headSha;
    p.baseSha = (await this.branchSha(dir, p.base)) ?? p.baseSha;
  }
}
