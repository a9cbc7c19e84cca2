import { useEffect } from 'react';
import { useApiQuery, type ApiQuery } from '../api/use-api-query';

const listeners = new Set<() => void>();

/**
 * Says that what waits for a decision may have changed (rows checked, matched, edited, added or
 * discarded), so that every count of it on screen, the navigation's badge first, asks again.
 */
export function waitingMayHaveChanged(): void {
  for (const listener of listeners) listener();
}

/**
 * How many texts and rows wait for a decision in each submission (reconcile.waiting, a cheap count).
 * Asked again after waitingMayHaveChanged, on every move to another place, and when the window
 * comes back to the front (another window may have decided some).
 */
export function useWaitingCounts(): ApiQuery<'reconcile.waiting'> {
  const query = useApiQuery('reconcile.waiting', {});
  const { reload } = query;
  useEffect(() => {
    listeners.add(reload);
    window.addEventListener('hashchange', reload);
    window.addEventListener('focus', reload);
    return () => {
      listeners.delete(reload);
      window.removeEventListener('hashchange', reload);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);
  return query;
}
