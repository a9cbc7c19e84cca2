import type { RawCell, RawRow } from '../../../../shared/records.js';
import { foldForMatching } from '../../text';
import type { CellRange, SheetLayout } from '../sheet-model.js';

/**
 * Finds where the table is in a sheet as people make them: title rows above, a header of one or
 * two rows (group labels merged over column names), blank rows in the data, remarks below it.
 */

/** The header is looked for in the first rows only; nobody scrolls further before a table. */
const HEADER_SEARCH_ROWS = 50;
const HEADER_LABEL_MAX = 100;
const DATA_ROWS_SAMPLED = 10;
const NOTES_SCANNED = 50;
const NOTE_MIN_LENGTH = 30;
const NOTE_PREFIX = /^(\*|†|source|note|n ?b\b|fuente|nota|fonte|источник|примечани|прим\b|المصدر|المصادر|ملاحظ)/;

export type HeaderPlacement = Pick<SheetLayout, 'headerRowIndex' | 'headerRowCount' | 'headers'>;

export function detectLayout(rows: readonly RawRow[], merges: readonly CellRange[] = []): SheetLayout {
  const header = locateHeader(rows, merges);
  let firstData = header.headerRowIndex + header.headerRowCount;
  while (firstData < rows.length && isBlankRow(rows[firstData])) firstData++;
  const tail: { index: number; row: RawRow }[] = [];
  for (let r = rows.length - 1; r >= firstData && tail.length < NOTES_SCANNED; r--) {
    const row = rows[r];
    if (row && !isBlankRow(row)) tail.unshift({ index: r, row });
  }
  const { notes, lastDataIndex } = splitTrailingNotes(tail, firstData);
  return { ...header, firstDataRow: firstData + 1, lastDataRow: lastDataIndex + 1, notes };
}

/** The first row of several short distinct texts that is about as wide as the rows under it. */
export function locateHeader(rows: readonly RawRow[], merges: readonly CellRange[] = []): HeaderPlacement {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!row || !isHeaderLike(row)) continue;
    const twoRows = isGroupedOver(rows, r, merges);
    const dataWidth = typicalSpan(rows, r + (twoRows ? 2 : 1));
    if (dataWidth !== null && span(row) < Math.max(2, Math.ceil(dataWidth / 2))) continue;
    const headers = twoRows ? combineHeaderRows(row, rows[r + 1] ?? []) : row.map((cell) => labelOf(cell) ?? '');
    return { headerRowIndex: r, headerRowCount: twoRows ? 2 : 1, headers };
  }
  // No header-like row: the first non-blank row is taken, for the person to correct.
  const first = rows.findIndex((row) => !isBlankRow(row));
  if (first < 0) return { headerRowIndex: 0, headerRowCount: 0, headers: [] };
  return { headerRowIndex: first, headerRowCount: 1, headers: (rows[first] ?? []).map((cell) => shownValue(cell)) };
}

/**
 * Rows at the end holding one remark in column A ("Source: ministry of labour, 2024") are notes,
 * not data. `tail` is the last non-blank rows in order; returns the notes and the last data row index.
 */
export function splitTrailingNotes(
  tail: readonly { index: number; row: RawRow }[],
  firstDataIndex: number,
): { notes: SheetLayout['notes']; lastDataIndex: number } {
  const notes: SheetLayout['notes'] = [];
  let at = tail.length - 1;
  for (; at >= 0; at--) {
    const entry = tail[at]!;
    const text = noteText(entry.row);
    if (text === null) break;
    notes.unshift({ row: entry.index + 1, text });
  }
  return { notes, lastDataIndex: at >= 0 ? tail[at]!.index : firstDataIndex - 1 };
}

export function isBlankRow(row: RawRow | undefined): boolean {
  return !row || row.every(isBlankCell);
}

function isBlankCell(cell: RawCell | null | undefined): boolean {
  return !cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

function labelOf(cell: RawCell | null | undefined): string | null {
  if (!cell || typeof cell.value !== 'string') return null;
  const text = cell.value.trim();
  return text === '' ? null : text;
}

function shownValue(cell: RawCell | null | undefined): string {
  return cell && cell.value !== null ? String(cell.value).trim() : '';
}

const NUMERIC_TEXT = /^[\d\s.,%+\-/:]+$/;

function isHeaderLike(row: RawRow): boolean {
  const distinct = new Set<string>();
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    const label = labelOf(cell);
    if (label === null) return false;
    if (label.length > HEADER_LABEL_MAX || NUMERIC_TEXT.test(label)) return false;
    distinct.add(label.toLowerCase());
  }
  return distinct.size >= 2;
}

/** A header row with group labels above it: merged across columns, or repeated as merges are expanded. */
function isGroupedOver(rows: readonly RawRow[], r: number, merges: readonly CellRange[]): boolean {
  const top = rows[r] ?? [];
  const below = rows[r + 1];
  if (!below || !isHeaderLike(below)) return false;
  const merged = merges.some((m) => m.s.r === r && ((m.e.r === r && m.e.c > m.s.c) || m.e.r === r + 1));
  const repeated = top.some((cell, c) => c > 0 && labelOf(cell) !== null && labelOf(cell) === labelOf(top[c - 1]));
  if (!merged && !repeated) return false;
  return below.some((cell, c) => labelOf(cell) !== null && labelOf(cell) !== labelOf(top[c]));
}

function combineHeaderRows(top: RawRow, below: RawRow): string[] {
  const width = Math.max(top.length, below.length);
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const group = labelOf(top[c]);
    const name = labelOf(below[c]);
    if (!group) headers.push(name ?? '');
    else if (!name || name === group) headers.push(group);
    else headers.push(`${group} — ${name}`);
  }
  return headers;
}

function span(row: RawRow): number {
  let c = row.length;
  while (c > 0 && isBlankCell(row[c - 1])) c--;
  return c;
}

/** The median span of the next non-blank rows, or null when there are none. */
function typicalSpan(rows: readonly RawRow[], from: number): number | null {
  const spans: number[] = [];
  for (let r = from; r < rows.length && spans.length < DATA_ROWS_SAMPLED; r++) {
    const row = rows[r];
    if (row && !isBlankRow(row)) spans.push(span(row));
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a - b);
  return spans[spans.length >> 1] ?? null;
}

/** The remark of a note row, or null when the row is data. */
function noteText(row: RawRow): string | null {
  const first = labelOf(row[0]);
  if (first === null) return null;
  // A note merged across the table has been expanded into identical cells.
  for (let c = 1; c < row.length; c++) {
    const cell = row[c];
    if (!isBlankCell(cell) && labelOf(cell) !== first) return null;
  }
  return first.length >= NOTE_MIN_LENGTH || NOTE_PREFIX.test(foldForMatching(first)) ? first : null;
}
