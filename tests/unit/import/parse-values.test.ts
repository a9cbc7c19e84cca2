import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDateText } from '../../../electron/core/text/parse-dates.js';
import { parseNumberText } from '../../../electron/core/text/parse-numbers.js';
import { cleanText, DEFAULT_FORMAT, readCellAs } from '../../../electron/core/import/map/parse-values.js';
import { profileColumns } from '../../../electron/core/import/layout/profile-columns.js';
import { detectLayout } from '../../../electron/core/import/layout/detect-layout.js';
import type { FieldSpec, RawCell, RawRow } from '../../../shared/records.js';

const text = (value: string): RawCell => ({ value, type: 's' });
const dateField: FieldSpec = { id: 'date', required: false, valueType: 'date' };
const scoreField: FieldSpec = { id: 'score', required: false, valueType: 'number', min: 0, max: 100 };
const urlField: FieldSpec = { id: 'url', required: false, valueType: 'url' };

describe('Excel date serials', () => {
  it('reads 1900-system serials, around Excel’s fictitious 29 February 1900', () => {
    expect(excelSerialToIso(1, false)).toBe('1900-01-01');
    expect(excelSerialToIso(59, false)).toBe('1900-02-28');
    expect(excelSerialToIso(60, false)).toBeNull();
    expect(excelSerialToIso(61, false)).toBe('1900-03-01');
    expect(excelSerialToIso(45356, false)).toBe('2024-03-05');
    expect(excelSerialToIso(45356.75, false)).toBe('2024-03-05');
  });

  it('reads 1904-system serials when the workbook says so', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(43894, true)).toBe('2024-03-05');
  });

  it('reads a date-formatted number cell as a date, and a bare year as a problem', () => {
    expect(readCellAs(dateField, { value: 45356, type: 'n', format: 'dd/mm/yyyy' }, DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: '2024-03-05' });
    expect(readCellAs(dateField, { value: 43894, type: 'n', format: 'd-mmm-yy' }, DEFAULT_FORMAT, true)).toEqual({ kind: 'value', value: '2024-03-05' });
    expect(readCellAs(dateField, { value: 1999, type: 'n' }, DEFAULT_FORMAT, false)).toMatchObject({ kind: 'problem', code: 'invalid-date' });
  });
});

