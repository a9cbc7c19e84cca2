import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import { submissionSchema } from '../curate';
import type { Workspace } from '../workspace';
import { acceptAbove, decideReference } from './decide-references';
import { reconciliationQueue, searchTargets } from './reconcile-queue';
import { exportAliases, importAliases } from './share-aliases';
import { waitingBySubmission } from './waiting-counts';

type ReconcileMethod = Extract<ApiMethod, `reconcile.${string}` | `aliases.${string}`>;
export type ReconcileHandlers = { [M in ReconcileMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createReconcileHandlers(ws: Workspace): ReconcileHandlers {
  const { db } = ws;
  const decisions = (submissionId: string) => ({ db, actor: ws.actor, schema: submissionSchema(db, submissionId) });
  return {
    'reconcile.queue': ({ submissionId }) => reconciliationQueue(db, submissionId),
    'reconcile.waiting': () => waitingBySubmission(db),
    'reconcile.search': ({ submissionId, kind, context, query }) => searchTargets(submissionSchema(db, submissionId), kind, context, query),
    'reconcile.decide': ({ submissionId, kind, text, context, targetId }) =>
      decideReference(decisions(submissionId), submissionId, { kind, text, context, targetId }),
    'reconcile.acceptAbove': ({ submissionId, score, apply }) => acceptAbove(db, ws.actor, submissionId, score, apply),
    'aliases.export': () => exportAliases(db),
    'aliases.import': ({ text, fileName }) => importAliases(db, ws.actor, text, fileName),
  };
}
