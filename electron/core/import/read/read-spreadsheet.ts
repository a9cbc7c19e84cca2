import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatFromFileName, type ImportLimits } from './guard-file.js';
import { refuse } from '../import-issue.js';
import { readCsvFile } from './read-csv.js';
import { readWorkbook } from './read-workbook.js';
import type { ParsedWorkbook, ReadProgress } from '../sheet-model.js';

export interface ReadSpreadsheetOptions {
  limits?: Partial<ImportLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/** Reads any supported file, chosen by its extension, into sheets of raw cells. Throws ImportRefusal. */
export async function readSpreadsheet(path: string, options: ReadSpreadsheetOptions = {}): Promise<ParsedWorkbook> {
  const file = basename(path);
  const format = formatFromFileName(file);
  if (format === 'csv') return readCsvFile(path, options);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as Error).message;
    refuse('file-unreadable', `"${file}" could not be opened: ${reason}.`, { file }, { file, reason }, 'file-unreadable.open');
  }
  if (options.signal?.aborted) refuse('cancelled', `Reading "${file}" was cancelled.`, { file }, { file });
  return await readWorkbook(bytes, { file, format, limits: options.limits, onProgress: options.onProgress });
}
