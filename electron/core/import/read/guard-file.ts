import * as XLSX from '@e965/xlsx';
import { z } from 'zod';
import { formatSize, groupThousands, refuse } from '../import-issue.js';
import { inspectZipWorkbook, refuseProtected } from './inspect-zip-workbook.js';
import { longestTextOf } from './scan-xml-part.js';
import type { SpreadsheetFormat } from '../sheet-model.js';
import { readZipDirectory } from '../../zip';

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
  /**
   * One cell's text. Excel holds at most 32,767 characters in a cell; a hostile file holds one of
   * 65 MB, which SheetJS would copy many times over (1.4 GB for one such cell).
   */
  maxCellBytes: z.number().int().positive().default(1 * MB),
  /** One row of a CSV: many cells of the largest size are no row of answers either. */
  maxRowBytes: z.number().int().positive().default(8 * MB),
  /** Cells in one row of a CSV; Excel's widest sheet has 16,384 columns. */
  maxRowCells: z.number().int().positive().default(16_384),
});
export type ImportLimits = z.infer<typeof ImportLimits>;

export function resolveLimits(limits: Partial<ImportLimits> = {}): ImportLimits {
  return ImportLimits.parse(limits);
}

export function refuseTooManyCells(file: string, limit: number): never {
  refuse('too-many-cells', `"${file}" has more than ${groupThousands(limit)} cells, the most one import takes. Split it into smaller files.`, { file }, { file, limit });
}

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
    refuse('unsupported-format', `"${file}" is not a spreadsheet this app reads: use .xlsx, .xls, .ods, .csv, .tsv or .txt.`, { file }, { file })
  );
}

/** Declared entries smaller than this are not judged by their ratio: tiny XML parts compress absurdly well. */
const RATIO_FLOOR_BYTES = 1 * MB;
const WORKBOOK_PART = /^(?:xl\/workbook\.(?:xml|bin)|content\.xml)$/;
const DAMAGED_WORKBOOK_PART = /^(?:xl\/worksheets\/.+|mimetype|META-INF\/manifest\.xml)$/;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** How a workbook's bytes are held, and what the reading must know about them. */
export type WorkbookContainer =
  | { kind: 'zip'; hasFormulas: boolean }
  | { kind: 'compound' }
  /** An HTML table or SpreadsheetML 2003 saved as .xls: text whose values SheetJS must not interpret. */
  | { kind: 'markup'; html: boolean };

/** Checks a workbook's bytes (xlsx, xls, ods) and throws an ImportRefusal when they must not be parsed. */
export async function guardWorkbookBytes(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<WorkbookContainer> {
  const where = { file };
  if (bytes.length === 0) refuse('empty-file', `"${file}" is empty (0 bytes).`, where, { file });
  if (startsWith(bytes, ZIP)) return { kind: 'zip', hasFormulas: await guardZip(bytes, file, limits) };
  if (startsWith(bytes, CFB)) {
    guardCompoundFile(bytes, file, limits);
    return { kind: 'compound' };
  }
  const markup = markupKind(bytes);
  if (markup) {
    guardMarkup(bytes, file, limits);
    return { kind: 'markup', html: markup === 'html' };
  }
  const text = looksLikeText(bytes);
  const hint = text ? ' It looks like a text file: if it holds comma-separated values, rename it to .csv.' : '';
  refuse('not-a-spreadsheet', `"${file}" is not an Excel or OpenDocument spreadsheet, whatever its name says.${hint}`, where, { file }, text ? 'not-a-spreadsheet.text' : undefined);
}

/** Returns whether a worksheet holds formulas. */
async function guardZip(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<boolean> {
  const where = { file };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    refuse('corrupt-file', `"${file}" is damaged or incomplete: ${directory.reason}. Was the copy or download interrupted?`, where, { file, reason: directory.reason }, 'corrupt-file.zip');
  }
  const names = directory.entries.map((entry) => entry.name);
  const holdsWorkbook = names.some((name) => WORKBOOK_PART.test(name));
  // A workbook missing its main part is damaged, not another kind of file: the inspection says which.
  const lookslikeWorkbook = holdsWorkbook || names.some((name) => DAMAGED_WORKBOOK_PART.test(name));
  const notAWorkbook = (): never =>
    refuse('not-a-spreadsheet', `"${file}" is a zip archive but holds no workbook (is it a Word document or another archive?).`, where, { file }, 'not-a-spreadsheet.zip-without-workbook');
  if (!lookslikeWorkbook) notAWorkbook();
  const total = directory.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    refuse(
      'too-large',
      `"${file}" would take ${formatSize(total)} once unpacked, more than the ${formatSize(limits.maxUncompressedBytes)} limit. Split it into smaller workbooks.`,
      where,
      { file, sizeBytes: total, limitBytes: limits.maxUncompressedBytes },
      'too-large.unpacked',
    );
  }
  for (const entry of directory.entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      refuse(
        'too-large',
        `"${file}" was refused: its part "${entry.name}" would expand ${Math.round(ratio)} times (limit ${limits.maxCompressionRatio}), as a zip bomb does.`,
        where,
        { file, part: entry.name, ratio: Math.round(ratio), limit: limits.maxCompressionRatio },
        'too-large.zip-bomb',
      );
    }
  }
  const facts = await inspectZipWorkbook(bytes, directory.entries, file, limits);
  if (!holdsWorkbook) notAWorkbook();
  return facts.hasFormulas;
}

