import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportIssue, RawRow } from '../../../../shared/records.js';
import { CsvBoundExceeded, CsvTokenizer } from './csv-tokenizer.js';
import { CsvTextRemarks } from './csv-text-remarks.js';
import { CsvTextDecoder, LineTooLong, type TextPiece } from './decode-csv-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { detectEncoding } from './detect-encoding.js';
import { refuseTooManyCells, resolveLimits, type ImportLimits } from './guard-file.js';
import { columnLetter, formatSize, groupThousands, ImportRefusal, issue, refuse } from '../import-issue.js';
import { Delimiter, type CsvDialect, type ParsedWorkbook, type ReadProgress } from '../sheet-model.js';

/**
 * Streams a CSV/TSV file: never the whole file nor all its rows in memory, so a million-row
 * file imports in constant memory. Rows come in batches, numbered as a spreadsheet would.
 */

/** The lines of the first megabyte vote on the encoding, and show the delimiter. */
const SAMPLE_BYTES = 1024 * 1024;
/** Small chunks keep each decoded string out of V8's large-object space, which only full GCs free. */
const CHUNK_BYTES = 64 * 1024;
/** Text read into rows before a batch is handed on, however few rows it makes. */
const BATCH_CHARS = 16 * 1024 * 1024;
const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

export interface CsvBatch {
  rows: RawRow[];
  /** The spreadsheet row number of rows[0]. */
  firstRowNumber: number;
  bytesRead: number;
  totalBytes: number;
  /** Problems of rows of this batch found while reading them (a line in another encoding), by row. */
  rowIssues: ImportIssue[];
}

export interface CsvReadOptions {
  batchSize?: number;
  signal?: AbortSignal;
  limits?: Partial<ImportLimits>;
  /** Called once the end is reached, with the remarks about the file as a whole. */
  onIssue?: (issue: ImportIssue) => void;
}

/** Reads the first bytes to choose the encoding and delimiter; refuses empty and binary files. */
export async function detectCsvDialect(path: string): Promise<CsvDialect> {
  const file = basename(path);
  const head = await readHead(path, file);
  if (head.length === 0) refuse('empty-file', `"${file}" is empty (0 bytes).`, { file }, { file });
  const { encoding } = detectEncoding(head);
  if (!encoding.startsWith('utf-16') && looksBinary(head)) {
    const isWorkbook = head[0] === 0x50 && head[1] === 0x4b;
    const hint = isWorkbook ? ' It looks like an Excel or OpenDocument workbook: give it its .xlsx or .ods name.' : '';
    refuse('not-a-spreadsheet', `"${file}" is not a text file of values: it holds binary data.${hint}`, { file }, { file }, isWorkbook ? 'not-a-spreadsheet.binary-workbook' : 'not-a-spreadsheet.binary-text');
  }
  const sample = new TextDecoder(encoding).decode(head);
  if (sample.trim() === '') refuse('empty-file', `"${file}" holds no values, only blank space.`, { file }, { file }, 'empty-file.blank');
  // Excel honours a first line "sep=;" that names the delimiter.
  const declared = EXCEL_SEPARATOR_LINE.exec(sample)?.[1];
  return { encoding, delimiter: declared ? Delimiter.parse(declared) : detectDelimiter(sample) };
}

const BINARY_MAGIC = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x1f, 0x8b]];

/**
 * A workbook, a PDF or an image renamed .csv, or bytes that are mostly control characters. A stray
 * NUL in text is not enough: the reader removes it and says so.
 */
function looksBinary(head: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => magic.every((byte, i) => head[i] === byte))) return true;
  let controls = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  return controls > Math.max(8, head.length * 0.01);
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
    refuseUnopened(file, error);
  }
}

/** The system's own reason (a permission, a missing file) is kept as it is: it is the system's word, not ours. */
function refuseUnopened(file: string, error: unknown): never {
  const reason = (error as Error).message;
  refuse('file-unreadable', `"${file}" could not be opened: ${reason}.`, { file }, { file, reason }, 'file-unreadable.open');
}

