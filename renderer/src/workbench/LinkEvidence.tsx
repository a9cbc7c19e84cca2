import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRow } from '../../../shared/curate-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { EVIDENCE_TYPE_KEYS } from './workbench-keys';

export function evidenceName(item: Pick<EvidenceRow, 'title' | 'citation'>): string {
  return item.citation ? `${item.title}, ${item.citation}` : item.title;
}

interface LinkEvidenceProps {
  code: string;
  /** Every evidence row of the submission, the indicator's own among them. */
  all: EvidenceRow[];
  onLinked(): void;
}

/** Links evidence already in the submission (an imported law, a source added for another indicator) to this indicator. */
export function LinkEvidence({ code, all, onLinked }: LinkEvidenceProps) {
  const { t } = useTranslation();
  const choices = all.filter((e) => !e.indicators.includes(code));
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<ApiError>();
  const select = useRef<HTMLSelectElement>(null);
  if (choices.length === 0) return null;

  const link = async () => {
    const evidenceId = Number(chosen);
    if (!evidenceId) return;
    try {
      await api.invoke('evidence.link', { evidenceId, indicatorId: code });
      setChosen('');
      setError(undefined);
      // The Link button turns off once nothing is chosen: the focus goes back to the list, not to the page.
      select.current?.focus();
      onLinked();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <form
      className="link-evidence"
      onSubmit={(event) => {
        event.preventDefault();
        void link();
      }}
    >
      <label>
        <span>{t('panel.linkExisting')}</span>
        <select ref={select} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('panel.chooseEvidence')}</option>
          {choices.map((e) => (
            <option key={e.id} value={String(e.id)}>
              {t(EVIDENCE_TYPE_KEYS[e.type])}: {evidenceName(e)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!chosen}>
        {t('panel.link')}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
