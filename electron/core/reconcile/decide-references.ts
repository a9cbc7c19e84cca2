import type { IndicatorSchema } from '../../../shared/indicator-schema';
import type { RefKind } from '../../../shared/reconcile';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import { submissionSchema } from '../curate';
import type { Db } from '../db';
import { getImport, getStagedRow, type LoadedStagedRow, ReferenceResolver, restageRow, saveStagedRow } from '../import';
import { decideMatch, loadLearnedAliases, storeAlias } from '../match';
import { pendingRows } from './pending-rows-store';
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

/**
 * Records the user's decision on a text and applies it to every waiting row: a target becomes a
 * learned alias and the rows are read again; "no match" turns the rows into errors saying so.
 */
export function decideReference(
  ctx: DecisionContext,
  submissionId: string,
  decision: { kind: RefKind; text: string; context: string | null; targetId: string | null },
): { rowsResolved: number; rowsRejected: number } {
  const { db, schema } = ctx;
  if (decision.targetId !== null) {
    const targets = targetsFor(schema, decision.kind, decision.context);
    if (!targets.some((t) => t.id === decision.targetId))
      throw new MrcError('unknown-target', `"${decision.targetId}" is not a ${decision.kind} of schema ${schema.id} ${schema.version}.`, {
        params: { target: decision.targetId, kind: decision.kind, schema: schema.id, version: schema.version },
      });
  }
  const affected = pendingRows(db, submissionId).filter((p) =>
    p.refs.some((r) => r.targetId === null && r.kind === decision.kind && r.text === decision.text && (r.context ?? null) === decision.context),
  );
  let rowsResolved = 0;
  let rowsRejected = 0;
  db.transaction(() => {
    if (decision.targetId !== null)
      storeAlias(db, { kind: decision.kind, text: decision.text, targetId: decision.targetId }, 'learned', ctx.actor);
    const resolver = new ReferenceResolver(schema, loadLearnedAliases(db));
    for (const pending of affected) {
      const imp = getImport(db, pending.importId);
      const row = getStagedRow(db, pending.importId, pending.row);
      const updated: LoadedStagedRow =
        decision.targetId === null
          ? {
              ...row,
              status: 'error',
              // The text is settled as matching nothing: it no longer waits for anyone, the problem says why.
              record: {
                ...row.record,
                refs: row.record.refs.map((r) =>
                  r.targetId === null && r.kind === decision.kind && r.text === decision.text && (r.context ?? null) === decision.context
                    ? { ...r, refused: 'you chose "No match" for it' }
                    : r,
                ),
              },
              problems: [
                ...row.problems,
                {
                  code: 'unmatched-reference',
                  message: `Sheet "${imp.sheet}", row ${row.row}: "${decision.text}" matches no ${decision.kind} of the schema (you chose "No match" for it).`,
                  where: { sheet: imp.sheet, row: row.row },
                  params: { text: decision.text, kind: decision.kind },
                },
              ],
            }
          : restageRow(resolver, imp, row);
      saveStagedRow(db, pending.importId, updated);
      if (updated.status === 'ready') rowsResolved++;
      if (updated.status === 'error') rowsRejected++;
    }
    appendAudit(db, {
      actor: ctx.actor,
      action: decision.targetId === null ? 'reconcile.no-match' : 'reconcile.decide',
      entity: `submission:${submissionId}`,
      details: { ...decision, rows: affected.length },
    });
  }).immediate();
  return { rowsResolved, rowsRejected };
}

/**
 * Accepts every waiting text whose best candidate scores at least `score`, by the same rule as
 * automatic acceptance at the user's threshold: a clear leader, never a tie. Without `apply` it only counts them.
 */
export function acceptAbove(db: Db, actor: string, submissionId: string, score: number, apply: boolean): { items: number; rows: number } {
  const chosen = reconciliationQueue(db, submissionId).filter(
    (item) => item.candidates[0] !== undefined && decideMatch(item.candidates, { threshold: score, margin: 0 }) === 'auto',
  );
  if (apply) {
    const ctx = { db, actor, schema: submissionSchema(db, submissionId) };
    for (const item of chosen)
      decideReference(ctx, submissionId, { kind: item.kind, text: item.text, context: item.context, targetId: item.candidates[0]!.targetId });
  }
  return { items: chosen.length, rows: chosen.reduce((n, item) => n + item.rows, 0) };
}