export async function* readCsvBatches(path: string, dialect: CsvDialect, options: CsvReadOptions = {}): AsyncGenerator<CsvBatch> {
  const batchSize = options.batchSize ?? 5000;
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const decoder = new CsvTextDecoder(dialect.encoding, limits.maxRowBytes);
  const tokenizer = new CsvTokenizer(dialect.delimiter, { maxFieldChars: limits.maxCellBytes, maxRowChars: limits.maxRowBytes, maxRowCells: limits.maxRowCells });
  const remarks = new CsvTextRemarks(file, dialect.encoding);
  const totalBytes = await fileSize(path, file);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let pending: RawRow[] = [];
  let pendingChars = 0;
  let nextRowNumber = 1;
  let bytesRead = 0;

  const feed = (pieces: readonly TextPiece[]): void => {
    for (const piece of pieces) {
      remarks.feed(piece, tokenizer, pending);
      pendingChars += piece.text.length;
    }
  };
  // Batches are cut by rows, and by text too: a few rows of megabytes each are a batch on their own.
  const takeBatches = function* (final: boolean): Generator<CsvBatch> {
    while (pending.length >= batchSize || (pending.length > 0 && (final || pendingChars > BATCH_CHARS))) {
      const rows = pending.length > batchSize ? pending.slice(0, batchSize) : pending;
      pending = pending.length > batchSize ? pending.slice(batchSize) : [];
      if (pending.length === 0) pendingChars = 0;
      const rowIssues = remarks.takeRowIssues(nextRowNumber + rows.length - 1);
      yield { rows, firstRowNumber: nextRowNumber, bytesRead, totalBytes, rowIssues };
      nextRowNumber += rows.length;
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (options.signal?.aborted) refuse('cancelled', `Reading "${file}" was cancelled.`, { file }, { file });
      bytesRead += chunk.length;
      feed(decoder.decode(chunk));
      yield* takeBatches(false);
    }
    feed(decoder.end());
    tokenizer.end(pending);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if (error instanceof CsvBoundExceeded) refuseBound(file, error, limits);
    if (error instanceof LineTooLong) refuseLongLine(file, tokenizer.rowInProgress, limits);
    // The system's reason (a disk error, a permission) helps; any other error's text would not.
    const reason = (error as NodeJS.ErrnoException).code ? (error as Error).message : '';
    refuse(
      'file-unreadable',
      `"${file}" could not be read${reason ? `: ${reason}` : ''}. Check that it is still there and readable, then import it again.`,
      { file },
      { file, reason },
      'file-unreadable.read',
    );
  } finally {
    stream.destroy();
  }
  yield* takeBatches(true);
  if (tokenizer.unclosedQuoteRow !== null) {
    const row = tokenizer.unclosedQuoteRow;
    options.onIssue?.(
      issue(
        'unclosed-quote',
        `Row ${row} of "${file}" opens a quote (") that is never closed, so everything after it was read as one cell. Close the quote and import again.`,
        { file, row },
        { file, row },
      ),
    );
  }
  for (const issue of remarks.fileIssues()) options.onIssue?.(issue);
}

function refuseBound(file: string, error: CsvBoundExceeded, limits: ImportLimits): never {
  const where = { file, row: error.row, column: columnLetter(error.column) };
  const quote = error.quoted ? ' A quote (") opens there and is probably never closed: close it.' : '';
  if (error.bound === 'cells') {
    refuse(
      'too-many-cells',
      `Row ${error.row} of "${file}" has more than ${groupThousands(limits.maxRowCells)} cells, more than a spreadsheet has columns. ` +
        'Check that the file is a table of values, with one record per line.',
      { file, row: error.row },
      { file, row: error.row, limit: limits.maxRowCells },
      'too-many-cells.row',
    );
  }
  if (error.bound === 'field') {
    refuse(
      'too-large',
      `Row ${error.row}, column ${where.column} of "${file}" holds a value longer than ${formatSize(limits.maxCellBytes)}, longer than any answer, law or citation.${quote} ` +
        'Check that the file is a table of values, then import it again.',
      where,
      { file, row: error.row, column: where.column, limitBytes: limits.maxCellBytes },
      error.quoted ? 'too-large.csv-cell-quote' : 'too-large.csv-cell',
    );
  }
  refuse(
    'too-large',
    `Row ${error.row} of "${file}" holds more than ${formatSize(limits.maxRowBytes)} of text.${quote} Check that the file is a table of values, with one record per line.`,
    { file, row: error.row },
    { file, row: error.row, limitBytes: limits.maxRowBytes },
    error.quoted ? 'too-large.csv-row-quote' : 'too-large.csv-row',
  );
}

function refuseLongLine(file: string, row: number, limits: ImportLimits): never {
  refuse(
    'too-large',
    `Row ${row} of "${file}" runs on for more than ${formatSize(limits.maxRowBytes)} without a line break: this is not a table of values. ` +
      'Check the file, or export it again from the program that made it.',
    { file, row },
    { file, row, limitBytes: limits.maxRowBytes },
    'too-large.csv-line',
  );
}

/** A CSV file is one sheet, named after the file as Excel names it. */
export function csvSheetName(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

async function fileSize(path: string, file: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    refuseUnopened(file, error);
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
  const reading = { signal: options.signal, limits: options.limits, onIssue: (issue: ImportIssue) => issues.push(issue) };
  for await (const batch of readCsvBatches(path, dialect, reading)) {
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
