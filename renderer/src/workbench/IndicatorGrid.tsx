import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellEditRequestEvent, CellFocusedEvent, GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { IndicatorRow } from '../../../shared/domain';
import { gridTheme } from './grid-modules';
import { gridColumns, type GridContext } from './grid-columns';
import { passesFilter, hasChoices, type GridFilter } from './row-filter';

/** A change the expert made in a cell, for the engine to write. */
export interface CellEdit {
  code: string;
  field: 'value' | 'score' | 'confidence';
  value: string | number | null;
}

interface IndicatorGridProps {
  rows: IndicatorRow[];
  context: GridContext;
  filter: GridFilter;
  onEdit(edit: CellEdit): void;
  /** The indicator whose cell has the keyboard focus, for the evidence panel. */
  onFocusRow(code: string): void;
  onReady(api: GridApi<IndicatorRow>): void;
  onShownChange(shown: number): void;
}

const ROW_HEIGHT = 48;

function asEdit(event: CellEditRequestEvent<IndicatorRow>): CellEdit | undefined {
  const field = event.colDef.field;
  if (!event.data || (field !== 'value' && field !== 'score' && field !== 'confidence')) return undefined;
  const raw = event.newValue as string | number | null | undefined;
  const value = raw === undefined || raw === '' ? null : field === 'value' && typeof raw === 'number' ? String(raw) : raw;
  return { code: event.data.code, field, value };
}

/**
 * A submission's indicators, one row per indicator, edited like a spreadsheet. Rows are virtualised
 * (only those on screen are in the page), so a schema of ten thousand indicators opens and scrolls
 * as fast as one of a hundred; the quick filter finds what the browser's find no longer can.
 * The grid never writes a row itself (readOnlyEdit): every edit goes to the engine, and the row comes back.
 */
export function IndicatorGrid({ rows, context, filter, onEdit, onFocusRow, onReady, onShownChange }: IndicatorGridProps) {
  const { t, i18n } = useTranslation();
  const direction = i18n.dir();
  const api = useRef<GridApi<IndicatorRow>>(undefined);
  const columnDefs = useMemo(() => gridColumns(t), [t]);
  // The grid reads the filter through a ref: its callbacks are set once, the filter changes often.
  const filterRef = useRef(filter);
  const contextRef = useRef(context);

  useEffect(() => {
    filterRef.current = filter;
    contextRef.current = context;
    const grid = api.current;
    if (!grid) return;
    grid.setGridOption('context', context);
    grid.refreshCells({ columns: ['status', 'value', 'score'], force: true });
    grid.onFilterChanged();
  }, [filter, context]);

  const ready = (event: GridReadyEvent<IndicatorRow>) => {
    api.current = event.api;
    onReady(event.api);
    onShownChange(event.api.getDisplayedRowCount());
  };

  const focused = (event: CellFocusedEvent<IndicatorRow>) => {
    if (event.rowIndex === null || event.rowPinned) return;
    const code = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data?.code;
    if (code) onFocusRow(code);
  };

  return (
    <div className="indicator-grid" data-testid="indicator-grid">
      <AgGridReact<IndicatorRow>
        // enableRtl is read only when the grid is created, so a change of direction re-creates it.
        key={direction}
        theme={gridTheme}
        containerStyle={{ blockSize: '100%', inlineSize: '100%' }}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
        getRowId={({ data }) => data.code}
        context={context}
        rowHeight={ROW_HEIGHT}
        readOnlyEdit
        onCellEditRequest={(event) => {
          const edit = asEdit(event);
          if (edit) onEdit(edit);
        }}
        // Enter edits, Enter commits and moves down, Escape cancels, Tab moves on, as in a spreadsheet.
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        quickFilterText={filter.text}
        isExternalFilterPresent={() => hasChoices(filterRef.current)}
        doesExternalFilterPass={(node) => !!node.data && passesFilter(node.data, filterRef.current, contextRef.current)}
        onFilterChanged={(event) => onShownChange(event.api.getDisplayedRowCount())}
        onRowDataUpdated={(event) => onShownChange(event.api.getDisplayedRowCount())}
        onCellFocused={focused}
        onGridReady={ready}
        // The grid benchmark (tests/bench/grid.bench.ts) times the opening of a submission to this mark.
        onFirstDataRendered={() => performance.mark('mrc:grid-rendered')}
        // Rows in the DOM follow the order on screen, so assistive technology reads them in sorted order;
        // the grid tells it each row's place among all of them (aria-rowindex, aria-rowcount).
        ensureDomOrder
        enableCellTextSelection
        tooltipShowDelay={600}
        enableRtl={direction === 'rtl'}
        getLocaleText={({ key, defaultValue }) => t(`agGrid.${key}`, { defaultValue })}
      />
    </div>
  );
}
