import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createGrid, type CellEditRequestEvent, type CellFocusedEvent, type ColDef, type GetRowIdParams, type GridApi, type GridReadyEvent, type IRowNode } from 'ag-grid-community';
import type { IndicatorRow } from '../../../shared/domain';
import { gridTheme } from './grid-modules';
import { gridColumns, type GridContext } from './grid-columns';
import { AG_GRID_KEYS, isTranslatedGridKey } from './grid-locale-keys';
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

// Every row has room for two lines, so the grid knows each row's place without measuring it: a row that
// sized to its content would be drawn and measured on every scroll. The columns of words wrap onto the
// second line rather than cut a word at 1024 px (grid-columns.ts); a longer text shows its first two lines
// and the rest in its tooltip.
const ROW_HEIGHT = 48;
const DEFAULT_COLUMN: ColDef<IndicatorRow> = { sortable: true, resizable: true, suppressHeaderMenuButton: true, wrapHeaderText: true, autoHeaderHeight: true };
const rowId = ({ data }: GetRowIdParams<IndicatorRow>) => data.code;
const CONTAINER_STYLE = { blockSize: '100%', inlineSize: '100%' };

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
export function IndicatorGrid(props: IndicatorGridProps) {
  const { rows, context, filter } = props;
  const { t, i18n } = useTranslation();
  const direction = i18n.dir();
  const api = useRef<GridApi<IndicatorRow>>(undefined);
  const columnDefs = useMemo(() => gridColumns(t), [t]);
  // The grid's callbacks are handed over once and read the latest props through this ref: a new
  // callback on every render would make the grid filter or redraw its rows again.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // The grid filters all its rows again only when the filter changed, or when the problems behind a status
  // filter did; otherwise only the cells on screen are drawn again (an edit's row arrives by transaction).
  const filtered = useRef(filter);
  useEffect(() => {
    const grid = api.current;
    if (!grid) return;
    grid.setGridOption('context', context);
    grid.refreshCells({ columns: ['status', 'value', 'score'], force: true });
    // A new quick filter text filters the rows again, the choices with it.
    if (filtered.current.text !== filter.text) grid.setGridOption('quickFilterText', filter.text);
    else if (filtered.current !== filter || filter.status) grid.onFilterChanged();
    filtered.current = filter;
  }, [filter, context]);

  const handlers = useMemo(
    () => ({
      ready: (event: GridReadyEvent<IndicatorRow>) => {
        latest.current.onReady(event.api);
        latest.current.onShownChange(event.api.getDisplayedRowCount());
      },
      focused: (event: CellFocusedEvent<IndicatorRow>) => {
        if (event.rowIndex === null || event.rowPinned) return;
        const code = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data?.code;
        if (code) latest.current.onFocusRow(code);
      },
      editRequest: (event: CellEditRequestEvent<IndicatorRow>) => {
        const edit = asEdit(event);
        if (edit) latest.current.onEdit(edit);
      },
      filterPresent: () => hasChoices(latest.current.filter),
      filterPasses: (node: IRowNode<IndicatorRow>) =>
        !!node.data && passesFilter(node.data, latest.current.filter, latest.current.context),
      shownChanged: (event: { api: GridApi<IndicatorRow> }) => latest.current.onShownChange(event.api.getDisplayedRowCount()),
      rendered: () => performance.mark('mrc:grid-rendered'),
    }),
    [],
  );
  const localeText = useCallback(
    ({ key, defaultValue }: { key: string; defaultValue: string }) => (isTranslatedGridKey(key) ? t(AG_GRID_KEYS[key]) : defaultValue),
    [t],
  );

  // The grid draws its rows itself (AG Grid without its React layer): a page of new rows on a scroll costs
  // DOM work only, not a React render and commit of every cell. It is made again when the language changes,
  // for its direction and its own words are read only when it is made.
  const host = useRef<HTMLDivElement>(null);
  const made = useRef<{ rows: IndicatorRow[]; columns: ColDef<IndicatorRow>[] }>(undefined);
  useEffect(() => {
    const { rows: rowData, context: madeContext, filter: madeFilter } = latest.current;
    made.current = { rows: rowData, columns: columnDefs };
    const grid = createGrid<IndicatorRow>(host.current!, {
      theme: gridTheme,
      rowData,
      columnDefs,
      defaultColDef: DEFAULT_COLUMN,
      getRowId: rowId,
      context: madeContext,
      rowHeight: ROW_HEIGHT,
      // Four rows drawn beyond each edge instead of ten: a page of scrolling draws fewer new rows per frame.
      rowBuffer: 4,
      readOnlyEdit: true,
      // Rows do not slide into place after an edit or a sort: with thousands of rows that costs frames.
      animateRows: false,
      onCellEditRequest: handlers.editRequest,
      // Enter edits, Enter commits and moves down, Escape cancels, Tab moves on, as in a spreadsheet.
      enterNavigatesVerticallyAfterEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      quickFilterText: madeFilter.text,
      isExternalFilterPresent: handlers.filterPresent,
      doesExternalFilterPass: handlers.filterPasses,
      onFilterChanged: handlers.shownChanged,
      onRowDataUpdated: handlers.shownChanged,
      onCellFocused: handlers.focused,
      onGridReady: handlers.ready,
      // The grid benchmark (tests/bench/grid.bench.ts) times the opening of a submission to this mark.
      onFirstDataRendered: handlers.rendered,
      // Rows in the DOM follow the order on screen, so assistive technology reads them in sorted order;
      // the grid tells it each row's place among all of them (aria-rowindex, aria-rowcount).
      ensureDomOrder: true,
      enableCellTextSelection: true,
      // The browser's own tooltips (a title attribute): the grid's would add listeners to every cell it draws.
      enableBrowserTooltips: true,
      enableRtl: direction === 'rtl',
      getLocaleText: localeText,
    });
    api.current = grid;
    return () => {
      api.current = undefined;
      grid.destroy();
    };
    // Made again only for a new language; rows, columns, filter and context reach the grid made below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [direction, localeText, handlers]);

  useEffect(() => {
    if (made.current?.rows !== rows) api.current?.setGridOption('rowData', rows);
    if (made.current?.columns !== columnDefs) api.current?.setGridOption('columnDefs', columnDefs);
    made.current = { rows, columns: columnDefs };
  }, [rows, columnDefs]);

  return (
    <div className="indicator-grid" data-testid="indicator-grid">
      <div ref={host} style={CONTAINER_STYLE} />
    </div>
  );
}
