import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../api/client';
import { saveAsFile } from '../api/save-as-file';
import { ErrorNotice } from '../frame/ErrorNotice';

/**
 * What reconciliation has learned, as a file to share: export the learned aliases, or import a
 * colleague's file (read here, in the page, and handed to the engine as text).
 */
export function AliasTools({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportAliases() {
    setBusy(true);
    setError(undefined);
    try {
      const exported = await api.invoke('aliases.export', {});
      saveAsFile(new Blob([exported.text], { type: 'application/json' }), exported.fileName);
      setMessage(t('reconcile.aliases.exported', { count: exported.count, file: exported.fileName }));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function importAliases(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file chosen twice in a row must fire a change again.
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setMessage('');
    try {
      const text = await file.text();
      const result = await api.invoke('aliases.import', { text, fileName: file.name });
      setMessage(t('reconcile.aliases.imported', { file: file.name, added: result.added, replaced: result.replaced, rowsResolved: result.rowsResolved }));
      onImported();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="reconcile-tool" aria-labelledby="aliases-heading" data-testid="alias-tools">
      <h2 id="aliases-heading">{t('reconcile.aliases.heading')}</h2>
      <p className="field-hint">{t('reconcile.aliases.explained')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void exportAliases()}>
          {t('reconcile.aliases.export')}
        </button>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('reconcile.aliases.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('reconcile.aliases.import')}
          onChange={(event) => void importAliases(event)}
        />
      </div>
      <p className="reconcile-tool-result" role="status">
        {message}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
