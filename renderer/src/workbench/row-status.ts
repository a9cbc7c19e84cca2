import type { IndicatorRow } from '../../../shared/domain';

export const ROW_STATUSES = ['missing', 'answered', 'flagged', 'changed'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** What the grid knows about a row besides the row itself: its open problems and last year's value. */
export interface RowContext {
  /** Indicator codes with at least one problem not yet accepted. */
  flagged: ReadonlySet<string>;
  /** Last year's value per indicator code, for submissions that have a previous year. */
  previous: ReadonlyMap<string, string | null>;
}

export const NO_CONTEXT: RowContext = { flagged: new Set(), previous: new Map() };

/**
 * One word for where a row stands, the most pressing first: with no value it is missing; with an open
 * problem it is flagged; with a value other than last year's it has changed; otherwise it is answered.
 */
export function rowStatus(row: Pick<IndicatorRow, 'code' | 'value'>, context: RowContext): RowStatus {
  if (row.value === null || row.value === '') return 'missing';
  if (context.flagged.has(row.code)) return 'flagged';
  if (context.previous.has(row.code) && context.previous.get(row.code) !== row.value) return 'changed';
  return 'answered';
}
