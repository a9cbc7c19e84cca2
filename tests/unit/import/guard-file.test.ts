import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { readSpreadsheet, type ReadSpreadsheetOptions } from '../../../electron/core/import/read/read-spreadsheet.js';
import { buildEncryptedWorkbook, buildWorkbook, buildZip, makeTempDir, writeBytes, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();

async function refusalOf(path: string, options?: ReadSpreadsheetOptions): Promise<ImportRefusal> {
  try {
    await readSpreadsheet(path, options);
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error(`${path} was not refused`);
}

function xlsxBytes(rows: unknown[][]): Buffer {
  return XLSX.write(buildWorkbook([{ name: 'S', rows }]), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('refusing files that must not be parsed', () => {
  it('refuses an empty .xlsx file, naming it', async () => {
    const refusal = await refusalOf(writeBytes(dir, 'empty.xlsx', ''));
    expect(refusal.issue).toEqual({ code: 'empty-file', message: '"empty.xlsx" is empty (0 bytes).', where: { file: 'empty.xlsx' }, params: { file: 'empty.xlsx' } });
  });

  it('refuses an empty .csv file and one holding only a byte-order mark', async () => {
    expect((await refusalOf(writeBytes(dir, 'empty.csv', ''))).code).toBe('empty-file');
    expect((await refusalOf(writeBytes(dir, 'bom.csv', Buffer.from([0xef, 0xbb, 0xbf, 0x0a])))).code).toBe('empty-file');
  });

  it('refuses a text file renamed .xlsx and suggests renaming it .csv', async () => {
    const refusal = await refusalOf(writeBytes(dir, 'renamed.xlsx', 'Law,Article\nLabour Code,12\n'));
    expect(refusal.code).toBe('not-a-spreadsheet');
    expect(refusal.message).toContain('rename it to .csv');
  });

  it('refuses a zip that holds no workbook, such as a Word document', async () => {
    const docx = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    expect((await refusalOf(writeBytes(dir, 'letter.xlsx', docx))).code).toBe('not-a-spreadsheet');
  });

  it('refuses an xlsx file cut short as corrupt', async () => {
    const bytes = xlsxBytes([['Law'], ['Labour Code']]);
    const refusal = await refusalOf(writeBytes(dir, 'truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toContain('truncated.xlsx');
  });

  it('refuses a password-protected workbook (an encrypted compound file) as password-protected', async () => {
    const refusal = await refusalOf(writeBytes(dir, 'secret.xlsx', buildEncryptedWorkbook()));
    expect(refusal.code).toBe('password-protected');
    expect(refusal.message).toContain('password-protected');
  });

  it('refuses a zip whose directory declares more than the unpacked size limit', async () => {
    const bytes = xlsxBytes([['Law'], ['Labour Code']]);
    // Rewrite the declared uncompressed size of the first directory entry to 3 GB.
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(3_000_000_000, entry + 24);
    const refusal = await refusalOf(writeBytes(dir, 'huge.xlsx', bytes));
    expect(refusal.code).toBe('too-large');
    expect(refusal.message).toContain('200 MB');
  });

  it('refuses a zip bomb: a small entry that inflates a thousand times', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const refusal = await refusalOf(writeBytes(dir, 'bomb.xlsx', bomb));
    expect(refusal.code).toBe('too-large');
    expect(refusal.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('honours a lowered unpacked size limit', async () => {
    const path = writeWorkbook(dir, 'ordinary.xlsx', [{ name: 'S', rows: [['Law'], ['Labour Code']] }]);
    expect((await refusalOf(path, { limits: { maxUncompressedBytes: 1000 } })).code).toBe('too-large');
  });

  it('refuses a workbook with more cells than the limit', async () => {
    const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`));
    const path = writeWorkbook(dir, 'wide.ods', [{ name: 'S', rows }]);
    const refusal = await refusalOf(path, { limits: { maxCells: 500 } });
    expect(refusal.code).toBe('too-many-cells');
    expect(refusal.message).toContain('500');
    await expect(readSpreadsheet(path, { limits: { maxCells: 1000 } })).resolves.toBeDefined();
  });

  it('refuses a CSV with more cells than the limit when read whole', async () => {
    const text = Array.from({ length: 200 }, (_, r) => `a${r},b${r},c${r}`).join('\n');
    expect((await refusalOf(writeBytes(dir, 'many.csv', text), { limits: { maxCells: 300 } })).code).toBe('too-many-cells');
  });

  it('refuses a workbook renamed .csv, saying what it looks like', async () => {
    const refusal = await refusalOf(writeBytes(dir, 'book.csv', xlsxBytes([['Law']])));
    expect(refusal.code).toBe('not-a-spreadsheet');
    expect(refusal.message).toContain('.xlsx');
  });

  it('refuses a file type it does not read', async () => {
    expect((await refusalOf(writeBytes(dir, 'notes.docx', 'x'))).code).toBe('unsupported-format');
  });

  it('refuses a missing file as unreadable', async () => {
    expect((await refusalOf(`${dir}/absent.xlsx`)).code).toBe('file-unreadable');
    expect(fs.existsSync(`${dir}/absent.xlsx`)).toBe(false);
  });
});
