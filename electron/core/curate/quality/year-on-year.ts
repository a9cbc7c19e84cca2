import type { Justification, PreviousAnswer, PreviousSubmission } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { answerJustifications, latestEarlierSubmission, type EarlierSubmission, type StoredJustification } from './quality-store';
import { readQualityInputs, type QualityInputs } from './read-quality-inputs';

function justificationOf(stored: StoredJustification | undefined, previous: EarlierSubmission, previousScore: number | null, score: number | null): Justification | null {
  if (!stored) return null;
  const current = stored.previousSubmissionId === previous.submissionId && stored.previousScore === previousScore && stored.score === score;
  return { note: stored.note, actor: stored.actor, at: stored.at, previousScore: stored.previousScore, score: stored.score, current };
}

/**
 * Each indicator's value and score beside those of the latest earlier submission for the same country
 * (the same schema, perhaps an older version of it: indicators are matched by code). Both answers are read
 * with their ratifications, as the grid shows them. A changed score needs a note whose scores are still current.
 */
export function previousAnswers(db: Db, inputs: QualityInputs): PreviousSubmission {
  const previous = latestEarlierSubmission(db, inputs.submission.id);
  if (!previous) return { previous: null, items: [] };
  const before = readQualityInputs(db, previous.submissionId, inputs.only).effective;
  const notes = new Map(answerJustifications(db, inputs.submission.id).map((j) => [j.indicator, j]));
  const items = inputs.schema.indicators.map(({ code }): PreviousAnswer => {
    const now = inputs.effective.get(code)!;
    const then = before.get(code) ?? { value: null, score: null };
    return {
      indicator: code,
      previousValue: then.value,
      previousScore: then.score,
      value: now.value,
      score: now.score,
      scoreChanged: then.score !== null && now.score !== null && then.score !== now.score,
      justification: justificationOf(notes.get(code), previous, then.score, now.score),
    };
  });
  return { previous, items };
}
