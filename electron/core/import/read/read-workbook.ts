import * as XLSX from '@e965/xlsx';
import type { ImportIssue, RawCell, RawRow } from '../../../../shared/records.js';
import { guardWorkbookBytes, refuseTooManyCells, resolveLimits, type ImportLimits, type WorkbookContainer } from './guard-file.js';
import { ImportRefusal, issue, refuse } from '../import-issue.js';
import type { CellRange, ParsedSheet, ParsedWorkbook, ReadProgress, SpreadsheetFormat } from '../sheet-model.js';

export interface ReadWorkbookOptions {
  /** The name shown in errors, and whose extension says the format. */
  file: string;
  format: Exclude<SpreadsheetFormat, 'csv'>;
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ReadProgress) => void;
}

// Dense rows, no formatted text and no formulas: the cached values are all we keep, and skipping
// the rest is what makes our read faster than SheetJS's defaults. cellNF keeps the number format,
// the only way to tell a date serial from a number. See sheetjsOptions for the exceptions.
const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
};

const PROGRESS_EVERY_ROWS = 10_000;

/**
 * A formula saved without its result comes out of SheetJS only as a stub holding the formula, and
 * only when asked for formulas and stubs, which costs time: asked only of files that hold formulas.
 * Text in an HTML table is kept as written (raw): SheetJS would read "05/03/2024" month-first and
 * "1,5" as 15 before the app's own per-column detection could see them.
 */
function sheetjsOptions(container: WorkbookContainer): XLSX.ParsingOptions {
  if (container.kind === 'zip' && container.hasFormulas) return { ...SHEETJS_OPTIONS, cellFormula: true, sheetStubs: true };
  if (container.kind === 'markup' && container.html) return { ...SHEETJS_OPTIONS, raw: true };
  return SHEETJS_OPTIONS;
}

/** Reads an xlsx, xls or ods file's bytes into sheets of raw cells. Throws ImportRefusal, never a library's own error. */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions): Promise<ParsedWorkbook> {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const container = await guardWorkbookBytes(bytes, file, limits);
  options.onProgress?.({ phase: 'reading', rowsRead: 0 });
  try {
    return convertWorkbook(parseWithSheetjs(bytes, file, container), options, limits);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    refuseUnreadable(file);
  }
}

function parseWithSheetjs(bytes: Uint8Array, file: string, container: WorkbookContainer): XLSX.WorkBook {
  try {
    return XLSX.read(bytes, sheetjsOptions(container));
  } catch (error) {
    if (/password|encrypt/i.test((error as Error).message)) {
      refuse('password-protected', `"${file}" is password-protected. Remove the password in Excel or LibreOffice and import it again.`, { file }, { file });
    }
    refuseUnreadable(file);
  }
}

/** The library's own words (a TypeError from a cut file…) help nobody: the person learns what to do. */
function refuseUnreadable(file: string): never {
  refuse(
    'corrupt-file',
    `"${file}" is damaged or not in a form this app can read. Open it in Excel or LibreOffice, which may repair it, save it as .xlsx, and import that copy.`,
    { file },
    { file },
    'corrupt-file.unreadable',
  );
}

function convertWorkbook(workbook: XLSX.WorkBook, options: ReadWorkbookOptions, limits: ImportLimits): ParsedWorkbook {
  const { file } = options;
  const totalRows = workbook.SheetNames.reduce((sum, name) => sum + (workbook.Sheets[name]?.['!data']?.length ?? 0), 0);
  const counter = { cells: 0, rows: 0, limit: limits.maxCells, file, totalRows, onProgress: options.onProgress };
  const issues: ImportIssue[] = [];
  const sheets: ParsedSheet[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) issues.push(unreadableSheet(file, name));
    sheets.push(convertSheet(name, sheet, counter));
  }
  refuseWhenEmpty(file, sheets, issues);
  return { file, format: options.format, date1904: Boolean(workbook.Workbook?.WBProps?.date1904), sheets, issues };
}

function unreadableSheet(file: string, sheet: string): ImportIssue {
  return issue(
    'corrupt-file',
    `Sheet "${sheet}" of "${file}" could not be read: its data is missing or damaged, so it shows as empty. The other sheets were read.`,
    { file, sheet },
    { file, sheet },
    'corrupt-file.sheet',
  );
}

