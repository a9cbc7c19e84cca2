import type { Db } from '../db';

export interface WaitingCount {
  submissionId: string;
  /** Distinct texts waiting for a decision: the items of the submission's queue. */
  texts: number;
  /** Rows of its open imports that those texts hold back. */
  rows: number;
}

/**
 * How much waits for a decision in each submission, counted by SQLite over the stored references,
 * without building the queue (no candidates, no JSON parsed here): cheap enough for the navigation
 * to ask after every change. It counts the texts reconciliationQueue lists: unresolved references,
 * except an answer whose indicator is itself unresolved (its question comes after the indicator's).
 */
export function waitingBySubmission(db: Db): WaitingCount[] {
  return db
    .prepare(
      `SELECT i.submission_id AS submissionId,
              COUNT(DISTINCT json_array(json_extract(ref.value, '$.kind'), json_extract(ref.value, '$.text'), json_extract(ref.value, '$.context'))) AS texts,
              COUNT(DISTINCT s.import_id || char(0) || s.row_number) AS rows
       FROM imports i
       JOIN staging_rows s ON s.import_id = i.id AND s.status = 'needs-reconciliation'
       JOIN json_each(s.record, '$.refs') ref
       WHERE i.status = 'staged'
         AND json_extract(ref.value, '$.targetId') IS NULL
         AND NOT (json_extract(ref.value, '$.kind') = 'answer' AND json_extract(ref.value, '$.context') IS NULL)
       GROUP BY i.submission_id
       ORDER BY i.submission_id`,
    )
    .all() as WaitingCount[];
}
