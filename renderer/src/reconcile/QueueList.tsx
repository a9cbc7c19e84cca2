import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/reconcile-contract';
import { kindInWords } from './item-words';
import { itemKey } from './queue-position';

interface QueueListProps {
  items: readonly QueueItem[];
  current: QueueItem;
  onSelect(key: string): void;
  /** Enter or a click on a text: work on it (focus goes to the item panel). */
  onOpen(key: string): void;
}

/**
 * Every text waiting for a decision, most rows first. One tab stop: the arrows move through the
 * list (the panel beside it follows), Enter or a click opens the text in the panel.
 */
export function QueueList({ items, current, onSelect, onOpen }: QueueListProps) {
  const { t } = useTranslation();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const currentKey = itemKey(current);

  useEffect(() => {
    buttons.current.get(currentKey)?.scrollIntoView({ block: 'nearest' });
  }, [currentKey]);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const at = items.indexOf(current);
    const to =
      event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1)
      : event.key === 'ArrowUp' ? Math.max(0, at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : undefined;
    const next = to === undefined ? undefined : items[to];
    if (!next) return;
    event.preventDefault();
    const key = itemKey(next);
    onSelect(key);
    buttons.current.get(key)?.focus();
  }

  return (
    <ol className="reconcile-list" aria-label={t('reconcile.list.label')} onKeyDown={onKeyDown} data-testid="reconcile-list">
      {items.map((item) => {
        const key = itemKey(item);
        const isCurrent = key === currentKey;
        return (
          <li key={key}>
            <button
              ref={(element) => {
                if (element) buttons.current.set(key, element);
                else buttons.current.delete(key);
              }}
              type="button"
              className="reconcile-list-item"
              aria-current={isCurrent ? 'true' : undefined}
              tabIndex={isCurrent ? 0 : -1}
              onClick={() => onOpen(key)}
            >
              <span className="reconcile-list-text">{item.text}</span>
              <span className="reconcile-list-meta">
                {t('reconcile.list.meta', { kind: kindInWords(t, item), rows: t('reconcile.rowCount', { count: item.rows }) })}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
