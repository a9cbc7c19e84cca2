/** The spreadsheets the import reads, as offered by the desktop's open dialog. */
export const IMPORT_EXTENSIONS = ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt'] as const;

/** The main process's own open dialog: one existing file, no folder; what it returns is what the window may open. */
export function importDialogOptions(suggested?: string) {
  return {
    title: 'Choose a spreadsheet to import',
    properties: ['openFile', 'dontAddToRecent'] as ('openFile' | 'dontAddToRecent')[],
    filters: [
      { name: 'Spreadsheets', extensions: [...IMPORT_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
    ...(suggested ? { defaultPath: suggested } : {}),
  };
}
