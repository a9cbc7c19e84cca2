import type { Db } from '../db';

/** The queries behind packages: one function per query. */

export interface SubmissionSource {
  name: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * The original files of the submission's committed imports, each once, in a fixed order. The order is taken
 * over ids and hashes, and each file's bytes read alone: sorting rows that carry the blobs would copy every
 * byte into SQLite's sorter first.
 */
export function submissionSources(db: Db, submissionId: string): SubmissionSource[] {
  const listed = db
    .prepare(
      `SELECT id, name, sha256 FROM sources
       WHERE id IN (SELECT source_id FROM imports WHERE submission_id = ? AND status = 'committed') AND bytes IS NOT NULL
       ORDER BY sha256`,
    )
    .all(submissionId) as { id: number; name: string; sha256: string }[];
  const bytesOf = db.prepare('SELECT bytes FROM sources WHERE id = ?').pluck();
  return listed.map(({ id, name, sha256 }) => ({ name, sha256, bytes: bytesOf.get(id) as Buffer }));
}
