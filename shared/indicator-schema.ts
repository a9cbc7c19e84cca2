import { z } from 'zod';
import { InstrumentKind } from './instrument-statuses';

/** The format of an indicator schema package (resources/schema/*.json and later signed schema packages). */

export const Dimension = z.enum(['law', 'practice']);
export type Dimension = z.infer<typeof Dimension>;

export const Level = z.enum(['structural', 'process', 'outcome']);
export type Level = z.infer<typeof Level>;

export const MigrantCategory = z.enum([
  'migrant-workers',
  'domestic-workers',
  'seasonal-workers',
  'refugees',
  'asylum-seekers',
  'irregular-migrants',
  'family-members',
  'nationals-abroad',
]);
export type MigrantCategory = z.infer<typeof MigrantCategory>;

export const AnswerType = z.enum(['yes-no', 'yes-partly-no', 'choice', 'number', 'text', 'date']);
export type AnswerType = z.infer<typeof AnswerType>;

/**
 * What a number answer counts. Durations convert exactly between months and years; percent and
 * percentage points are kept apart (a gap of 5 points is not 5%), though people write "%" for both.
 */
export const NumberUnit = z.enum(['percent', 'percentage-points', 'count', 'days', 'months', 'years']);
export type NumberUnit = z.infer<typeof NumberUnit>;

export const AnswerOption = z.object({
  value: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
});
export type AnswerOption = z.infer<typeof AnswerOption>;

/**
 * How an answer becomes a score in [0, 100].
 * - by-option: each option value maps to a score (e.g. yes 100, partly 50, no 0); values not listed are unscored.
 * - bands: numeric answers; the first band whose [min, max) contains the value gives the score.
 * - expert: the expert assigns the score by hand (free-text answers).
 * - unscored: the indicator is recorded for context and never scored; an answer counts as answered without a score.
 */
export const ScoringRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('by-option'), scores: z.record(z.string(), z.number().min(0).max(100)) }),
  z.object({
    kind: z.literal('bands'),
    bands: z
      .array(z.object({ min: z.number().nullable(), max: z.number().nullable(), score: z.number().min(0).max(100) }))
      .min(1),
  }),
  z.object({
    kind: z.literal('expert'),
    /** The scores the expert may choose from; EXPERT_SCALE when the schema lists none. */
    scores: z.array(z.number().min(0).max(100)).min(1).optional(),
  }),
  z.object({ kind: z.literal('unscored') }),
]);
export type ScoringRule = z.infer<typeof ScoringRule>;

/** The scores an expert picks from when an `expert` rule does not list its own: a five-step scale. */
export const EXPERT_SCALE: readonly number[] = [0, 25, 50, 75, 100];

/** The scores an expert may give under a rule: its own list, or the five-step scale; none for other rules. */
export function expertScores(rule: ScoringRule): readonly number[] {
  return rule.kind === 'expert' ? (rule.scores ?? EXPERT_SCALE) : [];
}

export const IndicatorCode = z.string().regex(/^[A-Z]{2,4}-\d{2}$/, 'indicator codes look like "SP-03"');

export const Indicator = z.object({
  code: IndicatorCode,
  domain: z.string().min(1),
  dimension: Dimension,
  level: Level,
  categories: z.array(MigrantCategory).min(1),
  question: z.string().min(10),
  answerType: AnswerType,
  /** Number answers: what the number counts (schemas before mri-core 1.1.0 do not say), and the bounds a value must keep. */
  unit: NumberUnit.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(AnswerOption),
  scoring: ScoringRule,
  guidance: z.string().min(10),
  instruments: z.array(z.string()).default([]),
  /** The question in other languages, keyed by BCP 47 language (fr, es, ru, ar): shown in the UI and matched by reconciliation. */
  translations: z.record(z.string(), z.object({ question: z.string().min(10) })).default({}),
});
export type Indicator = z.infer<typeof Indicator>;

export const Domain = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  prefix: z.string().regex(/^[A-Z]{2,4}$/),
  title: z.string().min(1),
  description: z.string().min(1),
});
export type Domain = z.infer<typeof Domain>;

export const Instrument = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** Decides the statuses the instrument can have (shared/instrument-statuses.ts). */
  kind: InstrumentKind,
  aliases: z.array(z.string().min(1)),
});
export type Instrument = z.infer<typeof Instrument>;

export const IndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    domains: z.array(Domain).min(1),
    instruments: z.array(Instrument),
    indicators: z.array(Indicator).min(1),
  })
  .superRefine((schema, ctx) => {
    const domainIds = new Set(schema.domains.map((d) => d.id));
    const instrumentIds = new Set(schema.instruments.map((i) => i.id));
    const codes = new Set<string>();
    schema.indicators.forEach((ind, i) => {
      if (codes.has(ind.code)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'code'], message: `duplicate code ${ind.code}` });
      codes.add(ind.code);
      if (!domainIds.has(ind.domain))
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'domain'], message: `unknown domain ${ind.domain}` });
      for (const ref of ind.instruments)
        if (!instrumentIds.has(ref))
          ctx.addIssue({ code: 'custom', path: ['indicators', i, 'instruments'], message: `unknown instrument ${ref}` });
      const optionValues = new Set(ind.options.map((o) => o.value));
      if (ind.scoring.kind === 'by-option')
        for (const v of Object.keys(ind.scoring.scores))
          if (!optionValues.has(v))
            ctx.addIssue({ code: 'custom', path: ['indicators', i, 'scoring'], message: `score for unknown option ${v}` });
    });
  });
export type IndicatorSchema = z.infer<typeof IndicatorSchema>;
