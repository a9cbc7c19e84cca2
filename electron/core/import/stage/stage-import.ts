import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IndicatorSchema } from '../../../../shared/indicator-schema';
import type { ColumnMapping, RecordKind } from '../../../../shared/records';
import type { LearnedAlias } from '../../../../shared/reconcile';
import { MrcError } from '../../../../shared/errors';
import { appendAudit } from '../../audit';
import type { Db } from '../../db';
import { deleteAbandonedWrites, THIS_WRITER } from './import-writers';
import { insertWritingImport, markWritten } from './import-writes-store';
import { writeInSlices } from './write-in-slices';
import { ensureFreeDisk, expectedImportBytes } from './free-disk';
import { isBlankRow } from '../layout/detect-layout';
import { streamCsvRecords } from '../map/stream-csv-records';
import type { ImportSession } from '../read/import-sessions';
import { checkMapping, mapRow, type MappedRow, type RowWhere } from '../map/map-rows';
import { saveTemplate } from '../map/mapping-templates-store';
import { readSheet, type SheetReading } from '../map/preview-sheet';
import { ReferenceResolver } from '../resolve/resolve-references';
import { cellContext, settleRecord, type Fields } from './staged-record';
import { encodeCells } from './staging-codec';

/** Originals larger than this are recorded by hash and size only, so the workspace stays a manageable file. */
export const MAX_KEPT_SOURCE_BYTES = 64 * 1024 * 1024;
/** Rows mapped between two turns of the event loop, when a workbook's rows are already in memory. */
const MAP_EVERY = 500;

export interface StageRequest {
  sheet: string;
  kind: RecordKind;
  mapping: ColumnMapping;
  saveTemplateAs?: string | undefined;
}

export interface StageContext {
  db: Db;
  actor: string;
  schema: IndicatorSchema;
  learned: readonly LearnedAlias[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number | null) => void;
  /** Another process is writing to the workspace: staging waits for it (up to the busy timeout). */
  onWaiting?: () => void;
}

function upsertSource(db: Db, session: ImportSession): number {
  const existing = db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(session.sha256) as { id: number } | undefined;
  if (existing) return existing.id;
  const bytes = session.size <= MAX_KEPT_SOURCE_BYTES ? fs.readFileSync(session.path) : null;
  return Number(
    db
      .prepare('INSERT INTO sources (name, sha256, size, bytes, added_at) VALUES (?, ?, ?, ?, ?)')
      .run(session.fileName, session.sha256, session.size, bytes, new Date().toISOString()).lastInsertRowid,
  );
}

