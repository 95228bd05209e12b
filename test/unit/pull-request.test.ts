import type { GitHubApi, PullRequest, RepoRef } from '../../src/ports';
import {
  compareUrl,
  isAlreadyExists,
  MAX_BODY_CHARS,
  openOrUpdatePullRequest,
  renderPullRequestBody,
} from '../../src/publish/pull-request';
import type { ChangeSummary } from '../../src/publish/types';

interface StoredPr extends PullRequest {
  title: string;
  body: string;
  draft: boolean;
  open: boolean;
  labels: string[];
}

/** Pull requests of one repository, in memory; only the calls pull requests need. */
class FakePulls implements Pick<
  GitHubApi,
  'findOpenPullRequest' | 'createPullRequest' | 'updatePullRequest' | 'addPullRequestLabels'
> {
  prs: StoredPr[] = [];
  calls: string[] = [];
  /** Another run opens the same pull request right before our create. */
  raceOnCreate = false;

  async findOpenPullRequest(_repo: RepoRef, head: string, base: string): Promise<PullRequest | undefined> {
    this.calls.push('find');
    return this.prs.find((p) => p.open && p.head === head && p.base === base);
  }

  async createPullRequest(
    _repo: RepoRef,
    pr: { title: string; body: string; head: string; base: string; draft: boolean },
  ): Promise<PullRequest> {
    this.calls.push('create');
    if (this.raceOnCreate) {
      this.raceOnCreate = false;
      this.add({ ...pr, title: 'theirs', body: 'theirs', draft: false });
    }
    if (this.prs.some((p) => p.open && p.head === pr.head && p.base === pr.base)) {
      throw Object.assign(new Error('Validation Failed'), {
        status: 422,
        response: { data: { errors: [{ message: `A pull request already exists for octo:${pr.head}.` }] } },
      });
    }
    return this.add(pr);
  }

  async updatePullRequest(_repo: RepoRef, number: number, pr: { title: string; body: string }) {
    this.calls.push('update');
    const found = this.prs.find((p) => p.number === number)!;
    Object.assign(found, pr);
    return found;
  }

  async addPullRequestLabels(_repo: RepoRef, number: number, labels: string[]) {
    this.calls.push(`labels:${labels.join(',')}`);
    this.prs.find((p) => p.number === number)!.labels.push(...labels);
  }

  private add(pr: { title: string; body: string; head: string; base: string; draft: boolean }): StoredPr {
    const number = this.prs.length + 1;
    const stored = {
      ...pr,
      number,
      url: `https://github.com/octo/content/pull/${number}`,
      open: true,
      labels: [],
    };
    this.prs.push(stored);
    return stored;
  }
}

const api = (fake: FakePulls) => fake as unknown as GitHubApi;
const repo = { owner: 'octo', repo: 'content' };
const opts = {
  repo,
  head: 'script-dispatcher/fix/issue-3',
  base: 'main',
  title: 'Fix links (#3)',
  body: 'body',
  labels: ['automated'],
  draft: false,
};

describe('openOrUpdatePullRequest', () => {
  it('opens a pull request when none is open, and labels it', async () => {
    const fake = new FakePulls();
    const link = await openOrUpdatePullRequest(api(fake), opts);
    expect(link).toEqual({
      url: 'https://github.com/octo/content/pull/1',
      number: 1,
      action: 'opened',
      repository: 'octo/content',
    });
    expect(fake.prs[0]).toMatchObject({ title: 'Fix links (#3)', draft: false, labels: ['automated'] });
  });

  it('updates the open pull request of the same branch instead of opening another', async () => {
    const fake = new FakePulls();
    await openOrUpdatePullRequest(api(fake), opts);
    const link = await openOrUpdatePullRequest(api(fake), { ...opts, title: 'New title', body: 'new body' });
    expect(link.action).toBe('updated');
    expect(link.number).toBe(1);
    expect(fake.prs).toHaveLength(1);
    expect(fake.prs[0]).toMatchObject({ title: 'New title', body: 'new body' });
  });

  it('opens a new one when the old one was closed', async () => {
    const fake = new FakePulls();
    await openOrUpdatePullRequest(api(fake), opts);
    fake.prs[0].open = false;
    expect((await openOrUpdatePullRequest(api(fake), opts)).number).toBe(2);
  });

  it('updates the pull request another run opened meanwhile (422 already exists)', async () => {
    const fake = new FakePulls();
    fake.raceOnCreate = true;
    const link = await openOrUpdatePullRequest(api(fake), { ...opts, labels: [] });
    expect(link).toMatchObject({ action: 'updated', number: 1 });
    expect(fake.prs).toHaveLength(1);
    expect(fake.prs[0].title).toBe('Fix links (#3)');
    expect(fake.calls).toEqual(['find', 'create', 'find', 'update']);
  });

  it('passes other errors on', async () => {
    const fake = new FakePulls();
    fake.createPullRequest = async () => {
      throw Object.assign(new Error('Validation Failed: No commits between main and x'), { status: 422 });
    };
    await expect(openOrUpdatePullRequest(api(fake), opts)).rejects.toThrow(/No commits/);
  });

  it('recognizes the "already exists" error', () => {
    expect(isAlreadyExists({ status: 422, message: 'A pull request already exists for a:b.' })).toBe(true);
    expect(isAlreadyExists({ status: 500, message: 'A pull request already exists' })).toBe(false);
    expect(isAlreadyExists(null)).toBe(false);
  });
});

