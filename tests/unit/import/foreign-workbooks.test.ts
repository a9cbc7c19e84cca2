import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type ApiHandlers } from '../../../electron/core/api';
import { detectLayout } from '../../../electron/core/import/layout/detect-layout.js';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { mapSheetRows } from '../../../electron/core/import/map/map-rows.js';
import { profileColumns } from '../../../electron/core/import/layout/profile-columns.js';
import { readSpreadsheet } from '../../../electron/core/import/read/read-spreadsheet.js';
import { decodeCells, encodeCells } from '../../../electron/core/import/stage/staging-codec.js';
import { suggestMapping } from '../../../electron/core/import/map/suggest-mapping.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { RecordKind } from '../../../shared/records.js';
import { makeTempDir } from '../temp-dir';
import { protectWithLibreOffice, writeOpenpyxlWorkbook } from './build-foreign-files.js';
import { writeBytes } from './build-fixtures.js';

/** Workbooks written by other programs than SheetJS: openpyxl, LibreOffice, and websites' "download as Excel". */

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir();
});
afterAll(() => tmp.cleanup());

async function mappedRows<K extends RecordKind>(file: string, kind: K) {
  const workbook = await readSpreadsheet(file);
  const sheet = workbook.sheets[0]!;
  const layout = detectLayout(sheet.rows, sheet.merges);
  const { formats } = profileColumns(sheet.rows, layout, { sheet: sheet.name });
  const mapping = suggestMapping(kind, layout.headers);
  return [...mapSheetRows(kind, sheet, layout, mapping, { file: workbook.file, reading: { formats, date1904: workbook.date1904 } })];
}

describe('formulas saved without their results, as openpyxl writes them', () => {
  const rows = [
    ['Indicator', 'Answer', 'Score'],
    ['SP-01', 'yes', 100],
    ['SP-02', '=B2', '=C2/2'],
  ];

  it('reads each such cell as its formula, marked uncalculated, never as an empty cell', async () => {
    const file = writeOpenpyxlWorkbook(tmp.dir, 'formulas.xlsx', [{ name: 'Answers', rows }]);
    const sheet = (await readSpreadsheet(file)).sheets[0]!;
    expect(sheet.rows[2]).toEqual([
      { value: 'SP-02', type: 's' },
      { value: '=B2', type: 's', uncalculated: true },
      { value: '=C2/2', type: 's', uncalculated: true },
    ]);
  });

  it('gives each such cell a formula-not-evaluated problem on its row and column, in text and number fields alike', async () => {
    const file = writeOpenpyxlWorkbook(tmp.dir, 'formulas-mapped.xlsx', [{ name: 'Answers', rows }]);
    const [first, second] = await mappedRows(file, 'answers');
    expect(first?.problems).toEqual([]);
    expect(second?.problems.map((p) => [p.code, p.where])).toEqual([
      ['formula-not-evaluated', { file: 'formulas-mapped.xlsx', sheet: 'Answers', row: 3, column: 'B' }],
      ['formula-not-evaluated', { file: 'formulas-mapped.xlsx', sheet: 'Answers', row: 3, column: 'C' }],
    ]);
    expect(second?.problems[1]?.message).toBe(
      'Sheet "Answers", row 3, column C ("Score"): expected a calculated value (open the file in Excel or LibreOffice and save it, ' +
        'so that its formulas are calculated), found "=C2/2".',
    );
    expect({ ...second?.record }).toEqual({ indicator: 'SP-02' });
  });

  it('keeps the mark through staging, so that editing another cell of the row does not turn the formula into text', () => {
    const row = [{ value: '=C2/2', type: 's' as const, uncalculated: true as const }, { value: 'plain', type: 's' as const }];
    expect(decodeCells(encodeCells(row))).toEqual(row);
  });

  it('stages the row as an error through the API, with the problem where the formula is', async () => {
    const file = writeOpenpyxlWorkbook(tmp.dir, 'formulas-staged.xlsx', [{ name: 'Answers', rows }]);
    const ws: Workspace = openWorkspace(fs.mkdtempSync(path.join(tmp.dir, 'ws-')));
    try {
      const api: ApiHandlers = createApi(ws);
      const submissionId = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
      const opened = await api['imports.open']({ submissionId, path: file });
      const preview = await api['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
      expect(preview.rows[1]?.cells).toEqual(['SP-02', '=B2', '=C2/2']);
      const staged = await api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
      const errors = await api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 10 });
      expect(errors.rows.map((r) => [r.row, r.problems.map((p) => `${p.code} ${p.where.column}`)])).toEqual([
        [3, ['formula-not-evaluated B', 'formula-not-evaluated C']],
      ]);
    } finally {
      ws.close();
    }
  });
});

describe('an HTML table saved as .xls, as websites\' "download as Excel" gives', () => {
  const html = (cells: string[][]) =>
    `<html><head><meta charset="utf-8"></head><body><table>${cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`;

  it('hands its text dates to the app unparsed, so that day-first dates are read day-first', async () => {
    const file = writeBytes(tmp.dir, 'ratifications.xls', html([
      ['Instrument', 'Status', 'Date'],
      ['C097', 'ratified', '05/03/2024'],
      ['C143', 'ratified', '25/12/2023'],
      ['C189', 'signed', '01/02/2022'],
    ]));
    const workbook = await readSpreadsheet(file);
    expect(workbook.sheets[0]?.rows[1]?.[2]).toEqual({ value: '05/03/2024', type: 's' });
    const rows = await mappedRows(file, 'ratifications');
    expect(rows.map((r) => r.record.date)).toEqual(['2024-03-05', '2023-12-25', '2022-02-01']);
  });

  it('keeps a decimal comma as written instead of reading "1,5" as fifteen', async () => {
    const file = writeBytes(tmp.dir, 'scores.xls', html([
      ['Indicator', 'Answer', 'Score'],
      ['SP-01', 'yes', '1,5'],
      ['SP-02', 'no', '12,25'],
    ]));
    const rows = await mappedRows(file, 'answers');
    expect(rows.map((r) => r.record.score)).toEqual([1.5, 12.25]);
  });
});

describe('password-protected files written by LibreOffice', () => {
  const protectedFiles: Record<string, string> = {};
  beforeAll(() => {
    const source = writeOpenpyxlWorkbook(tmp.dir, 'to-protect.xlsx', [{ name: 'Answers', rows: [['Indicator', 'Answer'], ['SP-01', 'yes']] }]);
    for (const extension of ['ods', 'xls']) protectedFiles[extension] = path.join(tmp.dir, `locked.${extension}`);
    protectWithLibreOffice(source, 'secret', Object.values(protectedFiles));
  }, 120_000);

  for (const extension of ['ods', 'xls']) {
    it(`says that a protected .${extension} is protected`, async () => {
      const error = await readSpreadsheet(protectedFiles[extension]!).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as ImportRefusal).issue).toMatchObject({ code: 'password-protected', where: { file: `locked.${extension}` } });
      expect((error as ImportRefusal).message).toMatch(new RegExp(`^"locked\\.${extension}" is password-protected\\. .*remove the password`, 'i'));
    });
  }
});
