import type { GitHubApi, PullRequest, RepoRef } from '../../src/ports';
import {
  CREATE_ATTEMPTS,
  isLostAnswer,
  MAX_TITLE_CHARS,
  openOrUpdatePullRequest,
  pullRequestTitle,
} from '../../src/publish/pull-request';

interface Stored extends PullRequest {
  title: string;
}

/** Pull requests in memory; `lose` answers the next creates with a 502, before or after making them. */
class LossyPulls {
  prs: Stored[] = [];
  calls: string[] = [];
  lose: Array<'before' | 'after'> = [];

  async findOpenPullRequest(_r: RepoRef, head: string, base: string) {
    this.calls.push('find');
    return this.prs.find((p) => p.head === head && p.base === base);
  }
  async createPullRequest(_r: RepoRef, pr: { title: string; head: string; base: string }) {
    this.calls.push('create');
    const how = this.lose.shift();
    if (how === 'before') throw Object.assign(new Error('Bad Gateway'), { status: 502, name: 'HttpError' });
    const made = { number: this.prs.length + 1, url: `u/${this.prs.length + 1}`, ...pr };
    this.prs.push(made);
    if (how === 'after') throw Object.assign(new Error('Bad Gateway'), { status: 502, name: 'HttpError' });
    return made;
  }
  async updatePullRequest(_r: RepoRef, number: number, pr: { title: string }) {
    this.calls.push('update');
    const found = this.prs.find((p) => p.number === number)!;
    found.title = pr.title;
    return found;
  }
  async addPullRequestLabels() {
    this.calls.push('labels');
  }
}

const repo = { owner: 'o', repo: 'r' };
const open = (api: LossyPulls, title = 'T') =>
  openOrUpdatePullRequest(api as unknown as GitHubApi, {
    repo,
    head: 'script/x',
    base: 'main',
    title,
    body: 'b',
    labels: ['l'],
    draft: false,
  });

describe('a lost answer never loses (or doubles) a pull request', () => {
  test('502 after GitHub created it: found by its head branch, not created again', async () => {
    const api = new LossyPulls();
    api.lose = ['after'];
    const link = await open(api);
    expect(api.prs).toHaveLength(1);
    expect(link).toMatchObject({ number: 1, action: 'opened' });
    expect(api.calls).toEqual(['find', 'create', 'find', 'labels']);
  });

  test('502 before GitHub created it: created on the next try, once', async () => {
    const api = new LossyPulls();
    api.lose = ['before'];
    const link = await open(api);
    expect(api.prs).toHaveLength(1);
    expect(link.number).toBe(1);
    expect(api.calls).toEqual(['find', 'create', 'find', 'create', 'labels']);
  });

  test('every create lost before it happened: the error after CREATE_ATTEMPTS tries', async () => {
    const api = new LossyPulls();
    api.lose = Array(CREATE_ATTEMPTS).fill('before');
    await expect(open(api)).rejects.toThrow('Bad Gateway');
    expect(api.calls.filter((c) => c === 'create')).toHaveLength(CREATE_ATTEMPTS);
  });

  test('a 4xx is not a lost answer; connection errors and 5xx are', () => {
    expect(isLostAnswer({ status: 422 })).toBe(false);
    expect(isLostAnswer({ status: 503 })).toBe(true);
    expect(isLostAnswer({ code: 'ECONNRESET' })).toBe(true);
    expect(isLostAnswer(new TypeError('x'))).toBe(false);
  });
});

describe('a pull request title is one line', () => {
  test('newlines, tabs and escapes become single spaces', () => {
    expect(pullRequestTitle('Fix\nthe\r\n\tpage\u001b[31m now\u2028ok')).toBe('Fix the page [31m now ok');
  });
  test(`capped at ${MAX_TITLE_CHARS} characters, on a code point boundary`, () => {
    const title = pullRequestTitle('😀'.repeat(400));
    expect(Array.from(title)).toHaveLength(MAX_TITLE_CHARS);
    expect(title.endsWith('…')).toBe(true);
  });
  test('the title sent to GitHub is the cleaned one', async () => {
    const api = new LossyPulls();
    await open(api, 'a\nb');
    expect(api.prs[0].title).toBe('a b');
  });
});
