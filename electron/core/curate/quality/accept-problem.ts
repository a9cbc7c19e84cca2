import { MrcError } from '../../../../shared/errors';
import type { UndoableAction } from '../../../../shared/curate-contract';
import type { Problem } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { undoable } from '../edit/undoable';
import { listProblems } from './find-problems';
import { deleteAcceptance, insertAcceptance } from './quality-store';
import { readQualityInputs } from './read-quality-inputs';

function currentProblem(db: Db, submissionId: string, key: string): Problem {
  const problem = listProblems(db, readQualityInputs(db, submissionId)).items.find((p) => p.key === key);
  if (!problem)
    throw new MrcError('unknown-problem', `The submission has no problem "${key}" now: it may have been solved, or changed since the list was read.`, {
      // A problem's key starts with its indicator's code (problemKey), which is what a person recognises.
      params: { key, indicator: key.split('/')[0] ?? key },
    });
  return problem;
}

type AcceptanceWork = (problem: Problem) => Problem;

/**
 * One undoable edit of a problem's acceptance, shown in its indicator's history. The problem is read inside
 * the edit's transaction, so it is the one the acceptance is written for.
 */
function acceptanceEdit(db: Db, actor: string, submissionId: string, key: string, action: UndoableAction, work: AcceptanceWork): Promise<Problem> {
  const details: Record<string, unknown> = { problem: key };
  return undoable(db, { actor, submissionId, action, indicators: [], details }, (tracker, indicators) => {
    const problem = currentProblem(db, submissionId, key);
    indicators.add(problem.indicator);
    Object.assign(details, { code: problem.code, params: problem.params });
    tracker.track('problem_acceptances', { submission_id: submissionId, problem_key: key });
    return work(problem);
  });
}

/** Accepts one current problem with a note, or changes the note of an accepted one, as one undoable edit. */
export function acceptProblem(db: Db, actor: string, submissionId: string, key: string, note: string): Promise<Problem> {
  return acceptanceEdit(db, actor, submissionId, key, 'problems.accept', (problem) => {
    const at = new Date().toISOString();
    insertAcceptance(db, { submissionId, key, indicator: problem.indicator, code: problem.code, note, actor, at });
    return { ...problem, accepted: { note, actor, at } };
  });
}

/** Takes an acceptance back, as one undoable edit: the problem is listed as open again. Nothing is written when it was not accepted. */
export function unacceptProblem(db: Db, actor: string, submissionId: string, key: string): Promise<Problem> {
  return acceptanceEdit(db, actor, submissionId, key, 'problems.unaccept', (problem) => {
    deleteAcceptance(db, submissionId, key);
    return { ...problem, accepted: null };
  });
}
