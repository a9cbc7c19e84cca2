// Hostile files, each read the way `imports.open` reads it, in a child process of its own so that its
// time and peak memory are its own. Prints figures, asserts nothing.
//   npm run bench -- hostile
// Target for each: refused within 10 s, peak RSS under 500 MB. Reference in the same run: SheetJS
// alone reading the xlsx that holds one huge cell (which once took 1.4 GB through our reader too).
import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanCsv } from '../../electron/core/import/read/scan-csv.js';
import { ImportRefusal } from '../../electron/core/import/import-issue.js';
import { readSpreadsheet } from '../../electron/core/import/read/read-spreadsheet.js';
import { buildZip } from '../unit/import/build-fixtures.js';

const MB = 1024 * 1024;
const TARGET_MS = 10_000;
const TARGET_RSS_MB = 500;

interface ChildReport {
  outcome: string;
  ms: number;
  maxRssMb: number;
}

/** In the child: read one file as the app opens it (a CSV is scanned; a workbook read whole), then report. */
async function readAsTheAppDoes(file: string, sheetjsAlone: boolean): Promise<void> {
  const started = performance.now();
  let outcome: string;
  try {
    if (sheetjsAlone) {
      const workbook = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
      outcome = `read, ${workbook.SheetNames.length} sheet(s)`;
    } else if (file.endsWith('.csv')) {
      outcome = `read, ${(await scanCsv(file)).rowCount} rows`;
    } else {
      outcome = `read, ${(await readSpreadsheet(file)).sheets.length} sheet(s)`;
    }
  } catch (error) {
    outcome = error instanceof ImportRefusal ? `refused (${error.code}): ${error.message}` : `failed: ${(error as Error).message}`;
  }
  const report: ChildReport = { outcome, ms: performance.now() - started, maxRssMb: peakRssMb() };
  process.stdout.write(JSON.stringify(report));
}

/**
 * The child's own peak. On Linux getrusage's maxRSS survives exec, so a child spawned by a big
 * parent reports the parent's size; the kernel's high-water mark of this process's memory does not.
 */
function peakRssMb(): number {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '';
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return Math.round((hwm ? Number(hwm) : process.resourceUsage().maxRSS) / 1024);
}

function measure(file: string, sheetjsAlone = false): ChildReport & { wallMs: number } {
  const started = performance.now();
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), sheetjsAlone ? '--sheetjs-child' : '--child', file];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * MB });
  const wallMs = performance.now() - started;
  if (child.status !== 0) return { outcome: `crashed (exit ${child.status}): ${child.stderr.split('\n').slice(0, 3).join(' ')}`, ms: wallMs, maxRssMb: -1, wallMs };
  return { ...(JSON.parse(child.stdout) as ChildReport), wallMs };
}

/** Writes a file of about `bytes` from a head and a repeated body, streamed: the bench itself stays small. */
async function writeRepeated(file: string, head: string, unit: string, bytes: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const block = unit.repeat(Math.max(1, Math.floor(MB / unit.length)));
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write(head);
  for (let written = head.length; written < bytes; written += block.length) await write(block);
  await new Promise((resolve) => out.end(resolve));
}

const WORDS = 'law migrant worker right treaty article section equal treatment wages social security family residence permit court'.split(' ');

/** A minimal xlsx whose one sheet holds a cell of `bytes` of prose: compresses about 4:1, as real text does. */
function writeHugeCellXlsx(file: string, bytes: number): void {
  let seed = 7;
  const words: string[] = [];
  for (let length = 0; length < bytes; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const word = `${WORDS[seed % WORDS.length]}${seed % 97} `;
    words.push(word);
    length += word.length;
  }
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Excerpt</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${words.join('')}</t></is></c></row></sheetData></worksheet>`;
  fs.writeFileSync(file, workbookZip(Buffer.from(sheet)));
}

function workbookZip(sheet: Buffer, declaredSize?: number): Buffer {
  const ns = 'http://schemas.openxmlformats.org';
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(`<Types xmlns="${ns}/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Laws" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

async function bench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-bench-hostile-'));
  try {
    const files = {
      'csv, 200 MB on one line': path.join(dir, 'one-line.csv'),
      'csv, one field of 200 MB': path.join(dir, 'one-field.csv'),
      'csv, a quote never closed over 200 MB': path.join(dir, 'open-quote.csv'),
      'xlsx, one cell of 65 MB': path.join(dir, 'huge-cell.xlsx'),
      'xlsx, 256 MB declared as 1 KB': path.join(dir, 'lying-bomb.xlsx'),
    };
    await writeRepeated(files['csv, 200 MB on one line'], 'Law,Article,Note\n', 'Labour Code,Art. 1,', 200 * MB);
    await writeRepeated(files['csv, one field of 200 MB'], '', 'x', 200 * MB);
    await writeRepeated(files['csv, a quote never closed over 200 MB'], 'Law,Article\nLabour Code,"Art. 1\n', 'more text, art. 12\n', 200 * MB);
    writeHugeCellXlsx(files['xlsx, one cell of 65 MB'], 65 * MB);
    const rows = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat((256 * MB) / 40));
    fs.writeFileSync(files['xlsx, 256 MB declared as 1 KB'], workbookZip(Buffer.concat([Buffer.from('<worksheet><sheetData>'), rows, Buffer.from('</sheetData></worksheet>')]), 1024));

    for (const [name, file] of Object.entries(files)) {
      const size = Math.round(fs.statSync(file).size / MB);
      const run = measure(file);
      const within = run.wallMs < TARGET_MS && run.maxRssMb >= 0 && run.maxRssMb < TARGET_RSS_MB && run.outcome.startsWith('refused');
      console.log(
        `${name} (${size} MB file): ${run.outcome.slice(0, 140)}\n` +
          `  refused after ${(run.ms / 1000).toFixed(2)} s (${(run.wallMs / 1000).toFixed(2)} s with process start), peak RSS ${run.maxRssMb} MB ` +
          `— target < ${TARGET_MS / 1000} s and < ${TARGET_RSS_MB} MB: ${within ? 'met' : 'MISSED'}`,
      );
    }
    const reference = measure(files['xlsx, one cell of 65 MB'], true);
    console.log(
      `reference: SheetJS alone on the 65 MB cell: ${reference.outcome.slice(0, 60)} in ${(reference.ms / 1000).toFixed(2)} s, peak RSS ${reference.maxRssMb} MB`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child' || process.argv[2] === '--sheetjs-child') await readAsTheAppDoes(process.argv[3]!, process.argv[2] === '--sheetjs-child');
else await bench();
