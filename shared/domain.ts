import { z } from 'zod';
import { Dimension, Level } from './indicator-schema';

export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code such as "KEN"');

export const Country = z.object({
  code: CountryCode,
  name: z.string(),
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

/** One row of a submission's indicator grid: the schema's indicator with this submission's answer, if any. */
export const IndicatorRow = z.object({
  code: z.string(),
  domain: z.string(),
  domainTitle: z.string(),
  dimension: Dimension,
  level: Level,
  question: z.string(),
  value: z.string().nullable(),
  score: z.number().nullable(),
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

export const Progress = z.object({
  task: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  message: z.string(),
});
export type Progress = z.infer<typeof Progress>;
