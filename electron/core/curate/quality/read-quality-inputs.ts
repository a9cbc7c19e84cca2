import type { Submission } from '../../../../shared/domain';
import type { Indicator, IndicatorSchema } from '../../../../shared/indicator-schema';
import type { DerivedAnswer } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { getSchema } from '../../schema';
import { getSubmission } from '../submissions';
import { linkedEvidenceCounts, storedAnswers, storedRatifications, type LinkedEvidence, type StoredAnswer } from './quality-store';
import { deriveRatificationAnswers } from './ratification-answers';

/** The answer an indicator has once ratifications are read in: the expert's if any value, else the derived one. */
export interface EffectiveAnswer {
  value: string | null;
  score: number | null;
  derived: boolean;
}

/** Everything the quality of one submission is computed from, read once. */
export interface QualityInputs {
  submission: Submission;
  schema: IndicatorSchema;
  indicators: ReadonlyMap<string, Indicator>;
  stored: ReadonlyMap<string, StoredAnswer>;
  derived: readonly DerivedAnswer[];
  effective: ReadonlyMap<string, EffectiveAnswer>;
  evidence: ReadonlyMap<string, LinkedEvidence>;
  /** Ratification indicators whose instrument has a row in the ratifications table: that row is their source. */
  ratified: ReadonlySet<string>;
}

/** Schemas parsed once per call, for the batch of the submissions list. */
export type SchemaCache = Map<string, IndicatorSchema>;

function schemaOf(db: Db, submission: Submission, cache: SchemaCache): IndicatorSchema {
  const key = `${submission.schemaId}@${submission.schemaVersion}`;
  let schema = cache.get(key);
  if (!schema) cache.set(key, (schema = getSchema(db, submission.schemaId, submission.schemaVersion)));
  return schema;
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

export function readQualityInputs(db: Db, submissionId: string, cache: SchemaCache = new Map()): QualityInputs {
  const submission = getSubmission(db, submissionId, 'en');
  const schema = schemaOf(db, submission, cache);
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
