import type Database from 'better-sqlite3';
import * as initial from './001-initial';
import * as importTables from './002-import';
import * as ratificationStatuses from './003-ratification-statuses';
import * as evidenceLinks from './004-evidence-links';
import * as importsBeingWritten from './005-imports-being-written';
import * as edits from './006-edits';
import * as curationQuality from './007-curation-quality';
import * as keys from './008-keys';

/**
 * One step of the workspace's format: its SQL, its code, or both (the SQL runs first). A step runs in one
 * write transaction, after the steps before it have committed, and must not await: `up` is synchronous, and the
 * runner refuses a step that returns a promise, since its work would land after the transaction commits.
 */
export type Migration =
  | { readonly sql: string; readonly up?: (db: Database.Database) => void }
  | { readonly sql?: undefined; readonly up: (db: Database.Database) => void };

/**
 * Entry N brings a workspace from format N to N + 1 (PRAGMA user_version). Append only: a workspace already past
 * a migration never runs it again, so an edit to one that has shipped would reach new workspaces only. How to
 * add one, test it and refresh the schema snapshot: README.md, "Migrations".
 */
export const migrations: readonly Migration[] = [initial, importTables, ratificationStatuses, evidenceLinks, importsBeingWritten, edits, curationQuality, keys];

export const CURRENT_FORMAT = migrations.length;
