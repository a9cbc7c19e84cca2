import type Database from 'better-sqlite3';
import { rebuildTable } from './rebuild-table';

/**
 * An import is staged in slices, each its own transaction, so that nothing waits for a whole staging: until its
 * last slice it is 'writing', owned by the process writing it (`writer`), and shown to nobody. An import left
 * 'writing' by a process that is gone is deleted with its rows.
 * Staged rows lose the 'committed' status, which no code ever wrote: a committed import's rows stay 'ready' and
 * the import says they were committed. A row that holds it anyway becomes 'ready', which reads the same.
 */
export function up(db: Database.Database): void {
  rebuildTable(
    db,
    'imports',
    `CREATE TABLE imports (
      id TEXT PRIMARY KEY,
      submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources (id),
      kind TEXT NOT NULL CHECK (kind IN ('answers', 'evidence', 'ratifications')),
      sheet TEXT NOT NULL,
      layout TEXT NOT NULL,
      mapping TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('writing', 'staged', 'committed', 'abandoned')),
      created_at TEXT NOT NULL,
      committed_at TEXT,
      summary TEXT,
      writer TEXT CHECK ((status = 'writing') = (writer IS NOT NULL))
    )`,
  );
  rebuildTable(
    db,
    'staging_rows',
    `CREATE TABLE staging_rows (
      import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
      row_number INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('ready', 'needs-reconciliation', 'error', 'excluded')),
      resolved BLOB,
      problems TEXT NOT NULL DEFAULT '[]',
      record TEXT NOT NULL,
      cells TEXT NOT NULL,
      by_similarity INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (import_id, row_number)
    )`,
    { status: "CASE status WHEN 'committed' THEN 'ready' ELSE status END" },
  );
  db.exec("CREATE INDEX imports_writing ON imports (writer) WHERE status = 'writing'");
}
