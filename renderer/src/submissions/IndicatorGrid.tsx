import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CellStyleModule,
  ClientSideRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowAutoHeightModule,
  themeQuartz,
  ValidationModule,
  type ColDef,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { IndicatorRow } from '../../../shared/domain';

// AG Grid 33+ ships its features as modules that must be registered before a grid is created. Only
// what this grid uses (sorting and resizing are in the core); in development, ValidationModule
// names any module a new grid option would need.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  CellStyleModule,
  RowAutoHeightModule,
  LocaleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

// The grid uses the app's own system font: Quartz's default names a Google font, and the app loads nothing remote.
const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  accentColor: '#1d5fa6',
  headerBackgroundColor: '#eef2f7',
  headerFontWeight: 600,
  wrapperBorderRadius: 6,
});

/** A submission's indicators, one row per indicator code, sortable and resizable. */
export function IndicatorGrid({ rows }: { rows: IndicatorRow[] }) {
  const { t, i18n } = useTranslation();
  const direction = i18n.dir();

  const columnDefs = useMemo<ColDef<IndicatorRow>[]>(
    () => [
      // Every column shares the width; their minimums add up to what a 1024-pixel window leaves the grid,
      // so Value and Score stay on screen there, and wider windows give the room to the texts.
      { field: 'code', headerName: t('grid.code'), width: 100, minWidth: 100 },
      { field: 'domainTitle', headerName: t('grid.domain'), flex: 1, minWidth: 125, wrapText: true, autoHeight: true },
      {
        field: 'dimension',
        headerName: t('grid.dimension'),
        width: 124,
        minWidth: 124,
        valueFormatter: ({ value }) => (value ? t(`dimension.${value}`) : ''),
      },
      { field: 'question', headerName: t('grid.question'), flex: 2.5, minWidth: 190, wrapText: true, autoHeight: true },
      { field: 'value', headerName: t('grid.value'), flex: 1, minWidth: 120, wrapText: true, autoHeight: true },
      { field: 'score', headerName: t('grid.score'), width: 80, minWidth: 80, type: 'rightAligned' },
    ],
    [t],
  );

  return (
    <div className="indicator-grid" data-testid="indicator-grid">
      <AgGridReact<IndicatorRow>
        // enableRtl is read only when the grid is created, so a change of direction re-creates it.
        key={direction}
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true }}
        getRowId={({ data }) => data.code}
        // A schema has on the order of a hundred indicators, so the page grows with the grid and
        // scrolls as one document: autoHeight renders every row (no row virtualisation), which keeps
        // find-in-page, screen readers' reading order and the end-to-end tests seeing all of them.
        domLayout="autoHeight"
        // Rows in the DOM follow the order on screen, so assistive technology reads them in sorted order.
        ensureDomOrder
        enableRtl={direction === 'rtl'}
        getLocaleText={({ key, defaultValue }) => t(`agGrid.${key}`, { defaultValue })}
      />
    </div>
  );
}
