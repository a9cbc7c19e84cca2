import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RawRow } from '../../../../shared/records';
import { MrcError } from '../../../../shared/errors';
import { formatFromFileName, type ImportLimits } from './guard-file';
import { scanCsv, type CsvScan } from './scan-csv';
import { readCsvBatches } from './read-csv';
import { parseFileInWorker } from './parse-in-worker';
import type { ParsedWorkbook, ReadProgress, SpreadsheetFormat } from '../sheet-model';

/** Rows of a streamed CSV kept for the preview: enough for titles, the header and a page of data. */
const CSV_PREVIEW_ROWS = 200;

/**
 * A file the user opened for import. Workbooks are held parsed; a CSV is held as its scan and first
 * rows, and is streamed again when staged, so a file of a million rows is never in memory whole.
 */
export type ImportSource =
  | { type: 'workbook'; workbook: ParsedWorkbook }
  | { type: 'csv'; scan: CsvScan; head: RawRow[] };

export interface ImportSession {
  id: string;
  submissionId: string;
  path: string;
  fileName: string;
  sha256: string;
  size: number;
  format: SpreadsheetFormat;
  source: ImportSource;
}

export interface OpenOptions {
  limits?: Partial<ImportLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function csvHead(file: string, scan: CsvScan): Promise<RawRow[]> {
  const head: RawRow[] = [];
  for await (const batch of readCsvBatches(file, scan.dialect, { batchSize: CSV_PREVIEW_ROWS, limits: scan.limits })) {
    head.push(...batch.rows);
    if (head.length >= CSV_PREVIEW_ROWS) break;
  }
  return head.slice(0, CSV_PREVIEW_ROWS);
}

export async function openImportFile(submissionId: string, file: string, options: OpenOptions = {}): Promise<ImportSession> {
  const fileName = path.basename(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    const reason = (error as Error).message;
    throw new MrcError('file-unreadable', `"${fileName}" could not be opened: ${reason}.`, { where: { file: fileName }, detail: 'file-unreadable.open', params: { file: fileName, reason } });
  }
  const format = formatFromFileName(fileName);
  const source: ImportSource =
    format === 'csv'
      ? await (async () => {
          const scan = await scanCsv(file, options);
          return { type: 'csv' as const, scan, head: await csvHead(file, scan) };
        })()
      : { type: 'workbook', workbook: await parseFileInWorker(file, { limits: options.limits ?? {} }, options) };
  return { id: randomUUID(), submissionId, path: file, fileName, sha256: await sha256Of(file), size, format, source };
}

export function sheetsOf(session: ImportSession): { name: string; rowCount: number }[] {
  if (session.source.type === 'csv') return [{ name: session.source.scan.sheet, rowCount: session.source.scan.rowCount }];
  return session.source.workbook.sheets.map((s) => ({ name: s.name, rowCount: s.rowCount }));
}

/** Open files by session id; a session ends when its file is staged or the app closes. */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  add(session: ImportSession): void {
    this.sessions.set(session.id, session);
  }

  get(id: string): ImportSession {
    const session = this.sessions.get(id);
    if (!session) throw new MrcError('unknown-session', 'This file is no longer open for import: choose it again.');
    return session;
  }
}
