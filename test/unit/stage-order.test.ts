import { Linter } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import stageOrder from '../../eslint-rules/stage-order.js';
import { PROJECT_ROOT } from '../support/runner';

/** Lints one import line as if it stood in `file` (relative to the project root). */
function lint(file: string, line: string): string[] {
  const linter = new Linter({ cwd: PROJECT_ROOT });
  const messages = linter.verify(
    line,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser as Linter.Parser, sourceType: 'module' },
        plugins: { local: { rules: { 'stage-order': stageOrder } } },
        rules: { 'local/stage-order': 'error' },
      },
    ],
    path.join(PROJECT_ROOT, file),
  );
  return messages.map((m) => m.message);
}

describe('imports point forward', () => {
  test.each([
    ['src/plan/plan.ts', "import { x } from '../manifest/types';"],
    ['src/report/help.ts', "import { x } from '../request/command';"],
    ['src/pipeline/accept.ts', "import { x } from '../plan/plan';"],
    ['src/adapters/github/api.ts', "import { x } from '../../ports';"],
    ['src/action/main.ts', "import { x } from '../adapters/github/api';"],
    ['src/cli/main.ts', "import { x } from '../adapters/local/terminal';"],
    ['src/index.ts', "import { x } from './action/main';"],
    ['src/ports.ts', "import type { x } from './report/types';"],
    ['src/args/check.ts', "import type { x } from '../manifest/types';"],
  ])('%s may import %s', (file, line) => {
    expect(lint(file, line)).toEqual([]);
  });

  test.each([
    ['src/manifest/check.ts', "import { x } from '../plan/placeholders';", 'comes after it'],
    ['src/publish/commit.ts', "import { x } from '../report/types';", 'comes after it'],
    ['src/publish/commit.ts', "import type { x } from '../report/status-comment';", 'comes after it'],
    ['src/report/types.ts', "import type { x } from '../adapters/github/api';", 'comes after it'],
    ['src/execute/run.ts', "import { x } from '../pipeline';", 'comes after it'],
    ['src/report/help.ts', "import { x } from '../adapters/github/api';", 'comes after it'],
    ['src/plan/plan.ts', "import { x } from '../cli/main';", 'comes after it'],
    ['src/cli/commands/run.ts', "import { x } from '../../adapters/github/api';", 'CLI never imports'],
    ['src/adapters/local/x.ts', "import { x } from '../github/api';", 'local adapters never'],
    ['src/action/main.ts', "import { x } from '../cli/main';", 'comes after it'],
    ['src/shared/paths.ts', "import { x } from '../manifest/types';", 'comes after it'],
    ['src/elsewhere/x.ts', "import { x } from '../shared/paths';", 'not in the stage order'],
  ])('%s may not import %s', (file, line, words) => {
    const messages = lint(file, line);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(words);
  });
});
