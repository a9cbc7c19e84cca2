import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceType } from '../../../shared/records';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { EVIDENCE_TYPE_KEYS } from './workbench-keys';

interface Draft {
  type: EvidenceType;
  title: string;
  citation: string;
  date: string;
  url: string;
  excerpt: string;
}

const EMPTY: Draft = { type: 'law', title: '', citation: '', date: '', url: '', excerpt: '' };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Adds a law citation or a source of practice, linked to the indicator at once. */
export function EvidenceForm({ submissionId, code, onAdded }: { submissionId: string; code: string; onAdded(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<ApiError>();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const law = draft.type === 'law';

  const add = async () => {
    try {
      await api.invoke('evidence.add', {
        submissionId,
        indicatorIds: [code],
        evidence: {
          type: draft.type,
          title: draft.title,
          citation: law ? draft.citation.trim() : '',
          date: orNull(draft.date),
          url: orNull(draft.url),
          excerpt: orNull(draft.excerpt),
        },
      });
      setDraft({ ...EMPTY, type: draft.type });
      setError(undefined);
      onAdded();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <form
      className="evidence-form"
      aria-label={t('panel.addHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <fieldset>
        <legend>{t('panel.type')}</legend>
        {(['law', 'practice'] as const).map((type) => (
          <label key={type} className="inline-choice">
            <input type="radio" name="evidence-type" checked={draft.type === type} onChange={() => set({ type })} />
            {t(EVIDENCE_TYPE_KEYS[type])}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{law ? t('panel.lawTitle') : t('panel.sourceTitle')}</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required />
      </label>
      {law && (
        <label>
          <span>{t('panel.article')}</span>
          <input value={draft.citation} onChange={(e) => set({ citation: e.target.value })} />
        </label>
      )}
      <label>
        <span>{t('panel.date')}</span>
        <input type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
      </label>
      <label>
        <span>{t('panel.url')}</span>
        <input type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://" />
      </label>
      <label>
        <span>{law ? t('panel.excerpt') : t('panel.description')}</span>
        <textarea rows={2} value={draft.excerpt} onChange={(e) => set({ excerpt: e.target.value })} />
      </label>
      <button type="submit">{law ? t('panel.addLaw') : t('panel.addPractice')}</button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
