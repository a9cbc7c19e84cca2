import type { QueueItem } from '../../../shared/reconcile-contract';
import type { Candidate, RefKind } from '../../../shared/reconcile';
import type { IndicatorSchema } from '../../../shared/indicator-schema';
import { kindOfStatusContext, STATUSES_BY_KIND } from '../../../shared/instrument-statuses';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { buildAnswerTargets, buildIndicatorTargets, buildInstrumentTargets, buildStatusTargets, createMatcher } from '../match';
import { pendingRows } from './pending-rows-store';

const EXAMPLES = 5;

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
  throw new MrcError('unknown-reference', `There is nothing to match a ${kind} reference against${context ? ` (context ${context})` : ''}.`, {
    params: context ? { kind, context } : { kind },
    detail: context ? 'unknown-reference.context' : undefined,
  });
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
