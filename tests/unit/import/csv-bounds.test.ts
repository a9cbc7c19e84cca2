import { describe, expect, it } from 'vitest';
import { CsvBoundExceeded, CsvTokenizer } from '../../../electron/core/import/read/csv-tokenizer.js';
import { scanCsv } from '../../../electron/core/import/read/scan-csv.js';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { readCsvFile } from '../../../electron/core/import/read/read-csv.js';
import type { RawRow } from '../../../shared/records.js';
import { makeTempDir, writeBytes } from './build-fixtures.js';

/** Hostile CSVs are stopped while their fields and rows are read, with the row (and column) that went too far. */

const dir = makeTempDir();
const MB = 1024 * 1024;

async function refusalOf(reading: Promise<unknown>): Promise<ImportRefusal> {
  const outcome = await reading.catch((error: unknown) => error);
  if (outcome instanceof ImportRefusal) return outcome;
  throw new Error(`not refused: ${String(outcome)}`);
}

describe('the tokenizer checks its bounds as fields and rows grow', () => {
  const bounds = { maxFieldChars: 10, maxRowChars: 25, maxRowCells: 4 };
  const tokenize = (chunks: string[]) => {
    const tokenizer = new CsvTokenizer(',', bounds);
    const out: RawRow[] = [];
    for (const chunk of chunks) tokenizer.push(chunk, out);
    tokenizer.end(out);
    return out;
  };
  const thrown = (chunks: string[]): CsvBoundExceeded => {
    try {
      tokenize(chunks);
    } catch (error) {
      if (error instanceof CsvBoundExceeded) return error;
      throw error;
    }
    throw new Error('no bound was exceeded');
  };

  it('stops a field longer than its bound, even one cut across chunks, naming its row and column', () => {
    expect(thrown(['a,b\nc,0123456', '789abc,d\n'])).toMatchObject({ bound: 'field', row: 2, column: 1, quoted: false });
  });

  it('stops a quoted field that runs over many lines, saying it is quoted', () => {
    expect(thrown(['a,"open\n', 'more\n', 'and more\n'])).toMatchObject({ bound: 'field', row: 1, column: 1, quoted: true });
  });

  it('stops a row whose fields together pass the row bound', () => {
    expect(thrown(['0123456789,0123456789,0123456789\n'])).toMatchObject({ bound: 'row', row: 1 });
  });

  it('stops a row with more cells than its bound, before the row ends', () => {
    expect(thrown(['a,b,c,d,e,f,g'])).toMatchObject({ bound: 'cells', row: 1, column: 4 });
  });

  it('reads rows within the bounds as before', () => {
    expect(tokenize(['a,b,c,d\n0123456789,x\n']).map((row) => row.map((cell) => cell?.value))).toEqual([
      ['a', 'b', 'c', 'd'],
      ['0123456789', 'x'],
    ]);
  });
});

describe('hostile CSV files are refused with the row that went too far', () => {
  it('refuses a value of megabytes, naming its row and column', async () => {
    const path = writeBytes(dir, 'long-value.csv', `Law,Excerpt\nLabour Code,${'x'.repeat(3 * MB)}\n`);
    const refusal = await refusalOf(readCsvFile(path));
    expect(refusal.issue).toEqual({
      code: 'too-large',
      message:
        'Row 2, column B of "long-value.csv" holds a value longer than 1 MB, longer than any answer, law or citation. ' +
        'Check that the file is a table of values, then import it again.',
      where: { file: 'long-value.csv', row: 2, column: 'B' },
      detail: 'too-large.csv-cell',
      params: { file: 'long-value.csv', row: 2, column: 'B', limitBytes: 1048576 },
    });
  });

  it('points at a quote never closed when a quoted value runs on for megabytes', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `Act ${i},Art. ${i}`).join('\n');
    const path = writeBytes(dir, 'open-quote.csv', `Law,Excerpt\nLabour Code,"starts here\n${lines}\n`);
    const refusal = await refusalOf(scanCsv(path));
    expect(refusal.issue.where).toEqual({ file: 'open-quote.csv', row: 2, column: 'B' });
    expect(refusal.message).toContain('A quote (") opens there and is probably never closed: close it.');
  });

  it('refuses a single line of megabytes with no line break before reading it whole', async () => {
    const path = writeBytes(dir, 'one-line.csv', `Law,Excerpt\n${'abc '.repeat(3 * MB)}`);
    const refusal = await refusalOf(scanCsv(path));
    expect(refusal.issue).toMatchObject({ code: 'too-large', where: { file: 'one-line.csv', row: 2 } });
    expect(refusal.message).toBe(
      'Row 2 of "one-line.csv" runs on for more than 8 MB without a line break: this is not a table of values. ' +
        'Check the file, or export it again from the program that made it.',
    );
  });

  it('refuses a row of more cells than a spreadsheet has columns', async () => {
    const path = writeBytes(dir, 'wide-row.csv', `Law,Article\n${Array.from({ length: 20_000 }, (_, i) => i).join(',')}\n`);
    const refusal = await refusalOf(readCsvFile(path));
    expect(refusal.issue).toMatchObject({ code: 'too-many-cells', where: { file: 'wide-row.csv', row: 2 } });
    expect(refusal.message).toContain('more than 16,384 cells');
  });

  it('honours lowered limits, and reads the same file under the usual ones', async () => {
    const path = writeBytes(dir, 'limits.csv', `Law,Excerpt\nLabour Code,${'y'.repeat(2000)}\n`);
    expect((await refusalOf(readCsvFile(path, { limits: { maxCellBytes: 1000 } }))).code).toBe('too-large');
    expect((await readCsvFile(path)).sheets[0]?.rowCount).toBe(2);
  });
});
