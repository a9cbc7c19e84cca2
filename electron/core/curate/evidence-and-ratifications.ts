import type { EvidenceItem, RatificationItem } from '../../../shared/domain';
import type { Db } from '../db';
import { requireSubmission } from './submissions';

export function submissionEvidence(db: Db, submissionId: string): EvidenceItem[] {
  requireSubmission(db, submissionId);
  return db
    .prepare(
      `SELECT e.type, e.title, e.citation, e.date, e.url, e.excerpt, e.categories,
         coalesce((SELECT group_concat(l.indicator, ', ') FROM (SELECT indicator FROM evidence_links WHERE evidence_id = e.id ORDER BY indicator) l), e.indicators) AS indicators
       FROM evidence e WHERE e.submission_id = ? ORDER BY e.type, e.date IS NULL, e.date, e.title, e.citation`,
    )
    .all(submissionId) as EvidenceItem[];
}

export function submissionRatifications(db: Db, submissionId: string): RatificationItem[] {
  requireSubmission(db, submissionId);
  return db
    .prepare(
      `SELECT r.instrument, coalesce(i.short_title, r.instrument) AS instrumentTitle, r.status, r.date, r.reservations
       FROM ratifications r LEFT JOIN instruments i ON i.id = r.instrument
       WHERE r.submission_id = ? ORDER BY i.year, r.instrument`,
    )
    .all(submissionId) as RatificationItem[];
}
