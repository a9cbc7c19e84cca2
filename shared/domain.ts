import { z } from 'zod';
import { AnswerOption, AnswerType, Dimension, Level, MigrantCategory, NumberUnit } from './indicator-schema';
import { RatificationStatus } from './instrument-statuses';
import { MessageParams } from './error-codes';
import { Confidence } from './records';

export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code such as "KEN"');

export const Country = z.object({
  code: CountryCode,
  /** ISO 3166-1 alpha-2, for finding the country by it; null for the sample's made-up country. */
  alpha2: z.string().length(2).nullable(),
  name: z.string(),
  /** Every other name it is found by: in the UI's languages, short and former names ("UK", "Burma"). */
  otherNames: z.array(z.string()),
  sample: z.boolean(),
});
export type Country = z.infer<typeof Country>;

export const ReferenceYear = z.number().int().min(1948).max(2100);

export const SubmissionStatus = z.enum(['draft', 'submitted', 'reviewed']);

export const Submission = z.object({
  id: z.string(),
  country: CountryCode,
  countryName: z.string(),
  year: ReferenceYear,
  schemaId: z.string(),
  schemaVersion: z.string(),
  status: SubmissionStatus,
  sample: z.boolean(),
  createdAt: z.string(),
  answered: z.number().int(),
  indicatorCount: z.number().int(),
});
export type Submission = z.infer<typeof Submission>;

export const SchemaSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  sha256: z.string(),
  indicatorCount: z.number().int(),
  domainCount: z.number().int(),
  domains: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type SchemaSummary = z.infer<typeof SchemaSummary>;

/**
 * One row of a submission's indicator grid: the schema's indicator with this submission's answer, if
 * any. It carries what the grid needs to show and edit the row without asking again: the options'
 * labels, the bounds of a number, how it is scored, and how many sources back the answer.
 */
export const IndicatorRow = z.object({
  code: z.string(),
  domain: z.string(),
  domainTitle: z.string(),
  dimension: Dimension,
  level: Level,
  categories: z.array(MigrantCategory),
  /** In the language asked for when the schema has it, in the schema's own language otherwise. */
  question: z.string(),
  answerType: AnswerType,
  unit: NumberUnit.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  options: z.array(AnswerOption),
  /** The kind of the indicator's scoring rule; `expertScores` are the scores an expert may pick (empty for other kinds). */
  scoringKind: z.enum(['by-option', 'bands', 'expert', 'unscored']),
  expertScores: z.array(z.number()),
  value: z.string().nullable(),
  score: z.number().nullable(),
  confidence: Confidence.nullable(),
  /** Evidence rows linked to this indicator, and how many of them are law citations. */
  sourceCount: z.number().int(),
  lawSourceCount: z.number().int(),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const WorkspaceInfo = z.object({
  path: z.string(),
  formatVersion: z.number().int(),
  defaultSchema: z.object({ id: z.string(), version: z.string() }),
  submissionCount: z.number().int(),
  sampleOpened: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/**
 * What long work is doing, as a code the UI words: reading a file (its phases), checking the rows staged
 * ({file}), or waiting for another import to finish writing.
 */
export const ProgressPhase = z.enum(['reading', 'converting', 'scanning', 'mapping', 'checking', 'waiting']);
export type ProgressPhase = z.infer<typeof ProgressPhase>;

export const Progress = z.object({
  task: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  phase: ProgressPhase,
  params: MessageParams.optional(),
  /** In English, for the CLI and logs; the UI words the phase and its params. */
  message: z.string(),
});
export type Progress = z.infer<typeof Progress>;

/** A law or an item of evidence of practice, as committed to a submission. */
export const EvidenceItem = z.object({
  type: z.enum(['law', 'practice']),
  title: z.string(),
  citation: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  excerpt: z.string().nullable(),
  categories: z.string().nullable(),
  indicators: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** Where a submission's country stands with one instrument. */
export const RatificationItem = z.object({
  instrument: z.string(),
  instrumentTitle: z.string(),
  status: RatificationStatus,
  date: z.string().nullable(),
  reservations: z.string().nullable(),
});
export type RatificationItem = z.infer<typeof RatificationItem>;
