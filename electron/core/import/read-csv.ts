import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportIssue, RawRow } from '../../../shared/records.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { detectDelimiter } from './detect-delimiter.js';
import { detectEncoding } from './detect-encoding.js';
import { refuseTooManyCells, resolveLimits, type ImportLimits } from './guard-file.js';
import { ImportRefusal, refuse } from './import-issue.js';
import { Delimiter, type CsvDialect, type ParsedWorkbook, type ReadProgress } from './sheet-model.js';

/**
 * Streams a CSV/TSV file: never the whole file nor all its rows in memory, so a million-row
 * file imports in constant memory. Rows come in batches, numbered as a spreadsheet would.
 */

/** Enough to meet the first accented letter of most files, which is what decides the encoding. */
const SAMPLE_BYTES = 1024 * 1024;
/** Small chunks keep each decoded string out of V8's large-object space, which only full GCs free. */
const CHUNK_BYTES = 64 * 1024;
const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

export interface CsvBatch {
  rows: RawRow[];
  /** The spreadsheet row number of rows[0]. */
  firstRowNumber: number;
  bytesRead: number;
  totalBytes: number;
}

export interface CsvReadOptions {
  batchSize?: number;
  signal?: AbortSignal;
  /** Called once the end is reached, with the remarks about the file as a whole. */
  onIssue?: (issue: ImportIssue) => void;
}

/** Reads the first bytes to choose the encoding and delimiter; refuses empty and binary files. */
export async function detectCsvDialect(path: string): Promise<CsvDialect> {
  const file = basename(path);
  const head = await readHead(path, file);
  if (head.length === 0) refuse('empty-file', `"${file}" is empty (0 bytes).`, { file });
  const { encoding } = detectEncoding(head);
  if (!encoding.startsWith('utf-16') && head.includes(0)) {
    const isWorkbook = head[0] === 0x50 && head[1] === 0x4b;
    const hint = isWorkbook ? ' It looks like an Excel or OpenDocument workbook: give it its .xlsx or .ods name.' : '';
    refuse('not-a-spreadsheet', `"${file}" is not a text file of values: it holds binary data.${hint}`, { file });
  }
  const sample = new TextDecoder(encoding).decode(head);
  if (sample.trim() === '') refuse('empty-file', `"${file}" holds no values, only blank space.`, { file });
  // Excel honours a first line "sep=;" that names the delimiter.
  const declared = EXCEL_SEPARATOR_LINE.exec(sample)?.[1];
  return { encoding, delimiter: declared ? Delimiter.parse(declared) : detectDelimiter(sample) };
}

async function readHead(path: string, file: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(SAMPLE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    refuse('file-unreadable', `"${file}" could not be opened: ${(error as Error).message}.`, { file });
  }
}

export async function* readCsvBatches(path: string, dialect: CsvDialect, options: CsvReadOptions = {}): AsyncGenerator<CsvBatch> {
  const batchSize = options.batchSize ?? 5000;
  const file = basename(path);
  const decoder = new TextDecoder(dialect.encoding);
  const tokenizer = new CsvTokenizer(dialect.delimiter);
  const totalBytes = await fileSize(path, file);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let pending: RawRow[] = [];
  let nextRowNumber = 1;
  let bytesRead = 0;
  let undecodableRow: number | null = null;

  const takeBatches = function* (final: boolean): Generator<CsvBatch> {
    while (pending.length >= batchSize || (final && pending.length > 0)) {
      const rows = pending.length > batchSize ? pending.slice(0, batchSize) : pending;
      pending = pending.length > batchSize ? pending.slice(batchSize) : [];
      yield { rows, firstRowNumber: nextRowNumber, bytesRead, totalBytes };
      nextRowNumber += rows.length;
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (options.signal?.aborted) refuse('cancelled', `Reading "${file}" was cancelled.`, { file });
      bytesRead += chunk.length;
      const text = decoder.decode(chunk, { stream: true });
      // The encoding was guessed from the first megabyte; a byte it cannot decode further on is reported.
      if (undecodableRow === null && text.includes('\uFFFD')) undecodableRow = nextRowNumber + pending.length;
      tokenizer.push(text, pending);
      yield* takeBatches(false);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    refuse('file-unreadable', `"${file}" could not be read: ${(error as Error).message}.`, { file });
  } finally {
    stream.destroy();
  }
  tokenizer.push(decoder.decode(), pending);
  tokenizer.end(pending);
  yield* takeBatches(true);
  if (tokenizer.unclosedQuoteRow !== null) {
    options.onIssue?.({
      code: 'unclosed-quote',
      message: `Row ${tokenizer.unclosedQuoteRow} of "${file}" opens a quote (") that is never closed, so everything after it was read as one cell. Close the quote and import again.`,
      where: { file, row: tokenizer.unclosedQuoteRow },
    });
  }
  if (undecodableRow !== null) {
    options.onIssue?.({
      code: 'undecodable-text',
      message: `From about row ${undecodableRow}, "${file}" holds bytes that are not valid ${dialect.encoding}; they show as �. Save the file as UTF-8 and import it again.`,
      where: { file, row: undecodableRow },
    });
  }
}

/** A CSV file is one sheet, named after the file as Excel names it. */
export function csvSheetName(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

async function fileSize(path: string, file: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    refuse('file-unreadable', `"${file}" could not be opened: ${(error as Error).message}.`, { file });
  }
}

export interface CsvFileOptions {
  limits?: Partial<ImportLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads a whole CSV file as a one-sheet workbook, for previews and ordinary files; a file past the
 * cell limit is refused (stream it with readCsvBatches instead).
 */
export async function readCsvFile(path: string, options: CsvFileOptions = {}): Promise<ParsedWorkbook> {
  const file = basename(path);
  const { maxCells } = resolveLimits(options.limits);
  const dialect = await detectCsvDialect(path);
  const rows: RawRow[] = [];
  const issues: ImportIssue[] = [];
  let cells = 0;
  let columnCount = 0;
  for await (const batch of readCsvBatches(path, dialect, { signal: options.signal, onIssue: (issue) => issues.push(issue) })) {
    for (const row of batch.rows) {
      rows.push(row);
      cells += row.length;
      if (row.length > columnCount) columnCount = row.length;
    }
    if (cells > maxCells) refuseTooManyCells(file, maxCells);
    options.onProgress?.({ phase: 'reading', rowsRead: rows.length, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes });
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  const name = csvSheetName(file);
  return {
    file,
    format: 'csv',
    date1904: false,
    csv: dialect,
    sheets: [{ name, rows, rowCount: rows.length, columnCount, merges: [] }],
    issues,
  };
}
