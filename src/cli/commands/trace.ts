import { stat } from 'node:fs/promises';
import { renderTrace, traceFile } from '../../report/trace';
import { errorMessage } from '../../shared/markdown';
import { UsageError } from '../usage';

/**
 * `trace FILE [RECORD ...]`: which run produced FILE, from run records, folders holding them (the CLI's
 * output folders, unpacked artifacts) or downloaded artifact zips; the current directory when none is given.
 * Exit code 0 when a run was found, 1 when none was.
 */
export async function traceCommand(args: string[]): Promise<number> {
  const [file, ...sources] = args;
  if (!file)
    throw new UsageError('`trace` needs the file to trace: `script-dispatcher trace FILE [RECORD ...]`.');
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('it is not a file');
  } catch (error) {
    process.stderr.write(
      `Cannot trace \`${file}\`: ${errorMessage(error)}. Give the path of a file a run produced.\n`,
    );
    return 2;
  }
  const result = await traceFile(file, sources.length > 0 ? sources : ['.']);
  process.stdout.write(`${renderTrace(result)}\n`);
  return result.matches.length > 0 ? 0 : 1;
}
