import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../../electron/core/import/import-issue.js';
import { parseFileInWorker } from '../../../electron/core/import/read/parse-in-worker.js';
import type { ReadProgress } from '../../../electron/core/import/sheet-model.js';
import { makeTempDir, writeBytes, writeWorkbook } from './build-fixtures.js';

const dir = makeTempDir();

function csvOfRows(count: number): string {
  const lines = ['Indicator,Value,Score,Note'];
  for (let i = 0; i < count; i++) lines.push(`SP-${i % 100},answer number ${i},${i % 101},"a note, with a comma"`);
  return lines.join('\n');
}

describe('parsing off the main thread', () => {
  it('reads an XLSX file in a worker, reporting progress with the total rows', async () => {
    const rows = [['Indicator', 'Value'], ...Array.from({ length: 25_000 }, (_, i) => [`SP-${i % 100}`, i])];
    const path = writeWorkbook(dir, 'many.xlsx', [{ name: 'Answers', rows }]);
    const progress: ReadProgress[] = [];
    const workbook = await parseFileInWorker(path, {}, { onProgress: (p) => progress.push(p) });
    expect(workbook.sheets[0]?.rowCount).toBe(25_001);
    expect(workbook.sheets[0]?.rows[25_000]).toEqual([{ value: 'SP-99', type: 's' }, { value: 24_999, type: 'n' }]);
    expect(progress).toContainEqual({ phase: 'converting', rowsRead: 20_000, totalRows: 25_001 });
  });

  it('passes a refusal from the worker on as an ImportRefusal', async () => {
    const path = writeBytes(dir, 'renamed.xls', 'not a workbook at all');
    await expect(parseFileInWorker(path)).rejects.toMatchObject({ issue: { code: 'not-a-spreadsheet', where: { file: 'renamed.xls' } } });
  });

  it('stops the worker and rejects with "cancelled" when aborted mid-way', async () => {
    const path = writeBytes(dir, 'long.csv', csvOfRows(400_000));
    const controller = new AbortController();
    const progress: ReadProgress[] = [];
    const parsing = parseFileInWorker(path, {}, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        controller.abort();
      },
    });
    const error = await parsing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as ImportRefusal).issue).toEqual({ code: 'cancelled', message: 'Reading "long.csv" was cancelled.', where: { file: 'long.csv' }, params: { file: 'long.csv' } });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]!.rowsRead).toBeLessThan(400_001);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseFileInWorker(`${dir}/any.csv`, {}, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
