import Database from 'better-sqlite3';
import { migrateDatabase } from '../../../electron/core/db/migrate';
import { CURRENT_FORMAT } from '../../../electron/core/db/migrations/index';
import type { Db } from '../../../electron/core/db/open-database';

/**
 * A new workspace database at `format`, as that version of the app left it: WAL, foreign keys on, built by the
 * app's own migrations 1..format. It stays open for the test to add rows; close it before opening the workspace.
 */
export function createDatabaseAt(file: string, format: number): Db {
  if (!Number.isInteger(format) || format < 1 || format > CURRENT_FORMAT) throw new Error(`no workspace format ${format}: formats run from 1 to ${CURRENT_FORMAT}`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrateDatabase(db, { to: format });
  return db;
}

/** Applies the migrations that bring `db` up to `format` and no further, as opening the workspace would. */
export function migrateTo(db: Db, format: number): void {
  if (format > CURRENT_FORMAT) throw new Error(`no workspace format ${format}: the last is ${CURRENT_FORMAT}`);
  migrateDatabase(db, { to: format });
}

export type TableRows = Record<string, { columns: string[]; rows: unknown[][] }>;

/**
 * Every row of every table, in rowid order; given what `everyRow` read before a migration, the same tables and
 * columns read again, so that a test can check the migration kept them.
 */
export function everyRow(db: Db, before?: TableRows): TableRows {
  const names = before
    ? Object.keys(before)
    : (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
  const result: TableRows = {};
  for (const name of names) {
    const columns = before?.[name]?.columns ?? (db.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => c.name);
    const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY rowid`).raw().all() as unknown[][];
    result[name] = { columns, rows };
  }
  return result;
}
