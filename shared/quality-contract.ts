import { z } from 'zod';
import { RatificationStatus } from './instrument-statuses';

/**
 * What the curation views exchange with the engine about the quality of a submission: its problems
 * (invalid values, flagged rows, unjustified year-on-year changes, disagreements with the ratifications),
 * its completeness, the previous year's answers, the answers its ratifications give, and the XLSX export.
 * Problems carry a stable code and parameters, never words the UI would show; `message` is English, for the CLI.
 */

export const ProblemKind = z.enum(['invalid-value', 'flagged-row', 'unjustified-change', 'ratification-disagreement']);
export type ProblemKind = z.infer<typeof ProblemKind>;

export const ProblemCode = z.enum([
  // invalid-value: what the stored value or score breaks in the schema's rules for the indicator.
  'unknown-indicator', // {indicator}: the answer names no indicator of the submission's schema
  'not-an-option', // {value, options}: options is the allowed values, comma-separated
  'not-a-number', // {value}
  'not-whole', // {value, unit}
  'below-minimum', // {value, min, unit}
  'above-maximum', // {value, max, unit}
  'not-a-date', // {value}
  'date-out-of-range', // {value, first, last}: first and last are the years a date may fall in
  'empty-text', // {}
  'text-too-long', // {length, max}
  'score-mismatch', // {value, score, expected}: expected is null when the rule gives no score
  'score-on-unscored', // {score}
  'score-missing', // {value}: an expert-scored answer with no score
  // flagged-row
  'law-without-citation', // {value}: a law indicator answered positively with no law linked
  'no-source', // {}: an answer with no evidence linked (nor, for a ratification indicator, a ratification)
  // unjustified-change
  'score-changed', // {previousYear, previousValue, previousScore, value, score}
  // ratification-disagreement
  'ratification-disagrees', // {instrument, status, derived, value}: the expert's answer differs from the ratifications table
  'ratification-not-an-option', // {instrument, status, derived}: the ratification's status is no option of the indicator
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const ProblemParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type ProblemParams = z.infer<typeof ProblemParams>;

export const Acceptance = z.object({ note: z.string(), actor: z.string(), at: z.string() });
export type Acceptance = z.infer<typeof Acceptance>;

export const Problem = z.object({
  /** Stable while the problem is the same (indicator, code and parameters): what accept and un-accept name. */
  key: z.string(),
  indicator: z.string(),
  kind: ProblemKind,
  code: ProblemCode,
  params: ProblemParams,
  /** English, for the CLI and logs; the UI words the code and params through its own keys. */
  message: z.string(),
  accepted: Acceptance.nullable(),
});
export type Problem = z.infer<typeof Problem>;

export const ProblemList = z.object({
  items: z.array(Problem),
  /** The packages export refuses while this is above 0. */
  unacceptedProblemCount: z.number().int(),
});
export type ProblemList = z.infer<typeof ProblemList>;

export const CompletenessCounts = z.object({
  indicators: z.number().int(),
  /** A value and, unless the rule is unscored, a score; ratification indicators count their derived answers. */
  answered: z.number().int(),
  /** Answered, with evidence linked to the indicator (or, for a ratification indicator, its instrument's ratification). */
  answeredWithSource: z.number().int(),
  /** answered / indicators and answeredWithSource / indicators, in [0, 1]; 0 for no indicators. */
  answeredShare: z.number().min(0).max(1),
  answeredWithSourceShare: z.number().min(0).max(1),
});
export type CompletenessCounts = z.infer<typeof CompletenessCounts>;

export const Completeness = z.object({
  submissionId: z.string(),
  overall: CompletenessCounts,
  /** In the schema's order of domains. */
  domains: z.array(CompletenessCounts.extend({ domain: z.string(), domainTitle: z.string() })),
});
export type Completeness = z.infer<typeof Completeness>;

/** How an edit of one indicator moved the completeness counts of its domain, and so the overall ones: -1, 0 or +1 each. */
export const CompletenessChange = z.object({
  domain: z.string(),
  answered: z.number().int(),
  answeredWithSource: z.number().int(),
});
export type CompletenessChange = z.infer<typeof CompletenessChange>;

export const Justification = z.object({
  note: z.string(),
  actor: z.string(),
  at: z.string(),
  /** The scores the note justified: it stands only while they are still the previous and current scores. */
  previousScore: z.number().nullable(),
  score: z.number().nullable(),
  current: z.boolean(),
});
export type Justification = z.infer<typeof Justification>;

export const PreviousAnswer = z.object({
  indicator: z.string(),
  previousValue: z.string().nullable(),
  previousScore: z.number().nullable(),
  value: z.string().nullable(),
  score: z.number().nullable(),
  /** Both years scored, and the scores differ: a justification note is then needed. */
  scoreChanged: z.boolean(),
  justification: Justification.nullable(),
});
export type PreviousAnswer = z.infer<typeof PreviousAnswer>;

export const PreviousSubmission = z.object({
  previous: z
    .object({ submissionId: z.string(), year: z.number().int(), schemaId: z.string(), schemaVersion: z.string() })
    .nullable(),
  /** One per indicator of the current schema; empty when there is no earlier submission. */
  items: z.array(PreviousAnswer),
});
export type PreviousSubmission = z.infer<typeof PreviousSubmission>;

/**
 * The answer a ratification gives an indicator that asks about its instrument. Computed on read, never
 * stored: `state` says whether it stands as the answer (derived), matches the expert's (agrees), is
 * overridden by it (disagrees: a problem), or fits none of the indicator's options (not-an-option).
 */
export const DerivedAnswer = z.object({
  indicator: z.string(),
  instrument: z.string(),
  status: RatificationStatus,
  value: z.string(),
  score: z.number().nullable(),
  expertValue: z.string().nullable(),
  state: z.enum(['derived', 'agrees', 'disagrees', 'not-an-option']),
});
export type DerivedAnswer = z.infer<typeof DerivedAnswer>;

export const XlsxExport = z.object({
  path: z.string(),
  bytes: z.number().int(),
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  /** Cells that began with = + - @, a tab or a carriage return, written with a leading apostrophe. */
  neutralisedCells: z.number().int(),
});
export type XlsxExport = z.infer<typeof XlsxExport>;

/** The same workbook as bytes, for a page to offer as a download (the browser host cannot be handed a path to write). */
export const XlsxFile = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  bytes: z.number().int(),
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  neutralisedCells: z.number().int(),
});
export type XlsxFile = z.infer<typeof XlsxFile>;

