import type { IndicatorRow } from '../../../shared/domain';

/** How a stored answer reads in the grid: an option by its label, anything else as written. */
export function answerText(row: Pick<IndicatorRow, 'options'>, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return row.options.find((o) => o.value === value)?.label ?? value;
}
