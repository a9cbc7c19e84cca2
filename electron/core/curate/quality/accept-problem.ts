import { MrcError } from '../../../../shared/errors';
import type { Problem } from '../../../../shared/quality-contract';
import { appendAudit } from '../../audit';
import type { Db } from '../../db';
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

/**
 * Accepts one current problem with a note, or changes the note of an accepted one: one write with its audit
 * entry (before and after). Call inside a write transaction.
 */
export function recordAcceptance(db: Db, actor: string, submissionId: string, key: string, note: string): Problem {
  const problem = currentProblem(db, submissionId, key);
  const at = new Date().toISOString();
  insertAcceptance(db, { submissionId, key, indicator: problem.indicator, code: problem.code, note, actor, at });
  appendAudit(db, {
    actor,
    action: 'problem.accept',
    entity: `submission:${submissionId}/problem:${key}`,
    details: { indicator: problem.indicator, code: problem.code, params: problem.params, before: problem.accepted?.note ?? null, after: note },
  });
  return { ...problem, accepted: { note, actor, at } };
}

/** Takes an acceptance back: the problem is listed as open again. Nothing is written when it was not accepted. Call inside a write transaction. */
export function removeAcceptance(db: Db, actor: string, submissionId: string, key: string): Problem {
  const problem = currentProblem(db, submissionId, key);
  const before = deleteAcceptance(db, submissionId, key);
  if (before !== undefined)
    appendAudit(db, {
      actor,
      action: 'problem.unaccept',
      entity: `submission:${submissionId}/problem:${key}`,
      details: { indicator: problem.indicator, code: problem.code, params: problem.params, before, after: null },
    });
  return { ...problem, accepted: null };
}
