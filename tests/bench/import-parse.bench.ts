/**
 * Import parsing benchmark: prints figures, asserts nothing.
 *   node --import tsx tests/bench/import-parse.bench.ts
 * 1. a 1,000,000-row CSV streamed through our reader + mapping: time and peak memory (run first,
 *    so that the peak is the CSV's own and not left over from the workbooks);
 * 2. a 100,000-row × 12-column XLSX: SheetJS alone versus our read + layout + mapping.
 * Targets: our XLSX path ≤ 1.5× SheetJS alone; CSV peak RSS < 500 MB.
 */
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectLayout } from '../../electron/core/import/layout/detect-layout.js';
import { scanCsv } from '../../electron/core/import/read/scan-csv.js';
import { streamCsvRecords } from '../../electron/core/import/map/stream-csv-records.js';
import { mapSheetRows } from '../../electron/core/import/map/map-rows.js';
import { profileColumns } from '../../electron/core/import/layout/profile-columns.js';
import { readSpreadsheet } from '../../electron/core/import/read/read-spreadsheet.js';
import { suggestMapping } from '../../electron/core/import/map/suggest-mapping.js';

const HEADERS = ['Indicator', 'Value', 'Score', 'Confidence', 'Citation', 'Note', 'Date', 'Link', 'Country', 'Year', 'Category', 'Reviewer'];
const RUNS = 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-bench-'));

function dataRow(i: number): (string | number)[] {
  return [
    `SP-${String(i % 100).padStart(2, '0')}`,
    i % 3 === 0 ? 'yes' : i % 3 === 1 ? 'partly' : 'no',
    i % 101,
    ['low', 'medium', 'high'][i % 3]!,
    `Art. ${i % 400}, Labour Code`,
    `Note on answer ${i}: see the ministry's annual report`,
    45000 + (i % 3000),
    `https://example.org/laws/${i}`,
    ['FRA', 'RUS', 'JOR', 'MEX'][i % 4]!,
    2020 + (i % 5),
    'migrant-workers',
    `Reviewer ${i % 37}`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write(`${HEADERS.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const row = dataRow(i);
    row[6] = `${(i % 28) + 1}/${(i % 12) + 1}/2023`;
    row[4] = `"${row[4]}"`;
    chunk += `${row.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve) => out.end(resolve));
}

async function benchCsv(): Promise<void> {
  const file = path.join(dir, 'answers-1m.csv');
  await writeCsv(file, 1_000_000);
  const size = fs.statSync(file).size;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const scan = await scanCsv(file, { batchSize: 10_000 });
  const scanned = performance.now();
  const mapping = suggestMapping('answers', scan.layout.headers);
  let rows = 0;
  let problems = 0;
  for await (const batch of streamCsvRecords('answers', file, scan, mapping, { batchSize: 10_000 })) {
    rows += batch.length;
    for (const row of batch) problems += row.problems.length;
  }
  const finished = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `csv 1M×12 (${Math.round(size / 2 ** 20)} MB): scan ${seconds(scanned - started)} s + map ${seconds(finished - scanned)} s = ${seconds(finished - started)} s, ` +
      `${rows} rows, ${problems} problems, peak RSS ${Math.round(peak / 2 ** 20)} MB sampled / ${Math.round(maxRss / 2 ** 20)} MB maxRSS (target < 500 MB)`,
  );
}

function writeXlsx(file: string): void {
  const rows: (string | number)[][] = [HEADERS];
  for (let i = 0; i < 100_000; i++) rows.push(dataRow(i));
  const sheet = XLSX.utils.aoa_to_sheet(rows, { dense: true });
  const data = sheet['!data'] as XLSX.CellObject[][];
  for (let r = 1; r < data.length; r++) {
    const date = data[r]?.[6];
    if (date) date.z = 'dd/mm/yyyy';
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Answers');
  // Shared strings, as Excel writes them.
  fs.writeFileSync(file, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer);
}

function sheetjsAlone(file: string, options: XLSX.ParsingOptions): number {
  const workbook = XLSX.read(fs.readFileSync(file), { type: 'buffer', ...options });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json(sheet, { header: 1 }).length;
}

async function ourPath(file: string): Promise<number> {
  const workbook = await readSpreadsheet(file);
  const sheet = workbook.sheets[0]!;
  const layout = detectLayout(sheet.rows, sheet.merges);
  const mapping = suggestMapping('answers', layout.headers);
  const { formats } = profileColumns(sheet.rows, layout, { file: workbook.file, sheet: sheet.name });
  let rows = 0;
  for (const row of mapSheetRows('answers', sheet, layout, mapping, { file: workbook.file, reading: { formats, date1904: workbook.date1904 } })) {
    if (row.record.indicator !== undefined) rows++;
  }
  return rows;
}

async function benchXlsx(): Promise<void> {
  const file = path.join(dir, 'answers-100k.xlsx');
  writeXlsx(file);
  const times = { defaults: [] as number[], dense: [] as number[], ours: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    sheetjsAlone(file, {});
    times.defaults.push(performance.now() - started);
    started = performance.now();
    sheetjsAlone(file, { dense: true });
    times.dense.push(performance.now() - started);
    started = performance.now();
    const rows = await ourPath(file);
    times.ours.push(performance.now() - started);
    if (rows !== 100_000) throw new Error(`mapped ${rows} rows instead of 100000`);
  }
  const [defaults, dense, ours] = [median(times.defaults), median(times.dense), median(times.ours)];
  console.log(
    `xlsx 100k×12 (${Math.round(fs.statSync(file).size / 2 ** 20)} MB, median of ${RUNS}): sheetjs ${seconds(defaults)} s, ` +
      `mrc read+layout+map ${seconds(ours)} s, ratio ${(ours / defaults).toFixed(2)} (target ≤ 1.5)`,
  );
  console.log(`xlsx 100k×12: sheetjs with dense rows ${seconds(dense)} s, ratio ${(ours / dense).toFixed(2)}`);
}

try {
  await benchCsv();
  await benchXlsx();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
