import type { Db } from '../db';

/** What the answers sheet needs beyond the value and score: the expert's confidence and note. */
export interface AnswerRemarks {
  indicator: string;
  confidence: string | null;
  note: string | null;
}

export function answerRemarks(db: Db, submissionId: string): AnswerRemarks[] {
  return db.prepare('SELECT indicator, confidence, note FROM answers WHERE submission_id = ?').all(submissionId) as AnswerRemarks[];
}
