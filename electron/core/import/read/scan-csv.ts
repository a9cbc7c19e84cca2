import { basename } from 'node:path';
import type { ImportIssue, RawRow } from '../../../../shared/records.js';
import type { ImportLimits } from './guard-file.js';
import { isBlankRow, locateHeader, splitTrailingNotes, type HeaderPlacement } from '../layout/detect-layout.js';
import { ColumnProfiler } from '../layout/profile-columns.js';
import { csvSheetName, detectCsvDialect, readCsvBatches } from './read-csv.js';
import type { ColumnFormat, CsvDialect, ReadProgress, SheetLayout } from '../sheet-model.js';

/**
 * The import of a CSV too big to hold, in two streamed passes: this first one finds the layout and
 * learns each column's formats; the second (map/stream-csv-records) maps the rows, batch by batch, for staging.
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
