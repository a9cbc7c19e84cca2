import type { UndoOutcome, UndoState } from '../../../../shared/curate-contract';
import { MrcError } from '../../../../shared/errors';
import { appendAudit } from '../../audit';
import { type Db, withWriteLock } from '../../db';
import { type EditRow, editIndicators, editsOf, loggedEdit, recordEdit } from './edits-store';
import { deleteTrackedRow, readTrackedRow, writeTrackedRow } from './tracked-rows-store';
import { type RowChange, sameValue, TABLE_ORDER, TRACKED_TABLES } from './tracked-tables';

interface Stacks {
  undo: number[];
  redo: number[];
}

/** The stacks, replayed from the log's index: an edit pushes and empties redo; an undo moves its edit to redo, a redo back. */
function stacksFrom(rows: readonly EditRow[]): Stacks {
  const stacks: Stacks = { undo: [], redo: [] };
  const move = (seq: number, from: number[], to: number[]) => {
    const at = from.lastIndexOf(seq);
    if (at >= 0) from.splice(at, 1);
    to.push(seq);
  };
  for (const row of rows) {
    if (row.kind === 'edit') {
      stacks.undo.push(row.seq);
      stacks.redo = [];
    } else if (row.of !== null) move(row.of, row.kind === 'undo' ? stacks.undo : stacks.redo, row.kind === 'undo' ? stacks.redo : stacks.undo);
  }
  return stacks;
}

function actionOf(db: Db, seq: number | undefined): string | null {
  return seq === undefined ? null : (loggedEdit(db, seq)?.action ?? null);
}

export function undoState(db: Db, submissionId: string): UndoState {
  const { undo, redo } = stacksFrom(editsOf(db, submissionId));
  return { canUndo: undo.length > 0, canRedo: redo.length > 0, undoAction: actionOf(db, undo.at(-1)), redoAction: actionOf(db, redo.at(-1)) };
}

function describeRow(change: RowChange): string {
  const key = Object.values(change.key).join(' / ');
  return `${TRACKED_TABLES[change.table].entity} ${key}`;
}

/** Puts every row from one side of the edit to the other, after checking that none changed since. */
function replay(db: Db, seq: number, changes: readonly RowChange[], direction: 'undo' | 'redo'): RowChange[] {
  const [from, to] = direction === 'undo' ? (['after', 'before'] as const) : (['before', 'after'] as const);
  for (const change of changes)
    if (!sameValue(readTrackedRow(db, change.table, change.key), change[from]))
      throw new MrcError(
        'edit-superseded',
        `Edit ${seq} cannot be ${direction === 'undo' ? 'undone' : 'redone'}: the ${describeRow(change)} has changed since (by an import or another edit). Nothing was changed.`,
        { detail: `edit-superseded.${direction}`, params: { seq, record: Object.values(change.key).join(' / ') } },
      );
  const writes = changes.filter((c) => !c.guard);
  const now = new Date().toISOString();
  for (const table of [...TABLE_ORDER].reverse())
    for (const change of writes) if (change.table === table && change[to] === null) deleteTrackedRow(db, table, change.key);
  for (const table of TABLE_ORDER)
    for (const change of writes) {
      const value = change[to];
      if (change.table === table && value !== null) writeTrackedRow(db, table, change.key, value, now);
    }
  return changes.map((c) => ({ ...c, before: c[from], after: c[to] }));
}

async function step(db: Db, actor: string, submissionId: string, direction: 'undo' | 'redo'): Promise<UndoOutcome> {
  return withWriteLock(db, {}, () => {
    const stacks = stacksFrom(editsOf(db, submissionId));
    const seq = (direction === 'undo' ? stacks.undo : stacks.redo).at(-1);
    if (seq === undefined)
      throw new MrcError(direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo', `There is no edit of this submission to ${direction}.`);
    const edit = loggedEdit(db, seq);
    if (!edit) throw new MrcError('audit-entry-missing', `The audit entry of edit ${seq} is missing from the log; run "mrc audit verify".`, { params: { seq } });
    const changes = (JSON.parse(edit.details) as { changes: RowChange[] }).changes;
    const applied = replay(db, seq, changes, direction);
    const indicators = editIndicators(db, seq);
    const entry = appendAudit(db, {
      actor,
      action: `edits.${direction}`,
      entity: `submission:${submissionId}`,
      details: { submissionId, of: seq, action: edit.action, indicators, changes: applied },
    });
    recordEdit(db, entry, submissionId, direction, seq, indicators);
    return { seq, action: edit.action, indicators, state: undoState(db, submissionId) };
  });
}

/** Undoes the submission's latest edit not yet undone, as a new audit entry. */
export function undoEdit(db: Db, actor: string, submissionId: string): Promise<UndoOutcome> {
  return step(db, actor, submissionId, 'undo');
}

/** Does again the edit undone last, if no new edit came after the undo. */
export function redoEdit(db: Db, actor: string, submissionId: string): Promise<UndoOutcome> {
  return step(db, actor, submissionId, 'redo');
}
