import type { Candidate, RefKind } from '../../../shared/reconcile';
import type { Db } from '../db';

export interface Pending {
  importId: string;
  row: number;
  sheet: string;
  refs: { kind: RefKind; text: string; context?: string; targetId: string | null; candidates: Candidate[] }[];
}

/** The rows of the submission's open imports that wait for a decision. */
export function pendingRows(db: Db, submissionId: string): Pending[] {
  const rows = db
    .prepare(
      `SELECT s.import_id, s.row_number, s.record, i.sheet FROM staging_rows s JOIN imports i ON i.id = s.import_id
       WHERE i.submission_id = ? AND i.status = 'staged' AND s.status = 'needs-reconciliation' ORDER BY i.created_at, s.row_number`,
    )
    .all(submissionId) as { import_id: string; row_number: number; record: string; sheet: string }[];
  return rows.map((r) => ({ importId: r.import_id, row: r.row_number, sheet: r.sheet, refs: (JSON.parse(r.record) as { refs: Pending['refs'] }).refs }));
}

/** The submissions with an import staged and not yet committed or abandoned. */
export function submissionsWithStagedImports(db: Db): string[] {
  return db.prepare("SELECT DISTINCT submission_id FROM imports WHERE status = 'staged'").pluck().all() as string[];
}
