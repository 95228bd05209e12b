#!/usr/bin/env node
// Prints the section of one version of CHANGELOG.md (Keep a Changelog: `## [1.2.3] - 2026-11-29`), without
// its heading, for the notes of a GitHub release. Fails, saying why, when the version has no section or an
// empty one.
//
//   node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md]
//   node scripts/changelog-section.mjs v1.2.3
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A version heading: `## [1.2.3] - date`, `## 1.2.3`, `## [Unreleased]`. */
const HEADING = /^##[ \t]+\[?([^\]\s]+)\]?(?:[ \t]+[-–—][ \t]*(.*))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A link reference definition, as Keep a Changelog puts at the end: `[1.2.3]: https://...`. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

export class ChangelogError extends Error {}

/** The version a tag stands for: `v1.2.3` → `1.2.3`. */
export function versionOfTag(tag) {
  const version = String(tag)
    .trim()
    .replace(/^refs\/tags\//, '')
    .replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new ChangelogError(`\`${tag}\` is not a version tag: use vMAJOR.MINOR.PATCH, such as v1.2.3.`);
  }
  return version;
}

/** Every `## ` heading outside fenced blocks: its line index and the version it names. */
function headings(lines) {
  const found = [];
  let fence;
  lines.forEach((line, index) => {
    const open = FENCE.exec(line);
    if (fence) {
      if (
        open &&
        open[1][0] === fence[0] &&
        open[1].length >= fence.length &&
        line.trim() === open[1].trim()
      ) {
        fence = undefined;
      }
      return;
    }
    if (open) {
      fence = open[1];
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) found.push({ index, version: heading[1] });
  });
  return found;
}

/** The text of `version`'s section, trimmed, without the link definitions that end the file. */
export function changelogSection(text, version) {
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  const all = headings(lines);
  const at = all.findIndex((h) => h.version === version);
  if (at < 0) {
    const listed = all.map((h) => h.version);
    const hint = listed.some((v) => v.toLowerCase() === 'unreleased')
      ? ` Move the entries of [Unreleased] under a heading \`## [${version}] - YYYY-MM-DD\` before tagging.`
      : '';
    throw new ChangelogError(
      `CHANGELOG.md has no section for ${version} (it has: ${listed.join(', ') || 'none'}).${hint}`,
    );
  }
  const start = all[at].index + 1;
  const end = at + 1 < all.length ? all[at + 1].index : lines.length;
  const body = lines.slice(start, end);
  while (
    body.length > 0 &&
    (body[body.length - 1].trim() === '' || LINK_DEFINITION.test(body[body.length - 1]))
  ) {
    body.pop();
  }
  while (body.length > 0 && body[0].trim() === '') body.shift();
  if (body.length === 0) {
    throw new ChangelogError(`The section of ${version} in CHANGELOG.md is empty: say what changed.`);
  }
  return `${body.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [tag, file = 'CHANGELOG.md'] = process.argv.slice(2);
  try {
    if (!tag) throw new ChangelogError('Usage: node scripts/changelog-section.mjs VERSION [CHANGELOG.md]');
    process.stdout.write(changelogSection(readFileSync(file, 'utf8'), versionOfTag(tag)));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
