import type { ImportIssue, RawRow } from '../../../../shared/records.js';
import { DateOrderTally } from './detect-date-order.js';
import { columnLetter, issue } from '../import-issue.js';
import { DecimalTally } from '../../text';
import type { ColumnFormat, SheetLayout } from '../sheet-model.js';

/**
 * Learns, column by column, how the text of a sheet is to be read (date order, decimal separator).
 * Rows are added one by one so that a streamed CSV can be profiled without keeping it.
 */
export class ColumnProfiler {
  private readonly dates: DateOrderTally[] = [];
  private readonly decimals: DecimalTally[] = [];

  add(row: RawRow): void {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.type !== 's' || typeof cell.value !== 'string') continue;
      const first = cell.value.charCodeAt(0);
      // Only text starting like a number or a date can vote; the rest is skipped cheaply.
      const startsLikeNumber = (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x20 || first >= 0x660;
      if (!startsLikeNumber) continue;
      (this.dates[c] ??= new DateOrderTally()).add(cell.value);
      (this.decimals[c] ??= new DecimalTally()).add(cell.value);
    }
  }

  /** The format of each column, and a note for each column whose date order is only a guess. */
  finish(headers: readonly string[], where: { file?: string; sheet?: string }): { formats: ColumnFormat[]; notes: ImportIssue[] } {
    const width = Math.max(headers.length, this.dates.length);
    const formats: ColumnFormat[] = [];
    const notes: ImportIssue[] = [];
    for (let c = 0; c < width; c++) {
      const dates = this.dates[c]?.decide() ?? { order: 'day-first', ambiguous: false };
      formats.push({ dateOrder: dates.order, decimal: this.decimals[c]?.decide() ?? '.' });
      if (dates.ambiguous) notes.push(ambiguousDateNote(c, headers[c] ?? '', this.dates[c]?.example ?? '', where));
    }
    return { formats, notes };
  }
}

/** Profiles the data rows of a sheet held in memory. */
export function profileColumns(
  rows: readonly RawRow[],
  layout: SheetLayout,
  where: { file?: string; sheet?: string },
): { formats: ColumnFormat[]; notes: ImportIssue[] } {
  const profiler = new ColumnProfiler();
  for (let r = layout.firstDataRow - 1; r < layout.lastDataRow && r < rows.length; r++) {
    const row = rows[r];
    if (row) profiler.add(row);
  }
  return profiler.finish(layout.headers, where);
}

function ambiguousDateNote(column: number, header: string, example: string, where: { file?: string; sheet?: string }): ImportIssue {
  const letter = columnLetter(column);
  const name = header ? ` ("${header}")` : '';
  return issue(
    'ambiguous-date-order',
    `Dates in column ${letter}${name} such as ${example} could be day-first or month-first, and none of them tells. ` +
      'They were read day-first; change the column to month-first if that is wrong.',
    { ...where, column: letter },
    { column: letter, header, example },
  );
}
