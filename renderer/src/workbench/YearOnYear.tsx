import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/domain';
import type { PreviousAnswer } from '../../../shared/quality-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { answerText } from './answer-text';

interface YearOnYearProps {
  submissionId: string;
  row: IndicatorRow;
  year: number;
  item: PreviousAnswer;
  onSaved(): void;
}

/** Last year's value and score beside this year's, and the note that justifies a changed score. */
export function YearOnYear({ submissionId, row, year, item, onSaved }: YearOnYearProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState(item.justification?.note ?? '');
  const [error, setError] = useState<ApiError>();
  const save = async () => {
    try {
      await api.invoke('answers.justify', { submissionId, indicatorId: row.code, note: note.trim() === '' ? null : note });
      setError(undefined);
      onSaved();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <section className="year-on-year" aria-labelledby="yoy-heading">
      <h4 id="yoy-heading">{t('panel.previousYear', { year })}</h4>
      <dl className="facts facts-inline">
        <dt>{t('grid.value')}</dt>
        <dd data-testid="previous-value">{answerText(row, item.previousValue) || '—'}</dd>
        <dt>{t('grid.score')}</dt>
        <dd>{item.previousScore ?? '—'}</dd>
      </dl>
      {item.scoreChanged && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            <span>{t('panel.justification')}</span>
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit">{t('panel.saveJustification')}</button>
          {item.justification && !item.justification.current && <p className="hint">{t('panel.justificationStale')}</p>}
          {error && <ErrorNotice error={error} />}
        </form>
      )}
    </section>
  );
}
