import type { QueueItem } from '../../../shared/reconcile-contract';
import type { Candidate, RefKind } from '../../../shared/reconcile';
import type { IndicatorSchema } from '../../../shared/indicator-schema';
import { kindOfStatusContext, STATUSES_BY_KIND } from '../../../shared/instrument-statuses';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import type { Db } from '../db';
import { getImport, getStagedRow, type LoadedStagedRow, ReferenceResolver, restageRow, saveStagedRow } from '../import';
import { buildAnswerTargets, buildIndicatorTargets, buildInstrumentTargets, buildStatusTargets, createMatcher, loadLearnedAliases, storeAlias } from '../match';

const EXAMPLES = 5;

interface Pending {
  importId: string;
  row: number;
  sheet: string;
  refs: { kind: RefKind; text: string; context?: string; targetId: string | null; candidates: Candidate[] }[];
}

/** The rows of the submission's open imports that wait for a decision. */
function pendingRows(db: Db, submissionId: string): Pending[] {
  const rows = db
    .prepare(
      `SELECT s.import_id, s.row_number, s.record, i.sheet FROM staging_rows s JOIN imports i ON i.id = s.import_id
       WHERE i.submission_id = ? AND i.status = 'staged' AND s.status = 'needs-reconciliation' ORDER BY i.created_at, s.row_number`,
    )
    .all(submissionId) as { import_id: string; row_number: number; record: string; sheet: string }[];
  return rows.map((r) => ({ importId: r.import_id, row: r.row_number, sheet: r.sheet, refs: (JSON.parse(r.record) as { refs: Pending['refs'] }).refs }));
}

const keyOf = (kind: string, text: string, context: string | null | undefined) => JSON.stringify([kind, text, context ?? null]);

/**
 * One item per distinct unresolved text: a decision on it resolves every row holding it. An answer
 * whose indicator is itself unresolved waits for that decision and is not asked about yet.
 */
export function reconciliationQueue(db: Db, submissionId: string): QueueItem[] {
  const items = new Map<string, QueueItem>();
  for (const pending of pendingRows(db, submissionId))
    for (const ref of pending.refs) {
      if (ref.targetId !== null || (ref.kind === 'answer' && !ref.context)) continue;
      const key = keyOf(ref.kind, ref.text, ref.context);
      let item = items.get(key);
      if (!item) items.set(key, (item = { kind: ref.kind, text: ref.text, context: ref.context ?? null, rows: 0, examples: [], candidates: ref.candidates }));
      item.rows++;
      if (item.examples.length < EXAMPLES) item.examples.push({ importId: pending.importId, row: pending.row, sheet: pending.sheet });
    }
  return [...items.values()].sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text));
}

/** The targets a reference of this kind (and context) may resolve to. */
export function targetsFor(schema: IndicatorSchema, kind: RefKind, context: string | null) {
  if (kind === 'indicator') return buildIndicatorTargets(schema);
  if (kind === 'instrument') return buildInstrumentTargets(schema);
  const statusOf = kindOfStatusContext(context);
  if (kind === 'answer' && statusOf) return buildStatusTargets(STATUSES_BY_KIND[statusOf]);
  const indicator = schema.indicators.find((i) => i.code === context);
  if (kind === 'answer' && indicator) return buildAnswerTargets(indicator.options);
  throw new MrcError('unknown-reference', `There is nothing to match a ${kind} reference against${context ? ` (context ${context})` : ''}.`);
}

/** Candidates for a text typed into the search box: the engine's best, then any target whose name contains it. */
export function searchTargets(schema: IndicatorSchema, kind: RefKind, context: string | null, query: string): Candidate[] {
  const targets = targetsFor(schema, kind, context);
  if (query.trim() === '') return targets.slice(0, 20).map((t) => ({ targetId: t.id, label: t.label, score: 0, via: 'fuzzy' as const }));
  const best = createMatcher({ kind, targets }).match(query).candidates;
  const needle = query.toLocaleLowerCase();
  const containing = targets
    .filter((t) => !best.some((c) => c.targetId === t.id) && (t.id.toLocaleLowerCase().includes(needle) || t.label.toLocaleLowerCase().includes(needle)))
    .map((t) => ({ targetId: t.id, label: t.label, score: 0, via: 'fuzzy' as const }));
  return [...best, ...containing].slice(0, 20);
}

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
      throw new MrcError('unknown-target', `"${decision.targetId}" is not a ${decision.kind} of schema ${schema.id} ${schema.version}.`);
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
