import type { Expectation, MessageDetail, MessageParams } from '../../../../shared/error-codes.js';
import type { FieldSpec, ImportIssueCode, RawCell, RawRow } from '../../../../shared/records.js';
import { matchOption } from './option-synonyms.js';
import { excelSerialToIso, parseDateText, parseNumberText } from '../../text';
import type { ColumnFormat } from '../sheet-model.js';

export type { ColumnFormat } from '../sheet-model.js';

export const DEFAULT_FORMAT: ColumnFormat = { dateOrder: 'day-first', decimal: '.' };

export type CellReading =
  | { kind: 'value'; value: string | number }
  | { kind: 'empty' }
  | { kind: 'problem'; code: ImportIssueCode; detail?: MessageDetail; expected: Expected; found: string };

/** What a cell should have held: in English for the message, and as a word with its values for the UI. */
export interface Expected {
  english: string;
  word: Expectation;
  values: MessageParams;
}

/** Text is kept as written, right-to-left and Cyrillic included: only trimmed and composed (NFC). */
export function cleanText(text: string): string {
  const trimmed = text.trim();
  // Pure ASCII is already in NFC; skipping normalize() on it saves most of its cost.
  return /[\u0080-\uffff]/.test(trimmed) ? trimmed.normalize('NFC') : trimmed;
}

/** Reads a cell as the value type a field wants. */
export function readCellAs(spec: FieldSpec, cell: RawCell | null | undefined, format: ColumnFormat, date1904: boolean): CellReading {
  if (!cell || cell.value === null) return { kind: 'empty' };
  if (cell.uncalculated) {
    const english = 'a calculated value (open the file in Excel or LibreOffice and save it, so that its formulas are calculated)';
    return problem('formula-not-evaluated', { english, word: 'calculated-value', values: {} }, String(cell.value), 'formula-not-evaluated.uncalculated');
  }
  if (cell.type === 'e') return problem('formula-error', { english: 'a value', word: 'value', values: {} }, String(cell.value));
  const text = shownText(cell, date1904);
  if (text === '' && !(spec.valueType === 'url' && cell.link)) return { kind: 'empty' };
  if (spec.valueType === 'text') return { kind: 'value', value: text };
  if (cell.type === 's' && text.startsWith('=')) {
    const expected = expectation(spec, format);
    return problem('formula-not-evaluated', { ...expected, english: `${expected.english} (formulas written as text are not calculated)` }, text, 'formula-not-evaluated.as-text');
  }
  switch (spec.valueType) {
    case 'number':
      return readNumber(spec, cell, text, format);
    case 'date':
      return readDate(cell, text, format, date1904);
    case 'url':
      return readUrl(cell.link ?? text, text);
    case 'enum':
      return readOption(spec, text);
  }
}

/** A number cell formatted as a percentage holds a fraction: 0.45 shows as 45%, and means 45 percent. */
const isPercentFormat = (cell: RawCell) => cell.format?.includes('%') === true;

/** The number a person reads in a number cell: a percentage-formatted fraction as its percentage. */
function shownNumber(cell: RawCell & { value: number }): number {
  return isPercentFormat(cell) ? Number((cell.value * 100).toPrecision(12)) : cell.value;
}

/** A cell as a person sees it in the spreadsheet: dates as yyyy-mm-dd, not as their serial numbers; 0.45 formatted as a percentage as 45%. */
export function shownText(cell: RawCell, date1904: boolean): string {
  if (typeof cell.value === 'string') return cleanText(cell.value);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (typeof cell.value === 'number' && isPercentFormat(cell)) return `${shownNumber({ ...cell, value: cell.value })}%`;
  if (typeof cell.value === 'number' && cell.format) return excelSerialToIso(cell.value, date1904) ?? String(cell.value);
  return String(cell.value);
}

function readNumber(spec: FieldSpec, cell: RawCell, text: string, format: ColumnFormat): CellReading {
  const value = typeof cell.value === 'number' ? shownNumber({ ...cell, value: cell.value }) : cell.type === 's' ? parseNumberText(text, format.decimal) : null;
  if (value === null || !Number.isFinite(value)) return problem('invalid-number', expectation(spec, format), text);
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    return problem('out-of-range', expectation(spec, format), text);
  }
  return { kind: 'value', value };
}

