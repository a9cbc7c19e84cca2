import type { RatificationStatus } from '../../../../shared/instrument-statuses';
import type { Db } from '../../db';

/** The queries behind a submission's quality: one function per query. */

export interface StoredAnswer {
  indicator: string;
  value: string | null;
  score: number | null;
}

export function storedAnswers(db: Db, submissionId: string): StoredAnswer[] {
  return db.prepare('SELECT indicator, value, score FROM answers WHERE submission_id = ? ORDER BY indicator').all(submissionId) as StoredAnswer[];
}

/** One indicator's answer, as a list of none or one, for quality read of that indicator alone. */
export function storedAnswerOf(db: Db, submissionId: string, indicator: string): StoredAnswer[] {
  return db.prepare('SELECT indicator, value, score FROM answers WHERE submission_id = ? AND indicator = ?').all(submissionId, indicator) as StoredAnswer[];
}

export interface LinkedEvidence {
  indicator: string;
  total: number;
  laws: number;
}

/** How many evidence rows, and how many laws among them, are linked to each indicator of the submission. */
export function linkedEvidenceCounts(db: Db, submissionId: string): LinkedEvidence[] {
  return db
    .prepare(
      `SELECT l.indicator, count(*) AS total, sum(e.type = 'law') AS laws
       FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE e.submission_id = ? GROUP BY l.indicator`,
    )
    .all(submissionId) as LinkedEvidence[];
}

/** The evidence counts of one indicator of the submission: none or one row. */
export function linkedEvidenceCountOf(db: Db, submissionId: string, indicator: string): LinkedEvidence[] {
  return db
    .prepare(
      `SELECT l.indicator, count(*) AS total, sum(e.type = 'law') AS laws
       FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE e.submission_id = ? AND l.indicator = ? GROUP BY l.indicator`,
    )
    .all(submissionId, indicator) as LinkedEvidence[];
}

export interface StoredRatification {
  instrument: string;
  status: RatificationStatus;
}

export function storedRatifications(db: Db, submissionId: string): StoredRatification[] {
  return db.prepare('SELECT instrument, status FROM ratifications WHERE submission_id = ? ORDER BY instrument').all(submissionId) as StoredRatification[];
}

export interface StoredAcceptance {
  key: string;
  note: string;
  actor: string;
  at: string;
}

export function problemAcceptances(db: Db, submissionId: string): StoredAcceptance[] {
  return db
    .prepare('SELECT problem_key AS key, note, actor, accepted_at AS at FROM problem_acceptances WHERE submission_id = ?')
    .all(submissionId) as StoredAcceptance[];
}

export function insertAcceptance(
  db: Db,
  row: { submissionId: string; key: string; indicator: string; code: string; note: string; actor: string; at: string },
): void {
  db.prepare(
    `INSERT INTO problem_acceptances (submission_id, problem_key, indicator, code, note, actor, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (submission_id, problem_key) DO UPDATE SET note = excluded.note, actor = excluded.actor, accepted_at = excluded.accepted_at`,
  ).run(row.submissionId, row.key, row.indicator, row.code, row.note, row.actor, row.at);
}

export function deleteAcceptance(db: Db, submissionId: string, key: string): void {
  db.prepare('DELETE FROM problem_acceptances WHERE submission_id = ? AND problem_key = ?').run(submissionId, key);
}

export interface StoredJustification {
  indicator: string;
  note: string;
  previousSubmissionId: string;
  previousScore: number | null;
  score: number | null;
  actor: string;
  at: string;
}

export function answerJustifications(db: Db, submissionId: string): StoredJustification[] {
  return db
    .prepare(
      `SELECT indicator, note, previous_submission_id AS previousSubmissionId, previous_score AS previousScore, score, actor, justified_at AS at
       FROM answer_justifications WHERE submission_id = ?`,
    )
    .all(submissionId) as StoredJustification[];
}

export function upsertJustification(db: Db, submissionId: string, row: StoredJustification): void {
  db.prepare(
    `INSERT INTO answer_justifications (submission_id, indicator, note, previous_submission_id, previous_score, score, actor, justified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (submission_id, indicator) DO UPDATE SET note = excluded.note, previous_submission_id = excluded.previous_submission_id,
       previous_score = excluded.previous_score, score = excluded.score, actor = excluded.actor, justified_at = excluded.justified_at`,
  ).run(submissionId, row.indicator, row.note, row.previousSubmissionId, row.previousScore, row.score, row.actor, row.at);
}

export function deleteJustification(db: Db, submissionId: string, indicator: string): void {
  db.prepare('DELETE FROM answer_justifications WHERE submission_id = ? AND indicator = ?').run(submissionId, indicator);
}

export interface EarlierSubmission {
  submissionId: string;
  year: number;
  schemaId: string;
  schemaVersion: string;
}

/** The latest submission for the same country, of an earlier year and the same schema (any version); the newest of that year. */
export function latestEarlierSubmission(db: Db, submissionId: string): EarlierSubmission | undefined {
  return db
    .prepare(
      `SELECT p.id AS submissionId, p.year, p.schema_id AS schemaId, p.schema_version AS schemaVersion
       FROM submissions s JOIN submissions p ON p.country = s.country AND p.schema_id = s.schema_id AND p.year < s.year
       WHERE s.id = ? ORDER BY p.year DESC, p.created_at DESC, p.rowid DESC LIMIT 1`,
    )
    .get(submissionId) as EarlierSubmission | undefined;
}

export function submissionIds(db: Db): string[] {
  return db.prepare('SELECT id FROM submissions ORDER BY created_at DESC, rowid DESC').pluck().all() as string[];
}

export interface SubmissionHeader {
  id: string;
  country: string;
  year: number;
  schemaId: string;
  schemaVersion: string;
}

/** What quality needs of a submission, without the counts the submissions list computes. */
export function submissionHeader(db: Db, submissionId: string): SubmissionHeader | undefined {
  return db
    .prepare('SELECT id, country, year, schema_id AS schemaId, schema_version AS schemaVersion FROM submissions WHERE id = ?')
    .get(submissionId) as SubmissionHeader | undefined;
}
