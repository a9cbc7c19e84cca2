import type { Db } from '../db';

/** The queries behind packages: one function per query. */

export interface SubmissionSource {
  name: string;
  sha256: string;
  bytes: Buffer;
}

/** The original files of the submission's committed imports, each once, in a fixed order. */
export function submissionSources(db: Db, submissionId: string): SubmissionSource[] {
  return db
    .prepare(
      `SELECT DISTINCT s.name, s.sha256, s.bytes FROM sources s JOIN imports i ON i.source_id = s.id
       WHERE i.submission_id = ? AND i.status = 'committed' AND s.bytes IS NOT NULL ORDER BY s.sha256`,
    )
    .all(submissionId) as SubmissionSource[];
}
