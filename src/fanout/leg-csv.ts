import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { legCsvText, type FanOutPlan, type LegPart } from './plan';

/**
 * Writes the csv of leg `part` as its own file in `dir` (`<arg>-leg-<N>.csv`, the header row first) and
 * returns its path: the value the leg passes as the csv argument instead of the whole file.
 */
export async function writeLegCsv(plan: FanOutPlan, part: LegPart, dir: string): Promise<string> {
  if (!plan.csv) throw new Error(`The plan of \`${plan.owner}\` does not split a csv argument.`);
  await mkdir(dir, { recursive: true });
  // The arg name matches the manifest's name pattern (letters, digits, `_`, `-`): a plain file name.
  const file = path.join(dir, `${plan.csv.arg}-leg-${part.leg}.csv`);
  await writeFile(file, legCsvText(plan, part), 'utf8');
  return file;
}
