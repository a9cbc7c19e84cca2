import * as XLSX from '@e965/xlsx';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { readSpreadsheet, type ReadSpreadsheetOptions } from '../../../electron/core/import/read/read-spreadsheet.js';
import { damageZip, writeOpenpyxlWorkbook } from './build-foreign-files.js';
import { buildWorkbook, buildZip, makeTempDir, writeBytes, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();

async function refusalOf(file: string, options?: ReadSpreadsheetOptions): Promise<ImportRefusal> {
  const outcome = await readSpreadsheet(file, options).catch((error: unknown) => error);
  if (outcome instanceof ImportRefusal) return outcome;
  throw new Error(`${path.basename(file)} was not refused: ${String(outcome)}`);
}

/** The offset of a part's record in a zip's central directory. */
function directoryRecordOf(zip: Buffer, name: string): number {
  let record = zip.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
  for (;;) {
    const nameLength = zip.readUInt16LE(record + 28);
    if (zip.toString('latin1', record + 46, record + 46 + nameLength) === name) return record;
    record += 46 + nameLength + zip.readUInt16LE(record + 30) + zip.readUInt16LE(record + 32);
  }
}

const ANSWERS = [
  ['Indicator', 'Answer', 'Score'],
  ['SP-01', 'yes', 100],
  ['SP-02', 'partly', 50],
  ['SP-03', 'no', 0],
];

/** One workbook with shared strings, as Excel and LibreOffice write them, damaged in several ways below. */
const sound = path.join(dir, 'sound.xlsx');
fs.writeFileSync(sound, XLSX.write(buildWorkbook([{ name: 'Answers', rows: ANSWERS }]), { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer);

describe('a damaged workbook says what is missing, never blames the mapping', () => {
  it('names the sheet whose part is missing', async () => {
    const refusal = await refusalOf(damageZip(sound, path.join(dir, 'no-sheet.xlsx'), { drop: ['xl/worksheets/sheet1.xml'] }));
    expect(refusal.issue).toMatchObject({ code: 'corrupt-file', where: { file: 'no-sheet.xlsx' } });
    expect(refusal.message).toContain('"no-sheet.xlsx" is damaged: the part holding sheet "Answers" (xl/worksheets/sheet1.xml) is missing');
  });

  it('says the part holding the text is missing when the shared strings are gone', async () => {
    const refusal = await refusalOf(damageZip(sound, path.join(dir, 'no-text.xlsx'), { drop: ['xl/sharedStrings.xml'] }));
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toContain("the part holding the workbook's text (xl/sharedStrings.xml) is missing");
  });

  it('says the part listing the sheets is missing, rather than calling the file no workbook', async () => {
    const refusal = await refusalOf(damageZip(sound, path.join(dir, 'no-workbook.xlsx'), { drop: ['xl/workbook.xml'] }));
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toContain('"no-workbook.xlsx" is damaged: the part listing its sheets (xl/workbook.xml) is missing');
  });

  it('says the part holding the sheets of an OpenDocument file is missing', async () => {
    const ods = writeWorkbook(dir, 'sound.ods', [{ name: 'Answers', rows: ANSWERS }]);
    const refusal = await refusalOf(damageZip(ods, path.join(dir, 'no-content.ods'), { drop: ['content.xml'] }));
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toContain('"no-content.ods" is damaged: the part holding its sheets (content.xml) is missing');
  });

  it('says a sheet stops in the middle of its data when its XML is cut mid-row', async () => {
    const cut = damageZip(sound, path.join(dir, 'cut-row.xlsx'), { cut: { part: 'xl/worksheets/sheet1.xml', before: '<row r="3"', keep: 25 } });
    const refusal = await refusalOf(cut);
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toContain('the part holding sheet "Answers" (xl/worksheets/sheet1.xml) stops in the middle of its data');
  });

  it('refuses a zip whose directory declares a part larger than it unpacks to', async () => {
    const bytes = fs.readFileSync(sound);
    const record = directoryRecordOf(bytes, 'xl/worksheets/sheet1.xml');
    bytes.writeUInt32LE(bytes.readUInt32LE(record + 24) + 1024, record + 24);
    const refusal = await refusalOf(writeBytes(dir, 'lying-sizes.xlsx', bytes));
    expect(refusal.code).toBe('corrupt-file');
    expect(refusal.message).toMatch(/the zip's directory says the part holding sheet "Answers" \(xl\/worksheets\/sheet1\.xml\) unpacks to \d+ bytes, but it unpacks to \d+/);
  });

  it('counts the bytes actually unpacked: a bomb whose directory declares a kilobyte is stopped there', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1_000_000);
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="S" sheetId="1"/></sheets></workbook>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), declaredSize: 1024 },
    ]);
    const refusal = await refusalOf(writeBytes(dir, 'lying-bomb.xlsx', bomb));
    expect(refusal.code).toBe('too-large');
    expect(refusal.message).toContain('its part "xl/worksheets/sheet1.xml" unpacks to more than the 1 KB its zip directory declares, as a zip bomb does');
  });

  it('says so when a workbook written by openpyxl holds no value at all', async () => {
    const refusal = await refusalOf(writeOpenpyxlWorkbook(dir, 'blank.xlsx', [{ name: 'Answers', rows: [] }]));
    expect(refusal.issue).toEqual({
      code: 'empty-file',
      message: '"blank.xlsx" holds no values: its only sheet, "Answers", is empty.',
      where: { file: 'blank.xlsx' },
      detail: 'empty-file.only-sheet-empty',
      params: { file: 'blank.xlsx', sheets: '"Answers"' },
    });
  });

  it('refuses a truncated .xls in plain words, with no library error text', async () => {
    const bytes = fs.readFileSync(writeWorkbook(dir, 'whole.xls', [{ name: 'Answers', rows: ANSWERS }]));
    for (const fraction of [0.3, 0.6]) {
      const refusal = await refusalOf(writeBytes(dir, `cut-${fraction}.xls`, bytes.subarray(0, Math.floor(bytes.length * fraction))));
      expect(refusal.code).toBe('corrupt-file');
      expect(refusal.message).toMatch(/^"cut-0\.\d\.xls" is damaged/);
      expect(refusal.message).not.toMatch(/undefined|TypeError|argument|properties/);
    }
  });
});

