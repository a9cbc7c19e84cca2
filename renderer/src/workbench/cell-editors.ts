import type { CellEditorSelectorResult, ICellEditorParams } from 'ag-grid-community';
import type { IndicatorRow } from '../../../shared/domain';

/** The editor that fits an indicator's answer type: its options, a number within its bounds, a date, or free text. */
export function valueEditor(params: ICellEditorParams<IndicatorRow>): CellEditorSelectorResult | undefined {
  const row = params.data;
  if (!row) return undefined;
  switch (row.answerType) {
    case 'yes-no':
    case 'yes-partly-no':
    case 'choice':
      return { component: 'agSelectCellEditor', params: { values: row.options.map((o) => o.value) } };
    case 'number':
      return {
        component: 'agNumberCellEditor',
        params: {
          ...(row.min !== null ? { min: row.min } : {}),
          ...(row.max !== null ? { max: row.max } : {}),
          // Years, months, days and counts are whole numbers; percentages may have decimals.
          precision: row.unit === 'percent' || row.unit === 'percentage-points' ? 2 : 0,
          showStepperButtons: false,
        },
      };
    case 'date':
      return { component: 'agDateStringCellEditor' };
    case 'text':
      return { component: 'agTextCellEditor', params: { maxLength: 4000 } };
  }
}

/** An expert-scored indicator's score is picked from the scores its rule allows; no other score is typed. */
export function scoreEditor(params: ICellEditorParams<IndicatorRow>): CellEditorSelectorResult | undefined {
  const row = params.data;
  if (row?.scoringKind !== 'expert') return undefined;
  return { component: 'agSelectCellEditor', params: { values: row.expertScores } };
}

export const CONFIDENCE_VALUES = ['low', 'medium', 'high'] as const;
