import type { ImportSummary, StagedRow, StagingStatus } from '../../../shared/import-api';
import { ColumnMapping, ImportIssue, RawRow, type RecordKind } from '../../../shared/records';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db/open-database';
import { displayCells } from './preview-sheet';
import type { SheetLayout } from './sheet-model';
import type { ColumnFormat } from './parse-values';
import type { StagedRecord } from './staged-record';

interface ImportRow {
  id: string;
  submission_id: string;
  kind: RecordKind;
  sheet: string;
  layout: string;
  mapping: string;
  status: ImportSummary['status'];
  created_at: string;
  committed_at: string | null;
}

export interface StoredLayout extends SheetLayout {
  formats: ColumnFormat[];
  date1904: boolean;
  fileName: string;
}

export interface StoredImport {
  id: string;
  submissionId: string;
  kind: RecordKind;
  sheet: string;
  layout: StoredLayout;
  mapping: ColumnMapping;
  status: ImportSummary['status'];
  createdAt: string;
  committedAt: string | null;
}

export function getImport(db: Db, importId: string): StoredImport {
  const row = db.prepare('SELECT * FROM imports WHERE id = ?').get(importId) as ImportRow | undefined;
  if (!row) throw new MrcError('unknown-import', `No import with id ${importId} in this workspace.`);
  return {
    id: row.id,
    submissionId: row.submission_id,
    kind: row.kind,
    sheet: row.sheet,
    layout: JSON.parse(row.layout) as StoredLayout,
    mapping: ColumnMapping.parse(JSON.parse(row.mapping)),
    status: row.status,
    createdAt: row.created_at,
    committedAt: row.committed_at,
  };
}

export function importCounts(db: Db, importId: string): ImportSummary['counts'] {
  const counts = { ready: 0, needsReconciliation: 0, error: 0, excluded: 0, committed: 0 };
  const rows = db.prepare('SELECT status, count(*) AS n FROM staging_rows WHERE import_id = ? GROUP BY status').all(importId) as {
    status: StagingStatus;
    n: number;
  }[];
  for (const { status, n } of rows) counts[status === 'needs-reconciliation' ? 'needsReconciliation' : status] = n;
  return counts;
}

export function importSummary(db: Db, importId: string): ImportSummary {
  const imp = getImport(db, importId);
  return {
    importId: imp.id,
    submissionId: imp.submissionId,
    fileName: imp.layout.fileName,
    kind: imp.kind,
    sheet: imp.sheet,
    status: imp.status,
    counts: importCounts(db, importId),
    headers: imp.layout.headers,
    mapping: imp.mapping,
  };
}

export function importHistory(db: Db, submissionId: string): ImportSummary[] {
  const ids = db.prepare('SELECT id FROM imports WHERE submission_id = ? ORDER BY created_at DESC, rowid DESC').all(submissionId) as { id: string }[];
  return ids.map(({ id }) => importSummary(db, id));
}

interface StagingRowRecord {
  row_number: number;
  cells: string;
  record: string;
  status: StagingStatus;
  problems: string;
}

export interface LoadedStagedRow {
  row: number;
  status: StagingStatus;
  cells: RawRow;
  record: StagedRecord;
  problems: ImportIssue[];
}

function load(row: StagingRowRecord): LoadedStagedRow {
  return {
    row: row.row_number,
    status: row.status,
    cells: JSON.parse(row.cells) as RawRow,
    record: JSON.parse(row.record) as StagedRecord,
    problems: JSON.parse(row.problems) as ImportIssue[],
  };
}

export function toStagedRow(row: LoadedStagedRow, width: number): StagedRow {
  return { row: row.row, status: row.status, cells: displayCells(row.cells, width), fields: row.record.fields, refs: row.record.refs, problems: row.problems };
}

export function getStagedRow(db: Db, importId: string, rowNumber: number): LoadedStagedRow {
  const row = db.prepare('SELECT * FROM staging_rows WHERE import_id = ? AND row_number = ?').get(importId, rowNumber) as
    | StagingRowRecord
    | undefined;
  if (!row) throw new MrcError('unknown-row', `Row ${rowNumber} is not part of this import.`, { row: rowNumber });
  return load(row);
}

export function listStagedRows(db: Db, importId: string, status: StagingStatus | undefined, offset: number, limit: number) {
  const filter = status ? 'AND status = ?' : '';
  const params = status ? [importId, status] : [importId];
  const { n } = db.prepare(`SELECT count(*) AS n FROM staging_rows WHERE import_id = ? ${filter}`).get(...params) as { n: number };
  const rows = db
    .prepare(`SELECT * FROM staging_rows WHERE import_id = ? ${filter} ORDER BY row_number LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as StagingRowRecord[];
  return { total: n, rows: rows.map(load) };
}

export function rowsWithStatus(db: Db, importId: string, status: StagingStatus): IterableIterator<LoadedStagedRow> {
  const iterator = db
    .prepare('SELECT * FROM staging_rows WHERE import_id = ? AND status = ? ORDER BY row_number')
    .iterate(importId, status) as IterableIterator<StagingRowRecord>;
  return (function* () {
    for (const row of iterator) yield load(row);
  })();
}

export function saveStagedRow(db: Db, importId: string, row: LoadedStagedRow): void {
  db.prepare('UPDATE staging_rows SET cells = ?, record = ?, status = ?, problems = ? WHERE import_id = ? AND row_number = ?').run(
    JSON.stringify(row.cells),
    JSON.stringify(row.record),
    row.status,
    JSON.stringify(row.problems),
    importId,
    row.row,
  );
}
