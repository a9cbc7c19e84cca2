import type Database from 'better-sqlite3';
import { MrcError } from '../../../shared/errors';
import { migrations, type Migration } from './migrations/index';

type Db = Database.Database;

interface DanglingReference {
  table: string;
  rowid: number | null;
  parent: string;
}

export interface MigrateOptions {
  /** The format to reach; the last of `steps` when not given. A workspace already past it is left alone. */
  to?: number;
  /** The app's migrations, unless a test of the runner brings its own. */
  steps?: readonly Migration[];
}

const formatOf = (db: Db) => db.pragma('user_version', { simple: true }) as number;

/** `reason` is English, for the CLI and logs: a failed migration is the developers' to read, the person only restores. */
function refuse(format: number, reason: string): MrcError {
  return new MrcError('workspace-migration-failed', `The workspace could not be brought to format ${format}: ${reason}. It was left at format ${format - 1}, unchanged.`, {
    params: { format, previous: format - 1, reason },
  });
}

function runStep(db: Db, step: Migration, format: number): void {
  if (step.sql !== undefined) db.exec(step.sql);
  const result: unknown = step.up?.(db);
  if (typeof (result as { then?: unknown } | undefined)?.then === 'function')
    throw refuse(format, 'its migration returned a promise, and a migration must finish inside its transaction');
  const dangling = db.pragma('foreign_key_check') as DanglingReference[];
  if (dangling.length > 0) {
    const first = dangling[0]!;
    throw refuse(format, `${dangling.length} row(s) would point to no row of their parent table (first: row ${first.rowid} of ${first.table}, into ${first.parent})`);
  }
}

/**
 * Each step in its own write transaction, re-reading the format once it holds the lock: two first starts cannot
 * both apply it. Foreign keys are off meanwhile (SQLite ignores the switch inside a transaction), so that a step
 * that rebuilds a parent table does not cascade its deletes; each step ends with a check of every reference.
 */
export function migrateDatabase(db: Db, { steps = migrations, to = steps.length }: MigrateOptions = {}): void {
  if (formatOf(db) >= to) return;
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    for (;;) {
      const applied = db
        .transaction(() => {
          const from = formatOf(db);
          if (from >= to) return false;
          const step = steps[from];
          if (step === undefined) throw new Error(`missing migration ${from + 1}`);
          runStep(db, step, from + 1);
          db.pragma(`user_version = ${from + 1}`);
          return true;
        })
        .immediate();
      if (!applied) return;
    }
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}
