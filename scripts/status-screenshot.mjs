// Renders the README's picture of a status comment (docs/status-comment.png) from the real renderer:
// bundles bench/status-comment-sample.ts, runs it for the Markdown, converts that to HTML
// with `marked` (give its folder with MARKED_DIR; it is not a dependency of the project) and takes a PNG
// with headless Chromium (CHROMIUM, default `chromium`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const work = mkdtempSync(path.join(tmpdir(), 'status-shot-'));
try {
  execFileSync(process.execPath, [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'bench/status-comment-sample.ts',
    '-o',
    work,
    '--quiet',
  ]);
  writeFileSync(path.join(work, 'package.json'), '{"type":"module"}\n');
  const markdown = execFileSync(process.execPath, [path.join(work, 'index.js')], { encoding: 'utf8' });
  const markedDir = process.env.MARKED_DIR ?? 'node_modules/marked';
  const { marked } = await import(pathToFileURL(path.resolve(markedDir, 'lib', 'marked.esm.js')).href);
  const body = marked.parse(markdown, { gfm: true });
  const html = `<!doctype html><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328;
  margin: 0; padding: 16px; background: #fff; width: 760px; }
.comment { border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.head b { color: #1f2328; }
.body { padding: 4px 16px 8px; }
h1, h2, h3 { font-size: 18px; margin: 12px 0 8px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 12px; text-align: left; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 85%; }
a { color: #0969da; text-decoration: none; }
details { margin: 8px 0; } summary { cursor: pointer; }
</style><div class="comment"><div class="head"><b>github-actions</b> <span>bot</span> commented</div>
<div class="body">${body}</div></div>`;
  const page = path.join(work, 'comment.html');
  writeFileSync(page, html);
  execFileSync(
    process.env.CHROMIUM ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--window-size=792,690',
      `--screenshot=${path.join(root, 'docs', 'status-comment.png')}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'inherit' },
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
