import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/curate-contract';

const shown = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));

/** Who changed what in this indicator and when, newest first. */
export function IndicatorHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="panel-empty">{t('panel.noHistory')}</p>;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol className="history" reversed>
      {[...entries].reverse().map((entry) => (
        <li key={entry.seq}>
          <span className="history-when">{when.format(new Date(entry.at))}</span>{' '}
          <span className="history-what">
            {t(`panel.historyKinds.${entry.kind}`, { action: t(`undo.actions.${entry.action}`, { defaultValue: entry.action }), of: entry.of })}
          </span>
          <ul>
            {entry.changes.map((c, i) => (
              <li key={i}>
                {t('panel.historyChange', { field: t(`panel.fields.${c.field}`, { defaultValue: c.field }), before: shown(c.before), after: shown(c.after) })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
