import { MrcError } from '../../../../shared/errors';
import type { Indicator, IndicatorSchema } from '../../../../shared/indicator-schema';
import type { DerivedAnswer } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { getSchema } from '../../schema';
import {
  linkedEvidenceCountOf,
  linkedEvidenceCounts,
  storedAnswerOf,
  storedAnswers,
  storedRatifications,
  submissionHeader,
  type LinkedEvidence,
  type StoredAnswer,
  type SubmissionHeader,
} from './quality-store';
import { deriveRatificationAnswers } from './ratification-answers';

/** The answer an indicator has once ratifications are read in: the expert's if any value, else the derived one. */
export interface EffectiveAnswer {
  value: string | null;
  score: number | null;
  derived: boolean;
}

/** Everything the quality of one submission is computed from, read once. */
export interface QualityInputs {
  submission: SubmissionHeader;
  /** The one indicator these inputs are read for (the schema then lists it alone), or undefined for all of them. */
  only: string | undefined;
  schema: IndicatorSchema;
  indicators: ReadonlyMap<string, Indicator>;
  stored: ReadonlyMap<string, StoredAnswer>;
  derived: readonly DerivedAnswer[];
  effective: ReadonlyMap<string, EffectiveAnswer>;
  evidence: ReadonlyMap<string, LinkedEvidence>;
  /** Ratification indicators whose instrument has a row in the ratifications table: that row is their source. */
  ratified: ReadonlySet<string>;
}

function effectiveAnswers(schema: IndicatorSchema, stored: ReadonlyMap<string, StoredAnswer>, derived: readonly DerivedAnswer[]): Map<string, EffectiveAnswer> {
  const fromRatifications = new Map(derived.filter((d) => d.state === 'derived').map((d) => [d.indicator, d]));
  const effective = new Map<string, EffectiveAnswer>();
  for (const { code } of schema.indicators) {
    const own = stored.get(code);
    const derivedAnswer = fromRatifications.get(code);
    if (own && own.value !== null) effective.set(code, { value: own.value, score: own.score, derived: false });
    else if (derivedAnswer) effective.set(code, { value: derivedAnswer.value, score: derivedAnswer.score, derived: true });
    else effective.set(code, { value: null, score: null, derived: false });
  }
  return effective;
}

/**
 * What the quality of a submission is computed from; with `only`, of that one indicator (its problems, whether
 * it counts as answered), which an edit of it reads in a few milliseconds where the whole submission takes tens.
 */
export function readQualityInputs(db: Db, submissionId: string, only?: string): QualityInputs {
  const submission = submissionHeader(db, submissionId);
  if (!submission) throw new MrcError('unknown-submission', `No submission with id ${submissionId} in this workspace.`);
  const whole = getSchema(db, submission.schemaId, submission.schemaVersion);
  const schema = only === undefined ? whole : { ...whole, indicators: whole.indicators.filter((i) => i.code === only) };
  const answers = only === undefined ? storedAnswers(db, submissionId) : storedAnswerOf(db, submissionId, only);
  const evidence = only === undefined ? linkedEvidenceCounts(db, submissionId) : linkedEvidenceCountOf(db, submissionId, only);
  const stored = new Map(answers.map((a) => [a.indicator, a]));
  const derived = deriveRatificationAnswers(schema, storedRatifications(db, submissionId), stored);
  return {
    submission,
    only,
    schema,
    indicators: new Map(schema.indicators.map((i) => [i.code, i])),
    stored,
    derived,
    effective: effectiveAnswers(schema, stored, derived),
    evidence: new Map(evidence.map((e) => [e.indicator, e])),
    ratified: new Set(derived.map((d) => d.indicator)),
  };
}

/** Answered: a value and, unless the rule never scores, a score. */
export function isAnswered(indicator: Indicator, answer: EffectiveAnswer | undefined): boolean {
  return answer !== undefined && answer.value !== null && (answer.score !== null || indicator.scoring.kind === 'unscored');
}

/** Backed by a source: evidence linked to the indicator, or, for a ratification indicator, its instrument's ratification. */
export function hasSource(inputs: QualityInputs, code: string): boolean {
  return (inputs.evidence.get(code)?.total ?? 0) > 0 || inputs.ratified.has(code);
}
