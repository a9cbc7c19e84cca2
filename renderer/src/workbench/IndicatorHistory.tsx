import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/curate-contract';
import { CHANGED_FIELD_KEYS, HISTORY_KIND_KEYS, isChangedField, isUndoAction, UNDO_ACTION_KEYS } from './workbench-keys';

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
            {t(HISTORY_KIND_KEYS[entry.kind], { action: isUndoAction(entry.action) ? t(UNDO_ACTION_KEYS[entry.action]) : entry.action, of: entry.of })}
          </span>
          <ul>
            {entry.changes.map((c, i) => (
              <li key={i}>
                {t('panel.historyChange', { field: isChangedField(c.field) ? t(CHANGED_FIELD_KEYS[c.field]) : c.field, before: shown(c.before), after: shown(c.after) })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