async function* mappedRows(
  session: ImportSession,
  reading: SheetReading,
  request: StageRequest,
  signal?: AbortSignal,
): AsyncGenerator<MappedRow<RecordKind>[]> {
  const { source } = session;
  if (source.type === 'csv') {
    yield* streamCsvRecords(request.kind, session.path, source.scan, request.mapping, { batchSize: MAP_EVERY, ...(signal ? { signal } : {}) });
    return;
  }
  const where = { file: session.fileName, sheet: request.sheet, row: 0 };
  const context = { formats: reading.formats, date1904: reading.date1904 };
  let batch: MappedRow<RecordKind>[] = [];
  for (let r = reading.layout.firstDataRow - 1; r < reading.layout.lastDataRow && r < reading.rows.length; r++) {
    const cells = reading.rows[r];
    if (!cells || isBlankRow(cells)) continue;
    where.row = r + 1;
    batch.push({ row: r + 1, cells, ...mapRow(request.kind, request.mapping, cells, where, context) });
    if (batch.length >= MAP_EVERY) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Settles each mapped row — its references resolved, its status and problems found — and writes it to staging. */
function stagedRowWriter(ctx: StageContext, session: ImportSession, request: StageRequest, reading: SheetReading, importId: string) {
  const resolver = new ReferenceResolver(ctx.schema, ctx.learned);
  const where: RowWhere = { file: session.fileName, sheet: request.sheet, row: 0 };
  const settleContext = { indicators: resolver.indicatorsByCode, cells: cellContext(request.mapping, reading.formats, where) };
  const insertRow = ctx.db.prepare(
    'INSERT INTO staging_rows (import_id, row_number, cells, record, resolved, status, problems, by_similarity) VALUES (?, ?, ?, ?, jsonb(?), ?, ?, ?)',
  );
  return (rows: readonly MappedRow<RecordKind>[]) => {
    for (const mapped of rows) {
      const fields = { ...(mapped.record as Fields) };
      const refs = resolver.resolve(request.kind, fields);
      where.row = mapped.row;
      const { status, record, problems, bySimilarity } = settleRecord(request.kind, fields, refs, mapped.problems, settleContext);
      const { resolved, ...read } = record;
      insertRow.run(
        importId,
        mapped.row,
        encodeCells(mapped.cells),
        JSON.stringify(read),
        resolved ? JSON.stringify(resolved) : null,
        status,
        problems.length ? JSON.stringify(problems) : '[]',
        bySimilarity ? 1 : 0,
      );
    }
  };
}

/**
 * Writes every data row of the sheet to staging — ready, needing reconciliation, or in error with its reasons —
 * together with the import and its source. A large sheet is written in slices (write-in-slices.ts) into an import
 * marked 'writing' that nobody is shown; the last slice's transaction makes it 'staged'. A staging that fails, is
 * cancelled or is killed leaves no import anyone can see: its rows are deleted at once, or (after a crash) when the
 * workspace is next opened.
 */
export async function stageImport(ctx: StageContext, session: ImportSession, request: StageRequest): Promise<string> {
  const { db } = ctx;
  const blocking = checkMapping(request.kind, request.mapping, { file: session.fileName, sheet: request.sheet }).filter(
    (issue) => issue.code !== 'duplicate-field',
  );
  if (blocking.length)
    throw new MrcError('mapping-incomplete', blocking.map((i) => i.message).join(' '), {
      where: { file: session.fileName, sheet: request.sheet },
      params: { fields: blocking.map((i) => i.params?.field ?? i.code).join(', ') },
    });
  const reading = readSheet(session, request.sheet);
  const importId = randomUUID();
  const total = Math.max(0, reading.layout.lastDataRow - reading.layout.firstDataRow + 1);
  const first = reading.layout.firstDataRow - 1;
  const kept = session.size <= MAX_KEPT_SOURCE_BYTES ? session.size : 0;
  ensureFreeDisk(path.dirname(db.name), expectedImportBytes(total, reading.rows.slice(first, first + 200), kept), `importing "${session.fileName}"`);

  await writeInSlices(mappedRows(session, reading, request, ctx.signal), {
    db,
    importId,
    expectedRows: total,
    signal: ctx.signal,
    onWaiting: ctx.onWaiting,
    onProgress: (done) => ctx.onProgress?.(done, total || null),
    begin: () => {
      deleteAbandonedWrites(db);
      insertWritingImport(db, {
        id: importId,
        submissionId: session.submissionId,
        sourceId: upsertSource(db, session),
        kind: request.kind,
        sheet: request.sheet,
        layout: JSON.stringify({ ...reading.layout, formats: reading.formats, date1904: reading.date1904, fileName: session.fileName }),
        mapping: JSON.stringify(request.mapping),
        writer: THIS_WRITER,
      });
    },
    writeRows: stagedRowWriter(ctx, session, request, reading, importId),
    finish: (rows) => {
      if (request.saveTemplateAs) saveTemplate(db, request.saveTemplateAs, request.kind, request.mapping);
      appendAudit(db, {
        actor: ctx.actor,
        action: 'import.stage',
        entity: `import:${importId}`,
        details: { submission: session.submissionId, file: session.fileName, sha256: session.sha256, sheet: request.sheet, kind: request.kind, rows },
      });
      markWritten(db, importId);
    },
    cancelled: () =>
      new MrcError('cancelled', `Staging "${session.fileName}" was cancelled; nothing was kept.`, { detail: 'cancelled.staging', params: { file: session.fileName } }),
  });
  return importId;
}
