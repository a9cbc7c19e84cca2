/** Submissions and what they hold: answers (read, scored, edited), evidence and its links, ratifications; undoable edits. */
export { createCurateHandlers } from './curate-handlers';
export { ChangeTracker, type EditMeta, undoable } from './edit/undoable';
export { submissionEvidence, submissionRatifications } from './evidence-and-ratifications';
export { isNonAnswer } from './non-answers';
export { readNumberAnswer } from './read-number-answer';
export { scoreAnswer } from './score-answer';
export { countSubmissions, createSubmission, findSampleSubmission, getSubmission, listSubmissions, requireSubmission, submissionIndicators, submissionSchema } from './submissions';
