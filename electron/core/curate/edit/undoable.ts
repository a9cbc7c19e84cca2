import type { UndoableAction } from '../../../../shared/curate-contract';
import { MrcError } from '../../../../shared/errors';
import { appendAudit } from '../../audit';
import { type Db, withWriteLock } from '../../db';
import { recordEdit } from './edits-store';
import { readTrackedRow } from './tracked-rows-store';
import { type RowChange, type RowKey, sameValue, type TableName } from './tracked-tables';

/** Collects the rows an edit is about to change, with their values before; their values after are read at the end. */
export class ChangeTracker {
  private readonly rows = new Map<string, Omit<RowChange, 'after'>>();

  constructor(private readonly db: Db) {}

  /** Call before changing the row (or after creating it, with `created`). */
  track(table: TableName, key: RowKey, created = false): void {
    const id = JSON.stringify([table, key]);
    if (this.rows.has(id)) return;
    this.rows.set(id, { table, key, before: created ? null : readTrackedRow(this.db, table, key) });
  }

  /** A row the edit relies on without changing it: undoing the edit needs it as it is now. */
  guard(table: TableName, key: RowKey): void {
    const id = JSON.stringify([table, key]);
    if (!this.rows.has(id)) this.rows.set(id, { table, key, before: readTrackedRow(this.db, table, key), guard: true });
  }

  changes(): RowChange[] {
    return [...this.rows.values()]
      .map((row) => ({ ...row, after: readTrackedRow(this.db, row.table, row.key) }))
      .filter((row) => row.guard || !sameValue(row.before, row.after));
  }
}

export interface EditMeta {
  actor: string;
  submissionId: string;
  /** The audit entry's action: "answers.set", "evidence.link", "reconcile.decide"… */
  action: UndoableAction;
  /** The indicators whose history shows the edit; the tracker may add more with `indicators.add`. */
  indicators: Iterable<string>;
  /** Said in the audit entry beside the rows. */
  details?: Record<string, unknown>;
}

/**
 * Runs `work` as one undoable edit: one write transaction under the workspace's write lock, and one audit
 * entry with the rows it changed before and after, which edits.undo and edits.redo replay. An edit that
 * changes nothing writes no entry. Any write of a submission's curation goes through here.
 */
export async function undoable<T>(db: Db, meta: EditMeta, work: (tracker: ChangeTracker, indicators: Set<string>) => T): Promise<T> {
  return withWriteLock(db, {}, () => {
    const tracker = new ChangeTracker(db);
    const indicators = new Set(meta.indicators);
    const result = work(tracker, indicators);
    if (result instanceof Promise) throw new MrcError('internal-error', 'An undoable edit must not await inside its transaction.');
    const changes = tracker.changes();
    if (changes.some((c) => !c.guard)) {
      const seq = appendAudit(db, {
        actor: meta.actor,
        action: meta.action,
        entity: `submission:${meta.submissionId}`,
        details: { ...meta.details, submissionId: meta.submissionId, indicators: [...indicators].sort(), changes },
      });
      recordEdit(db, seq, meta.submissionId, 'edit', null, [...indicators]);
    }
    return result;
  });
}
