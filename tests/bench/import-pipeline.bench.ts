// Import pipeline figures for the import issue, each against its named reference, measured in the same run:
//  1. a 100,000-row × 12-column XLSX, file to committed rows, vs SheetJS alone parsing the same file (target ≤ 1.5×);
//  2. committing 100,000 staged rows vs a bare better-sqlite3 prepared insert of the same rows in one transaction (target ≥ 0.7× its rate);
//  3. a 1,000,000-row CSV imported whole (open, stage, commit) with its peak memory (target < 500 MB), in a child process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as XLSX from '@e965/xlsx';
import { createApi, type ApiHandlers } from '../../electron/core/api';
import { openWorkspace } from '../../electron/core/workspace/workspace';

const HEADERS = ['Type', 'Title', 'Article', 'Date', 'Link', 'Excerpt', 'Migrants concerned', 'Indicators', 'Ministry', 'Region', 'Reviewed by', 'Remarks'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-bench-import-'));
const seconds = (ms: number) => (ms / 1000).toFixed(2);

function lawRow(i: number): (string | number)[] {
  return [
    i % 3 === 0 ? 'practice' : 'law',
    `Act on the employment of foreign workers no. ${i}`,
    `art. ${(i % 97) + 1}`,
    `20${String(10 + (i % 15)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`,
    `https://example.org/laws/${i}`,
    `Section ${i % 40} provides equal treatment in wages and social security for migrant workers.`,
    i % 2 ? 'migrant workers' : 'domestic workers',
    `SS-0${(i % 6) + 1}`,
    'Ministry of Labour',
    ['North', 'South', 'East', 'West'][i % 4]!,
    'Reviewer A',
    i % 5 ? '' : 'check the amended version',
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function fileToCommitted(file: string): Promise<{ total: number; commit: number; committed: number }> {
  const wsDir = fs.mkdtempSync(path.join(dir, 'ws-'));
  const ws = openWorkspace(wsDir);
  const api: ApiHandlers = createApi(ws);
  const { id } = await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 });
  const started = performance.now();
  const opened = await api['imports.open']({ submissionId: id, path: file });
  const sheet = opened.sheets[0]!.name;
  const preview = await api['imports.preview']({ session: opened.session, sheet, kind: 'evidence' });
  const staged = await api['imports.stage']({ session: opened.session, sheet, kind: 'evidence', mapping: preview.mapping });
  const commitStarted = performance.now();
  const summary = await api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
  const ended = performance.now();
  ws.close();
  fs.rmSync(wsDir, { recursive: true, force: true });
  return { total: ended - started, commit: ended - commitStarted, committed: summary.counts.committed };
}

function bareInsert(rows: (string | number)[][]): number {
  const db = new Database(path.join(dir, `bare-${Date.now()}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE evidence (id INTEGER PRIMARY KEY, submission_id TEXT, type TEXT, title TEXT, citation TEXT, date TEXT, url TEXT,
    excerpt TEXT, categories TEXT, indicators TEXT, import_id TEXT, source_row INTEGER, UNIQUE (submission_id, type, title, citation))`);
  const insert = db.prepare(
    'INSERT INTO evidence (submission_id, type, title, citation, date, url, excerpt, categories, indicators, import_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const started = performance.now();
  db.transaction(() => {
    rows.forEach((r, i) => insert.run('s', r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], 'i', i + 2));
  })();
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

async function xlsxFigures(): Promise<void> {
  const rows = Array.from({ length: 100_000 }, (_, i) => lawRow(i));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADERS, ...rows]), 'Laws');
  const file = path.join(dir, 'laws-100k.xlsx');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);

  const sheetjs: number[] = [];
  const mrc: { total: number; commit: number; committed: number }[] = [];
  const bare: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const parsed = XLSX.read(fs.readFileSync(file));
    XLSX.utils.sheet_to_json(parsed.Sheets[parsed.SheetNames[0]!]!, { header: 1 });
    sheetjs.push(performance.now() - started);
    mrc.push(await fileToCommitted(file));
    bare.push(bareInsert(rows));
  }
  const reference = median(sheetjs);
  const ours = median(mrc.map((m) => m.total));
  console.log(
    `xlsx 100k×12 file to committed rows: SheetJS alone parsing ${seconds(reference)} s, mrc open+stage+commit ${seconds(ours)} s, ratio ${(ours / reference).toFixed(2)} (target ≤ 1.5); ${mrc[0]!.committed} rows committed`,
  );
  const commit = median(mrc.map((m) => m.commit));
  const bareMs = median(bare);
  console.log(
    `commit 100k staged rows: ${seconds(commit)} s (${Math.round(100_000 / (commit / 1000))} rows/s), bare prepared insert ${seconds(bareMs)} s (${Math.round(100_000 / (bareMs / 1000))} rows/s), rate ratio ${(bareMs / commit).toFixed(2)} (target ≥ 0.7)`,
  );
}

function csvFigures(): void {
  const file = path.join(dir, 'laws-1m.csv');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, `${HEADERS.join(',')}\n`);
  for (let start = 0; start < 1_000_000; start += 10_000) {
    const chunk: string[] = [];
    for (let i = start; i < start + 10_000; i++) chunk.push(lawRow(i).map((v) => `"${String(v)}"`).join(','));
    fs.writeSync(out, `${chunk.join('\n')}\n`);
  }
  fs.closeSync(out);
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--csv-child', file], { encoding: 'utf8' });
  process.stdout.write(child.stdout);
  if (child.status !== 0) process.stderr.write(child.stderr);
}

async function csvChild(file: string): Promise<void> {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const result = await fileToCommitted(file);
  clearInterval(sampler);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `csv 1M×12 (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) open+stage+commit: ${seconds(result.total)} s, ${result.committed} rows committed, peak RSS ${(Math.max(peak, maxRss) / 1e6).toFixed(0)} MB (target < 500 MB)`,
  );
}

if (process.argv[2] === '--csv-child') {
  await csvChild(process.argv[3]!);
} else {
  await xlsxFigures();
  csvFigures();
  fs.rmSync(dir, { recursive: true, force: true });
}
