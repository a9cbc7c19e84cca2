import type { IndicatorRow } from '../../../shared/domain';
import type { Dimension, MigrantCategory } from '../../../shared/indicator-schema';
import { rowStatus, type RowContext, type RowStatus } from './row-status';

export interface GridFilter {
  /** A domain id, or '' for all domains. */
  domain: string;
  dimension: Dimension | '';
  category: MigrantCategory | '';
  status: RowStatus | '';
  /** Words to find anywhere in a row (code, question, answer, domain); '' for none. */
  text: string;
}

export const NO_FILTER: GridFilter = { domain: '', dimension: '', category: '', status: '', text: '' };

/** Whether a row passes the filter's choices (the grid's quick filter handles `text`). */
export function passesFilter(row: IndicatorRow, filter: GridFilter, context: RowContext): boolean {
  if (filter.domain && row.domain !== filter.domain) return false;
  if (filter.dimension && row.dimension !== filter.dimension) return false;
  if (filter.category && !row.categories.includes(filter.category)) return false;
  if (filter.status && rowStatus(row, context) !== filter.status) return false;
  return true;
}

export function hasChoices(filter: GridFilter): boolean {
  return Boolean(filter.domain || filter.dimension || filter.category || filter.status);
}
