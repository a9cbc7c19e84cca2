import { neutralise } from '../export';

export type CsvCell = string | number | null;

/** A field quoted when RFC 4180 asks for it: a comma, a quote or a line break inside. */
function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF line ends, UTF-8 without a byte-order mark; text that a spreadsheet would run as a formula is neutralised. */
export function writeCsv(header: readonly string[], rows: readonly CsvCell[][]): Buffer {
  return Buffer.from([header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join(''), 'utf8');
}
