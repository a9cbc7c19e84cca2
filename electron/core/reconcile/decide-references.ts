import type { IndicatorSchema } from '../../../shared/indicator-schema';
import type { RefKind } from '../../../shared/reconcile';
import { MrcError } from '../../../shared/errors';
import { type ChangeTracker, submissionSchema, undoable } from '../curate';
import type { Db } from '../db';
import { getImport, getStagedRow, type LoadedStagedRow, ReferenceResolver, restageRow, saveStagedRow } from '../import';
import { decideMatch, loadLearnedAliases, storeAlias } from '../match';
import { type Pending, pendingRows } from './pending-rows-store';
import { reconciliationQueue, targetsFor } from './reconcile-queue';

export interface DecisionContext {
  db: Db;
  actor: string;
  schema: IndicatorSchema;
}

/** Reads every waiting row of a submission again with the aliases known now, e.g. after a team's aliases were imported. */
export function recheckWaitingRows(ctx: DecisionContext, submissionId: string): number {
  const resolver = new ReferenceResolver(ctx.schema, loadLearnedAliases(ctx.db));
  let resolved = 0;
  for (const pending of pendingRows(ctx.db, submissionId)) {
    const updated = restageRow(resolver, getImport(ctx.db, pending.importId), getStagedRow(ctx.db, pending.importId, pending.row));
    if (updated.status === 'needs-reconciliation') continue;
    saveStagedRow(ctx.db, pending.importId, updated);
    if (updated.status === 'ready') resolved++;
  }
  return resolved;
}

type Decision = { kind: RefKind; text: string; context: string | null; targetId: string | null };

const waitsFor = (decision: Decision) => (r: Pending['refs'][number]) =>
  r.targetId === null && r.kind === decision.kind && r.text === decision.text && (r.context ?? null) === decision.context;

/** The row once "no match" is settled for the text: an error saying so, the text no longer waiting for anyone. */
function refusedRow(row: LoadedStagedRow, sheet: string, decision: Decision): LoadedStagedRow {
  const waiting = waitsFor(decision);
  return {
    ...row,
    status: 'error',
    record: { ...row.record, refs: row.record.refs.map((r) => (waiting(r) ? { ...r, refused: 'you chose "No match" for it' } : r)) },
    problems: [
      ...row.problems,
      {
        code: 'unmatched-reference',
        message: `Sheet "${sheet}", row ${row.row}: "${decision.text}" matches no ${decision.kind} of the schema (you chose "No match" for it).`,
        where: { sheet, row: row.row },
      },
    ],
  };
}

/**
 * Applies one decision inside an undoable edit: a target becomes a learned alias and the waiting rows are
 * read again; "no match" turns them into errors saying so. The tracker keeps the alias and every row before and after.
 */
function applyDecision(ctx: DecisionContext, tracker: ChangeTracker, submissionId: string, decision: Decision): { rowsResolved: number; rowsRejected: number; rows: number } {
  const { db, schema } = ctx;
  const affected = pendingRows(db, submissionId).filter((p) => p.refs.some(waitsFor(decision)));
  if (decision.targetId !== null) {
    tracker.track('aliases', { kind: decision.kind, alias: decision.text });
    storeAlias(db, { kind: decision.kind, text: decision.text, targetId: decision.targetId }, 'learned', ctx.actor);
  }
  const resolver = new ReferenceResolver(schema, loadLearnedAliases(db));
  let rowsResolved = 0;
  let rowsRejected = 0;
  for (const pending of affected) {
    const imp = getImport(db, pending.importId);
    const row = getStagedRow(db, pending.importId, pending.row);
    tracker.guard('imports', { id: pending.importId });
    tracker.track('staging_rows', { import_id: pending.importId, row_number: pending.row });
    const updated = decision.targetId === null ? refusedRow(row, imp.sheet, decision) : restageRow(resolver, imp, row);
    saveStagedRow(db, pending.importId, updated);
    if (updated.status === 'ready') rowsResolved++;
    if (updated.status === 'error') rowsRejected++;
  }
  return { rowsResolved, rowsRejected, rows: affected.length };
}

function requireTarget(schema: IndicatorSchema, decision: Decision): void {
  if (decision.targetId === null) return;
  const targets = targetsFor(schema, decision.kind, decision.context);
  if (!targets.some((t) => t.id === decision.targetId))
    throw new MrcError('unknown-target', `"${decision.targetId}" is not a ${decision.kind} of schema ${schema.id} ${schema.version}.`);
}

/**
 * Records the user's decision on a text and applies it to every waiting row, as one undoable edit of the
 * submission: edits.undo takes the alias back and puts the rows back to waiting.
 */
export async function decideReference(ctx: DecisionContext, submissionId: string, decision: Decision): Promise<{ rowsResolved: number; rowsRejected: number }> {
  requireTarget(ctx.schema, decision);
  const action = decision.targetId === null ? 'reconcile.no-match' : 'reconcile.decide';
  const details: Record<string, unknown> = { ...decision };
  const applied = await undoable(ctx.db, { actor: ctx.actor, submissionId, action, indicators: [], details }, (tracker) => {
    const applied = applyDecision(ctx, tracker, submissionId, decision);
    details.rows = applied.rows;
    return applied;
  });
  return { rowsResolved: applied.rowsResolved, rowsRejected: applied.rowsRejected };
}

/**
 * Accepts every waiting text whose best candidate scores at least `score`, by the same rule as
 * automatic acceptance at the user's threshold: a clear leader, never a tie. Without `apply` it only counts them.
 * Applied, the decisions are one edit, undone together.
 */
export async function acceptAbove(db: Db, actor: string, submissionId: string, score: number, apply: boolean): Promise<{ items: number; rows: number }> {
  const chosen = reconciliationQueue(db, submissionId).filter(
    (item) => item.candidates[0] !== undefined && decideMatch(item.candidates, { threshold: score, margin: 0 }) === 'auto',
  );
  if (apply && chosen.length > 0) {
    const ctx = { db, actor, schema: submissionSchema(db, submissionId) };
    const decisions = chosen.map((item) => ({ kind: item.kind, text: item.text, context: item.context, targetId: item.candidates[0]!.targetId }));
    await undoable(db, { actor, submissionId, action: 'reconcile.accept-above', indicators: [], details: { score, items: decisions.length } }, (tracker) => {
      for (const decision of decisions) applyDecision(ctx, tracker, submissionId, decision);
    });
  }
  return { items: chosen.length, rows: chosen.reduce((n, item) => n + item.rows, 0) };
}
