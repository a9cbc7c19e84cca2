import type { Problem } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { submissionCompleteness } from './completeness';
import { listProblems } from './find-problems';
import { readQualityInputs } from './read-quality-inputs';

/** Whether completeness counts one indicator as answered, and as answered with a source: 0 or 1 each. */
export interface IndicatorStanding {
  answered: number;
  answeredWithSource: number;
}

/** One indicator's standing in the submission's completeness, read for that indicator alone. */
export function indicatorStanding(db: Db, submissionId: string, code: string): IndicatorStanding {
  const { overall } = submissionCompleteness(readQualityInputs(db, submissionId, code));
  return { answered: overall.answered, answeredWithSource: overall.answeredWithSource };
}

/** One indicator's problems, keyed and accepted as the submission's whole list has them. */
export function indicatorProblems(db: Db, submissionId: string, code: string): Problem[] {
  return listProblems(db, readQualityInputs(db, submissionId, code)).items;
}