/** A workbook with no value anywhere is refused here, with what was found, rather than by the mapping later. */
function refuseWhenEmpty(file: string, sheets: readonly ParsedSheet[], issues: readonly ImportIssue[]): void {
  if (sheets.some((sheet) => sheet.rowCount > 0)) return;
  if (issues.length > 0) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    refuse('corrupt-file', `"${file}" is damaged: none of its sheets could be read (${names}).`, { file }, { file, sheets: names }, 'corrupt-file.no-sheet-read');
  }
  const named = sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  const which = sheets.length === 0 ? 'it has no sheet' : sheets.length === 1 ? `its only sheet, ${named}, is empty` : `its sheets ${named} are all empty`;
  const detail = sheets.length === 0 ? 'empty-file.no-sheet' : sheets.length === 1 ? 'empty-file.only-sheet-empty' : 'empty-file.all-sheets-empty';
  refuse('empty-file', `"${file}" holds no values: ${which}.`, { file }, { file, sheets: named }, detail);
}

interface ConversionCounter {
  cells: number;
  rows: number;
  readonly limit: number;
  readonly file: string;
  readonly totalRows: number;
  readonly onProgress: ((progress: ReadProgress) => void) | undefined;
}

function convertSheet(name: string, sheet: XLSX.WorkSheet | undefined, counter: ConversionCounter): ParsedSheet {
  const data = (sheet?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: RawRow[] = new Array(data.length);
  let columnCount = 0;
  for (let r = 0; r < data.length; r++) {
    const row = convertRow(data[r], counter);
    rows[r] = row;
    if (row.length > columnCount) columnCount = row.length;
    if (++counter.rows % PROGRESS_EVERY_ROWS === 0) {
      counter.onProgress?.({ phase: 'converting', rowsRead: counter.rows, totalRows: counter.totalRows });
    }
  }
  const merges = (sheet?.['!merges'] ?? []).map((range): CellRange => ({ s: { ...range.s }, e: { ...range.e } }));
  expandMerges(rows, merges, columnCount, counter);
  if (counter.cells > counter.limit) refuseTooManyCells(counter.file, counter.limit);
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return { name, rows, rowCount: rows.length, columnCount, merges };
}

function convertRow(source: XLSX.CellObject[] | undefined, counter: ConversionCounter): RawRow {
  if (!source) return [];
  const row: RawRow = new Array(source.length).fill(null);
  let last = -1;
  for (let c = 0; c < source.length; c++) {
    const cell = source[c];
    if (!cell) continue;
    if (cell.t === 'z') {
      if (cell.f === undefined) continue;
      row[c] = { value: `=${cell.f}`, type: 's', uncalculated: true };
    } else if (cell.v === undefined || cell.v === '') continue;
    else row[c] = convertCell(cell);
    last = c;
  }
  counter.cells += last + 1;
  if (counter.cells > counter.limit) refuseTooManyCells(counter.file, counter.limit);
  row.length = last + 1;
  return row;
}

const dateFormats = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = XLSX.SSF.is_date(format) === true;
    dateFormats.set(format, known);
  }
  return known;
}

/** SheetJS keeps error cells as their BIFF code; people know them by their text. */
const ERROR_TEXTS = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

function convertCell(cell: XLSX.CellObject): RawCell {
  const type = cell.t;
  let value: RawCell['value'];
  if (type === 'e') value = ERROR_TEXTS.get(cell.v as number) ?? String(cell.w ?? cell.v);
  else if (cell.v instanceof Date) value = cell.v.toISOString();
  else value = cell.v as string | number | boolean;
  const raw: RawCell = { value, type };
  const target = cell.l?.Target;
  if (target) raw.link = target;
  // Kept only when it changes what the number means: a date serial, or a fraction shown as a percentage.
  if (type === 'n' && typeof cell.z === 'string' && (isDateFormat(cell.z) || cell.z.includes('%'))) raw.format = cell.z;
  return raw;
}

/** Every cell a merge covers gets the merged value, so a group label is seen above each of its columns. */
function expandMerges(rows: RawRow[], merges: readonly CellRange[], columnCount: number, counter: ConversionCounter): void {
  for (const { s, e } of merges) {
    const value = rows[s.r]?.[s.c];
    if (!value) continue;
    // A merge may be declared over a whole row or column; only the used area matters.
    const lastRow = Math.min(e.r, rows.length - 1);
    const lastColumn = Math.min(e.c, columnCount - 1);
    for (let r = s.r; r <= lastRow; r++) {
      const row = rows[r] ?? [];
      rows[r] = row;
      for (let c = s.c; c <= lastColumn; c++) {
        if (r === s.r && c === s.c) continue;
        while (row.length < c) row.push(null);
        row[c] = value;
        counter.cells++;
      }
    }
  }
}
