/**
 * Prints the Markdown of a status comment for the README's screenshot (docs/status-comment.png): a finished
 * write run with a pull request, rendered by the real renderer. `node scripts/status-screenshot.mjs` bundles
 * and runs it, converts the Markdown to HTML and takes the picture with headless Chromium.
 */
import { renderStatusComment } from '../src/report/status-comment';
import type { RunReport } from '../src/report/types';

const report: RunReport = {
  job: '12345678901-1',
  phase: 'done',
  status: 'succeeded',
  script: 'image_attribution',
  scriptTitle: 'Image attribution',
  mode: 'write',
  target: 'example',
  targetTitle: 'Example content',
  args: { csv: 'attributions.csv (2 rows)' },
  requester: 'mona',
  issue: 42,
  dryRun: false,
  run: { id: '12345678901', url: 'https://github.com/octo/physics/actions/runs/12345678901' },
  startedAt: '2026-11-29T09:14:03Z',
  durations: { checkout: 2100, run: 4800, upload: 900, publish: 3200, total: 11600 },
  checkout: {
    repository: 'octo/physics-content',
    ref: 'main',
    sha: '4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  },
  exitCode: 0,
  artifact: {
    id: '987654',
    name: 'image_attribution-12345678901-1',
    url: 'https://github.com/octo/physics/actions/runs/12345678901/artifacts/987654',
    files: 1,
    bytes: 2300,
  },
  pullRequests: [
    {
      url: 'https://github.com/octo/physics-content/pull/7',
      number: 7,
      action: 'opened',
      repository: 'octo/physics-content',
    },
  ],
  branch: 'script-dispatcher/image_attribution/12345678901-1',
  changes: {
    count: 2,
    added: 0,
    modified: 2,
    deleted: 0,
    renamed: 0,
    files: [
      { path: 'pages/about.md', status: 'M' },
      { path: 'pages/physics.md', status: 'M' },
    ],
  },
  result: { images: 2, pages: 2 },
};

process.stdout.write(renderStatusComment(report, (text) => text));
