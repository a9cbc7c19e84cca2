import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { curateMethods } from '../../../shared/curate-contract';
import { verifyAuditChain } from '../audit';
import type { Workspace } from '../workspace';
import { setAnswer } from './answers/set-answer';
import { indicatorHistory } from './edit/edit-history';
import { redoEdit, undoEdit, undoState } from './edit/undo-redo';
import { addEvidence, evidenceOfIndicator, linkEvidence, listEvidence, removeEvidence, updateEvidence } from './evidence/evidence-edits';

type CurateMethod = Extract<ApiMethod, keyof typeof curateMethods>;
export type CurateHandlers = { [M in CurateMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createCurateHandlers(ws: Workspace): CurateHandlers {
  const { db, actor } = ws;
  return {
    'answers.set': (edit) => setAnswer(db, actor, edit),
    'evidence.list': ({ submissionId }) => listEvidence(db, submissionId),
    'evidence.ofIndicator': ({ submissionId, indicatorId }) => evidenceOfIndicator(db, submissionId, indicatorId),
    'evidence.add': ({ submissionId, evidence, indicatorIds }) => addEvidence(db, actor, submissionId, evidence, indicatorIds),
    'evidence.update': ({ evidenceId, evidence }) => updateEvidence(db, actor, evidenceId, evidence),
    'evidence.remove': ({ evidenceId }) => removeEvidence(db, actor, evidenceId),
    'evidence.link': ({ evidenceId, indicatorId }) => linkEvidence(db, actor, evidenceId, indicatorId, true),
    'evidence.unlink': ({ evidenceId, indicatorId }) => linkEvidence(db, actor, evidenceId, indicatorId, false),
    'edits.state': ({ submissionId }) => undoState(db, submissionId),
    'edits.undo': ({ submissionId }) => undoEdit(db, actor, submissionId),
    'edits.redo': ({ submissionId }) => redoEdit(db, actor, submissionId),
    'edits.history': ({ submissionId, indicatorId }) => indicatorHistory(db, submissionId, indicatorId),
    'audit.verify': () => verifyAuditChain(db),
  };
}
