import { z } from 'zod';
import { ImportIssue, RawRow } from '../../../shared/records.js';
import { DateOrder, DecimalSeparator } from '../text';

/** What the readers hand on: every sheet with its rows as read, nothing interpreted yet. */

export const CellRange = z.object({
  s: z.object({ r: z.number().int().min(0), c: z.number().int().min(0) }),
  e: z.object({ r: z.number().int().min(0), c: z.number().int().min(0) }),
});
export type CellRange = z.infer<typeof CellRange>;

export const ParsedSheet = z.object({
  name: z.string(),
  /** rows[0] is spreadsheet row 1, so a row's number is its index + 1; trailing empty rows are dropped. */
  rows: z.array(RawRow),
  rowCount: z.number().int().min(0),
  columnCount: z.number().int().min(0),
  /** Merged ranges (0-based); their cells already hold the merged value. */
  merges: z.array(CellRange),
});
export type ParsedSheet = z.infer<typeof ParsedSheet>;

export const SpreadsheetFormat = z.enum(['xlsx', 'xls', 'ods', 'csv']);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;

export const TextEncoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251']);
export type TextEncoding = z.infer<typeof TextEncoding>;

export const Delimiter = z.enum([',', ';', '\t']);
export type Delimiter = z.infer<typeof Delimiter>;

export const CsvDialect = z.object({ encoding: TextEncoding, delimiter: Delimiter });
export type CsvDialect = z.infer<typeof CsvDialect>;

export const ParsedWorkbook = z.object({
  file: z.string(),
  format: SpreadsheetFormat,
  /** Date serials count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: z.boolean(),
  sheets: z.array(ParsedSheet),
  csv: CsvDialect.optional(),
  /** Remarks about the file as a whole that did not stop the reading (an unclosed quote…). */
  issues: z.array(ImportIssue),
});
export type ParsedWorkbook = z.infer<typeof ParsedWorkbook>;

export const ReadProgress = z.object({
  phase: z.enum(['reading', 'converting', 'scanning', 'mapping']),
  rowsRead: z.number().int().min(0),
  totalRows: z.number().int().min(0).optional(),
  bytesRead: z.number().int().min(0).optional(),
  totalBytes: z.number().int().min(0).optional(),
});
export type ReadProgress = z.infer<typeof ReadProgress>;

/** How one column's text is read, decided per column from its values (see profile-columns). */
export const ColumnFormat = z.object({ dateOrder: DateOrder, decimal: DecimalSeparator });
export type ColumnFormat = z.infer<typeof ColumnFormat>;

export const SheetLayout = z.object({
  /** 0-based index in rows of the (first) header row. */
  headerRowIndex: z.number().int().min(0),
  headerRowCount: z.number().int().min(0).max(2),
  /** One name per column; a two-row header gives "Group — Name". */
  headers: z.array(z.string()),
  /** Spreadsheet row numbers (1-based) of the first and last data rows; last < first when there is no data. */
  firstDataRow: z.number().int().min(1),
  lastDataRow: z.number().int().min(0),
  /** Rows after the data holding only a remark ("Source: …"), by spreadsheet row number. */
  notes: z.array(z.object({ row: z.number().int().min(1), text: z.string() })),
});
export type SheetLayout = z.infer<typeof SheetLayout>;
