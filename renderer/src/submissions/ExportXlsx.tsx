import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../shared/domain';
import { api, asApiError, desktopSaveDialog, type ApiError } from '../api/client';
import { saveAsFile } from '../api/save-as-file';
import { ErrorNotice } from '../frame/ErrorNotice';

/**
 * "Export to XLSX": on the desktop, written where the user says in the main process's save dialog (the only
 * path the engine will write for this window); in the browser, offered as a download.
 */
export function ExportXlsx({ submission }: { submission: Pick<Submission, 'id' | 'country' | 'year'> }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const saveDialog = desktopSaveDialog();
      if (saveDialog) {
        // The name the engine gives a download, offered in the dialog.
        const target = await saveDialog(`${submission.country}-${submission.year}.xlsx`);
        if (target) {
          const written = await api.invoke('submissions.exportXlsx', { submissionId: submission.id, path: target });
          setSaid(t('exportXlsx.written', { file: written.path, count: written.neutralisedCells }));
        }
      } else {
        const file = await api.invoke('submissions.xlsxFile', { submissionId: submission.id });
        const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
        saveAsFile(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), file.fileName);
        setSaid(t('exportXlsx.downloaded', { file: file.fileName, count: file.neutralisedCells }));
      }
      setError(undefined);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-xlsx">
      <button type="button" disabled={busy} onClick={() => void exportWorkbook()}>
        {t('exportXlsx.button')}
      </button>
      <span role="status">{said}</span>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
