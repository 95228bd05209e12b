/** Checks the content of a csv argument: valid CSV, not empty, the header the script expects. */
import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../errors';
import type { ArgSpec } from '../manifest/types';
import { accepted, argLabel, code, list } from './messages';

const QUOTING_FIX =
  'Every row needs the same number of fields; a field that holds a comma, a quote or a line break must be in ' +
  'double quotes, with quotes inside doubled (`"say ""hi"""`).';

/** Problems of the CSV text of argument `spec` (BOM allowed, blank lines skipped); empty when it is fine. */
export function checkCsv(spec: ArgSpec, text: string): Problem[] {
  const label = argLabel(spec);
  const problem = (message: string, fix: string): Problem[] => [{ field: spec.name, message, fix }];
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return problem(`${label} is not a valid CSV: ${csvErrorReason(error)}.`, QUOTING_FIX);
  }
  if (records.length === 0) return problem(`${label} is an empty CSV.`, accepted(spec));

  const columns = spec.columns ?? [];
  const header = spec.header ?? columns.length > 0;
  if (!header) {
    if (columns.length > 0 && records[0]!.length !== columns.length) {
      return problem(
        `${label} has ${records[0]!.length} column${records[0]!.length === 1 ? '' : 's'}, but ${columns.length} ` +
          `are expected (${list(columns)}, in that order, without a header row).`,
        accepted(spec),
      );
    }
    return [];
  }

  const found = records[0]!.map((cell) => cell.trim());
  const problems: Problem[] = [];
  if (columns.length > 0) {
    const missing = columns.filter((column) => !found.includes(column));
    const unexpected = found.filter((column) => !columns.includes(column));
    const repeated = found.filter((column, i) => found.indexOf(column) !== i && columns.includes(column));
    if (missing.length > 0 || unexpected.length > 0 || repeated.length > 0) {
      const parts = [
        missing.length > 0 ? `missing ${list(missing)}` : '',
        unexpected.length > 0 ? `unexpected ${list(unexpected.map(shownCell))}` : '',
        repeated.length > 0 ? `repeated ${list([...new Set(repeated)])}` : '',
      ].filter((part) => part !== '');
      const tabs = records[0]!.length === 1 && records[0]![0]!.includes('\t');
      problems.push({
        field: spec.name,
        message: `${label} does not have the expected header row on line 1: ${parts.join('; ')}.`,
        fix:
          `The first row must name the columns ${list(columns)} (in any order), each once.` +
          (tabs
            ? ' The rows look separated by tabs (copied from a spreadsheet?): separate them by commas.'
            : ''),
      });
    }
  }
  if (records.length === 1) {
    problems.push({
      field: spec.name,
      message: `${label} has a header row but no data rows.`,
      fix: 'Add at least one row below the header.',
    });
  }
  return problems;
}

function shownCell(cell: string): string {
  return cell === '' ? '(empty)' : cell;
}

function csvErrorReason(error: unknown): string {
  if (!(error instanceof CsvError)) return error instanceof Error ? error.message : String(error);
  const line = (error as CsvError & { lines?: number }).lines;
  const at = line !== undefined ? `line ${line}` : 'a line';
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const expected = /expect (\d+)/.exec(error.message)?.[1];
      const got = /got (\d+)/.exec(error.message)?.[1];
      return expected && got
        ? `${at} has ${got} field${got === '1' ? '' : 's'}, but the first row has ${expected}`
        : `${at} does not have as many fields as the first row`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted field is never closed (the text ends inside quotes; started at or before ${at})`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${at} has a quote inside a quoted field that is not doubled`;
    case 'INVALID_OPENING_QUOTE':
      return `${at} has a quote inside a field that is not in quotes`;
    default:
      return `${at}: ${code(error.message)}`;
  }
}