const summary = (files: { status: string; path: string }[]): ChangeSummary => ({
  count: files.length,
  added: files.filter((f) => f.status === 'A').length,
  modified: files.filter((f) => f.status === 'M').length,
  deleted: files.filter((f) => f.status === 'D').length,
  renamed: files.filter((f) => f.status === 'R').length,
  files: files.slice(0, 50),
});

describe('renderPullRequestBody', () => {
  const base = {
    issueUrl: 'https://github.com/octo/scripts/issues/3',
    runUrl: 'https://github.com/octo/scripts/actions/runs/99',
    artifactUrl: 'https://github.com/octo/scripts/actions/runs/99/artifacts/5',
    script: 'fix_links',
    job: '99-1',
  };

  it('links the issue, the run and the artifact, shows the arguments and lists a few files', () => {
    const files = [
      { status: 'M', path: 'a.md' },
      { status: 'A', path: 'b `c`.md' },
    ];
    const body = renderPullRequestBody({
      ...base,
      args: { eps: '/a|b;/c', count: 3, flag: true, empty: '' },
      changes: summary(files),
      allFiles: files,
    });
    expect(body).toContain('[the issue](https://github.com/octo/scripts/issues/3)');
    expect(body).toContain('(https://github.com/octo/scripts/actions/runs/99)');
    expect(body).toContain('(https://github.com/octo/scripts/actions/runs/99/artifacts/5)');
    expect(body).toContain('| `eps` | `/a\\|b;/c` |');
    expect(body).toContain('| `count` | `3` |');
    expect(body).toContain('| `empty` | _empty_ |');
    expect(body).toContain('- `a.md` modified');
    expect(body).toContain('- ``b `c`.md`` added');
  });

  it('escapes and truncates argument values so that the table holds', () => {
    const body = renderPullRequestBody({
      ...base,
      args: { evil: 'line1\nline2 | <script>alert(1)</script> ' + 'x'.repeat(1000) },
      changes: summary([]),
    });
    const row = body.split('\n').find((l) => l.startsWith('| `evil`'))!;
    expect(row).toBeDefined();
    expect(row.length).toBeLessThan(260);
    expect(row).not.toContain('line1\nline2');
    expect(row).toContain('\\|');
    expect(row).toContain('…');
  });

  it('summarises many files with counts and the first 100', () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ status: i % 2 ? 'M' : 'A', path: `f${i}.md` }));
    const body = renderPullRequestBody({ ...base, args: {}, changes: summary(files), allFiles: files });
    expect(body).toContain('**Changed files:** 250 (125 added, 125 modified)');
    expect(body).toContain('- `f99.md`');
    expect(body).not.toContain('- `f100.md`');
    expect(body).toContain('and 150 more');
  });

  it('never exceeds 65,536 characters, even with 20,000 files with 200-character names', () => {
    const files = Array.from({ length: 20000 }, (_, i) => ({
      status: 'M',
      path: `${String(i).padStart(5, '0')}/${'n'.repeat(194)}`,
    }));
    const body = renderPullRequestBody({
      ...base,
      args: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`arg${i}`, 'v'.repeat(5000)])),
      changes: summary(files),
      allFiles: files,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body).toContain('**Changed files:** 20000');
  });

  it('stays under the limit with huge names, script and job too', () => {
    const files = Array.from({ length: 100 }, () => ({ status: 'A', path: 'p'.repeat(100000) }));
    const body = renderPullRequestBody({
      ...base,
      script: 's'.repeat(100000),
      job: 'j'.repeat(100000),
      args: { ['k'.repeat(100000)]: 'v'.repeat(100000) },
      changes: summary(files),
      allFiles: files,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });

  it('lists from changes.files when all files are not given', () => {
    const files = Array.from({ length: 80 }, (_, i) => ({ status: 'D', path: `d${i}` }));
    const body = renderPullRequestBody({ ...base, args: {}, changes: summary(files) });
    expect(body).toContain('- `d49` deleted');
    expect(body).toContain('and 30 more');
  });

  it('leaves out links that are not web links', () => {
    const body = renderPullRequestBody({
      ...base,
      issueUrl: 'javascript:alert(1)',
      args: {},
      changes: summary([]),
    });
    expect(body).not.toContain('javascript:');
  });
});

describe('compareUrl', () => {
  it('builds the compare view of the branch', () => {
    expect(compareUrl('https://github.com/', repo, 'main', 'script-dispatcher/fix/issue-3')).toBe(
      'https://github.com/octo/content/compare/main...script-dispatcher/fix/issue-3',
    );
    expect(compareUrl('https://ghe.example.com', 'a/b', 'release#1', 'x y')).toBe(
      'https://ghe.example.com/a/b/compare/release%231...x%20y',
    );
  });
});
