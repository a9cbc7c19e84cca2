import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../../shared/api';
import type { Db } from '../../db';
import type { Workspace } from '../../workspace';
import { acceptProblem, unacceptProblem } from './accept-problem';
import { submissionCompleteness } from './completeness';
import { listProblems } from './find-problems';
import { justifyAnswer, unjustifyAnswer } from './justify-answer';
import { submissionIds } from './quality-store';
import { readQualityInputs } from './read-quality-inputs';
import { previousAnswers } from './year-on-year';

type QualityMethod = Extract<
  ApiMethod,
  'submissions.problems' | 'problems.accept' | 'problems.unaccept' | 'submissions.completeness' | 'submissions.completenessAll' | 'submissions.previous' | 'answers.justify' | 'submissions.derivedAnswers'
>;
export type QualityHandlers = { [M in QualityMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** How many problems of the submission are not accepted: the packages export refuses while any remains. */
export function unacceptedProblemCount(db: Db, submissionId: string): number {
  return listProblems(db, readQualityInputs(db, submissionId)).unacceptedProblemCount;
}

export function createQualityHandlers(ws: Workspace): QualityHandlers {
  const { db, actor } = ws;
  return {
    'submissions.problems': ({ submissionId }) => listProblems(db, readQualityInputs(db, submissionId)),
    'problems.accept': ({ submissionId, key, note }) => acceptProblem(db, actor, submissionId, key, note),
    'problems.unaccept': ({ submissionId, key }) => unacceptProblem(db, actor, submissionId, key),
    'submissions.completeness': ({ submissionId }) => submissionCompleteness(readQualityInputs(db, submissionId)),
    'submissions.completenessAll': () => submissionIds(db).map((id) => submissionCompleteness(readQualityInputs(db, id))),
    'submissions.previous': ({ submissionId }) => previousAnswers(db, readQualityInputs(db, submissionId)),
    'answers.justify': ({ submissionId, indicatorId, note }) =>
      note === null ? unjustifyAnswer(db, actor, submissionId, indicatorId) : justifyAnswer(db, actor, submissionId, indicatorId, note),
    'submissions.derivedAnswers': ({ submissionId }) => [...readQualityInputs(db, submissionId).derived],
  };
}