/** A file read whole, with nothing compressed to unpack, is bounded by its own size. */
function refuseAboveSizeLimit(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  if (bytes.length <= limits.maxUncompressedBytes) return;
  refuse('too-large', `"${file}" is ${formatSize(bytes.length)}, more than the ${formatSize(limits.maxUncompressedBytes)} limit.`, { file }, {
    file,
    sizeBytes: bytes.length,
    limitBytes: limits.maxUncompressedBytes,
  });
}

/** An encrypted xlsx is not a zip but a compound file holding EncryptionInfo and EncryptedPackage streams. */
function guardCompoundFile(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  const where = { file };
  refuseAboveSizeLimit(bytes, file, limits);
  let container: ReturnType<typeof XLSX.CFB.read>;
  try {
    container = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch {
    refuse(
      'corrupt-file',
      `"${file}" is damaged: the structure of this Office file cannot be read (is it cut short?). Open it in Excel or LibreOffice, which may repair it, or export it again.`,
      where,
      { file },
      'corrupt-file.office-structure',
    );
  }
  if (XLSX.CFB.find(container, 'EncryptionInfo') || XLSX.CFB.find(container, 'EncryptedPackage')) refuseProtected(file);
  if (!XLSX.CFB.find(container, 'Workbook') && !XLSX.CFB.find(container, 'Book')) {
    refuse('not-a-spreadsheet', `"${file}" is an Office file but not a workbook (is it a Word or PowerPoint file?).`, where, { file }, 'not-a-spreadsheet.office-not-workbook');
  }
}

/** Many "xls" downloads are really SpreadsheetML 2003 or HTML tables, which SheetJS reads. */
function markupKind(bytes: Uint8Array): 'html' | 'spreadsheetml' | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'spreadsheetml';
  return head.includes('<table') ? 'html' : null;
}

/** Text markup has no compression to lie about, but a cell of megabytes exhausts memory all the same. */
function guardMarkup(bytes: Uint8Array, file: string, limits: ImportLimits): void {
  const where = { file };
  refuseAboveSizeLimit(bytes, file, limits);
  if (longestTextOf(bytes) > limits.maxCellBytes) {
    refuse(
      'too-large',
      `"${file}" holds a cell with more than ${formatSize(limits.maxCellBytes)} of text: longer than any answer, law or citation, and too long to read safely. ` +
        'Shorten that cell and import the file again.',
      where,
      { file, limitBytes: limits.maxCellBytes },
      'too-large.long-cell',
    );
  }
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}