describe('dates written as text', () => {
  const shapes: [string, string][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024-03-05T10:30:00Z', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['5.3.2024', '2024-03-05'],
    ['5-3-24', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['5-Mar-24', '2024-03-05'],
    ['1st March 2024', '2024-03-01'],
    ['5 mars 2024', '2024-03-05'],
    ['1er février 2024', '2024-02-01'],
    ['5 de marzo de 2024', '2024-03-05'],
    ['5 марта 2024', '2024-03-05'],
    ['5 марта 2024 г.', '2024-03-05'],
    ['5 مارس 2024', '2024-03-05'],
    ['٥ مارس ٢٠٢٤', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
  ];
  for (const [written, iso] of shapes) {
    it(`reads "${written}" day-first as ${iso}`, () => expect(parseDateText(written, 'day-first')).toBe(iso));
  }

  it('reads 3/5/24 as 5 March when the column is month-first', () => {
    expect(parseDateText('3/5/24', 'month-first')).toBe('2024-03-05');
  });

  it('refuses impossible dates and non-dates', () => {
    for (const written of ['31/02/2024', '29/02/2023', '2024-13-01', 'March 2024', 'soon', '13/13/2024']) {
      expect(parseDateText(written, 'day-first')).toBeNull();
    }
  });
});

describe('deciding a column’s date order and decimal separator', () => {
  const sheet = (table: (string | null)[][]): RawRow[] => table.map((row) => row.map((value) => (value === null ? null : text(value))));

  it('reads a column day-first when one of its dates starts above 12, month-first when one has a middle above 12', () => {
    const rows = sheet([
      ['Day first', 'Month first', 'Ambiguous', 'Unambiguous alone'],
      ['05/03/2024', '03/05/2024', '05/03/2024', '2024-03-05'],
      ['25/12/2023', '12/25/2023', '04/06/2022', '5 March 2024'],
    ]);
    const { formats, notes } = profileColumns(rows, detectLayout(rows), { file: 'f.csv', sheet: 'f' });
    expect(formats.map((format) => format.dateOrder)).toEqual(['day-first', 'month-first', 'day-first', 'day-first']);
    expect(notes).toEqual([
      {
        code: 'ambiguous-date-order',
        message: expect.stringContaining('column C ("Ambiguous") such as 05/03/2024'),
        where: { file: 'f.csv', sheet: 'f', column: 'C' },
        params: { column: 'C', example: '05/03/2024', header: 'Ambiguous' },
      },
    ]);
  });

  it('reads a column with comma decimals and dot thousands as such, and a dot column as such', () => {
    const rows = sheet([
      ['Comma', 'Dot', 'Spaced', 'Undecided'],
      ['1.234,5', '1,234.5', '1 234,5', '1,234'],
      ['12,5', '12.5', '3,25', '7'],
    ]);
    const { formats } = profileColumns(rows, detectLayout(rows), {});
    expect(formats.map((format) => format.decimal)).toEqual([',', '.', ',', '.']);
    expect(parseNumberText('1.234,5', ',')).toBe(1234.5);
    expect(parseNumberText('12,5', ',')).toBe(12.5);
    expect(parseNumberText('1 234,5', ',')).toBe(1234.5);
    expect(parseNumberText('1,234.5', '.')).toBe(1234.5);
    expect(parseNumberText('1,234', '.')).toBe(1234);
    expect(parseNumberText('-0.5', '.')).toBe(-0.5);
    expect(parseNumberText('85%', '.')).toBe(85);
    expect(parseNumberText('12,5', '.')).toBeNull();
    expect(parseNumberText('1.2.3', ',')).toBeNull();
  });
});

describe('reading cells as field values', () => {
  it('reads a score within 0–100 and flags one outside it', () => {
    expect(readCellAs(scoreField, text('87,5'), { ...DEFAULT_FORMAT, decimal: ',' }, false)).toEqual({ kind: 'value', value: 87.5 });
    expect(readCellAs(scoreField, { value: 150, type: 'n' }, DEFAULT_FORMAT, false)).toMatchObject({ kind: 'problem', code: 'out-of-range', found: '150' });
    expect(readCellAs(scoreField, text('high'), DEFAULT_FORMAT, false)).toMatchObject({ kind: 'problem', code: 'invalid-number' });
  });

  it('takes a URL from a hyperlink, from text, or from a bare www address', () => {
    expect(readCellAs(urlField, { value: 'the law', type: 's', link: 'https://natlex.ilo.org/1' }, DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'https://natlex.ilo.org/1' });
    expect(readCellAs(urlField, text(' http://example.org/a?b=1 '), DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'http://example.org/a?b=1' });
    expect(readCellAs(urlField, text('www.ilo.org'), DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'https://www.ilo.org' });
    expect(readCellAs(urlField, text('ministry website'), DEFAULT_FORMAT, false)).toMatchObject({ kind: 'problem', code: 'invalid-url' });
  });

  it('keeps right-to-left and Cyrillic text as written, only trimmed and composed', () => {
    const arabic = 'المادة 12 من قانون العمل';
    expect(cleanText(`  ${arabic}\u00a0`)).toBe(arabic);
    expect(cleanText('Трудовой кодекс')).toBe('Трудовой кодекс');
    expect(cleanText('Co\u0301digo')).toBe('C\u00f3digo');
    expect(readCellAs({ id: 'title', required: true, valueType: 'text' }, text('e\u0301tranger'), DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'étranger' });
  });

  it('reads enum options written in other languages', () => {
    const confidence: FieldSpec = { id: 'confidence', required: false, valueType: 'enum', options: ['low', 'medium', 'high'] };
    expect(readCellAs(confidence, text('Élevée'), DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'high' });
    expect(readCellAs(confidence, text('средняя'), DEFAULT_FORMAT, false)).toEqual({ kind: 'value', value: 'medium' });
    expect(readCellAs(confidence, text('maybe'), DEFAULT_FORMAT, false)).toMatchObject({ kind: 'problem', code: 'invalid-choice', expected: expect.objectContaining({ english: 'one of: low, medium, high' }) });
  });
});
