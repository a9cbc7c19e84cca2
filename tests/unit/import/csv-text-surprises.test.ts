import { describe, expect, it } from 'vitest';
import { scanCsv } from '../../../electron/core/import/read/scan-csv.js';
import { streamCsvRecords } from '../../../electron/core/import/map/stream-csv-records.js';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { detectCsvDialect, readCsvFile } from '../../../electron/core/import/read/read-csv.js';
import { suggestMapping } from '../../../electron/core/import/map/suggest-mapping.js';
import { encodeWindows1252, makeTempDir, valuesOf, writeBytes } from './build-fixtures.js';

/** CSV bytes as other programs leave them: lines pasted from files in other encodings, stray control characters. */

const dir = makeTempDir();
const utf8 = (text: string) => Buffer.from(text, 'utf8');

async function rowsOf(path: string): Promise<unknown[][]> {
  return (await readCsvFile(path)).sheets[0]!.rows.map(valuesOf);
}

describe('a file mixing encodings', () => {
  const head = 'Type,Law,Article\nlaw,Código del Trabajo,Art. 5\nlaw,Loi sur la nationalité,Art. 3\n';

  it('reads a UTF-8 file holding one line pasted from a Windows-1252 file, every line right, and flags that line', async () => {
    const bytes = Buffer.concat([utf8(head), encodeWindows1252('law,Código de Migración,Art. 9\n'), utf8('law,Ley de Extranjería ñ,Art. 1\n')]);
    const path = writeBytes(dir, 'mixed.csv', bytes);
    const workbook = await readCsvFile(path);
    expect(workbook.csv?.encoding).toBe('utf-8');
    expect(workbook.sheets[0]!.rows.map(valuesOf).slice(1)).toEqual([
      ['law', 'Código del Trabajo', 'Art. 5'],
      ['law', 'Loi sur la nationalité', 'Art. 3'],
      ['law', 'Código de Migración', 'Art. 9'],
      ['law', 'Ley de Extranjería ñ', 'Art. 1'],
    ]);
    expect(workbook.issues).toEqual([
      {
        code: 'undecodable-text',
        message:
          'Row 4 of "mixed.csv" is not in UTF-8 like the rest of the file (it was pasted from another file?): ' +
          'it was read as Windows-1252 (Western European), "law,Código de Migración,Art. 9". Check that its text reads right.',
        where: { file: 'mixed.csv', row: 4 },
        detail: 'undecodable-text.row',
        params: { file: 'mixed.csv', row: 4, encoding: 'utf-8', readAs: 'windows-1252', sample: 'law,Código de Migración,Art. 9' },
      },
    ]);
  });

  it('flags the odd row itself when the file is staged, on its sheet and row', async () => {
    const bytes = Buffer.concat([utf8(head), encodeWindows1252('law,Código de Migración,Art. 9\n')]);
    const path = writeBytes(dir, 'mixed-staged.csv', bytes);
    const scan = await scanCsv(path);
    const rows = [];
    for await (const batch of streamCsvRecords('evidence', path, scan, suggestMapping('evidence', scan.layout.headers))) rows.push(...batch);
    expect(rows.map((r) => [r.row, r.record.title, r.problems.map((p) => [p.code, p.where])])).toEqual([
      [2, 'Código del Trabajo', []],
      [3, 'Loi sur la nationalité', []],
      [4, 'Código de Migración', [['undecodable-text', { file: 'mixed-staged.csv', sheet: 'mixed-staged', row: 4 }]]],
    ]);
  });

  it('decides the encoding by all the lines it samples, not by the first that is not UTF-8', async () => {
    const lines = ['Type,Law,Article', ...Array.from({ length: 30 }, (_, i) => `law,Código número ${i},Art. ${i}`)];
    const bytes = Buffer.concat([encodeWindows1252('law,Loi sur la nationalité,Art. 1\n'), utf8(`${lines.join('\n')}\n`)]);
    const path = writeBytes(dir, 'first-line-latin.csv', bytes);
    expect((await detectCsvDialect(path)).encoding).toBe('utf-8');
    const rows = await rowsOf(path);
    expect(rows[0]).toEqual(['law', 'Loi sur la nationalité', 'Art. 1']);
    expect(rows[31]).toEqual(['law', 'Código número 29', 'Art. 29']);
  });

  it('reads a Windows-1252 file holding one line pasted from a UTF-8 file, and flags that line', async () => {
    const bytes = Buffer.concat([encodeWindows1252(head), utf8('law,Código de Migración,Art. 9\n')]);
    const path = writeBytes(dir, 'latin-with-utf8.csv', bytes);
    const workbook = await readCsvFile(path);
    expect(workbook.csv?.encoding).toBe('windows-1252');
    expect(valuesOf(workbook.sheets[0]!.rows[3])).toEqual(['law', 'Código de Migración', 'Art. 9']);
    expect(workbook.issues.map((i) => [i.code, i.where.row])).toEqual([['undecodable-text', 4]]);
  });
});

describe('control characters', () => {
  it('removes NUL bytes found after the first megabyte, and says on which row the first was', async () => {
    const ascii = Array.from({ length: 60_000 }, (_, i) => `law,Act ${i},Art. ${i}`).join('\n');
    const bytes = Buffer.concat([utf8(`Type,Law,Article\n${ascii}\n`), Buffer.from('law,Labour\0\0 Code,Art. 1\n')]);
    const path = writeBytes(dir, 'late-nul.csv', bytes);
    const workbook = await readCsvFile(path);
    const rows = workbook.sheets[0]!.rows;
    expect(valuesOf(rows[60_001])).toEqual(['law', 'Labour Code', 'Art. 1']);
    expect(workbook.issues).toEqual([
      {
        code: 'control-characters-removed',
        message:
          '"late-nul.csv" holds 2 control characters (such as NUL) that no spreadsheet shows, the first on row 60002; ' +
          'they were removed. If the text around them looks wrong, the file is damaged: export it again.',
        where: { file: 'late-nul.csv', row: 60_002 },
        params: { file: 'late-nul.csv', count: 2, row: 60_002 },
      },
    ]);
  });

  it('removes a stray control character near the start instead of calling the whole file binary', async () => {
    const path = writeBytes(dir, 'early-nul.csv', 'Type,Law,Article\nlaw,Migration\u0000 Act,s. 4\nlaw,Labour\u000b Code,Art. 2\n');
    const workbook = await readCsvFile(path);
    expect(workbook.sheets[0]!.rows.map(valuesOf).slice(1)).toEqual([['law', 'Migration Act', 's. 4'], ['law', 'Labour Code', 'Art. 2']]);
    expect(workbook.issues.map((i) => [i.code, i.where.row])).toEqual([['control-characters-removed', 2]]);
  });

  it('still refuses a file that is mostly binary', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 32;
    const error = await readCsvFile(writeBytes(dir, 'binary.csv', bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as ImportRefusal).code).toBe('not-a-spreadsheet');
  });
});
