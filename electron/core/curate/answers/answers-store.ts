import type { Db } from '../../db';

export interface StoredAnswer {
  value: string | null;
  score: number | null;
  confidence: string | null;
  note: string | null;
  citation: string | null;
}

export function readAnswer(db: Db, submissionId: string, indicator: string): StoredAnswer | undefined {
  return db
    .prepare('SELECT value, score, confidence, note, citation FROM answers WHERE submission_id = ? AND indicator = ?')
    .get(submissionId, indicator) as StoredAnswer | undefined;
}

export function saveAnswer(db: Db, submissionId: string, indicator: string, answer: Omit<StoredAnswer, 'citation'>): void {
  db.prepare(
    `INSERT INTO answers (submission_id, indicator, value, score, confidence, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (submission_id, indicator) DO UPDATE SET value = excluded.value, score = excluded.score,
       confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(submissionId, indicator, answer.value, answer.score, answer.confidence, answer.note, new Date().toISOString());
}

export function deleteAnswer(db: Db, submissionId: string, indicator: string): void {
  db.prepare('DELETE FROM answers WHERE submission_id = ? AND indicator = ?').run(submissionId, indicator);
}
