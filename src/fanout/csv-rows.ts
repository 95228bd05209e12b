/**
 * The records of a CSV text as they are written, for splitting it into legs: each record's exact text
 * (quotes, commas and line breaks inside quoted fields kept), so a leg's file holds the very rows of the
 * original. The text has already been checked as CSV (src/args/csv.ts, with csv-parse) when the request was
 * accepted; this only finds where records end, in one pass, so planning 100,000 rows stays far under a
 * second (a full parse of that many rows takes about as long as the whole budget).
 */

export interface CsvRecords {
  /** Every non-empty record, without its line terminator, in order. */
  records: string[];
  /** The first line terminator of the text (`\r\n`, `\n` or `\r`); `\n` when there is none. */
  eol: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Splits `text` into records: line breaks inside double-quoted fields stay in their record; blank lines are skipped; a BOM is dropped. */
export function csvRecords(text: string): CsvRecords {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const records: string[] = [];
  let eol: string | undefined;
  let inQuotes = false;
  let recordStart = start;
  const end = text.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // A doubled quote inside a quoted field toggles twice: still inside.
      inQuotes = !inQuotes;
    } else if (!inQuotes && (c === LF || c === CR)) {
      const crlf = c === CR && text.charCodeAt(i + 1) === LF;
      eol ??= crlf ? '\r\n' : c === CR ? '\r' : '\n';
      if (i > recordStart) records.push(text.slice(recordStart, i));
      if (crlf) i++;
      recordStart = i + 1;
    }
  }
  if (end > recordStart) records.push(text.slice(recordStart, end));
  return { records, eol: eol ?? '\n' };
}
