import type { EvidenceItem, RatificationItem } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { getSubmission } from './submissions';

export function submissionEvidence(db: Db, submissionId: string): EvidenceItem[] {
  getSubmission(db, submissionId, 'en');
  return db
    .prepare(
      `SELECT type, title, citation, date, url, excerpt, categories, indicators FROM evidence
       WHERE submission_id = ? ORDER BY type, date IS NULL, date, title`,
    )
    .all(submissionId) as EvidenceItem[];
}

export function submissionRatifications(db: Db, submissionId: string): RatificationItem[] {
  getSubmission(db, submissionId, 'en');
  return db
    .prepare(
      `SELECT r.instrument, coalesce(i.short_title, r.instrument) AS instrumentTitle, r.status, r.date, r.reservations
       FROM ratifications r LEFT JOIN instruments i ON i.id = r.instrument
       WHERE r.submission_id = ? ORDER BY i.year, r.instrument`,
    )
    .all(submissionId) as RatificationItem[];
}
