import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceChanges, EvidenceFields, EvidenceRow } from '../../../shared/curate-contract';
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
const draftOf = (row: EvidenceRow): Draft => ({
  type: row.type,
  title: row.title,
  citation: row.citation,
  date: row.date ?? '',
  url: row.url ?? '',
  excerpt: row.excerpt ?? '',
});

function fieldsOf(draft: Draft): EvidenceFields {
  return {
    type: draft.type,
    title: draft.title,
    citation: draft.type === 'law' ? draft.citation.trim() : '',
    date: orNull(draft.date),
    url: orNull(draft.url),
    excerpt: orNull(draft.excerpt),
  };
}

/** Only the fields the expert changed: a field left alone is kept as stored, whatever the form makes of it. */
function changesOf(row: EvidenceRow, draft: Draft): EvidenceChanges {
  const before = fieldsOf(draftOf(row));
  const after = fieldsOf(draft);
  return Object.fromEntries(Object.entries(after).filter(([field, value]) => before[field as keyof EvidenceFields] !== value));
}

interface EvidenceFormProps {
  submissionId: string;
  code: string;
  /** The row to change; without it the form adds a new one, linked to the indicator at once. */
  editing?: EvidenceRow;
  onSaved(): void;
  /** Escape, or the Cancel button of a form that edits. */
  onCancel?(): void;
}

/** Adds a law citation or a source of practice linked to the indicator, or changes one already there. */
export function EvidenceForm({ submissionId, code, editing, onSaved, onCancel }: EvidenceFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const [error, setError] = useState<ApiError>();
  const typeName = useId();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const law = draft.type === 'law';

  const save = async () => {
    try {
      if (editing) await api.invoke('evidence.update', { evidenceId: editing.id, evidence: changesOf(editing, draft) });
      else {
        await api.invoke('evidence.add', { submissionId, indicatorIds: [code], evidence: fieldsOf(draft) });
        setDraft({ ...EMPTY, type: draft.type });
      }
      setError(undefined);
      onSaved();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const submitLabel = editing ? t('panel.saveEvidence') : law ? t('panel.addLaw') : t('panel.addPractice');

  return (
    <form
      className="evidence-form"
      aria-label={editing ? t('panel.editHeading', { name: editing.title }) : t('panel.addHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <fieldset>
        <legend>{t('panel.type')}</legend>
        {(['law', 'practice'] as const).map((type) => (
          <label key={type} className="inline-choice">
            <input type="radio" name={typeName} checked={draft.type === type} onChange={() => set({ type })} />
            {t(EVIDENCE_TYPE_KEYS[type])}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{law ? t('panel.lawTitle') : t('panel.sourceTitle')}</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required autoFocus={editing !== undefined} />
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
      <div className="form-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('panel.cancelEdit')}
          </button>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
