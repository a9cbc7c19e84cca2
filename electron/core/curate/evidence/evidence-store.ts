import type { EvidenceFields } from '../../../../shared/curate-contract';
import type { Db } from '../../db';

export interface StoredEvidence {
  id: number;
  submissionId: string;
  type: 'law' | 'practice';
  title: string;
  citation: string;
  date: string | null;
  url: string | null;
  excerpt: string | null;
  indicators: string | null;
}

const SELECT = `SELECT e.id, e.submission_id AS submissionId, e.type, e.title, e.citation, e.date, e.url, e.excerpt,
  (SELECT group_concat(indicator, ',') FROM (SELECT indicator FROM evidence_links WHERE evidence_id = e.id ORDER BY indicator)) AS indicators
  FROM evidence e`;

export function findEvidence(db: Db, id: number): StoredEvidence | undefined {
  return db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as StoredEvidence | undefined;
}

export function evidenceOfSubmission(db: Db, submissionId: string): StoredEvidence[] {
  return db.prepare(`${SELECT} WHERE e.submission_id = ? ORDER BY e.type, e.title, e.citation, e.id`).all(submissionId) as StoredEvidence[];
}

export function evidenceLinkedTo(db: Db, submissionId: string, indicator: string): StoredEvidence[] {
  return db
    .prepare(`${SELECT} WHERE e.submission_id = ? AND e.id IN (SELECT evidence_id FROM evidence_links WHERE indicator = ?) ORDER BY e.type, e.title, e.citation, e.id`)
    .all(submissionId, indicator) as StoredEvidence[];
}

/** The same law article or source already cited in the submission, if any (they are unique). */
export function sameEvidence(db: Db, submissionId: string, fields: Pick<EvidenceFields, 'type' | 'title' | 'citation'>): number | undefined {
  return db
    .prepare('SELECT id FROM evidence WHERE submission_id = ? AND type = ? AND title = ? AND citation = ?')
    .pluck()
    .get(submissionId, fields.type, fields.title, fields.citation) as number | undefined;
}

export function insertEvidence(db: Db, submissionId: string, fields: EvidenceFields): number {
  const result = db
    .prepare('INSERT INTO evidence (submission_id, type, title, citation, date, url, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(submissionId, fields.type, fields.title, fields.citation, fields.date, fields.url, fields.excerpt);
  return Number(result.lastInsertRowid);
}

export function updateEvidenceRow(db: Db, id: number, fields: EvidenceFields): void {
  db.prepare('UPDATE evidence SET type = ?, title = ?, citation = ?, date = ?, url = ?, excerpt = ? WHERE id = ?').run(
    fields.type,
    fields.title,
    fields.citation,
    fields.date,
    fields.url,
    fields.excerpt,
    id,
  );
}

export function deleteEvidenceRow(db: Db, id: number): void {
  db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
}

export function insertLink(db: Db, evidenceId: number, indicator: string): void {
  db.prepare('INSERT OR IGNORE INTO evidence_links (evidence_id, indicator) VALUES (?, ?)').run(evidenceId, indicator);
}

export function deleteLink(db: Db, evidenceId: number, indicator: string): void {
  db.prepare('DELETE FROM evidence_links WHERE evidence_id = ? AND indicator = ?').run(evidenceId, indicator);
}
