import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import { submissionSchema } from '../curate';
import { appendAudit } from '../audit';
import type { Workspace } from '../workspace';
import { parseAliases, serialiseAliases } from './aliases-file';
import { decideMatch, loadLearnedAliases, storeAlias } from '../match';
import { decideReference, recheckWaitingRows, reconciliationQueue, searchTargets } from './reconcile-queue';
import { waitingBySubmission } from './waiting-counts';

type ReconcileMethod = Extract<ApiMethod, `reconcile.${string}` | `aliases.${string}`>;
export type ReconcileHandlers = { [M in ReconcileMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> };

export function createReconcileHandlers(ws: Workspace): ReconcileHandlers {
  const { db } = ws;
  const schemaOf = (submissionId: string) => submissionSchema(db, submissionId);
  return {
    'reconcile.queue': ({ submissionId }) => reconciliationQueue(db, submissionId),
    'reconcile.waiting': () => waitingBySubmission(db),
    'reconcile.search': ({ submissionId, kind, context, query }) => searchTargets(schemaOf(submissionId), kind, context, query),
    'reconcile.decide': ({ submissionId, kind, text, context, targetId }) =>
      decideReference({ db, actor: ws.actor, schema: schemaOf(submissionId) }, submissionId, { kind, text, context, targetId }),
    'reconcile.acceptAbove': ({ submissionId, score, apply }) => {
      // The same rule as automatic acceptance, at the user's threshold: a clear leader, never a tie.
      const chosen = reconciliationQueue(db, submissionId).filter(
        (item) => item.candidates[0] !== undefined && decideMatch(item.candidates, { threshold: score, margin: 0 }) === 'auto',
      );
      if (apply) {
        const ctx = { db, actor: ws.actor, schema: schemaOf(submissionId) };
        for (const item of chosen)
          decideReference(ctx, submissionId, { kind: item.kind, text: item.text, context: item.context, targetId: item.candidates[0]!.targetId });
      }
      return { items: chosen.length, rows: chosen.reduce((n, item) => n + item.rows, 0) };
    },
    'aliases.export': () => {
      const aliases = loadLearnedAliases(db);
      return { fileName: 'mrc-aliases.json', text: serialiseAliases(aliases), count: aliases.length };
    },
    'aliases.import': ({ text, fileName }) => {
      const aliases = parseAliases(text, fileName);
      let replaced = 0;
      let rowsResolved = 0;
      db.transaction(() => {
        for (const alias of aliases) if (storeAlias(db, alias, 'shared', ws.actor)) replaced++;
        const waiting = db
          .prepare("SELECT DISTINCT submission_id AS id FROM imports WHERE status = 'staged'")
          .all() as { id: string }[];
        for (const { id } of waiting) rowsResolved += recheckWaitingRows({ db, actor: ws.actor, schema: schemaOf(id) }, id);
        appendAudit(db, { actor: ws.actor, action: 'aliases.import', entity: 'aliases', details: { fileName, count: aliases.length, rowsResolved } });
      }).immediate();
      return { added: aliases.length - replaced, replaced, rowsResolved };
    },
  };
}
