import type { TFunction } from 'i18next';
import { kindOfStatusContext } from '../../../shared/instrument-statuses';
import type { QueueItem } from '../../../shared/reconcile-contract';
import { REF_KIND_NAME_KEYS, STATUS_OF_KEYS } from './reconcile-keys';

/** What kind of reference the text is, and for an answer, to what: "Indicator", "Answer to RAT-02", "Position on a compact". */
export function kindInWords(t: TFunction, item: Pick<QueueItem, 'kind' | 'context'>): string {
  if (item.kind !== 'answer' || !item.context) return t(REF_KIND_NAME_KEYS[item.kind]);
  const statusOf = kindOfStatusContext(item.context);
  if (statusOf) return t(STATUS_OF_KEYS[statusOf]);
  return t('reconcile.kind.answerTo', { code: item.context });
}

/** "Answers rows 4, 7; Laws row 2", and "…" when the queue holds more rows than it gave as examples. */
export function rowsInWords(t: TFunction, item: Pick<QueueItem, 'rows' | 'examples'>): string {
  const bySheet = new Map<string, number[]>();
  for (const { sheet, row } of item.examples) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), row]);
  const places = [...bySheet].map(([sheet, rows]) =>
    t('reconcile.item.sheetRows', { sheet, rows: rows.join(t('reconcile.item.rowSeparator')), count: rows.length }),
  );
  const more = item.rows > item.examples.length ? t('reconcile.item.more') : '';
  return `${places.join(t('reconcile.item.sheetSeparator'))}${more}`;
}
