import path from 'node:path';
import type { ChosenFiles } from './chosen-files';

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

/** The main process's own save dialog for the XLSX export, offering the file name the page suggests (a name, never a folder). */
export function exportDialogOptions(suggestedName?: string) {
  const name = suggestedName ? path.basename(suggestedName) : '';
  return {
    title: 'Export the submission to XLSX',
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'] as ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[],
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    ...(name ? { defaultPath: name } : {}),
  };
}

/** The file a save dialog's answer names: with .xlsx added when the user typed no extension (the Linux dialog adds none). */
export function xlsxSavePath(filePath: string): string {
  return /\.xlsx$/i.test(filePath) ? filePath : `${filePath}.xlsx`;
}

type SaveDialog = (options: ReturnType<typeof exportDialogOptions>) => Promise<{ canceled: boolean; filePath?: string }>;

/**
 * Asks in the save dialog where the export goes, and lets this window write that one file (`chosen`); null when
 * cancelled. The engine refuses an export to any other path the page names (chosen-files.ts).
 */
export async function chooseExportPath<Owner>(ask: SaveDialog, chosen: ChosenFiles<Owner>, owner: Owner, suggested: unknown): Promise<string | null> {
  const result = await ask(exportDialogOptions(typeof suggested === 'string' ? suggested : undefined));
  if (result.canceled || !result.filePath) return null;
  const file = xlsxSavePath(result.filePath);
  chosen.record(owner, file);
  return file;
}
