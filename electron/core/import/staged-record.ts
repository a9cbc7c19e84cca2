import type { StagingStatus } from '../../../shared/import-api';
import type { Indicator } from '../../../shared/indicator-schema';
import type { ImportIssue, RecordKind } from '../../../shared/records';
import { scoreAnswer } from '../curate/score-answer';
import type { StagedReference } from './resolve-references';

export type Fields = Record<string, string | number>;

/** What a staged row holds besides its raw cells: the record as read, its references, and — once usable — what will be written. */
export interface StagedRecord {
  fields: Fields;
  refs: StagedReference[];
  /** The values the commit writes, present only when the row is ready. */
  resolved: Record<string, string | number | null> | null;
}

const text = (fields: Fields, field: string): string | null => {
  const value = fields[field];
  return value === undefined ? null : String(value);
};

const target = (refs: readonly StagedReference[], field: string) => refs.find((r) => r.field === field)?.targetId ?? null;

function resolveAnswer(fields: Fields, refs: readonly StagedReference[], indicators: ReadonlyMap<string, Indicator>) {
  const code = target(refs, 'indicator');
  const indicator = code ? indicators.get(code) : undefined;
  if (!indicator) return null;
  const value = refs.some((r) => r.field === 'value') ? target(refs, 'value') : text(fields, 'value');
  const given = fields.score;
  return {
    indicator: indicator.code,
    value,
    score: typeof given === 'number' ? given : scoreAnswer(indicator, value),
    confidence: text(fields, 'confidence'),
    citation: text(fields, 'citation'),
    note: text(fields, 'note'),
  };
}

/** A row's status and what it commits, from its problems and references. */
export function settleRecord(
  kind: RecordKind,
  fields: Fields,
  refs: StagedReference[],
  problems: readonly ImportIssue[],
  indicators: ReadonlyMap<string, Indicator>,
): { status: StagingStatus; record: StagedRecord } {
  if (problems.length > 0) return { status: 'error', record: { fields, refs, resolved: null } };
  if (refs.some((r) => r.targetId === null)) return { status: 'needs-reconciliation', record: { fields, refs, resolved: null } };
  let resolved: StagedRecord['resolved'];
  if (kind === 'answers') resolved = resolveAnswer(fields, refs, indicators);
  else if (kind === 'ratifications')
    resolved = {
      instrument: target(refs, 'instrument'),
      status: target(refs, 'status'),
      date: text(fields, 'date'),
      reservations: text(fields, 'reservations'),
    };
  else
    resolved = {
      type: text(fields, 'type'),
      title: text(fields, 'title'),
      citation: text(fields, 'citation') ?? '',
      date: text(fields, 'date'),
      url: text(fields, 'url'),
      excerpt: text(fields, 'excerpt'),
      categories: text(fields, 'categories'),
      indicators: text(fields, 'indicators'),
    };
  return resolved ? { status: 'ready', record: { fields, refs, resolved } } : { status: 'needs-reconciliation', record: { fields, refs, resolved: null } };
}

