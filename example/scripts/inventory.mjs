#!/usr/bin/env node
// Lists the files of a folder with their sizes: inventory.json in the output directory.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const flag = process.argv.find((a) => a.startsWith('--folder='));
const folder = flag ? flag.slice('--folder='.length) : 'example/content';
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile()) files.push({ path: relative(folder, full), bytes: statSync(full).size });
  }
};
walk(folder);
files.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(join(process.env.DISPATCH_OUTPUT, 'inventory.json'), JSON.stringify(files, null, 2) + '\n');
const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
writeFileSync(process.env.DISPATCH_RESULT, JSON.stringify({ files: files.length, bytes }));
console.log(`${files.length} files, ${bytes} bytes in ${folder}`);
