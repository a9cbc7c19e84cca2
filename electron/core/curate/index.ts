/** Submissions and what they hold: answers (read, scored, edited), evidence and its links, ratifications; undoable edits; their quality. */
export { createCurateHandlers } from './curate-handlers';
export { ChangeTracker, type EditMeta, undoable } from './edit/undoable';
export { submissionEvidence, submissionRatifications } from './evidence-and-ratifications';
export { isNonAnswer } from './non-answers';
export { withUnit } from './number-units';
export { readNumberAnswer } from './read-number-answer';
export { scoreAnswer } from './score-answer';
export { countSubmissions, createSubmission, findSampleSubmission, getSubmission, listSubmissions, requireSubmission, submissionIndicatorRow, submissionIndicators, submissionSchema } from './submissions';
export { createQualityHandlers, unacceptedProblemCount } from './quality/quality-handlers';
export { listProblems } from './quality/find-problems';
export { listEvidence } from './evidence/evidence-edits';
export { acceptProblem } from './quality/accept-problem';
export { readQualityInputs, type EffectiveAnswer, type QualityInputs } from './quality/read-quality-inputs';
