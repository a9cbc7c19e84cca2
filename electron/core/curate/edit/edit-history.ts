import type { FieldChange, HistoryEntry } from '../../../../shared/curate-contract';
import type { Db } from '../../db';
import { loggedEditsOfIndicator } from './edits-store';
import { type RowChange, TRACKED_TABLES } from './tracked-tables';

/**
 * Rows of an edit that touched the indicator that concern it: its own answer, links, justification and
 * accepted problems, and every other row (evidence it is linked to).
 */
function concerns(change: RowChange, indicator: string): boolean {
  if (change.guard) return false;
  if (change.table === 'answers' || change.table === 'evidence_links' || change.table === 'answer_justifications') return change.key.indicator === indicator;
  if (change.table === 'problem_acceptances') return (change.after ?? change.before)?.indicator === indicator;
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
    const { changes, action } = JSON.parse(edit.details) as { changes: RowChange[]; action?: string };
    return {
      seq: edit.seq,
      at: edit.at,
      actor: edit.actor,
      // An undo or redo is shown as the action it undid or redid; its kind says which.
      action: edit.kind === 'edit' ? edit.action : (action ?? edit.action),
      kind: edit.kind,
      of: edit.of,
      changes: changes.filter((c) => concerns(c, indicator)).flatMap(fieldChanges),
    };
  });
}
