import type { AnswerOutcome } from '../../../../shared/curate-contract';
import { MrcError } from '../../../../shared/errors';
import { expertScores, type Indicator } from '../../../../shared/indicator-schema';
import type { Db } from '../../db';
import { undoable } from '../edit/undoable';
import { indicatorProblems, indicatorStanding } from '../quality/indicator-quality';
import { scoreAnswer } from '../score-answer';
import { submissionIndicator } from '../submission-indicator';
import { submissionIndicatorRow } from '../submissions';
import { deleteAnswer, readAnswer, saveAnswer, type StoredAnswer } from './answers-store';
import { readAnswerValue } from './read-answer-value';

export interface AnswerEdit {
  submissionId: string;
  indicatorId: string;
  value: string | null;
  /** Only for an expert-scored indicator; absent keeps the expert's score, null clears it. */
  score?: number | null | undefined;
  confidence?: 'low' | 'medium' | 'high' | null | undefined;
  note?: string | null | undefined;
}

/** The score the answer gets: the rule's, or for an expert rule the expert's, which must be one the rule allows. */
function scoreFor(indicator: Indicator, value: string | null, edit: AnswerEdit, previous: StoredAnswer | undefined): number | null {
  if (indicator.scoring.kind !== 'expert') {
    if (typeof edit.score === 'number')
      throw new MrcError(
        'score-from-rule',
        `${indicator.code} is scored by its rule (${indicator.scoring.kind}), not by hand: give its value and the score follows.`,
        { params: { indicator: indicator.code } },
      );
    return scoreAnswer(indicator, value);
  }
  if (value === null) return null;
  const score = edit.score === undefined ? (previous?.score ?? null) : edit.score;
  const allowed = expertScores(indicator.scoring);
  if (score !== null && !allowed.includes(score))
    throw new MrcError('score-not-allowed', `${indicator.code} takes one of the scores ${allowed.join(', ')}; ${score} is not one.`, {
      params: { indicator: indicator.code, score, allowed: allowed.join(', ') },
    });
  return score;
}

/**
 * Answers one indicator as one undoable edit: the value read as its answer type reads it, the score from
 * the schema's rule (or the expert's pick), confidence and note kept unless given. Returns the grid's row,
 * the indicator's problems and how completeness moved, all read inside the edit's transaction.
 */
export async function setAnswer(db: Db, actor: string, edit: AnswerEdit): Promise<AnswerOutcome> {
  const indicator = submissionIndicator(db, edit.submissionId, edit.indicatorId);
  const reading = readAnswerValue(indicator, edit.value);
  if (reading.kind === 'refused')
    throw new MrcError(reading.code, reading.message, { where: { column: 'value' }, detail: reading.detail, params: reading.params });
  const value = reading.kind === 'value' ? reading.value : null;
  const { submissionId } = edit;
  const quality = await undoable(db, { actor, submissionId, action: 'answers.set', indicators: [indicator.code] }, (tracker) => {
    const before = indicatorStanding(db, submissionId, indicator.code);
    const previous = readAnswer(db, edit.submissionId, indicator.code);
    const next = {
      value,
      score: scoreFor(indicator, value, edit, previous),
      confidence: edit.confidence === undefined ? (previous?.confidence ?? null) : edit.confidence,
      note: edit.note === undefined ? (previous?.note ?? null) : edit.note,
    };
    tracker.track('answers', { submission_id: edit.submissionId, indicator: indicator.code });
    const empty = Object.values(next).every((v) => v === null) && !previous?.citation;
    if (empty) deleteAnswer(db, edit.submissionId, indicator.code);
    else saveAnswer(db, edit.submissionId, indicator.code, next);
    const after = indicatorStanding(db, submissionId, indicator.code);
    return {
      problems: indicatorProblems(db, submissionId, indicator.code),
      completenessChange: {
        domain: indicator.domain,
        answered: after.answered - before.answered,
        answeredWithSource: after.answeredWithSource - before.answeredWithSource,
      },
    };
  });
  return { row: submissionIndicatorRow(db, submissionId, indicator.code), ...quality };
}
