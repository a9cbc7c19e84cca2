import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ExternalFilterModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  DateEditorModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
} from 'ag-grid-community';

// AG Grid ships its features as modules registered before a grid is created: only what the workbench
// uses (sorting, resizing and keyboard navigation are in the core). In development, ValidationModule
// names any module a new grid option would need.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  CellStyleModule,
  ExternalFilterModule,
  QuickFilterModule,
  LocaleModule,
  TextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  SelectEditorModule,
  TooltipModule,
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

// The grid uses the app's own system font: Quartz's default names a Google font, and the app loads nothing remote.
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  // Narrower than Quartz's 16 px, so the columns the expert works in fit beside each other at 1024 px.
  cellHorizontalPadding: 10,
  accentColor: '#1d5fa6',
  headerBackgroundColor: '#eef2f7',
  headerFontWeight: 600,
  wrapperBorderRadius: 6,
});
