import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../electron/core/import/layout/detect-layout.js';
import { checkMapping, mapRow, mapSheetRows } from '../../../electron/core/import/map/map-rows.js';
import { profileColumns } from '../../../electron/core/import/layout/profile-columns.js';
import { readSpreadsheet } from '../../../electron/core/import/read/read-spreadsheet.js';
import { suggestMapping } from '../../../electron/core/import/map/suggest-mapping.js';
import type { ColumnMapping, RawCell, RawRow } from '../../../shared/records.js';
import { makeTempDir, writeBytes, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();
const text = (value: string): RawCell => ({ value, type: 's' });
const evidenceMapping: ColumnMapping = [
  { column: 0, header: 'Type', field: 'type' },
  { column: 1, header: 'Law', field: 'title' },
  { column: 2, header: 'Article', field: 'citation' },
  { column: 3, header: 'Date', field: 'date' },
  { column: 4, header: 'Link', field: 'url' },
];

describe('mapping one row', () => {
  it('builds a record with no prototype from the mapped cells', () => {
    const cells: RawRow = [text('Loi'), text(' Code du travail '), text('L. 5221-2'), text('01/05/2008'), text('https://www.legifrance.gouv.fr')];
    const { record, problems } = mapRow('evidence', evidenceMapping, cells, { file: 'f.xlsx', sheet: 'Laws', row: 4 });
    expect(problems).toEqual([]);
    expect({ ...record }).toEqual({ type: 'law', title: 'Code du travail', citation: 'L. 5221-2', date: '2008-05-01', url: 'https://www.legifrance.gouv.fr' });
    expect(Object.getPrototypeOf(record)).toBeNull();
  });

  it('reports an empty required field with its sheet, row and column', () => {
    const { problems } = mapRow('evidence', evidenceMapping, [text('law'), null, text('Art. 1')], { file: 'f.xlsx', sheet: 'Laws', row: 9 });
    expect(problems).toEqual([
      {
        code: 'missing-value',
        message: 'Sheet "Laws", row 9, column B ("Law"): the title is required but the cell is empty.',
        where: { file: 'f.xlsx', sheet: 'Laws', row: 9, column: 'B' },
        params: { header: 'Law', field: 'title' },
      },
    ]);
  });

  it('names what was expected and what was found for a bad date, URL and choice', () => {
    const cells: RawRow = [text('sometimes'), text('Labour Code'), text('Art. 1'), text('31/02/2024'), text('see ministry')];
    const { record, problems } = mapRow('evidence', evidenceMapping, cells, { sheet: 'Laws', row: 12 });
    expect(problems.map((p) => [p.code, p.where.column])).toEqual([
      ['invalid-choice', 'A'],
      ['invalid-date', 'D'],
      ['invalid-url', 'E'],
    ]);
    expect(problems[1]?.message).toBe(
      'Sheet "Laws", row 12, column D ("Date"): expected a date such as 2024-03-05, 05/03/2024 (day first) or 5 March 2024, found "31/02/2024".',
    );
    expect({ ...record }).toEqual({ title: 'Labour Code', citation: 'Art. 1' });
  });

  it('keeps =HYPERLINK(...) as literal text in a text field and never evaluates it', () => {
    const formula = '=HYPERLINK("http://x","y")';
    const { record, problems } = mapRow('evidence', evidenceMapping, [text('law'), text(formula), text('Art. 1'), null, text(formula)], { row: 3 });
    expect(record.title).toBe(formula);
    expect(record.url).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'formula-not-evaluated', where: { row: 3, column: 'E' } })]);
  });

  it('reports a cell that shows a spreadsheet error', () => {
    const { problems } = mapRow('answers', [{ column: 0, header: 'Indicator', field: 'indicator' }, { column: 1, header: 'Value', field: 'value' }], [text('SP-01'), { value: '#N/A', type: 'e' }], { row: 2 });
    expect(problems).toEqual([expect.objectContaining({ code: 'formula-error', message: 'Row 2, column B ("Value"): expected a value, found "#N/A".' })]);
  });

  it('reports a required field that no column feeds', () => {
    const { problems } = mapRow('ratifications', [{ column: 0, header: 'Instrument', field: 'instrument' }], [text('C097')], { row: 5 });
    expect(problems).toEqual([
      {
        code: 'missing-value',
        message: 'Row 5: the status is required but no column is mapped to it.',
        where: { row: 5 },
        detail: 'missing-value.no-column',
        params: { field: 'status' },
      },
    ]);
  });
});

