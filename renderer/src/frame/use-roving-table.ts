import { useCallback, type RefCallback } from 'react';

/** What can take focus inside a row: its links and controls (a disabled one is skipped). */
const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/** Keys that belong to a field while it has focus: moving the caret, changing a select's value. */
function isFieldKeyTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function itemsOf(row: HTMLTableRowElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.closest('[hidden]'));
}

function bodyRowsOf(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.tBodies].flatMap((body) => [...body.rows]);
}

/** Where an item sits in its row: its cell, and its place among the controls of that cell. Up and Down aim there. */
function placeOf(item: HTMLElement): { cell: number; within: number } {
  const cell = item.closest('td, th');
  if (!(cell instanceof HTMLTableCellElement)) return { cell: 0, within: 0 };
  return { cell: cell.cellIndex, within: [...cell.querySelectorAll(FOCUSABLE)].indexOf(item) };
}

/** One tab stop in the row: the item it had last (or its first), every other item out of the Tab order. */
function settleRow(row: HTMLTableRowElement, current?: HTMLElement): void {
  const items = itemsOf(row);
  const keep = current && items.includes(current) ? current : (items.find((item) => item.tabIndex === 0) ?? items[0]);
  for (const item of items) item.tabIndex = item === keep ? 0 : -1;
}

/** The item of a row nearest to a place: the same control of the same cell, else the closest cell's closest control. */
function nearestItem(items: HTMLElement[], place: { cell: number; within: number }): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let distance = Infinity;
  for (const item of items) {
    const at = placeOf(item);
    const d = Math.abs(at.cell - place.cell) * 1000 + Math.abs(at.within - place.within);
    if (d < distance) [best, distance] = [item, d];
  }
  return best;
}

/** Where a key sends the focus from `item`, or undefined when the key is not one of the table's. */
function targetOf(table: HTMLTableElement, item: HTMLElement, key: string): HTMLElement | undefined {
  const row = item.closest('tr');
  if (!row) return undefined;
  const items = itemsOf(row);
  const at = items.indexOf(item);
  const rtl = getComputedStyle(table).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return items[Math.min(at + 1, items.length - 1)];
  if (key === backward) return items[Math.max(at - 1, 0)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const rows = bodyRowsOf(table);
  const step = key === 'ArrowDown' ? 1 : -1;
  for (let i = rows.indexOf(row) + step; i >= 0 && i < rows.length; i += step) {
    const found = nearestItem(itemsOf(rows[i]!), placeOf(item));
    if (found) return found;
  }
  // Past the first or last row the arrows scroll the page, as they would without the table.
  return undefined;
}

function isBodyRow(row: HTMLTableRowElement | null): row is HTMLTableRowElement {
  return row?.parentElement?.tagName === 'TBODY';
}

/**
 * Roving tabindex over a data table: each body row is one tab stop (the control it had last, at first
 * its first), Left and Right (mirrored right-to-left), Home and End move among the controls of the row,
 * Up and Down to the nearest control of the row above or below that has one. Rows without a control
 * add no tab stop. Inside a text field or a select the arrows keep their usual meaning. Rows that come
 * and go (paging, filtering, editing) are settled again as the table changes.
 *
 * Returns the ref to put on the <table>: `const roving = useRovingTable(); <table ref={roving}>`.
 */
export function useRovingTable(): RefCallback<HTMLTableElement> {
  return useCallback((table: HTMLTableElement | null) => {
    if (!table) return;
    const settleAll = () => {
      for (const row of bodyRowsOf(table)) settleRow(row);
    };
    settleAll();
    const observer = new MutationObserver(settleAll);
    observer.observe(table, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'href', 'hidden'] });

    const onFocusIn = (event: FocusEvent) => {
      const item = event.target instanceof HTMLElement ? event.target : undefined;
      const row = item?.closest('tr') ?? null;
      if (item && isBodyRow(row)) settleRow(row, item);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isFieldKeyTarget(event.target) || !(event.target instanceof HTMLElement)) return;
      if (!isBodyRow(event.target.closest('tr'))) return;
      const next = targetOf(table, event.target, event.key);
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    table.addEventListener('focusin', onFocusIn);
    table.addEventListener('keydown', onKeyDown);
    // React 19 calls this when the table leaves the page.
    return () => {
      observer.disconnect();
      table.removeEventListener('focusin', onFocusIn);
      table.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