const SubmissionRef = z.object({ submissionId: z.string().min(1) }).strict();
const Note = z.string().trim().min(1, 'a note says why').max(4000);

export const qualityMethods = {
  'submissions.problems': { input: SubmissionRef, output: ProblemList },
  'problems.accept': {
    input: z.object({ submissionId: z.string().min(1), key: z.string().min(1).max(500), note: Note }).strict(),
    output: Problem,
  },
  'problems.unaccept': {
    input: z.object({ submissionId: z.string().min(1), key: z.string().min(1).max(500) }).strict(),
    output: Problem,
  },
  'submissions.completeness': { input: SubmissionRef, output: Completeness },
  /** Every submission's completeness at once, for the submissions list. */
  'submissions.completenessAll': { input: z.object({}).strict(), output: z.array(Completeness) },
  'submissions.previous': { input: SubmissionRef, output: PreviousSubmission },
  'answers.justify': {
    input: z
      .object({ submissionId: z.string().min(1), indicatorId: z.string().min(1).max(20), note: Note.nullable() })
      .strict(),
    output: PreviousAnswer,
  },
  'submissions.derivedAnswers': { input: SubmissionRef, output: z.array(DerivedAnswer) },
  /**
   * Writes the workbook to `path`. The doors let a page name only a path its user chose (a save dialog on the
   * desktop, electron/security/chosen-files.ts); the CLI writes where it is told.
   */
  'submissions.exportXlsx': {
    input: z
      .object({ submissionId: z.string().min(1), path: z.string().min(1).max(4096).regex(/\.xlsx$/i, 'the file ends in .xlsx') })
      .strict(),
    output: XlsxExport,
  },
  'submissions.xlsxFile': { input: SubmissionRef, output: XlsxFile },
} as const;
