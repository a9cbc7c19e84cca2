import type Database from 'better-sqlite3';
import * as initial from './001-initial';
import * as importTables from './002-import';
import * as ratificationStatuses from './003-ratification-statuses';
import * as evidenceLinks from './004-evidence-links';

/**
 * One step of the workspace's format: its SQL, its code, or both (the SQL runs first). A step runs in one
 * write transaction with the others' rows already migrated, and must not await: `up` is synchronous, and the
 * runner refuses a step that returns a promise, since its work would land after the transaction commits.
 */
export type Migration =
  | { readonly sql: string; readonly up?: (db: Database.Database) => void }
  | { readonly sql?: undefined; readonly up: (db: Database.Database) => void };

/*
 * Adding a migration (README.md, "Migrations", says the same for a newcomer):
 * 1. Write `00N-what-it-does.ts` beside the others, exporting `sql` (a string), `up(db)` (a synchronous
 *    function), or both; its comment says what it does to existing rows. Never edit a migration that has
 *    shipped: workspaces already past it would never run the change.
 * 2. Append it to the list below; CURRENT_FORMAT follows.
 * 3. Foreign keys are not enforced while a step runs (SQLite's way to rebuild a table: create the new one,
 *    copy, drop the old, rename), and are checked when it ends: a dangling reference refuses the step.
 * 4. Test it in `tests/unit/db/migrations/00N-what-it-does.test.ts` (a test checks that the file exists):
 *    `createDatabaseAt(file, N - 1)` from `tests/unit/db/migrate-to.ts`, representative rows, then
 *    `migrateTo(db, N)` and the rows after.
 * 5. `npm run db:snapshot` records the new schema in `tests/unit/db/schema-snapshot.json`; commit it with the
 *    migration. The snapshot test fails on any change of a table, column, index or trigger that it lacks.
 */

/** Entry N brings a workspace from format N to N + 1 (PRAGMA user_version). Append only. */
export const migrations: readonly Migration[] = [initial, importTables, ratificationStatuses, evidenceLinks];

export const CURRENT_FORMAT = migrations.length;
