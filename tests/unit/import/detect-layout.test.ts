import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../electron/core/import/layout/detect-layout.js';
import { readSpreadsheet } from '../../../electron/core/import/read/read-spreadsheet.js';
import type { RawRow } from '../../../shared/records.js';
import { makeTempDir, writeBytes, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();

function rows(table: unknown[][]): RawRow[] {
  return table.map((row) =>
    row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: 'n' as const } : { value: String(value), type: 's' as const })),
  );
}

describe('finding the table in a sheet', () => {
  it('finds the header on row 3 of an ODS file under two title rows', async () => {
    const path = writeWorkbook(dir, 'titled.ods', [
      {
        name: 'Laws',
        rows: [
          ['National laws on labour migration — France'],
          ['Prepared by the country expert, March 2024'],
          ['Law', 'Article', 'Date', 'Link'],
          ['Code du travail', 'L. 5221-2', '01/05/2008', 'https://www.legifrance.gouv.fr'],
          ['CESEDA', 'L. 421-1', '01/05/2021', 'https://www.legifrance.gouv.fr'],
        ],
      },
    ]);
    const sheet = (await readSpreadsheet(path)).sheets[0]!;
    expect(detectLayout(sheet.rows, sheet.merges)).toEqual({
      headerRowIndex: 2,
      headerRowCount: 1,
      headers: ['Law', 'Article', 'Date', 'Link'],
      firstDataRow: 4,
      lastDataRow: 5,
      notes: [],
    });
  });

  it('combines a two-row header with merged group labels into "Group — Name"', async () => {
    const path = writeWorkbook(dir, 'grouped.xlsx', [
      {
        name: 'Ratifications',
        rows: [
          ['Ratifications of ILO conventions'],
          ['Instrument', 'Ratification', null, 'Reservations'],
          [null, 'Status', 'Date', null],
          ['C097', 'ratified', '29/03/1954', 'none'],
          ['C143', 'not ratified', null, null],
        ],
        edit: (sheet) => {
          sheet['!merges'] = [
            { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
            { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
            { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
            { s: { r: 1, c: 3 }, e: { r: 2, c: 3 } },
          ];
        },
      },
    ]);
    const sheet = (await readSpreadsheet(path)).sheets[0]!;
    const layout = detectLayout(sheet.rows, sheet.merges);
    expect(layout.headerRowIndex).toBe(1);
    expect(layout.headerRowCount).toBe(2);
    expect(layout.headers).toEqual(['Instrument', 'Ratification — Status', 'Ratification — Date', 'Reservations']);
    expect([layout.firstDataRow, layout.lastDataRow]).toEqual([4, 5]);
  });

  it('keeps one header row when the row under it is data', () => {
    const layout = detectLayout(rows([['Law', 'Article'], ['Labour Code', 'Art. 5'], ['Migration Act', 's. 4']]));
    expect(layout.headerRowCount).toBe(1);
    expect(layout.firstDataRow).toBe(2);
  });

  it('keeps blank rows in the middle of the data inside the data range', () => {
    const layout = detectLayout(
      rows([['Indicator', 'Value', 'Score'], ['SP-01', 'yes', 100], [], [null, '  ', null], ['SP-02', 'no', 0], [], []]),
    );
    expect([layout.firstDataRow, layout.lastDataRow]).toEqual([2, 5]);
  });

  it('sets trailing notes apart and reports them by row', () => {
    const layout = detectLayout(
      rows([
        ['Indicator', 'Value', 'Score'],
        ['SP-01', 'yes', 100],
        ['SP-02', 'no', 0],
        [],
        ['Source: ministry of labour, 2024'],
        ['* Scores follow the 2023 guidance of the central team.'],
      ]),
    );
    expect(layout.lastDataRow).toBe(3);
    expect(layout.notes).toEqual([
      { row: 5, text: 'Source: ministry of labour, 2024' },
      { row: 6, text: '* Scores follow the 2023 guidance of the central team.' },
    ]);
  });

  it('does not take a short last data row for a note', () => {
    const layout = detectLayout(rows([['Law', 'Article'], ['Labour Code', 'Art. 5'], ['Migration Act']]));
    expect(layout.lastDataRow).toBe(3);
    expect(layout.notes).toEqual([]);
  });

  it('skips a title row of two short cells that is narrower than the table', () => {
    const layout = detectLayout(
      rows([
        ['Country:', 'France'],
        ['Law', 'Article', 'Date', 'Link', 'Excerpt'],
        ['Code du travail', 'L. 5221-2', '2008-05-01', 'https://a.fr', 'text'],
        ['CESEDA', 'L. 421-1', '2021-05-01', 'https://b.fr', 'text'],
      ]),
    );
    expect(layout.headerRowIndex).toBe(1);
  });

  it('finds the header and notes of a CSV file read whole', async () => {
    const path = writeBytes(dir, 'noted.csv', 'Evidence of practice\n\nTitle,Citation,Date\nInspection report,p. 4,2023-01-10\n\n"Note: figures are provisional, pending review"\n');
    const sheet = (await readSpreadsheet(path)).sheets[0]!;
    const layout = detectLayout(sheet.rows);
    expect(layout).toMatchObject({ headerRowIndex: 2, headers: ['Title', 'Citation', 'Date'], firstDataRow: 4, lastDataRow: 4 });
    expect(layout.notes).toEqual([{ row: 6, text: 'Note: figures are provisional, pending review' }]);
  });

  it('describes an empty sheet as having no header and no data', () => {
    expect(detectLayout([])).toEqual({ headerRowIndex: 0, headerRowCount: 0, headers: [], firstDataRow: 1, lastDataRow: 0, notes: [] });
  });
});
