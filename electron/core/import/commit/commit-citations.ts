import type { RowCitation } from '../../../../shared/import-contract';
import type { Db } from '../../db';
import type { StoredImport } from '../stage/staging-store';

/**
 * The laws and sources of practice that answer rows cite become evidence of the submission, linked
 * to each row's indicator. Evidence already there (same type, title and article) is linked, not repeated.
 * Only rows whose answer was taken bring their citations: a value kept against the file keeps its own.
 */
export function commitCitations(db: Db, imp: StoredImport, taken: ReadonlySet<number> | null): { evidenceAdded: number; evidenceLinked: number } {
  const rows = db
    .prepare(
      `SELECT row_number, json_extract(resolved, '$.indicator') AS indicator, json_extract(resolved, '$.citations') AS citations
       FROM staging_rows WHERE import_id = ? AND status = 'ready' AND json_array_length(resolved, '$.citations') > 0 ORDER BY row_number`,
    )
    .all(imp.id) as { row_number: number; indicator: string; citations: string }[];
  const insert = db.prepare(
    `INSERT INTO evidence (submission_id, type, title, citation, date, url, import_id, source_row)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const find = db.prepare('SELECT id FROM evidence WHERE submission_id = ? AND type = ? AND title = ? AND citation = ?');
  const link = db.prepare('INSERT INTO evidence_links (evidence_id, indicator, import_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  let evidenceAdded = 0;
  let evidenceLinked = 0;
  for (const row of rows) {
    if (taken && !taken.has(row.row_number)) continue;
    for (const c of JSON.parse(row.citations) as RowCitation[]) {
      evidenceAdded += insert.run(imp.submissionId, c.type, c.title, c.citation, c.date, c.url, imp.id, row.row_number).changes;
      const { id } = find.get(imp.submissionId, c.type, c.title, c.citation) as { id: number };
      evidenceLinked += link.run(id, row.indicator, imp.id).changes;
    }
  }
  return { evidenceAdded, evidenceLinked };
}

/**
 * An evidence sheet's rows link their evidence to the indicators their right, domain or indicator column
 * was reconciled to. Only rows whose record was written or found unchanged link; a row kept against the file does not.
 */
export function commitEvidenceLinks(db: Db, imp: StoredImport, taken: ReadonlySet<number> | null): number {
  const rows = db
    .prepare(
      `SELECT s.row_number, e.id AS evidence, json_extract(s.resolved, '$.links') AS links
       FROM staging_rows s JOIN evidence e ON e.submission_id = ? AND e.type = json_extract(s.resolved, '$.type')
         AND e.title = json_extract(s.resolved, '$.title') AND e.citation = json_extract(s.resolved, '$.citation')
       WHERE s.import_id = ? AND s.status = 'ready' AND json_array_length(s.resolved, '$.links') > 0 ORDER BY s.row_number`,
    )
    .all(imp.submissionId, imp.id) as { row_number: number; evidence: number; links: string }[];
  const link = db.prepare('INSERT INTO evidence_links (evidence_id, indicator, import_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  let linked = 0;
  for (const row of rows) {
    if (taken && !taken.has(row.row_number)) continue;
    for (const indicator of JSON.parse(row.links) as string[]) linked += link.run(row.evidence, indicator, imp.id).changes;
  }
  return linked;
}
