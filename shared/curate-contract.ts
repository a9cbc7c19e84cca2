import { z } from 'zod';
import { IndicatorRow } from './domain';
import { CompletenessChange, Problem } from './quality-contract';
import { Confidence, EvidenceType } from './records';

/**
 * What the curation workbench (grid, evidence panel, undo buttons, history) and `mrc audit verify`
 * exchange with the engine. Every write is one transaction with one audit entry; edits.undo and
 * edits.redo replay those entries' before and after values as new entries.
 */

const Id = z.string().min(1);
const IndicatorId = z.string().min(1).max(32);
export const EvidenceId = z.number().int().positive();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written yyyy-mm-dd');
const Url = z.url({ protocol: /^https?$/ }).max(2048);

/**
 * One law citation or source of practice, as the expert writes it.
 * - law: `title` is the national law or instrument, `citation` its article, `excerpt` the quoted text.
 * - practice: `title` is the report, court case or statistic, `excerpt` its description; `citation` is usually empty.
 */
const evidenceShape = {
  type: EvidenceType,
  title: z.string().trim().min(1).max(1000),
  citation: z.string().trim().max(1000),
  date: IsoDate.nullable(),
  url: Url.nullable(),
  excerpt: z.string().max(20_000).nullable(),
};
export const EvidenceFields = z
  .object({
    ...evidenceShape,
    citation: evidenceShape.citation.default(''),
    date: evidenceShape.date.default(null),
    url: evidenceShape.url.default(null),
    excerpt: evidenceShape.excerpt.default(null),
  })
  .strict();
export type EvidenceFields = z.infer<typeof EvidenceFields>;
/** The fields an update changes; those absent stay as they are. */
export const EvidenceChanges = z.object(evidenceShape).partial().strict();
export type EvidenceChanges = z.infer<typeof EvidenceChanges>;

/** An item of evidence with its id and the indicators it backs (codes, in order). */
export const EvidenceRow = z.object({
  id: EvidenceId,
  submissionId: z.string(),
  type: EvidenceType,
  title: z.string(),
  citation: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  excerpt: z.string().nullable(),
  indicators: z.array(z.string()),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

/** The edits undo and redo act on, by the action their audit entry names. */
export const UndoableAction = z.enum([
  'answers.set',
  'evidence.add',
  'evidence.update',
  'evidence.remove',
  'evidence.link',
  'evidence.unlink',
  'reconcile.decide',
  'reconcile.no-match',
  'reconcile.accept-above',
  'problems.accept',
  'problems.unaccept',
  'answers.justify',
  'answers.unjustify',
]);
export type UndoableAction = z.infer<typeof UndoableAction>;

/** What the undo and redo buttons show: whether each can act, and what it would act on. */
export const UndoState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The action of the audit entry an undo (redo) would invert (replay): "answers.set", "reconcile.decide"… */
  undoAction: z.string().nullable(),
  redoAction: z.string().nullable(),
});
export type UndoState = z.infer<typeof UndoState>;

export const UndoOutcome = z.object({
  /** The audit entry that was undone or redone, and the indicators it touched (for the grid to refresh). */
  seq: z.number().int(),
  action: z.string(),
  indicators: z.array(z.string()),
  state: UndoState,
});
export type UndoOutcome = z.infer<typeof UndoOutcome>;

const Scalar = z.union([z.string(), z.number(), z.null()]);

/** One field that changed: the table's row it belongs to, its value before and after. */
export const FieldChange = z.object({
  /** "answer", "evidence", "link", "alias", "staged-row". */
  entity: z.string(),
  field: z.string(),
  before: Scalar,
  after: Scalar,
});
export type FieldChange = z.infer<typeof FieldChange>;

export const HistoryEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** The action edited: for an undo or redo, the action of the edit it undid or redid. */
  action: z.string(),
  /** An edit, or the undo or redo of the edit numbered `of`. */
  kind: z.enum(['edit', 'undo', 'redo']),
  of: z.number().int().nullable(),
  changes: z.array(FieldChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** What is wrong with the first entry that breaks the chain. */
export const AuditBreak = z.object({
  seq: z.number().int(),
  problem: z.enum(['altered', 'removed', 'inserted']),
  message: z.string(),
});
export type AuditBreak = z.infer<typeof AuditBreak>;

export const AuditVerdict = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** The bytes hashed, for comparing the speed with sha256sum. */
  bytes: z.number().int(),
  firstBreak: AuditBreak.nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;

const EvidenceRef = z.object({ evidenceId: EvidenceId }).strict();
/**
 * What an answer changed, so the workbench shows it without reading the whole submission again: the row,
 * the indicator's problems now (accepted ones included; the problems of other indicators are unchanged),
 * and how the completeness counts moved.
 */
export const AnswerOutcome = z.object({
  row: IndicatorRow,
  problems: z.array(Problem),
  completenessChange: CompletenessChange,
});
export type AnswerOutcome = z.infer<typeof AnswerOutcome>;

const EvidenceLink = z.object({ evidenceId: EvidenceId, indicatorId: IndicatorId }).strict();

export const curateMethods = {
  /**
   * Answers one indicator. `value` is read as the answer type reads a cell ("45%" in a percentage is 45,
   * "Yes" is yes, "n/a" or null clears); the score comes from the scoring rule, and `score` is taken only
   * where the rule is `expert` (one of its allowed scores). `confidence`, `note`: left as they are when absent, cleared by null.
   * Returns the row, the indicator's problems and the change in completeness (AnswerOutcome).
   */
  'answers.set': {
    input: z
      .object({
        submissionId: Id,
        indicatorId: IndicatorId,
        value: z.string().max(20_000).nullable(),
        score: z.number().min(0).max(100).nullable().optional(),
        confidence: Confidence.nullable().optional(),
        note: z.string().max(20_000).nullable().optional(),
      })
      .strict(),
    output: AnswerOutcome,
  },
  'evidence.list': { input: z.object({ submissionId: Id }).strict(), output: z.array(EvidenceRow) },
  'evidence.ofIndicator': { input: z.object({ submissionId: Id, indicatorId: IndicatorId }).strict(), output: z.array(EvidenceRow) },
  'evidence.add': {
    input: z.object({ submissionId: Id, evidence: EvidenceFields, indicatorIds: z.array(IndicatorId).max(10_000).default([]) }).strict(),
    output: EvidenceRow,
  },
  /** Changes the fields given; the others stay. */
  'evidence.update': {
    input: z.object({ evidenceId: EvidenceId, evidence: EvidenceChanges }).strict(),
    output: EvidenceRow,
  },
  'evidence.remove': { input: EvidenceRef, output: z.object({ removed: EvidenceId }) },
  'evidence.link': { input: EvidenceLink, output: EvidenceRow },
  'evidence.unlink': { input: EvidenceLink, output: EvidenceRow },
  'edits.state': { input: z.object({ submissionId: Id }).strict(), output: UndoState },
  'edits.undo': { input: z.object({ submissionId: Id }).strict(), output: UndoOutcome },
  'edits.redo': { input: z.object({ submissionId: Id }).strict(), output: UndoOutcome },
  'edits.history': { input: z.object({ submissionId: Id, indicatorId: IndicatorId }).strict(), output: z.array(HistoryEntry) },
  'audit.verify': { input: z.object({}).strict(), output: AuditVerdict },
} as const;
