/** What the bundles hold: the CLI loads nothing of the GitHub adapters (artifacts, Azure, octokit). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/runner';

test('dist/cli/ holds no chunk of @actions/artifact, Azure storage or octokit', () => {
  const dir = join(PROJECT_ROOT, 'dist', 'cli');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text).not.toMatch(/@actions\/artifact|@azure\/storage-blob|@octokit\/(core|rest|request)/);
  }
});

test('the action bundle does hold them (the check above can fail)', () => {
  const dir = join(PROJECT_ROOT, 'dist');
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  expect(text).toMatch(/@octokit\/(core|rest|request)/);
});
