/**
 * `_dispatch/` in the artifact is the dispatcher's: the run record and the whole log. A script that wrote
 * there itself keeps its files under another name (`_dispatch.script/`), with a warning.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exists } from '../shared/paths';

export const DISPATCH_DIR = '_dispatch';
export const RECORD_FILE = `${DISPATCH_DIR}/record.json`;
export const LOG_FILE = `${DISPATCH_DIR}/log.txt`;

/** True for a path (relative, with `/`) inside the reserved folder. */
export function isReserved(relative: string): boolean {
  return relative === DISPATCH_DIR || relative.startsWith(`${DISPATCH_DIR}/`);
}

/**
 * Moves what the script wrote at `<outputDir>/_dispatch` (a folder, a file or a link; links are moved, never
 * followed) to `_dispatch.script` (or `_dispatch.script-2`, ... when that is taken), and warns. Returns the
 * new name, relative to `outputDir`, or undefined when there was nothing to move.
 */
export async function reserveDispatchFolder(
  outputDir: string,
  warn: (line: string) => void,
): Promise<string | undefined> {
  const reserved = path.join(outputDir, DISPATCH_DIR);
  if (!(await exists(reserved))) return undefined;
  let name = `${DISPATCH_DIR}.script`;
  for (let n = 2; await exists(path.join(outputDir, name)); n++) name = `${DISPATCH_DIR}.script-${n}`;
  await rename(reserved, path.join(outputDir, name));
  warn(
    `The script wrote to \`${DISPATCH_DIR}/\` in its output directory, which is reserved for the run record and the log: its files are kept under \`${name}/\` in the artifact. Write elsewhere to keep their names.`,
  );
  return name;
}

/**
 * Writes `_dispatch/record.json` (the record, as indented JSON) and `_dispatch/log.txt` (a copy of
 * `logFile`, the whole masked log; an empty file when there is none) under `outputDir`, in a fresh folder.
 * Call `reserveDispatchFolder` first (before the outputs are hashed for the record); this calls it again
 * for anything written there since, so nothing of the script's is overwritten or followed.
 */
export async function writeDispatchFiles(
  outputDir: string,
  record: unknown,
  logFile: string | undefined,
  warn: (line: string) => void,
): Promise<{ record: string; log: string }> {
  await reserveDispatchFolder(outputDir, warn);
  const dir = path.join(outputDir, DISPATCH_DIR);
  await mkdir(dir);
  const recordPath = path.join(dir, 'record.json');
  const logPath = path.join(dir, 'log.txt');
  await writeFile(recordPath, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
  if (logFile) await copyFile(logFile, logPath, constants.COPYFILE_EXCL);
  else await writeFile(logPath, '', { flag: 'wx' });
  return { record: recordPath, log: logPath };
}
