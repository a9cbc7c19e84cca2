import { MrcError } from '../../../../shared/errors';
import type { PreviousAnswer } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { undoable } from '../edit/undoable';
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
 * it justifies, as one undoable edit. Refused when the score did not change.
 */
export function justifyAnswer(db: Db, actor: string, submissionId: string, indicator: string, note: string): Promise<PreviousAnswer> {
  const details: Record<string, unknown> = {};
  return undoable(db, { actor, submissionId, action: 'answers.justify', indicators: [indicator], details }, (tracker) => {
    const { item, previousSubmissionId } = previousAnswerOf(db, submissionId, indicator);
    if (!item.scoreChanged)
      throw new MrcError('score-unchanged', `${indicator}'s score is the same as the previous year's (or one of them is missing): there is nothing to justify.`, {
        params: { indicator },
      });
    Object.assign(details, { previousSubmissionId, previousScore: item.previousScore, score: item.score });
    const at = new Date().toISOString();
    tracker.track('answer_justifications', { submission_id: submissionId, indicator });
    upsertJustification(db, submissionId, { indicator, note, previousSubmissionId, previousScore: item.previousScore, score: item.score, actor, at });
    return { ...item, justification: { note, actor, at, previousScore: item.previousScore, score: item.score, current: true } };
  });
}

/** Removes an indicator's justification note, as one undoable edit; nothing is written when it had none. */
export function unjustifyAnswer(db: Db, actor: string, submissionId: string, indicator: string): Promise<PreviousAnswer> {
  return undoable(db, { actor, submissionId, action: 'answers.unjustify', indicators: [indicator] }, (tracker) => {
    const { item } = previousAnswerOf(db, submissionId, indicator);
    tracker.track('answer_justifications', { submission_id: submissionId, indicator });
    deleteJustification(db, submissionId, indicator);
    return { ...item, justification: null };
  });
}
