import { basename } from 'node:path';
import type { ColumnMapping, ImportIssue, RawRow, RecordKind } from '../../../shared/records.js';
import type { ImportLimits } from './guard-file.js';
import { isBlankRow, locateHeader, splitTrailingNotes, type HeaderPlacement } from './detect-layout.js';
import { mapRow, type MappedRow } from './map-rows.js';
import { ColumnProfiler } from './profile-columns.js';
import { csvSheetName, detectCsvDialect, readCsvBatches } from './read-csv.js';
import type { ColumnFormat, CsvDialect, ReadProgress, SheetLayout } from './sheet-model.js';

/**
 * The import of a CSV too big to hold, in two streamed passes: the first finds the layout and
 * learns each column's formats, the second maps the rows, batch by batch, for staging.
 */

/** Enough rows to see titles, the header and the first data under it. */
const HEAD_ROWS = 200;
const TAIL_ROWS = 50;

export interface CsvScan {
  file: string;
  sheet: string;
  dialect: CsvDialect;
  layout: SheetLayout;
  rowCount: number;
  formats: ColumnFormat[];
  /** Column notes (ambiguous date order) and file remarks (an unclosed quote). */
  issues: ImportIssue[];
  /** The limits the file was read within, for the second pass to read it within the same. */
  limits: Partial<ImportLimits>;
}

export interface CsvPassOptions {
  batchSize?: number;
  signal?: AbortSignal;
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ReadProgress) => void;
}

export async function scanCsv(path: string, options: CsvPassOptions = {}): Promise<CsvScan> {
  const file = basename(path);
  const sheet = csvSheetName(file);
  const dialect = await detectCsvDialect(path);
  const issues: ImportIssue[] = [];
  const profiler = new ColumnProfiler();
  let head: RawRow[] | null = [];
  let header: HeaderPlacement | null = null;
  let dataStart = 0;
  let firstData: number | null = null;
  let lastNonBlank = -1;
  let tail: { index: number; row: RawRow }[] = [];

  const consume = (index: number, row: RawRow): void => {
    if (index < dataStart || isBlankRow(row)) return;
    firstData ??= index;
    lastNonBlank = index;
    profiler.add(row);
    tail.push({ index, row });
    if (tail.length > 2 * TAIL_ROWS) tail = tail.slice(-TAIL_ROWS);
  };
  const settleHeader = (rows: RawRow[]): HeaderPlacement => {
    const placement = locateHeader(rows);
    dataStart = placement.headerRowIndex + placement.headerRowCount;
    rows.forEach((row, index) => consume(index, row));
    return placement;
  };

  let index = 0;
  for await (const batch of readCsvBatches(path, dialect, { ...options, onIssue: (issue) => issues.push(issue) })) {
    for (const row of batch.rows) {
      if (head) {
        head.push(row);
        if (head.length >= HEAD_ROWS) {
          header = settleHeader(head);
          head = null;
        }
      } else consume(index, row);
      index++;
    }
    options.onProgress?.({ phase: 'scanning', rowsRead: index, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes });
  }
  const placement = head ? settleHeader(head) : header ?? { headerRowIndex: 0, headerRowCount: 0, headers: [] };
  const firstIndex = firstData ?? dataStart;
  const { notes, lastDataIndex } = splitTrailingNotes(tail.slice(-TAIL_ROWS), firstIndex);
  const layout: SheetLayout = { ...placement, firstDataRow: firstIndex + 1, lastDataRow: lastDataIndex + 1, notes };
  const profile = profiler.finish(layout.headers, { file, sheet });
  return {
    file,
    sheet,
    dialect,
    layout,
    rowCount: Math.max(lastNonBlank, placement.headerRowIndex + placement.headerRowCount - 1) + 1,
    formats: profile.formats,
    issues: [...profile.notes, ...issues],
    limits: options.limits ?? {},
  };
}

/**
 * Maps the data rows found by scanCsv, yielding them in batches; blank rows and notes are skipped.
 * A row the reader flagged (a line in another encoding) carries that problem too.
 */
export async function* streamCsvRecords<K extends RecordKind>(
  kind: K,
  path: string,
  scan: CsvScan,
  mapping: ColumnMapping,
  options: CsvPassOptions = {},
): AsyncGenerator<MappedRow<K>[]> {
  const { firstDataRow, lastDataRow } = scan.layout;
  const where = { file: scan.file, sheet: scan.sheet, row: 0 };
  const reading = { formats: scan.formats };
  for await (const batch of readCsvBatches(path, scan.dialect, { ...options, limits: scan.limits })) {
    const mapped: MappedRow<K>[] = [];
    const flagged = new Map(batch.rowIssues.map((issue) => [issue.where.row, issue]));
    batch.rows.forEach((cells, i) => {
      const row = batch.firstRowNumber + i;
      if (row < firstDataRow || row > lastDataRow || isBlankRow(cells)) return;
      where.row = row;
      const { record, problems } = mapRow(kind, mapping, cells, where, reading);
      const flag = flagged.get(row);
      if (flag) problems.push({ ...flag, where: { ...flag.where, sheet: scan.sheet } });
      mapped.push({ row, cells, record, problems });
    });
    if (mapped.length > 0) yield mapped;
    const rowsRead = batch.firstRowNumber + batch.rows.length - 1;
    options.onProgress?.({ phase: 'mapping', rowsRead, totalRows: scan.rowCount, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes });
    if (rowsRead >= lastDataRow) return;
  }
}
