import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_FORMAT } from '../../../electron/core/db/migrations/index';
import type { Db } from '../../../electron/core/db/open-database';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { makeTempDir } from '../temp-dir';
import { describeSchema } from './describe-schema';
import { createDatabaseAt } from './migrate-to';
import { schemaChanges } from './schema-changes';
import { freshSchema, readSnapshot } from './schema-snapshot';

const REFRESH = 'If the change is intended and comes with its migration, run `npm run db:snapshot` and commit tests/unit/db/schema-snapshot.json with it.';

function advice(snapshotFormat: number): string {
  if (snapshotFormat === CURRENT_FORMAT)
    return `The schema differs from tests/unit/db/schema-snapshot.json, yet the format is still ${CURRENT_FORMAT}: a workspace already at format ${CURRENT_FORMAT} would never get this change. Put it in a new migration instead of editing one (README.md, "Migrations", says how). ${REFRESH}`;
  if (snapshotFormat > CURRENT_FORMAT)
    return `tests/unit/db/schema-snapshot.json records format ${snapshotFormat}, past the current format ${CURRENT_FORMAT}: a migration was taken out. ${REFRESH}`;
  const migrations = snapshotFormat + 1 === CURRENT_FORMAT ? `Migration ${CURRENT_FORMAT} changes` : `Migrations ${snapshotFormat + 1} to ${CURRENT_FORMAT} change`;
  return `${migrations} the schema recorded in tests/unit/db/schema-snapshot.json as listed. ${REFRESH}`;
}

describe('the schema snapshot', () => {
  it('records every table, column, index and trigger of a workspace migrated from nothing to the current format', () => {
    const snapshot = readSnapshot();
    expect(schemaChanges(snapshot, freshSchema()), advice(snapshot.format)).toEqual([]);
    expect(snapshot.format, `A migration the snapshot does not know brings workspaces to format ${CURRENT_FORMAT}. ${REFRESH}`).toBe(CURRENT_FORMAT);
  });
});

describe('comparing a schema with the snapshot', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let db: Db;
  beforeEach(() => {
    tmp = makeTempDir();
    db = createDatabaseAt(workspaceFile(tmp.dir), CURRENT_FORMAT);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('names each table, column, index and trigger that was removed, added or changed, and how', () => {
    const before = describeSchema(db);
    db.exec(`
      ALTER TABLE answers DROP COLUMN note;
      ALTER TABLE settings ADD COLUMN scope TEXT NOT NULL DEFAULT 'user';
      CREATE TABLE instruments_new (id TEXT PRIMARY KEY, title TEXT NOT NULL, short_title TEXT, year TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind <> ''), aliases TEXT NOT NULL);
      DROP TABLE instruments;
      ALTER TABLE instruments_new RENAME TO instruments;
      DROP TABLE column_mappings;
      DROP INDEX staging_rows_by_status;
      DROP INDEX imports_by_source;
      CREATE INDEX imports_by_source ON imports (source_id, status);
      DROP TRIGGER audit_log_no_delete;
    `);
    expect(schemaChanges(before, describeSchema(db))).toEqual([
      'table answers, column note: removed (was TEXT)',
      'table column_mappings: removed (columns name, kind, headers_signature, mapping, created_at)',
      'table instruments, column short_title: notnull true -> false',
      'table instruments, column year: type INTEGER -> TEXT',
      "table instruments: check added: kind <> ''",
      "table settings, column scope: added (TEXT NOT NULL DEFAULT 'user')",
      'index column_mappings_by_signature: removed (was index on column_mappings (kind, headers_signature))',
      'index imports_by_source: columns (source_id) -> (source_id, status)',
      'index sqlite_autoindex_column_mappings_1: removed (was unique index of a primary key constraint on column_mappings (name))',
      'index staging_rows_by_status: removed (was index on staging_rows (import_id, status))',
      "trigger audit_log_no_delete: removed (was CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    ]);
  });
});