function readDate(cell: RawCell, text: string, format: ColumnFormat, date1904: boolean): CellReading {
  const expected = expectation({ id: 'date', required: false, valueType: 'date' }, format);
  if (typeof cell.value === 'number') {
    // A bare number in a date column is a serial whose date format was lost, unless it is a year.
    if ((!cell.format || isPercentFormat(cell)) && Number.isInteger(cell.value) && cell.value >= 1000 && cell.value < 3000) {
      return problem('invalid-date', { ...expected, english: `${expected.english}, not a year alone` }, text, 'invalid-date.year-alone');
    }
    const iso = excelSerialToIso(cell.value, date1904);
    return iso ? { kind: 'value', value: iso } : problem('invalid-date', expected, text);
  }
  const iso = cell.type === 's' ? parseDateText(text, format.dateOrder) : null;
  return iso ? { kind: 'value', value: iso } : problem('invalid-date', expected, text);
}

const WEB_ADDRESS = /^(?:https?|ftp):\/\/[^\s]+$/i;

function readUrl(address: string, text: string): CellReading {
  // "www.ilo.org" is how people write addresses; a browser would add the scheme too.
  const candidate = /^www\./i.test(address) ? `https://${address}` : address.trim();
  if (WEB_ADDRESS.test(candidate) && URL.canParse(candidate)) return { kind: 'value', value: candidate };
  return problem('invalid-url', { english: 'a web address starting with http:// or https://', word: 'url', values: {} }, text);
}

function readOption(spec: FieldSpec, text: string): CellReading {
  const options = spec.options ?? [];
  const exact = options.find((option) => option === text.toLowerCase());
  const option = exact ?? matchOption(spec.id, text);
  return option ? { kind: 'value', value: option } : problem('invalid-choice', expectation(spec, DEFAULT_FORMAT), text);
}

function expectation(spec: FieldSpec, format: ColumnFormat): Expected {
  switch (spec.valueType) {
    case 'number': {
      const example = format.decimal === ',' ? '12,5' : '12.5';
      if (spec.min !== undefined && spec.max !== undefined)
        return { english: `a number from ${spec.min} to ${spec.max}`, word: 'number-range', values: { min: spec.min, max: spec.max } };
      return { english: `a number such as ${example}`, word: 'number', values: { example } };
    }
    case 'date':
      return format.dateOrder === 'day-first'
        ? { english: 'a date such as 2024-03-05, 05/03/2024 (day first) or 5 March 2024', word: 'date-day-first', values: {} }
        : { english: 'a date such as 2024-03-05, 03/05/2024 (month first) or 5 March 2024', word: 'date-month-first', values: {} };
    case 'url':
      return { english: 'a web address starting with http:// or https://', word: 'url', values: {} };
    case 'enum': {
      const options = (spec.options ?? []).join(', ');
      return { english: `one of: ${options}`, word: 'options', values: { options } };
    }
    case 'text':
      return { english: 'text', word: 'text', values: {} };
  }
}

const FOUND_MAX = 80;

function problem(code: ImportIssueCode, expected: Expected, found: string, detail?: MessageDetail): CellReading {
  const shown = found.length > FOUND_MAX ? `${found.slice(0, FOUND_MAX)}…` : found;
  return detail ? { kind: 'problem', code, detail, expected, found: shown } : { kind: 'problem', code, expected, found: shown };
}

/** How a raw cell reads to a person, for previews and the staging review: a date as yyyy-mm-dd, never its serial number. */
export function cellText(cell: RawCell | null | undefined, date1904 = false): string {
  if (!cell || cell.value === null) return '';
  return shownText(cell, date1904);
}

export function displayCells(row: RawRow, width: number, date1904 = false): string[] {
  return Array.from({ length: width }, (_, c) => cellText(row[c], date1904));
}
