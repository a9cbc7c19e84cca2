import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../electron/core/import/read/read-spreadsheet.js';
import { makeTempDir, valuesOf, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();

describe('reading workbooks', () => {
  for (const file of ['laws.xlsx', 'laws.xls', 'laws.ods']) {
    it(`lists every sheet of a ${file.slice(5)} file with its row count`, async () => {
      const path = writeWorkbook(dir, file, [
        { name: 'Laws', rows: [['Law', 'Article'], ['Labour Code', 'Art. 12'], ['Migration Act', 's. 4']] },
        { name: 'Ratifications', rows: [['Instrument', 'Status'], ['C097', 'ratified']] },
        { name: 'Empty', rows: [] },
      ]);
      const workbook = await readSpreadsheet(path);
      expect(workbook.format).toBe(file.slice(5));
      expect(workbook.sheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
        ['Laws', 3],
        ['Ratifications', 2],
        ['Empty', 0],
      ]);
      expect(valuesOf(workbook.sheets[0]?.rows[2])).toEqual(['Migration Act', 's. 4']);
    });

    it(`reads formula cells of a ${file.slice(5)} file as their cached values`, async () => {
      const path = writeWorkbook(dir, `formula-${file}`, [
        {
          name: 'Answers',
          rows: [['Indicator', 'Score']],
          edit: (sheet) => {
            sheet['A2'] = { t: 's', v: 'SP-01' };
            sheet['B2'] = { t: 'n', v: 75, f: 'SUM(50,25)' };
            sheet['C2'] = { t: 's', v: 'SP-01 yes', f: 'A2&" yes"' };
            sheet['!ref'] = 'A1:C2';
          },
        },
      ]);
      const row = (await readSpreadsheet(path)).sheets[0]?.rows[1];
      expect(row?.[1]).toEqual({ value: 75, type: 'n' });
      expect(row?.[2]).toEqual({ value: 'SP-01 yes', type: 's' });
    });

    it(`keeps hyperlinks of a ${file.slice(5)} file as URLs`, async () => {
      const path = writeWorkbook(dir, `links-${file}`, [
        {
          name: 'Evidence',
          rows: [['Title', 'Link'], ['Labour Code', 'official text']],
          edit: (sheet) => {
            (sheet['B2'] as XLSX.CellObject).l = { Target: 'https://www.ilo.org/natlex/123' };
          },
        },
      ]);
      const cell = (await readSpreadsheet(path)).sheets[0]?.rows[1]?.[1];
      expect(cell?.value).toBe('official text');
      expect(cell?.link).toBe('https://www.ilo.org/natlex/123');
    });

    it(`marks date-formatted serials of a ${file.slice(5)} file with their format`, async () => {
      const path = writeWorkbook(dir, `dates-${file}`, [
        {
          name: 'Ratifications',
          rows: [['Instrument', 'Date', 'Count'], ['C189', 45356, 45356]],
          edit: (sheet) => {
            (sheet['B2'] as XLSX.CellObject).z = 'dd/mm/yyyy';
          },
        },
      ]);
      const row = (await readSpreadsheet(path)).sheets[0]?.rows[1];
      expect(row?.[1]?.value).toBe(45356);
      expect(row?.[1]?.format).toBeTruthy();
      expect(row?.[2]).toEqual({ value: 45356, type: 'n' });
    });

    it(`keeps Arabic and Russian text of a ${file.slice(5)} file intact`, async () => {
      const arabic = 'قانون العمل رقم 8 لسنة 1996';
      const russian = 'Трудовой кодекс Российской Федерации';
      const path = writeWorkbook(dir, `scripts-${file}`, [{ name: 'Laws', rows: [['Law', 'Country'], [arabic, 'JOR'], [russian, 'RUS']] }]);
      const rows = (await readSpreadsheet(path)).sheets[0]?.rows;
      expect(rows?.[1]?.[0]?.value).toBe(arabic);
      expect(rows?.[2]?.[0]?.value).toBe(russian);
    });

    it(`copies a merged cell of a ${file.slice(5)} file into every cell it covers`, async () => {
      const path = writeWorkbook(dir, `merged-${file}`, [
        {
          name: 'Ratifications',
          rows: [['Instrument', 'Ratification', null], [null, 'Status', 'Date'], ['C097', 'ratified', '1952']],
          edit: (sheet) => {
            sheet['!merges'] = [
              { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
              { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
            ];
          },
        },
      ]);
      const sheet = (await readSpreadsheet(path)).sheets[0];
      expect(valuesOf(sheet?.rows[0])).toEqual(['Instrument', 'Ratification', 'Ratification']);
      expect(valuesOf(sheet?.rows[1])).toEqual(['Instrument', 'Status', 'Date']);
      expect(sheet?.merges).toHaveLength(2);
    });
  }

  it('reports the 1904 date system of a workbook that uses it', async () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Date'], [1]]), 'S');
    workbook.Workbook = { WBProps: { date1904: true } };
    const path = writeWorkbook(dir, 'mac.xlsx', [], workbook);
    expect((await readSpreadsheet(path)).date1904).toBe(true);
  });

  it('numbers rows as the spreadsheet does even when the first rows are empty', async () => {
    const path = writeWorkbook(dir, 'offset.xlsx', [
      {
        name: 'S',
        rows: [],
        edit: (sheet) => {
          sheet['C4'] = { t: 's', v: 'Law' };
          sheet['!ref'] = 'C4:C4';
        },
      },
    ]);
    const sheet = (await readSpreadsheet(path)).sheets[0];
    expect(sheet?.rowCount).toBe(4);
    expect(valuesOf(sheet?.rows[3])).toEqual([null, null, 'Law']);
  });
});