describe('a cell too long to read safely', () => {
  it('refuses an xlsx holding one text cell of megabytes, naming where it is, before SheetJS reads it', async () => {
    const small = writeOpenpyxlWorkbook(dir, 'small-cell.xlsx', [{ name: 'Answers', rows: [['Indicator', 'Answer'], ['SP-01', 'PLACEHOLDER']] }]);
    // Text that compresses as prose does, not as a zip bomb's run of one letter.
    const replace = { part: 'xl/worksheets/sheet1.xml', text: 'PLACEHOLDER', by: randomBytes(2 * 1024 * 1024).toString('base64') };
    const file = damageZip(small, path.join(dir, 'huge-cell.xlsx'), { replace });
    expect(fs.statSync(file).size).toBeLessThan(3 * 1024 * 1024);
    const refusal = await refusalOf(file);
    expect(refusal.code).toBe('too-large');
    expect(refusal.message).toMatch(/"huge-cell\.xlsx" holds a cell with more than 1 MB of text \(in (sheet "Answers"|the workbook's text)\)/);
  });

  it('refuses an HTML table saved as .xls holding a cell of megabytes', async () => {
    const html = `<html><body><table><tr><td>Law</td></tr><tr><td>${'a'.repeat(2 * 1024 * 1024)}</td></tr></table></body></html>`;
    const refusal = await refusalOf(writeBytes(dir, 'huge-cell.xls', html));
    expect(refusal.code).toBe('too-large');
    expect(refusal.message).toContain('"huge-cell.xls" holds a cell with more than 1 MB of text');
  });
});
