import type { StagingStatus, ValueReading } from '../../../../shared/import-contract';
import type { Indicator } from '../../../../shared/indicator-schema';
import type { ColumnMapping, ImportIssue, ImportIssueCode, RecordKind } from '../../../../shared/records';
import type { MessageDetail, MessageParams } from '../../../../shared/error-codes';
import { columnLetter, issue } from '../import-issue';
import { headerOf, locate, place, type RowWhere } from '../map/map-rows';
import { DEFAULT_FORMAT } from '../map/parse-values';
import type { StagedReference } from '../resolve/resolve-references';
import { settleAnswer, type CellContext, type Fields } from '../resolve/settle-answer';
import type { ColumnFormat } from '../sheet-model';

export type { Fields } from '../resolve/settle-answer';

/** What a staged row holds besides its raw cells: the record as read, its references, and — once usable — what will be written. */
export interface StagedRecord {
  fields: Fields;
  refs: StagedReference[];
  /** How an answer's value was read, once its indicator is known. */
  reading?: ValueReading;
  /** Fields the person sent back to the queue: only their decision settles them. */
  questioned?: string[];
  /** The values the commit writes, present only when the row is ready. */
  resolved: Record<string, unknown> | null;
}

/** Everything settling a row needs besides the row: the schema's indicators and where each field's cell is. */
export interface SettleContext {
  indicators: ReadonlyMap<string, Indicator>;
  cells: CellContext;
}

/** Locates a field's cell through the mapping, so a problem found after reading names its row and column. */
export function cellContext(mapping: ColumnMapping, formats: readonly (ColumnFormat | undefined)[], where: RowWhere): CellContext {
  const columnOf = (field: string) => mapping.find((m) => m.field === field);
  return {
    problem(field: string, code: ImportIssueCode, reason: string, params: MessageParams, detail?: MessageDetail): ImportIssue {
      const entry = columnOf(field);
      const column = entry ? { letter: columnLetter(entry.column), header: entry.header } : undefined;
      return issue(code, `${place(where, column)}: ${reason.replace(/\.$/, '')}.`, locate(where, column), { ...headerOf(column), ...params }, detail);
    },
    formatOf(field: string): ColumnFormat {
      const entry = columnOf(field);
      return (entry && formats[entry.column]) ?? DEFAULT_FORMAT;
    },
  };
}

const text = (fields: Fields, field: string): string | null => {
  const value = fields[field];
  return value === undefined ? null : String(value);
};

const target = (refs: readonly StagedReference[], field: string) => refs.find((r) => r.field === field)?.targetId ?? null;

const accepted = (ref: StagedReference) => ref.candidates.find((c) => c.targetId === ref.targetId);

export interface SettledRow {
  status: StagingStatus;
  record: StagedRecord;
  problems: ImportIssue[];
  /** Some reference was accepted on similarity alone: the review marks the row and can filter on it. */
  bySimilarity: boolean;
}

/** A row's status and what it commits, from its problems and references; answers are read against their indicator here. */
export function settleRecord(
  kind: RecordKind,
  fields: Fields,
  refs: StagedReference[],
  problems: readonly ImportIssue[],
  context: SettleContext,
  questioned?: readonly string[],
): SettledRow {
  const bySimilarity = refs.some((r) => r.targetId !== null && accepted(r)?.via === 'fuzzy');
  const base: StagedRecord = { fields, refs, resolved: null, ...(questioned?.length ? { questioned: [...questioned] } : {}) };
  const settled = (status: StagingStatus, record: StagedRecord, found: readonly ImportIssue[] = []): SettledRow => ({ status, record, problems: [...found], bySimilarity });
  // A text refused by reconciliation (a compact "ratified") is a problem of its cell, like any unreadable value.
  const refused = refs.flatMap((r) => (r.refused ? [context.cells.problem(r.field, 'invalid-choice', r.refused, r.refusal?.params ?? {}, r.refusal?.detail)] : []));
  if (problems.length + refused.length > 0) return settled('error', base, [...problems, ...refused]);
  if (refs.some((r) => r.targetId === null)) return settled('needs-reconciliation', base);
  if (kind === 'answers') {
    const code = target(refs, 'indicator');
    const indicator = code ? context.indicators.get(code) : undefined;
    if (!indicator) return settled('needs-reconciliation', base);
    const answer = settleAnswer(indicator, fields, refs, context.cells);
    if (!('resolved' in answer)) return settled('error', base, answer.problems);
    return settled('ready', { ...base, reading: answer.reading, resolved: answer.resolved });
  }
  const resolved =
    kind === 'ratifications'
      ? {
          instrument: target(refs, 'instrument'),
          status: target(refs, 'status'),
          date: text(fields, 'date'),
          reservations: text(fields, 'reservations'),
        }
      : {
          type: text(fields, 'type'),
          title: text(fields, 'title'),
          citation: text(fields, 'citation') ?? '',
          date: text(fields, 'date'),
          url: text(fields, 'url'),
          excerpt: text(fields, 'excerpt'),
          categories: text(fields, 'categories'),
          indicators: text(fields, 'indicators'),
          // The indicators the row's right, domain or indicator column was reconciled to: linked at commit.
          links: [...new Set(refs.filter((r) => r.field === 'indicators').map((r) => r.targetId))],
        };
  return settled('ready', { ...base, resolved });
}
