import type { FieldChange, HistoryEntry } from '../../../../shared/curate-contract';
import type { Db } from '../../db';
import { loggedEditsOfIndicator } from './edits-store';
import { type RowChange, TRACKED_TABLES } from './tracked-tables';

/** Rows of an edit that touched the indicator that concern it: its own answer and links, and every other row (evidence it is linked to). */
function concerns(change: RowChange, indicator: string): boolean {
  if (change.guard) return false;
  if (change.table === 'answers' || change.table === 'evidence_links') return change.key.indicator === indicator;
  return true;
}

function fieldChanges(change: RowChange): FieldChange[] {
  const entity = TRACKED_TABLES[change.table].entity;
  if (change.before === null || change.after === null) {
    const label = change.table === 'evidence_links' ? `evidence ${change.key.evidence_id}` : Object.values(change.key).join(' / ');
    return [{ entity, field: change.before === null ? 'added' : 'removed', before: change.before === null ? null : label, after: change.after === null ? null : label }];
  }
  const { before, after } = change;
  return Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ entity, field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Every edit, undo and redo that touched one indicator of a submission, oldest first: who, when, what, before, after. */
export function indicatorHistory(db: Db, submissionId: string, indicator: string): HistoryEntry[] {
  return loggedEditsOfIndicator(db, submissionId, indicator).map((edit) => {
    const changes = (JSON.parse(edit.details) as { changes: RowChange[] }).changes;
    return {
      seq: edit.seq,
      at: edit.at,
      actor: edit.actor,
      action: edit.action,
      kind: edit.kind,
      of: edit.of,
      changes: changes.filter((c) => concerns(c, indicator)).flatMap(fieldChanges),
    };
  });
}
