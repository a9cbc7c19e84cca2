import type { ColDef, EditableCallbackParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { IndicatorRow } from '../../../shared/domain';
import { answerText } from './answer-text';
import { CONFIDENCE_VALUES, scoreEditor, valueEditor } from './cell-editors';
import { rowStatus, type RowContext } from './row-status';
import { CATEGORY_KEYS, CONFIDENCE_KEYS, DIMENSION_KEYS, ROW_STATUS_KEYS } from './workbench-keys';

/** What cells read besides their row: open problems, last year's values, and which cells are invalid. */
export interface GridContext extends RowContext {
  /** `code:field` of every cell with an invalid value. */
  invalid: ReadonlySet<string>;
}

const editableScore = ({ data }: EditableCallbackParams<IndicatorRow>) => data?.scoringKind === 'expert';
const invalidRule = (field: string) => ({
  'cell-invalid': ({ data, context }: { data: IndicatorRow | undefined; context: GridContext }) =>
    data !== undefined && context.invalid.has(`${data.code}:${field}`),
});

/**
 * The workbench's columns, what the expert works on first: the code (pinned), question, value, score,
 * confidence, sources and status fit the width a 1024-pixel window leaves the grid; domain, dimension
 * and migrants follow, a scroll away there, on screen in wider windows.
 */
export function gridColumns(t: TFunction): ColDef<IndicatorRow>[] {
  return [
    { field: 'code', headerName: t('grid.code'), width: 84, minWidth: 84, pinned: 'left', lockPinned: true },
    {
      field: 'question',
      headerName: t('grid.question'),
      flex: 3,
      minWidth: 200,
      wrapText: true,
      tooltipField: 'question',
    },
    {
      field: 'value',
      headerName: t('grid.value'),
      flex: 1,
      minWidth: 130,
      editable: true,
      cellEditorSelector: valueEditor,
      wrapText: true,
      cellClass: 'cell-editable',
      cellClassRules: invalidRule('value'),
      valueFormatter: ({ data, value }) => (data ? answerText(data, value as string | null) : ''),
      tooltipValueGetter: ({ data, value }) => (data ? answerText(data, value as string | null) : ''),
      getQuickFilterText: ({ data, value }) => answerText(data, value as string | null),
    },
    {
      field: 'score',
      headerName: t('grid.score'),
      width: 74,
      minWidth: 74,
      type: 'rightAligned',
      editable: editableScore,
      cellEditorSelector: scoreEditor,
      cellClassRules: { ...invalidRule('score'), 'cell-editable': editableScore },
      headerTooltip: t('grid.scoreTooltip'),
    },
    {
      field: 'confidence',
      headerName: t('grid.confidence'),
      width: 108,
      minWidth: 100,
      editable: true,
      cellClass: 'cell-editable',
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...CONFIDENCE_VALUES] },
      valueFormatter: ({ value }) => (value ? t(CONFIDENCE_KEYS[value as (typeof CONFIDENCE_VALUES)[number]]) : ''),
    },
    {
      field: 'sourceCount',
      headerName: t('grid.sources'),
      width: 84,
      minWidth: 84,
      type: 'rightAligned',
      headerTooltip: t('grid.sourcesTooltip'),
    },
    {
      colId: 'status',
      headerName: t('grid.status'),
      width: 104,
      minWidth: 100,
      valueGetter: ({ data, context }) => (data ? rowStatus(data, context as GridContext) : ''),
      valueFormatter: ({ value }) => (value ? t(ROW_STATUS_KEYS[value as ReturnType<typeof rowStatus>]) : ''),
      cellClass: ({ value }) => `status-${String(value)}`,
    },
    { field: 'domainTitle', headerName: t('grid.domain'), width: 140, minWidth: 110, wrapText: true },
    {
      field: 'dimension',
      headerName: t('grid.dimension'),
      width: 100,
      minWidth: 90,
      valueFormatter: ({ value }) => (value ? t(DIMENSION_KEYS[value as IndicatorRow['dimension']]) : ''),
    },
    {
      field: 'categories',
      headerName: t('grid.categories'),
      width: 150,
      minWidth: 110,
      valueFormatter: ({ value }) => (value as IndicatorRow['categories']).map((c) => t(CATEGORY_KEYS[c])).join(', '),
      wrapText: true,
      sortable: false,
    },
  ];
}
