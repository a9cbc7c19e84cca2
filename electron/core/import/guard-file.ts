import * as XLSX from '@e965/xlsx';
import { z } from 'zod';
import { refuse } from './import-issue.js';
import type { SpreadsheetFormat } from './sheet-model.js';
import { readZipDirectory } from './zip-directory.js';

/**
 * Refuses, before any parsing, the files that would fail half-way or exhaust memory:
 * the person gets one clear reason and no partial result.
 */

const MB = 1024 * 1024;

export const ImportLimits = z.object({
  /** The declared uncompressed total of a zip (xlsx, ods), or the size of an xls. */
  maxUncompressedBytes: z.number().positive().default(200 * MB),
  /** Deflate rarely beats 100:1 on real sheets; zip bombs reach 1000:1. Same threshold as Apache POI. */
  maxCompressionRatio: z.number().positive().default(100),
  maxCells: z.number().int().positive().default(5_000_000),
});
export type ImportLimits = z.infer<typeof ImportLimits>;

export function resolveLimits(limits: Partial<ImportLimits> = {}): ImportLimits {
  return ImportLimits.parse(limits);
}

export function refuseTooManyCells(file: string, limit: number): never {
  refuse('too-many-cells', `"${file}" has more than ${limit.toLocaleString('en')} cells, the most one import takes. Split it into smaller files.`, {
    file,
  });
}

/** Entries smaller than this are not judged by their ratio: tiny XML parts compress absurdly well. */
const RATIO_FLOOR_BYTES = 1 * MB;

const EXTENSIONS = new Map<string, SpreadsheetFormat>([
  ['xlsx', 'xlsx'],
  ['xlsm', 'xlsx'],
  ['xls', 'xls'],
  ['ods', 'ods'],
  ['csv', 'csv'],
  ['tsv', 'csv'],
  ['txt', 'csv'],
]);

export function formatFromFileName(file: string): SpreadsheetFormat {
  const extension = /\.([^.\\/]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  return (
    EXTENSIONS.get(extension) ??
    refuse('unsupported-format', `"${file}" is not a spreadsheet this app reads: use .xlsx, .xls, .ods, .csv, .tsv or .txt.`, {
      file,
    })
  );
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Checks a workbook's bytes (xlsx, xls, ods) and throws an ImportRefusal when they must not be parsed. */
export function guardWorkbookBytes(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  const where = { file };
  if (bytes.length === 0) refuse('empty-file', `"${file}" is empty (0 bytes).`, where);
  if (startsWith(bytes, ZIP)) return guardZip(bytes, file, limits);
  if (startsWith(bytes, CFB)) return guardCompoundFile(bytes, file, limits);
  if (isExcelXmlOrHtml(bytes)) return;
  const hint = looksLikeText(bytes) ? ' It looks like a text file: if it holds comma-separated values, rename it to .csv.' : '';
  refuse('not-a-spreadsheet', `"${file}" is not an Excel or OpenDocument spreadsheet, whatever its name says.${hint}`, where);
}

function guardZip(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  const where = { file };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    refuse('corrupt-file', `"${file}" is damaged or incomplete: ${directory.reason}. Was the copy or download interrupted?`, where);
  }
  const names = new Set(directory.entries.map((entry) => entry.name));
  const isWorkbook = names.has('xl/workbook.xml') || names.has('xl/workbook.bin') || names.has('content.xml');
  if (!isWorkbook) {
    refuse('not-a-spreadsheet', `"${file}" is a zip archive but holds no workbook (is it a Word document or another archive?).`, where);
  }
  const total = directory.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    refuse(
      'too-large',
      `"${file}" would take ${formatSize(total)} once unpacked, more than the ${formatSize(limits.maxUncompressedBytes)} limit. Split it into smaller workbooks.`,
      where,
    );
  }
  for (const entry of directory.entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      refuse(
        'too-large',
        `"${file}" was refused: its part "${entry.name}" would expand ${Math.round(ratio)} times (limit ${limits.maxCompressionRatio}), as a zip bomb does.`,
        where,
      );
    }
  }
}

/** An encrypted xlsx is not a zip but a compound file holding EncryptionInfo and EncryptedPackage streams. */
function guardCompoundFile(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  const where = { file };
  if (bytes.length > limits.maxUncompressedBytes) {
    refuse('too-large', `"${file}" is ${formatSize(bytes.length)}, more than the ${formatSize(limits.maxUncompressedBytes)} limit.`, where);
  }
  let container: ReturnType<typeof XLSX.CFB.read>;
  try {
    container = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    refuse('corrupt-file', `"${file}" is damaged: ${(error as Error).message}.`, where);
  }
  if (XLSX.CFB.find(container, 'EncryptionInfo') || XLSX.CFB.find(container, 'EncryptedPackage')) {
    refuse('password-protected', `"${file}" is password-protected. Open it in Excel, remove the password, save, and import it again.`, where);
  }
  if (!XLSX.CFB.find(container, 'Workbook') && !XLSX.CFB.find(container, 'Book')) {
    refuse('not-a-spreadsheet', `"${file}" is an Office file but not a workbook (is it a Word or PowerPoint file?).`, where);
  }
}

/** Many "xls" downloads are really SpreadsheetML 2003 or HTML tables, which SheetJS reads. */
function isExcelXmlOrHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (!head.startsWith('<')) return false;
  return head.includes('urn:schemas-microsoft-com:office:spreadsheet') || head.includes('<table');
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}

function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
