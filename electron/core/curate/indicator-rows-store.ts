import type { Db } from '../db';
import type { IndicatorFilter, StoredIndicatorRow } from './indicator-rows';

export function selectIndicatorRows(
  db: Db,
  submission: { id: string; schemaId: string; schemaVersion: string },
  filter: IndicatorFilter,
): StoredIndicatorRow[] {
  return db
    .prepare(
      `WITH sources AS (
         SELECT l.indicator, count(*) AS n, sum(e.type = 'law') AS laws
         FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
         WHERE e.submission_id = ? GROUP BY l.indicator)
       SELECT i.code, i.domain, d.title AS domainTitle, i.dimension, i.level, i.categories, i.question,
         i.answer_type AS answerType, i.options, i.scoring, a.value, a.score, a.confidence,
         coalesce(s.n, 0) AS sourceCount, coalesce(s.laws, 0) AS lawSourceCount
       FROM indicators i
       JOIN domains d ON d.schema_id = i.schema_id AND d.schema_version = i.schema_version AND d.id = i.domain
       LEFT JOIN answers a ON a.submission_id = ? AND a.indicator = i.code
       LEFT JOIN sources s ON s.indicator = i.code
       WHERE i.schema_id = ? AND i.schema_version = ?
         AND (? IS NULL OR i.domain = ?) AND (? IS NULL OR i.dimension = ?)
       ORDER BY i.position`,
    )
    .all(
      submission.id,
      submission.id,
      submission.schemaId,
      submission.schemaVersion,
      filter.domain ?? null,
      filter.domain ?? null,
      filter.dimension ?? null,
      filter.dimension ?? null,
    ) as StoredIndicatorRow[];
}

export function selectSchemaDocument(db: Db, schemaId: string, schemaVersion: string): string {
  const row = db
    .prepare('SELECT document FROM schema_versions WHERE id = ? AND version = ?')
    .get(schemaId, schemaVersion) as { document: string };
  return row.document;
}
