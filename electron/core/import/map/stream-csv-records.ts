import type { ColumnMapping, RecordKind } from '../../../../shared/records.js';
import { isBlankRow } from '../layout/detect-layout.js';
import { readCsvBatches } from '../read/read-csv.js';
import type { CsvPassOptions, CsvScan } from '../read/scan-csv.js';
import { mapRow, type MappedRow } from './map-rows.js';

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
