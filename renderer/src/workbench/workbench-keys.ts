import type { HistoryEntry, UndoableAction } from '../../../shared/curate-contract';
import type { Dimension, MigrantCategory } from '../../../shared/indicator-schema';
import type { ProblemCode } from '../../../shared/quality-contract';
import type { Confidence, EvidenceType } from '../../../shared/records';
import type { RowStatus } from './row-status';

/*
 * The words of the workbench's closed sets, keyed by the set's own type, so a value added in shared/ without
 * its key fails the typecheck, and written out literally so that a test can list them.
 */

export const CONFIDENCE_KEYS = {
  low: 'confidence.low',
  medium: 'confidence.medium',
  high: 'confidence.high',
} as const satisfies Record<Confidence, string>;

export const ROW_STATUS_KEYS = {
  missing: 'rowStatus.missing',
  answered: 'rowStatus.answered',
  flagged: 'rowStatus.flagged',
  changed: 'rowStatus.changed',
} as const satisfies Record<RowStatus, string>;

export const DIMENSION_KEYS = {
  law: 'dimension.law',
  practice: 'dimension.practice',
} as const satisfies Record<Dimension, string>;

export const CATEGORY_KEYS = {
  'migrant-workers': 'category.migrant-workers',
  'domestic-workers': 'category.domestic-workers',
  'seasonal-workers': 'category.seasonal-workers',
  refugees: 'category.refugees',
  'asylum-seekers': 'category.asylum-seekers',
  'irregular-migrants': 'category.irregular-migrants',
  'family-members': 'category.family-members',
  'nationals-abroad': 'category.nationals-abroad',
} as const satisfies Record<MigrantCategory, string>;

/** An evidence item's type, as the panel labels it. */
export const EVIDENCE_TYPE_KEYS = {
  law: 'panel.types.law',
  practice: 'panel.types.practice',
} as const satisfies Record<EvidenceType, string>;

export const HISTORY_KIND_KEYS = {
  edit: 'panel.historyKinds.edit',
  undo: 'panel.historyKinds.undo',
  redo: 'panel.historyKinds.redo',
} as const satisfies Record<HistoryEntry['kind'], string>;

/** The sentence of each problem, said from its params. */
export const PROBLEM_KEYS = {
  'unknown-indicator': 'problem.unknown-indicator',
  'not-an-option': 'problem.not-an-option',
  'not-a-number': 'problem.not-a-number',
  'not-whole': 'problem.not-whole',
  'below-minimum': 'problem.below-minimum',
  'above-maximum': 'problem.above-maximum',
  'not-a-date': 'problem.not-a-date',
  'date-out-of-range': 'problem.date-out-of-range',
  'empty-text': 'problem.empty-text',
  'text-too-long': 'problem.text-too-long',
  'score-mismatch': 'problem.score-mismatch',
  'score-on-unscored': 'problem.score-on-unscored',
  'score-missing': 'problem.score-missing',
  'law-without-citation': 'problem.law-without-citation',
  'no-source': 'problem.no-source',
  'score-changed': 'problem.score-changed',
  'ratification-disagrees': 'problem.ratification-disagrees',
  'ratification-not-an-option': 'problem.ratification-not-an-option',
} as const satisfies Record<ProblemCode, string>;

/** The edits undo and redo act on, as the undo history names them. */
export const UNDO_ACTION_KEYS = {
  'answers.set': 'undo.actions.answers.set',
  'evidence.add': 'undo.actions.evidence.add',
  'evidence.update': 'undo.actions.evidence.update',
  'evidence.remove': 'undo.actions.evidence.remove',
  'evidence.link': 'undo.actions.evidence.link',
  'evidence.unlink': 'undo.actions.evidence.unlink',
  'reconcile.decide': 'undo.actions.reconcile.decide',
  'reconcile.no-match': 'undo.actions.reconcile.no-match',
  'reconcile.accept-above': 'undo.actions.reconcile.accept-above',
  'problems.accept': 'undo.actions.problems.accept',
  'problems.unaccept': 'undo.actions.problems.unaccept',
  'answers.justify': 'undo.actions.answers.justify',
  'answers.unjustify': 'undo.actions.answers.unjustify',
} as const satisfies Record<UndoableAction, string>;

/** The fields an indicator's history names. */
export const CHANGED_FIELD_KEYS = {
  value: 'panel.fields.value',
  score: 'panel.fields.score',
  confidence: 'panel.fields.confidence',
  note: 'panel.fields.note',
  title: 'panel.fields.title',
  citation: 'panel.fields.citation',
  date: 'panel.fields.date',
  url: 'panel.fields.url',
  excerpt: 'panel.fields.excerpt',
  indicator: 'panel.fields.indicator',
  type: 'panel.fields.type',
  code: 'panel.fields.code',
  actor: 'panel.fields.actor',
  accepted_at: 'panel.fields.accepted_at',
  justified_at: 'panel.fields.justified_at',
  previous_submission_id: 'panel.fields.previous_submission_id',
  previous_score: 'panel.fields.previous_score',
} as const;

/*
 * An audit entry's action and a change's field are read from the audit log, which is data: an entry written by
 * another version of the app may name one this UI has no words for, and is then shown by its own name.
 */
export function isUndoAction(action: string): action is keyof typeof UNDO_ACTION_KEYS {
  return Object.hasOwn(UNDO_ACTION_KEYS, action);
}

export function isChangedField(field: string): field is keyof typeof CHANGED_FIELD_KEYS {
  return Object.hasOwn(CHANGED_FIELD_KEYS, field);
}
