import { z } from 'zod';
import { Candidate, MatchVia, RefKind } from './reconcile';
import { ColumnMapping, ColumnSuggestion, ImportIssue, RecordKind } from './records';

/** What the import wizard and `mrc import` exchange with the engine. */

/** A committed import's rows keep `ready`: the import's status says they were committed. */
export const StagingStatus = z.enum(['ready', 'needs-reconciliation', 'error', 'excluded']);
export type StagingStatus = z.infer<typeof StagingStatus>;

export const ImportCounts = z.object({
  ready: z.number().int(),
  needsReconciliation: z.number().int(),
  error: z.number().int(),
  excluded: z.number().int(),
  /** The ready rows of a committed import (its `ready` is then 0). */
  committed: z.number().int(),
  /** Rows (of any status) with a reference taken on similarity alone. */
  bySimilarity: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const PreviousImport = z.object({
  id: z.string(),
  submissionId: z.string(),
  kind: RecordKind,
  sheet: z.string(),
  status: z.enum(['staged', 'committed', 'abandoned']),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type PreviousImport = z.infer<typeof PreviousImport>;

export const OpenedFile = z.object({
  session: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['xlsx', 'xls', 'ods', 'csv']),
  sheets: z.array(z.object({ name: z.string(), rowCount: z.number().int() })),
  /** The same bytes were imported before: when, into what. */
  previousImports: z.array(PreviousImport),
  issues: z.array(ImportIssue),
});
export type OpenedFile = z.infer<typeof OpenedFile>;

export const PreviewRow = z.object({
  row: z.number().int(),
  cells: z.array(z.string()),
  problems: z.array(ImportIssue),
});

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  headerRow: z.number().int(),
  firstDataRow: z.number().int(),
  lastDataRow: z.number().int(),
  dataRows: z.number().int(),
  notes: z.array(z.object({ row: z.number().int(), text: z.string() })),
  suggestions: z.array(ColumnSuggestion),
  mapping: ColumnMapping,
  /** The saved template whose headers match this sheet and that was applied, if any. */
  template: z.string().nullable(),
  mappingIssues: z.array(ImportIssue),
  columnNotes: z.array(ImportIssue),
  rows: z.array(PreviewRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const StagedReference = z.object({
  field: z.string(),
  kind: RefKind,
  text: z.string(),
  context: z.string().optional(),
  targetId: z.string().nullable(),
  candidates: z.array(Candidate),
  /** Why the text can be none of the targets (a compact cannot be "ratified"); the row's problems say it too. */
  refused: z.string().optional(),
});

/** How an answer's value was read against its indicator's answer type. */
export const ValueReading = z.object({
  how: z.enum(['option', 'number', 'date', 'text', 'non-answer']),
  /** What the value became, as a person reads it: the option's label, "36 months", "2019-06-01", or that there is no answer. */
  shown: z.string(),
  /** What else the reading did: a conversion, an approximation, a score in the file that was not used. */
  notes: z.array(z.string()),
});
export type ValueReading = z.infer<typeof ValueReading>;

/** A reference of the row and what it was matched to, and how. */
export const RowTarget = z.object({
  field: z.string(),
  kind: RefKind,
  text: z.string(),
  targetId: z.string(),
  label: z.string(),
  via: MatchVia,
  /** The similarity the match rests on, 0–1 (1 for a code, a name, an alias or a learned decision). */
  score: z.number().min(0).max(1),
});
export type RowTarget = z.infer<typeof RowTarget>;

/** A citation on an answer row, which lands as evidence linked to the row's indicator. */
export const RowCitation = z.object({
  type: z.enum(['law', 'practice']),
  title: z.string(),
  citation: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type RowCitation = z.infer<typeof RowCitation>;

/** What a row became: every automatic decision about it, shown before it lands. */
export const RowOutcome = z.object({
  targets: z.array(RowTarget),
  reading: ValueReading.nullable(),
  /** The score the answer will get; null when nothing scores it (yet). */
  score: z.number().nullable(),
  /** Some reference was taken by similarity alone: worth a look before it lands. */
  bySimilarity: z.boolean(),
  citations: z.array(RowCitation),
});
export type RowOutcome = z.infer<typeof RowOutcome>;

export const StagedRow = z.object({
  row: z.number().int(),
  status: StagingStatus,
  cells: z.array(z.string()),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
  refs: z.array(StagedReference),
  problems: z.array(ImportIssue),
  outcome: RowOutcome,
});
export type StagedRow = z.infer<typeof StagedRow>;

/**
 * What a commit did. Rows and records are counted apart: two rows of one file may answer one indicator.
 * rows = inserted + updated + unchanged + kept + repeated + notTaken.
 */
export const CommitResult = z.object({
  rows: z.number().int(),
  /** Records (answers, laws, ratifications) new to the submission, changed, already equal, and kept against the file. */
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  kept: z.number().int(),
  /** Rows repeating an earlier row of the file with the same values. */
  repeated: z.number().int().default(0),
  /** Rows not taken because the person chose another row, or the existing value, for the same record. */
  notTaken: z.number().int().default(0),
  /** Evidence added from answers' citations, and links made from evidence to indicators. */
  evidenceAdded: z.number().int().default(0),
  evidenceLinked: z.number().int().default(0),
});
export type CommitResult = z.infer<typeof CommitResult>;

export const ImportSummary = z.object({
  importId: z.string(),
  submissionId: z.string(),
  fileName: z.string(),
  kind: RecordKind,
  sheet: z.string(),
  status: z.enum(['staged', 'committed', 'abandoned']),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  counts: ImportCounts,
  /** Once committed: what the commit did. */
  result: CommitResult.nullable(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
});
export type ImportSummary = z.infer<typeof ImportSummary>;

const RecordValues = z.record(z.string(), z.string().nullable());

/**
 * One record (an indicator's answer, a law, a ratification) that the file would change or that
 * rows of the file disagree on: what the submission holds, if anything, and every row of the file for it.
 */
export const ImportConflict = z.object({
  key: z.string(),
  existing: RecordValues.nullable(),
  rows: z.array(z.object({ row: z.number().int(), values: RecordValues })).min(1),
  /** Rows of the file disagree among themselves: the person picks one (or, if there is one, the existing value). */
  inFile: z.boolean(),
});
export type ImportConflict = z.infer<typeof ImportConflict>;

export const ConflictChoice = z.enum(['keep-existing', 'take-imported']);

export const importMethods = {
  'imports.open': {
    input: z.object({ submissionId: z.string().min(1), path: z.string().min(1) }).strict(),
    output: OpenedFile,
  },
  'imports.preview': {
    input: z
      .object({
        session: z.string().min(1),
        sheet: z.string(),
        kind: RecordKind,
        mapping: ColumnMapping.optional(),
        /** A saved template to apply by name, instead of the one matching the headers. */
        template: z.string().min(1).optional(),
      })
      .strict(),
    output: ImportPreview,
  },
  'imports.stage': {
    input: z
      .object({
        session: z.string().min(1),
        sheet: z.string(),
        kind: RecordKind,
        mapping: ColumnMapping,
        saveTemplateAs: z.string().min(1).max(80).optional(),
      })
      .strict(),
    output: ImportSummary,
  },
  'imports.get': { input: z.object({ importId: z.string().min(1) }).strict(), output: ImportSummary },
  'imports.rows': {
    input: z
      .object({
        importId: z.string().min(1),
        status: StagingStatus.optional(),
        /** Only the rows with a reference taken on similarity alone. */
        bySimilarity: z.boolean().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(StagedRow) }),
  },
  'imports.editCell': {
    input: z
      .object({
        importId: z.string().min(1),
        row: z.number().int().min(1),
        field: z.string().min(1),
        value: z.string(),
        /** Which of the field's columns, when two columns feed it; the first otherwise. */
        column: z.number().int().min(0).optional(),
      })
      .strict(),
    output: StagedRow,
  },
  'imports.exclude': {
    input: z.object({ importId: z.string().min(1), row: z.number().int().min(1), excluded: z.boolean() }).strict(),
    output: StagedRow,
  },
  /** Sends a reference matched by similarity back to the queue: every row of the import with the same text for that field. */
  'imports.requeue': {
    input: z
      .object({
        importId: z.string().min(1),
        row: z.number().int().min(1),
        field: z.string().min(1),
        /** Takes a sending back back: the engine's match applies again. */
        undo: z.boolean().default(false),
      })
      .strict(),
    /** How many rows changed, and the named row as it is now. */
    output: z.object({ rows: z.number().int(), row: StagedRow }),
  },
  'imports.conflicts': { input: z.object({ importId: z.string().min(1) }).strict(), output: z.array(ImportConflict) },
  'imports.commit': {
    input: z
      .object({
        importId: z.string().min(1),
        choice: ConflictChoice.default('keep-existing'),
        perRow: z.array(z.object({ row: z.number().int().min(1), choice: ConflictChoice })).default([]),
      })
      .strict(),
    output: ImportSummary,
  },
  'imports.abandon': { input: z.object({ importId: z.string().min(1) }).strict(), output: ImportSummary },
  'imports.history': {
    input: z.object({ submissionId: z.string().min(1) }).strict(),
    output: z.array(ImportSummary),
  },
  'mappings.list': {
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), kind: RecordKind, headers: z.array(z.string()), createdAt: z.string() })),
  },
} as const;
