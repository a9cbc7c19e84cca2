import { z } from 'zod';
import { Candidate, RefKind } from './reconcile';
import { ColumnMapping, ColumnSuggestion, ImportIssue, RecordKind } from './records';

/** What the import wizard and `mrc import` exchange with the engine. */

export const StagingStatus = z.enum(['ready', 'needs-reconciliation', 'error', 'excluded', 'committed']);
export type StagingStatus = z.infer<typeof StagingStatus>;

export const ImportCounts = z.object({
  ready: z.number().int(),
  needsReconciliation: z.number().int(),
  error: z.number().int(),
  excluded: z.number().int(),
  committed: z.number().int(),
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

export const StagedRow = z.object({
  row: z.number().int(),
  status: StagingStatus,
  cells: z.array(z.string()),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
  refs: z.array(StagedReference),
  problems: z.array(ImportIssue),
});
export type StagedRow = z.infer<typeof StagedRow>;

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
  headers: z.array(z.string()),
  mapping: ColumnMapping,
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportConflict = z.object({
  row: z.number().int(),
  key: z.string(),
  existing: z.record(z.string(), z.string().nullable()),
  imported: z.record(z.string(), z.string().nullable()),
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
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(StagedRow) }),
  },
  'imports.editCell': {
    input: z
      .object({ importId: z.string().min(1), row: z.number().int().min(1), field: z.string().min(1), value: z.string() })
      .strict(),
    output: StagedRow,
  },
  'imports.exclude': {
    input: z.object({ importId: z.string().min(1), row: z.number().int().min(1), excluded: z.boolean() }).strict(),
    output: StagedRow,
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
