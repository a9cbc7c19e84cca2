import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/reconcile-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { useDebouncedValue } from './use-debounced-value';

const PREVIEW_DELAY_MS = 300;
const DEFAULT_PERCENT = 80;

interface AcceptAboveProps {
  submissionId: string;
  /** The queue as last loaded: the preview is asked again whenever it changes. */
  items: readonly QueueItem[];
  busy: boolean;
  onBusy(busy: boolean): void;
  onAccepted(result: { items: number; rows: number; percent: number }): void;
}

interface Preview {
  percent: number;
  items: number;
  rows: number;
}

function clampPercent(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value) : undefined;
}

/**
 * "Accept all above X%": takes the best candidate of every text whose best scores at least X and
 * leads the next one. The engine says first how many texts and rows that is; only the button applies it.
 */
export function AcceptAbove({ submissionId, items, busy, onBusy, onAccepted }: AcceptAboveProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(DEFAULT_PERCENT));
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<ApiError>();
  const percent = clampPercent(text);
  const settled = useDebouncedValue(percent, PREVIEW_DELAY_MS);

  useEffect(() => {
    if (settled === undefined) return;
    let current = true;
    api
      .invoke('reconcile.acceptAbove', { submissionId, score: settled / 100, apply: false })
      .then((result) => {
        if (!current) return;
        setPreview({ percent: settled, ...result });
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (current) setError(asApiError(caught));
      });
    return () => {
      current = false;
    };
  }, [submissionId, settled, items]);

  const shown = preview && preview.percent === percent ? preview : undefined;

  async function accept() {
    if (!shown) return;
    onBusy(true);
    setError(undefined);
    try {
      const result = await api.invoke('reconcile.acceptAbove', { submissionId, score: shown.percent / 100, apply: true });
      onAccepted({ ...result, percent: shown.percent });
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      onBusy(false);
    }
  }

  return (
    <section className="reconcile-tool" aria-labelledby="accept-above-heading" data-testid="accept-above">
      <h2 id="accept-above-heading">{t('reconcile.acceptAbove.heading')}</h2>
      <p className="field-hint">{t('reconcile.acceptAbove.explained')}</p>
      <div className="accept-above-inputs">
        <label htmlFor="accept-above-percent">{t('reconcile.acceptAbove.label')}</label>
        <span className="accept-above-controls">
          <input
            type="range"
            min={0}
            max={100}
            step={1}
            value={percent ?? DEFAULT_PERCENT}
            aria-label={t('reconcile.acceptAbove.label')}
            onChange={(event) => setText(event.target.value)}
          />
          <input
            id="accept-above-percent"
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            className="accept-above-number"
            value={text}
            aria-invalid={percent === undefined}
            aria-describedby="accept-above-preview"
            onChange={(event) => setText(event.target.value)}
          />
          <span aria-hidden="true">{t('reconcile.acceptAbove.unit')}</span>
        </span>
      </div>
      <p id="accept-above-preview" className="accept-above-preview" role="status">
        {percent === undefined
          ? t('reconcile.acceptAbove.invalid')
          : shown
            ? shown.items === 0
              ? t('reconcile.acceptAbove.none', { percent: shown.percent })
              : t('reconcile.acceptAbove.preview', {
                  texts: t('reconcile.textCount', { count: shown.items }),
                  rows: t('reconcile.rowCount', { count: shown.rows }),
                })
            : t('reconcile.acceptAbove.counting')}
      </p>
      {error && <ErrorNotice error={error} />}
      <button type="button" className="button-primary" disabled={busy || !shown || shown.items === 0} onClick={() => void accept()}>
        {shown && shown.items > 0 ? t('reconcile.acceptAbove.apply', { count: shown.items }) : t('reconcile.acceptAbove.applyNone')}
      </button>
    </section>
  );
}
