import { MrcError } from '../../../../shared/errors';
import type { PreviousAnswer } from '../../../../shared/quality-contract';
import { appendAudit } from '../../audit';
import type { Db } from '../../db';
import { deleteJustification, upsertJustification } from './quality-store';
import { readQualityInputs } from './read-quality-inputs';
import { previousAnswers } from './year-on-year';

function previousAnswerOf(db: Db, submissionId: string, indicator: string): { item: PreviousAnswer; previousSubmissionId: string } {
  const inputs = readQualityInputs(db, submissionId);
  if (!inputs.indicators.has(indicator))
    throw new MrcError('unknown-indicator', `${indicator} is no indicator of the submission's schema.`, { params: { indicator } });
  const { previous, items } = previousAnswers(db, inputs);
  if (!previous)
    throw new MrcError('no-previous-submission', 'The workspace holds no submission for this country and an earlier year: there is no change to justify.', {
      params: { country: inputs.submission.country, year: inputs.submission.year },
    });
  return { item: items.find((i) => i.indicator === indicator)!, previousSubmissionId: previous.submissionId };
}

/**
 * Writes the note that justifies a score changed since the previous year (or replaces it), with the scores
 * it justifies, and its audit entry. Refused when the score did not change. Call inside a write transaction.
 */
export function recordJustification(db: Db, actor: string, submissionId: string, indicator: string, note: string): PreviousAnswer {
  const { item, previousSubmissionId } = previousAnswerOf(db, submissionId, indicator);
  if (!item.scoreChanged)
    throw new MrcError('score-unchanged', `${indicator}'s score is the same as the previous year's (or one of them is missing): there is nothing to justify.`, {
      params: { indicator },
    });
  const at = new Date().toISOString();
  upsertJustification(db, submissionId, { indicator, note, previousSubmissionId, previousScore: item.previousScore, score: item.score, actor, at });
  appendAudit(db, {
    actor,
    action: 'answer.justify',
    entity: `submission:${submissionId}/indicator:${indicator}`,
    details: { previousSubmissionId, previousScore: item.previousScore, score: item.score, before: item.justification?.note ?? null, after: note },
  });
  return { ...item, justification: { note, actor, at, previousScore: item.previousScore, score: item.score, current: true } };
}

/** Removes an indicator's justification note; nothing is written when it had none. Call inside a write transaction. */
export function removeJustification(db: Db, actor: string, submissionId: string, indicator: string): PreviousAnswer {
  const { item } = previousAnswerOf(db, submissionId, indicator);
  const before = deleteJustification(db, submissionId, indicator);
  if (before !== undefined)
    appendAudit(db, {
      actor,
      action: 'answer.unjustify',
      entity: `submission:${submissionId}/indicator:${indicator}`,
      details: { before, after: null },
    });
  return { ...item, justification: null };
}
