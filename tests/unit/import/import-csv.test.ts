import { describe, expect, it } from 'vitest';
import { scanCsv } from '../../../electron/core/import/read/scan-csv.js';
import { streamCsvRecords } from '../../../electron/core/import/map/stream-csv-records.js';
import { suggestMapping } from '../../../electron/core/import/map/suggest-mapping.js';
import type { ReadProgress } from '../../../electron/core/import/sheet-model.js';
import { encodeWindows1251, makeTempDir, writeBytes } from './build-fixtures.js';

const dir = makeTempDir();

describe('importing a CSV in two streamed passes', () => {
  it('finds the layout, the date order and the notes of a Windows-1251 file, then maps its rows in batches', async () => {
    const lines = ['Ратификации конвенций МОТ', 'Конвенция;Статус;Дата;Оговорки'];
    for (let i = 1; i <= 2500; i++) lines.push(`C${i};ратифицирована;0${(i % 9) + 1}/0${(i % 8) + 1}/2001;`);
    lines.push('', 'Источник: Министерство труда, 2024');
    const path = writeBytes(dir, 'ratifications.csv', encodeWindows1251(lines.join('\r\n')));

    const progress: ReadProgress[] = [];
    const scan = await scanCsv(path, { batchSize: 1000, onProgress: (p) => progress.push(p) });
    expect(scan.dialect).toEqual({ encoding: 'windows-1251', delimiter: ';' });
    expect(scan.layout).toEqual({
      headerRowIndex: 1,
      headerRowCount: 1,
      headers: ['Конвенция', 'Статус', 'Дата', 'Оговорки'],
      firstDataRow: 3,
      lastDataRow: 2502,
      notes: [{ row: 2504, text: 'Источник: Министерство труда, 2024' }],
    });
    expect(scan.rowCount).toBe(2504);
    expect(scan.issues).toEqual([expect.objectContaining({ code: 'ambiguous-date-order', where: { file: 'ratifications.csv', sheet: 'ratifications', column: 'C' } })]);
    expect(progress.at(-1)).toMatchObject({ phase: 'scanning', rowsRead: 2504 });

    const mapping = suggestMapping('ratifications', scan.layout.headers);
    const batches = [];
    for await (const batch of streamCsvRecords('ratifications', path, scan, mapping, { batchSize: 1000 })) batches.push(batch);
    const rows = batches.flat();
    expect(batches.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(2500);
    expect(rows[0]).toMatchObject({ row: 3, problems: [] });
    expect({ ...rows[0]!.record }).toEqual({ instrument: 'C1', status: 'ратифицирована', date: '2001-02-02' });
    expect({ ...rows.at(-1)!.record }).toEqual({ instrument: 'C2500', status: 'ратифицирована', date: '2001-05-08' });
  });

  it('reads a file whose header comes after many title lines and whose data is shorter than the head', async () => {
    const path = writeBytes(dir, 'short.csv', 'Title\n\nIndicator,Value\nSP-01,yes\n');
    const scan = await scanCsv(path);
    expect(scan.layout).toMatchObject({ headerRowIndex: 2, firstDataRow: 4, lastDataRow: 4, notes: [] });
    const rows = [];
    for await (const batch of streamCsvRecords('answers', path, scan, suggestMapping('answers', scan.layout.headers))) rows.push(...batch);
    expect(rows.map((row) => ({ ...row.record }))).toEqual([{ indicator: 'SP-01', value: 'yes' }]);
  });
});
