import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ConflictChoice, PreviousImport, StagingStatus } from '../../../shared/import-contract';
import type { MatchVia, RefKind } from '../../../shared/reconcile';
import type { EvidenceType, RecordKind } from '../../../shared/records';
import type { StagingChange } from './StagedRowsTable';
import type { WizardStep } from './StepIndicator';
import type { TaskLabel } from './use-long-task';

/*
 * The words of the import wizard's closed sets, keyed by the set's own type (a value added without its key fails
 * the typecheck) and written out literally, so that a test can list them.
 */

/** The fields of every record kind (shared/records.ts FIELDS), by the name a column maps to. */
export const FIELD_KEYS = {
  indicator: 'import.fields.indicator',
  value: 'import.fields.value',
  score: 'import.fields.score',
  confidence: 'import.fields.confidence',
  citation: 'import.fields.citation',
  note: 'import.fields.note',
  type: 'import.fields.type',
  title: 'import.fields.title',
  date: 'import.fields.date',
  url: 'import.fields.url',
  excerpt: 'import.fields.excerpt',
  categories: 'import.fields.categories',
  indicators: 'import.fields.indicators',
  instrument: 'import.fields.instrument',
  status: 'import.fields.status',
  reservations: 'import.fields.reservations',
  law: 'import.fields.law',
  article: 'import.fields.article',
  lawdate: 'import.fields.lawdate',
  practice: 'import.fields.practice',
} as const;

/**
 * A field's name. Field ids travel as strings (a mapping, a conflict's values), though every one is of FIELDS,
 * which the translation-keys test checks against this map; an id outside it would be shown as it is.
 */
export function fieldName(t: TFunction, id: string): string {
  return Object.hasOwn(FIELD_KEYS, id) ? t(FIELD_KEYS[id as keyof typeof FIELD_KEYS]) : id;
}

/** Each kind of record, as the sheet step offers it. */
export const RECORD_KIND_CHOICE_KEYS = {
  answers: { label: 'import.kinds.answers.label', description: 'import.kinds.answers.description' },
  evidence: { label: 'import.kinds.evidence.label', description: 'import.kinds.evidence.description' },
  ratifications: { label: 'import.kinds.ratifications.label', description: 'import.kinds.ratifications.description' },
} as const satisfies Record<RecordKind, { label: string; description: string }>;

export const WIZARD_STEP_KEYS = {
  file: 'import.steps.file',
  sheet: 'import.steps.sheet',
  mapping: 'import.steps.mapping',
  staging: 'import.steps.staging',
  commit: 'import.steps.commit',
} as const satisfies Record<WizardStep, string>;

/** What a long task is doing, as its progress line says. */
export const TASK_LABEL_KEYS = {
  opening: 'import.progress.opening',
  staging: 'import.progress.staging',
  committing: 'import.progress.committing',
} as const satisfies Record<TaskLabel, string>;

/** An earlier import of the same file, by what became of it. */
export const PREVIOUS_IMPORT_KEYS = {
  staged: 'import.file.previous.staged',
  committed: 'import.file.previous.committed',
  abandoned: 'import.file.previous.abandoned',
} as const satisfies Record<PreviousImport['status'], string>;

export const IMPORT_HISTORY_STATUS_KEYS = {
  staged: 'import.history.statuses.staged',
  committed: 'import.history.statuses.committed',
  abandoned: 'import.history.statuses.abandoned',
} as const satisfies Record<PreviousImport['status'], string>;

export const STAGING_STATUS_KEYS = {
  ready: 'import.status.ready',
  'needs-reconciliation': 'import.status.needs-reconciliation',
  error: 'import.status.error',
  excluded: 'import.status.excluded',
} as const satisfies Record<StagingStatus, string>;

/** What a tab of staged rows says when it holds none. */
export const STAGING_EMPTY_KEYS = {
  ready: 'import.staging.empty.ready',
  'needs-reconciliation': 'import.staging.empty.needs-reconciliation',
  error: 'import.staging.empty.error',
  excluded: 'import.staging.empty.excluded',
} as const satisfies Record<StagingStatus, string>;

/** What the rows of a tab are, said above them. */
export const STAGING_EXPLAINED_KEYS = {
  ready: 'import.staging.explained.ready',
  'needs-reconciliation': 'import.staging.explained.needs-reconciliation',
  error: 'import.staging.explained.error',
  excluded: 'import.staging.explained.excluded',
} as const satisfies Record<StagingStatus, string>;

/** What a screen reader hears after a row changed. */
export const STAGING_ANNOUNCE_KEYS = {
  edited: 'import.staging.announce.edited',
  excluded: 'import.staging.announce.excluded',
  restored: 'import.staging.announce.restored',
  requeued: 'import.staging.announce.requeued',
  undone: 'import.staging.announce.undone',
} as const satisfies Record<StagingChange, string>;

/** A reference still waiting for its match, by what it refers to. */
export const UNRESOLVED_KEYS = {
  indicator: 'import.staging.unresolved.indicator',
  instrument: 'import.staging.unresolved.instrument',
  country: 'import.staging.unresolved.country',
  answer: 'import.staging.unresolved.answer',
} as const satisfies Record<RefKind, string>;

/** How a target was found; a similarity match says its percentage through import.review.match.similarity. */
export const MATCH_VIA_KEYS = {
  code: 'import.review.match.code',
  exact: 'import.review.match.exact',
  alias: 'import.review.match.alias',
  learned: 'import.review.match.learned',
} as const satisfies Record<Exclude<MatchVia, 'fuzzy'>, string>;

/** A citation of the row, which becomes evidence of this type. */
export const CITES_KEYS = {
  law: 'import.review.cites.law',
  practice: 'import.review.cites.practice',
} as const satisfies Record<EvidenceType, string>;

export const CONFLICT_CHOICE_KEYS = {
  'keep-existing': 'import.commit.choice.keep-existing',
  'take-imported': 'import.commit.choice.take-imported',
} as const satisfies Record<z.infer<typeof ConflictChoice>, string>;
