import type { Confidence } from '../../../shared/records';
import type { Db } from '../db';

export interface StoredAnswer {
  indicator: string;
  value: string | null;
  score: number | null;
  confidence: Confidence | null;
}

export interface SourceCount {
  indicator: string;
  n: number;
  laws: number;
}

/** A submission's answers; only one indicator's when `indicator` is given. */
export function selectAnswers(db: Db, submissionId: string, indicator: string | null = null): StoredAnswer[] {
  return db
    .prepare(
      `SELECT indicator, value, score, confidence FROM answers
       WHERE submission_id = ? AND (? IS NULL OR indicator = ?)`,
    )
    .all(submissionId, indicator, indicator) as StoredAnswer[];
}

/** How many evidence rows of the submission are linked to each indicator, and how many of them are laws. */
export function selectSourceCounts(db: Db, submissionId: string, indicator: string | null = null): SourceCount[] {
  return db
    .prepare(
      `SELECT l.indicator, count(*) AS n, coalesce(sum(e.type = 'law'), 0) AS laws
       FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE e.submission_id = ? AND (? IS NULL OR l.indicator = ?)
       GROUP BY l.indicator`,
    )
    .all(submissionId, indicator, indicator) as SourceCount[];
}
