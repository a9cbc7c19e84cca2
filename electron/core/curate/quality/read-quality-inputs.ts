import { MrcError } from '../../../../shared/errors';
import type { Indicator, IndicatorSchema } from '../../../../shared/indicator-schema';
import type { DerivedAnswer } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { getSchema } from '../../schema';
import { linkedEvidenceCounts, storedAnswers, storedRatifications, submissionHeader, type LinkedEvidence, type StoredAnswer, type SubmissionHeader } from './quality-store';
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

export function readQualityInputs(db: Db, submissionId: string): QualityInputs {
  const submission = submissionHeader(db, submissionId);
  if (!submission) throw new MrcError('unknown-submission', `No submission with id ${submissionId} in this workspace.`);
  const schema = getSchema(db, submission.schemaId, submission.schemaVersion);
  const stored = new Map(storedAnswers(db, submissionId).map((a) => [a.indicator, a]));
  const derived = deriveRatificationAnswers(schema, storedRatifications(db, submissionId), stored);
  return {
    submission,
    schema,
    indicators: new Map(schema.indicators.map((i) => [i.code, i])),
    stored,
    derived,
    effective: effectiveAnswers(schema, stored, derived),
    evidence: new Map(linkedEvidenceCounts(db, submissionId).map((e) => [e.indicator, e])),
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
