import { describe, expect, it } from 'vitest';
import { ChosenFiles, unchosenFileRefusal } from '../../../electron/security/chosen-files';
import { chooseExportPath, exportDialogOptions, xlsxSavePath } from '../../../electron/security/file-dialog';

/** A save dialog that answers as the user would, and remembers what it was asked. */
function saveDialog(answer: { canceled: boolean; filePath?: string }) {
  const asked: ReturnType<typeof exportDialogOptions>[] = [];
  return { asked, ask: async (options: ReturnType<typeof exportDialogOptions>) => (asked.push(options), answer) };
}

const exportTo = (chosen: ChosenFiles<number>, owner: number, file: string) =>
  unchosenFileRefusal('submissions.exportXlsx', { submissionId: 's', path: file }, (f) => chosen.allows(owner, f));

describe('the desktop save dialog for the XLSX export', () => {
  it('offers the suggested file name, never a folder the page names, and only .xlsx files', () => {
    const options = exportDialogOptions('../../.config/autostart/KEN-2026.xlsx');
    expect(options).toMatchObject({ defaultPath: 'KEN-2026.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(exportDialogOptions()).not.toHaveProperty('defaultPath');
  });

  it('adds .xlsx to a name typed without it, and keeps one typed with it', () => {
    expect(xlsxSavePath('/home/expert/Kenya 2026')).toBe('/home/expert/Kenya 2026.xlsx');
    expect(xlsxSavePath('/home/expert/KEN-2026.XLSX')).toBe('/home/expert/KEN-2026.XLSX');
  });

  it('lets the window export to the path chosen in its dialog, and refuses any other path or window', async () => {
    const chosen = new ChosenFiles<number>();
    const dialog = saveDialog({ canceled: false, filePath: '/home/expert/exports/KEN-2026' });
    expect(await chooseExportPath(dialog.ask, chosen, 7, 'KEN-2026.xlsx')).toBe('/home/expert/exports/KEN-2026.xlsx');
    expect(dialog.asked[0]).toMatchObject({ defaultPath: 'KEN-2026.xlsx' });
    expect(exportTo(chosen, 7, '/home/expert/exports/KEN-2026.xlsx')).toBeNull();
    expect(exportTo(chosen, 7, '/home/expert/.config/autostart/KEN-2026.xlsx')).toMatchObject({ code: 'file-not-chosen', where: { file: 'KEN-2026.xlsx' } });
    expect(exportTo(chosen, 8, '/home/expert/exports/KEN-2026.xlsx')).toMatchObject({ code: 'file-not-chosen' });
  });

  it('allows nothing when the dialog is cancelled', async () => {
    const chosen = new ChosenFiles<number>();
    expect(await chooseExportPath(saveDialog({ canceled: true, filePath: '' }).ask, chosen, 7, 42)).toBeNull();
    expect(exportTo(chosen, 7, '/home/expert/exports/KEN-2026.xlsx')).toMatchObject({ code: 'file-not-chosen' });
  });
});
