import { CommitResult, type ImportSummary, type PreviousImport, type RowCitation, type RowOutcome, type StagedRow, type StagingStatus } from '../../../../shared/import-contract';
import { ColumnMapping, type ImportIssue, type RawRow, type RecordKind } from '../../../../shared/records';
import { decodeCells, encodeCells } from './staging-codec';
import { MrcError } from '../../../../shared/errors';
import type { Db } from '../../db';
import type { SheetLayout } from '../sheet-model';
import { displayCells, type ColumnFormat } from '../map/parse-values';
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
  summary: string | null;
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
  result: CommitResult | null;
}

export function getImport(db: Db, importId: string): StoredImport {
  // An import still being written is nobody's to see until its last slice is in.
  const row = db.prepare("SELECT * FROM imports WHERE id = ? AND status <> 'writing'").get(importId) as ImportRow | undefined;
  if (!row) throw new MrcError('unknown-import', `No import with id ${importId} in this workspace.`, { params: { id: importId } });
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
    result: row.summary === null ? null : CommitResult.parse(JSON.parse(row.summary)),
  };
}

export function importCounts(db: Db, importId: string, importStatus = getImport(db, importId).status): ImportSummary['counts'] {
  const counts = { ready: 0, needsReconciliation: 0, error: 0, excluded: 0, committed: 0, bySimilarity: 0 };
  const rows = db.prepare('SELECT status, count(*) AS n FROM staging_rows WHERE import_id = ? GROUP BY status').all(importId) as {
    status: StagingStatus;
    n: number;
  }[];
  for (const { status, n } of rows) {
    // Commit marks the import, not each of its (possibly million) rows: a committed import's ready rows are what it committed.
    if (status === 'ready' && importStatus === 'committed') counts.committed = n;
    else counts[status === 'needs-reconciliation' ? 'needsReconciliation' : status] = n;
  }
  counts.bySimilarity = (db.prepare('SELECT count(*) AS n FROM staging_rows WHERE import_id = ? AND by_similarity = 1').get(importId) as { n: number }).n;
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
    createdAt: imp.createdAt,
    committedAt: imp.committedAt,
    counts: importCounts(db, importId, imp.status),
    result: imp.result,
    headers: imp.layout.headers,
    mapping: imp.mapping,
  };
}

export function importHistory(db: Db, submissionId: string): ImportSummary[] {
  const ids = db.prepare("SELECT id FROM imports WHERE submission_id = ? AND status <> 'writing' ORDER BY created_at DESC, rowid DESC").all(submissionId) as { id: string }[];
  return ids.map(({ id }) => importSummary(db, id));
}

/** The imports of a file with these bytes, whichever name it had then, oldest first. */
export function importsOfFile(db: Db, sha256: string): PreviousImport[] {
  return db
    .prepare(
      `SELECT i.id, i.submission_id AS submissionId, i.kind, i.sheet, i.status, i.created_at AS createdAt, i.committed_at AS committedAt
       FROM imports i JOIN sources s ON s.id = i.source_id WHERE s.sha256 = ? AND i.status <> 'writing' ORDER BY i.created_at`,
    )
    .all(sha256) as PreviousImport[];
}

/** resolved is stored as JSONB; read back as JSON text. */
const STAGING_COLUMNS = 'row_number, status, json(resolved) AS resolved, problems, record, cells, by_similarity';

interface StagingRowRecord {
  row_number: number;
  cells: string;
  record: string;
  resolved: string | null;
  status: StagingStatus;
  problems: string;
  by_similarity: number;
}

export interface LoadedStagedRow {
  row: number;
  status: StagingStatus;
  cells: RawRow;
  record: StagedRecord;
  problems: ImportIssue[];
  bySimilarity: boolean;
}

function load(row: StagingRowRecord): LoadedStagedRow {
  return {
    row: row.row_number,
    status: row.status,
    cells: decodeCells(row.cells),
    record: { ...(JSON.parse(row.record) as Omit<StagedRecord, 'resolved'>), resolved: row.resolved === null ? null : (JSON.parse(row.resolved) as StagedRecord['resolved']) },
    problems: JSON.parse(row.problems) as ImportIssue[],
    bySimilarity: row.by_similarity === 1,
  };
}

/** What the row became, from what staging recorded: each accepted target and how it was found, the reading, the score. */
function outcomeOf({ record, bySimilarity }: LoadedStagedRow): RowOutcome {
  const targets = record.refs.flatMap((ref) => {
    if (ref.targetId === null) return [];
    const found = ref.candidates.find((c) => c.targetId === ref.targetId);
    return [
      {
        field: ref.field,
        kind: ref.kind,
        text: ref.text,
        targetId: ref.targetId,
        label: found?.label ?? ref.targetId,
        via: found?.via ?? 'learned',
        score: found?.score ?? 1,
      },
    ];
  });
  const score = record.resolved?.score;
  return {
    targets,
    reading: record.reading ?? null,
    score: typeof score === 'number' ? score : null,
    bySimilarity,
    citations: (record.resolved?.citations as RowCitation[] | undefined) ?? [],
  };
}

/** A staged row for the review: its cells as the spreadsheet shows them, with what the row became. */
export function toStagedRow(row: LoadedStagedRow, sheet: { width: number; date1904: boolean }): StagedRow {
  return {
    row: row.row,
    status: row.status,
    cells: displayCells(row.cells, sheet.width, sheet.date1904),
    fields: row.record.fields,
    refs: row.record.refs,
    problems: row.problems,
    outcome: outcomeOf(row),
  };
}

export function getStagedRow(db: Db, importId: string, rowNumber: number): LoadedStagedRow {
  const row = db.prepare(`SELECT ${STAGING_COLUMNS} FROM staging_rows WHERE import_id = ? AND row_number = ?`).get(importId, rowNumber) as
    | StagingRowRecord
    | undefined;
  if (!row) throw new MrcError('unknown-row', `Row ${rowNumber} is not part of this import.`, { where: { row: rowNumber }, params: { row: rowNumber } });
  return load(row);
}

export interface RowFilter {
  status?: StagingStatus | undefined;
  bySimilarity?: boolean | undefined;
}

export function listStagedRows(db: Db, importId: string, { status, bySimilarity }: RowFilter, offset: number, limit: number) {
  getImport(db, importId); // an unknown import is an error, not an empty page
  const filter = `${status ? 'AND status = ?' : ''} ${bySimilarity === undefined ? '' : `AND by_similarity = ${bySimilarity ? 1 : 0}`}`;
  const params = status ? [importId, status] : [importId];
  const { n } = db.prepare(`SELECT count(*) AS n FROM staging_rows WHERE import_id = ? ${filter}`).get(...params) as { n: number };
  const rows = db
    .prepare(`SELECT ${STAGING_COLUMNS} FROM staging_rows WHERE import_id = ? ${filter} ORDER BY row_number LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as StagingRowRecord[];
  return { total: n, rows: rows.map(load) };
}

export function saveStagedRow(db: Db, importId: string, row: LoadedStagedRow): void {
  const { resolved, ...read } = row.record;
  db.prepare(
    'UPDATE staging_rows SET cells = ?, record = ?, resolved = jsonb(?), status = ?, problems = ?, by_similarity = ? WHERE import_id = ? AND row_number = ?',
  ).run(
    encodeCells(row.cells),
    JSON.stringify(read),
    resolved ? JSON.stringify(resolved) : null,
    row.status,
    JSON.stringify(row.problems),
    row.bySimilarity ? 1 : 0,
    importId,
    row.row,
  );
}