describe('checking a mapping', () => {
  it('flags unknown fields, fields mapped twice, and required fields left unmapped', () => {
    const issues = checkMapping('ratifications', [
      { column: 0, header: 'Instrument', field: 'instrument' },
      { column: 1, header: '__proto__', field: '__proto__' },
      { column: 2, header: 'Date', field: 'date' },
      { column: 3, header: 'Date 2', field: 'date' },
    ]);
    expect(issues.map((issue) => [issue.code, issue.where.column])).toEqual([
      ['unknown-field', 'B'],
      ['duplicate-field', 'D'],
      ['missing-column', undefined],
    ]);
  });
});

describe('from a workbook to candidate records', () => {
  it('maps an XLSX sheet with titles, serial dates, hyperlinks, blank rows, notes and __proto__ headers, cell by cell', async () => {
    const path = writeWorkbook(dir, 'evidence.xlsx', [
      {
        name: 'Evidence',
        rows: [
          ['Evidence on labour migration'],
          [],
          ['Type', 'Law', 'Article', 'Date', 'Link', '__proto__', 'constructor'],
          ['law', 'Labour Code', 'Art. 12', 45356, 'official text', 'x', 'y'],
          [],
          ['practice', 'قانون العمل', 'المادة 5', '5 марта 2024', 'https://example.org/ar', null, null],
          ['law', 'Трудовой кодекс', 'ст. 13', 'not a date', 'www.consultant.ru', null, null],
          [],
          ['Source: country expert, compiled 2024'],
        ],
        edit: (sheet) => {
          (sheet['D4'] as XLSX.CellObject).z = 'dd/mm/yyyy';
          (sheet['E4'] as XLSX.CellObject).l = { Target: 'https://natlex.ilo.org/12' };
        },
      },
    ]);
    const workbook = await readSpreadsheet(path);
    const sheet = workbook.sheets[0]!;
    const layout = detectLayout(sheet.rows, sheet.merges);
    expect(layout).toMatchObject({ headerRowIndex: 2, firstDataRow: 4, lastDataRow: 7, notes: [{ row: 9, text: 'Source: country expert, compiled 2024' }] });
    const mapping = suggestMapping('evidence', layout.headers);
    expect(mapping.map((m) => m.field)).toEqual(['type', 'title', 'citation', 'date', 'url', null, null]);
    const { formats } = profileColumns(sheet.rows, layout, { file: workbook.file, sheet: sheet.name });
    const mapped = [...mapSheetRows('evidence', sheet, layout, mapping, { file: workbook.file, reading: { formats, date1904: workbook.date1904 } })];
    expect(mapped.map((row) => row.row)).toEqual([4, 6, 7]);
    expect(mapped.map((row) => ({ ...row.record }))).toEqual([
      { type: 'law', title: 'Labour Code', citation: 'Art. 12', date: '2024-03-05', url: 'https://natlex.ilo.org/12' },
      { type: 'practice', title: 'قانون العمل', citation: 'المادة 5', date: '2024-03-05', url: 'https://example.org/ar' },
      { type: 'law', title: 'Трудовой кодекс', citation: 'ст. 13', url: 'https://www.consultant.ru' },
    ]);
    expect(mapped[2]?.problems).toEqual([
      {
        code: 'invalid-date',
        message: 'Sheet "Evidence", row 7, column D ("Date"): expected a date such as 2024-03-05, 05/03/2024 (day first) or 5 March 2024, found "not a date".',
        where: { file: 'evidence.xlsx', sheet: 'Evidence', row: 7, column: 'D' },
        params: { header: 'Date', expected: 'date-day-first', found: 'not a date' },
      },
    ]);
    expect(mapped[0]?.cells[5]).toEqual({ value: 'x', type: 's' });
  });

  it('maps a semicolon CSV with comma decimals and month-first dates to answers', async () => {
    const path = writeBytes(dir, 'answers.csv', 'Indicateur;Réponse;Score;Date\nSP-01;oui;87,5;03/25/2024\nSP-02;non;1.000,0;04/05/2024\nSP-03;partiellement;12,25;\n');
    const workbook = await readSpreadsheet(path);
    const sheet = workbook.sheets[0]!;
    const layout = detectLayout(sheet.rows);
    const mapping = suggestMapping('answers', layout.headers);
    const { formats } = profileColumns(sheet.rows, layout, {});
    expect(formats.slice(2).map((f) => [f.decimal, f.dateOrder])).toEqual([[',', 'day-first'], ['.', 'month-first']]);
    const mapped = [...mapSheetRows('answers', sheet, layout, mapping, { reading: { formats } })];
    expect(mapped.map((row) => ({ ...row.record }))).toEqual([
      { indicator: 'SP-01', value: 'oui', score: 87.5 },
      { indicator: 'SP-02', value: 'non' },
      { indicator: 'SP-03', value: 'partiellement', score: 12.25 },
    ]);
    expect(mapped[1]?.problems).toEqual([expect.objectContaining({ code: 'out-of-range', where: { sheet: 'answers', row: 3, column: 'C' } })]);
  });
});
