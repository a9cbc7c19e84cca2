import type { Db } from '../../db';

export type EditKind = 'edit' | 'undo' | 'redo';

export interface EditRow {
  seq: number;
  kind: EditKind;
  of: number | null;
}

/** Indexes an audit entry as an edit of a submission, touching these indicators. */
export function recordEdit(db: Db, seq: number, submissionId: string, kind: EditKind, of: number | null, indicators: readonly string[]): void {
  db.prepare('INSERT INTO edits (seq, submission_id, kind, of) VALUES (?, ?, ?, ?)').run(seq, submissionId, kind, of);
  const link = db.prepare('INSERT OR IGNORE INTO edit_indicators (seq, indicator) VALUES (?, ?)');
  for (const indicator of indicators) link.run(seq, indicator);
}

/** A submission's edits, undos and redos, oldest first. */
export function editsOf(db: Db, submissionId: string): EditRow[] {
  return db.prepare('SELECT seq, kind, of FROM edits WHERE submission_id = ? ORDER BY seq').all(submissionId) as EditRow[];
}

export function editIndicators(db: Db, seq: number): string[] {
  return db.prepare('SELECT indicator FROM edit_indicators WHERE seq = ? ORDER BY indicator').pluck().all(seq) as string[];
}

export interface LoggedEdit {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: string;
  kind: EditKind;
  of: number | null;
}

/** The audit entry of one edit, as the log holds it. */
export function loggedEdit(db: Db, seq: number): LoggedEdit | undefined {
  return db
    .prepare('SELECT a.seq, a.at, a.actor, a.action, a.details, e.kind, e.of FROM audit_log a JOIN edits e ON e.seq = a.seq WHERE a.seq = ?')
    .get(seq) as LoggedEdit | undefined;
}

/** The edits of a submission that touched one indicator, oldest first. */
export function loggedEditsOfIndicator(db: Db, submissionId: string, indicator: string): LoggedEdit[] {
  return db
    .prepare(
      `SELECT a.seq, a.at, a.actor, a.action, a.details, e.kind, e.of
       FROM edit_indicators ei JOIN edits e ON e.seq = ei.seq JOIN audit_log a ON a.seq = ei.seq
       WHERE ei.indicator = ? AND e.submission_id = ? ORDER BY a.seq`,
    )
    .all(indicator, submissionId) as LoggedEdit[];
}
