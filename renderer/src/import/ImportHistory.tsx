import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { routeHref } from '../frame/route';
import { useRovingTable } from '../frame/use-roving-table';
import { waitingMayHaveChanged } from '../reconcile/use-waiting-counts';
import { formatDateTime } from './format-date';
import './import.css';
import { RECORD_KIND_KEYS } from '../messages/message-keys';
import { IMPORT_HISTORY_STATUS_KEYS } from './import-keys';

/**
 * Every import into a submission: which file and sheet, what it holds, how far it went, and what became
 * of its rows. An unfinished one can be resumed (the wizard reopens at its rows) or discarded.
 */
export function ImportHistory({ submissionId }: { submissionId: string }) {
  const { t, i18n } = useTranslation();
  const history = useApiQuery('imports.history', { submissionId });
  const [failure, setFailure] = useState<ApiError>();
  const roving = useRovingTable();

  async function discard(importId: string, fileName: string) {
    if (!window.confirm(t('import.history.confirmDiscard', { file: fileName }))) return;
    setFailure(undefined);
    try {
      await api.invoke('imports.abandon', { importId });
      history.reload();
      waitingMayHaveChanged();
    } catch (caught) {
      setFailure(asApiError(caught));
    }
  }

  return (
    <section className="import-history" aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">{t('import.history.heading')}</h2>
      {history.error && <ErrorNotice error={history.error} />}
      {failure && <ErrorNotice error={failure} />}
      {history.data?.length === 0 && <p>{t('import.history.empty')}</p>}
      {history.data && history.data.length > 0 && (
        <div className="table-scroll">
          <table ref={roving} className="data-table" data-testid="import-history">
            <caption className="visually-hidden">{t('import.history.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.history.file')}</th>
                <th scope="col">{t('import.history.kind')}</th>
                <th scope="col">{t('import.history.sheet')}</th>
                <th scope="col">{t('import.history.status')}</th>
                <th scope="col">{t('import.history.when')}</th>
                <th scope="col" className="number">{t('import.status.committed')}</th>
                <th scope="col" className="number">{t('import.status.ready')}</th>
                <th scope="col" className="number">{t('import.status.needs-reconciliation')}</th>
                <th scope="col" className="number">{t('import.status.error')}</th>
                <th scope="col" className="number">{t('import.status.excluded')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('import.history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((h) => (
                <tr key={h.importId}>
                  <th scope="row">{h.fileName}</th>
                  <td>{t(RECORD_KIND_KEYS[h.kind])}</td>
                  <td>{h.sheet}</td>
                  <td className="history-status">{t(IMPORT_HISTORY_STATUS_KEYS[h.status])}</td>
                  <td className="no-wrap">{formatDateTime(h.committedAt ?? h.createdAt, i18n.language)}</td>
                  <td className="number">{h.counts.committed}</td>
                  <td className="number">{h.counts.ready}</td>
                  <td className="number">{h.counts.needsReconciliation}</td>
                  <td className="number">{h.counts.error}</td>
                  <td className="number">{h.counts.excluded}</td>
                  <td>
                    {h.status === 'staged' && (
                      <div className="history-actions">
                        <a
                          className="button-link button-link-quiet"
                          href={routeHref({ place: 'import', submissionId, importId: h.importId })}
                          aria-label={t('import.history.resumeFile', { file: h.fileName, sheet: h.sheet })}
                        >
                          {t('import.history.resume')}
                        </a>
                        <button
                          type="button"
                          aria-label={t('import.history.discardFile', { file: h.fileName, sheet: h.sheet })}
                          onClick={() => void discard(h.importId, h.fileName)}
                        >
                          {t('import.history.discard')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
