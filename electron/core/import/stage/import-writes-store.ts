import type { Db } from '../../db';

/** The SQL of imports being written: staged in slices, each its own transaction, and shown to nobody until the last. */

export interface NewImport {
  id: string;
  submissionId: string;
  sourceId: number;
  kind: string;
  sheet: string;
  layout: string;
  mapping: string;
  writer: string;
}

export function insertWritingImport(db: Db, imp: NewImport): void {
  db.prepare(
    `INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, writer)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'writing', ?, ?)`,
  ).run(imp.id, imp.submissionId, imp.sourceId, imp.kind, imp.sheet, imp.layout, imp.mapping, new Date().toISOString(), imp.writer);
}

/** The last slice's transaction ends the writing: from its commit on, the import is staged and everyone sees it whole. */
export function markWritten(db: Db, importId: string): void {
  db.prepare("UPDATE imports SET status = 'staged', writer = NULL WHERE id = ? AND status = 'writing'").run(importId);
}

export function writingImports(db: Db): { id: string; writer: string }[] {
  return db.prepare("SELECT id, writer FROM imports WHERE status = 'writing'").all() as { id: string; writer: string }[];
}

/** Deletes an import still being written, its rows, and its source when no other import has it. */
export function deleteWritingImport(db: Db, importId: string): void {
  const row = db.prepare("SELECT source_id FROM imports WHERE id = ? AND status = 'writing'").get(importId) as { source_id: number } | undefined;
  if (!row) return;
  db.prepare('DELETE FROM staging_rows WHERE import_id = ?').run(importId);
  db.prepare('DELETE FROM imports WHERE id = ?').run(importId);
  db.prepare('DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM imports WHERE source_id = ?)').run(row.source_id, row.source_id);
}
