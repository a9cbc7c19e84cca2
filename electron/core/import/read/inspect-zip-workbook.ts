import zlib from 'node:zlib';
import type { ImportLimits } from './guard-file.js';
import { formatSize, ImportRefusal, refuse } from '../import-issue.js';
import { XmlPartScanner } from './scan-xml-part.js';
import { UnsupportedZipMethod, unpackZipEntry, type ZipEntry } from '../../zip';
import { readXlsxParts } from './xlsx-parts.js';

/**
 * Unpacks every part of an xlsx or ods once, before SheetJS does, counting the bytes that actually
 * come out (a zip bomb's directory lies), checking each part against its declared size and checksum, and
 * finding what would make the reading fail silently or exhaust memory: a password, a missing or
 * cut part, a cell of megabytes. Only the small parts that list the sheets are kept.
 */

export interface ZipWorkbookFacts {
  /** A worksheet holds formulas: SheetJS must then be asked for them, to find those saved without a result. */
  hasFormulas: boolean;
}

/** Read first and kept: they say whether the file is protected, and which part holds which sheet. */
const LISTING_PARTS = ['META-INF/manifest.xml', 'mimetype', '[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
/** The parts that hold cells: scanned for cells of megabytes, and for an end cut short. */
const CELL_PARTS = /^(?:xl\/worksheets\/[^/]+\.xml|xl\/sharedStrings\.xml|content\.xml)$/;
/** Only xlsx worksheets are searched for formulas: openpyxl, which saves them without results, writes no ods. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

interface Unpacking {
  file: string;
  /** Part path → what it holds, in words ("sheet \"Answers\""). */
  roles: Map<string, string>;
}

export function refuseProtected(file: string): never {
  refuse('password-protected', `"${file}" is password-protected. Open it in Excel or LibreOffice, remove the password, save, and import it again.`, { file }, { file });
}

/** `what` says in English how `part` is damaged, for the CLI; the UI names the part. */
function refuseDamaged(file: string, part: string, what: string): never {
  refuse(
    'corrupt-file',
    `"${file}" is damaged: ${what}. Open it in Excel or LibreOffice, which may repair it, or export it again; then import the new copy.`,
    { file },
    { file, part },
    'corrupt-file.part',
  );
}

function roleOf(part: string, roles: ReadonlyMap<string, string>): string {
  const role = roles.get(part);
  return role ? `the part holding ${role} (${part})` : `its part "${part}"`;
}

export async function inspectZipWorkbook(bytes: Uint8Array, entries: readonly ZipEntry[], file: string, limits: ImportLimits): Promise<ZipWorkbookFacts> {
  if (entries.some((entry) => entry.encrypted)) refuseProtected(file);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const unpacking: Unpacking = { file, roles: new Map() };
  const listing = new Map<string, string>();
  for (const name of LISTING_PARTS) {
    const entry = byName.get(name);
    if (entry) listing.set(name, await unpackText(bytes, entry, unpacking));
    // An encrypted OpenDocument file is a plain zip whose manifest says its parts are encrypted.
    if (name === 'META-INF/manifest.xml' && /encryption-data/.test(listing.get(name) ?? '')) refuseProtected(file);
  }
  checkListedParts(file, byName, listing, unpacking.roles);

  let hasFormulas = false;
  for (const entry of entries) {
    if (LISTING_PARTS.includes(entry.name)) continue;
    const scanner: XmlPartScanner | null = CELL_PARTS.test(entry.name) ? new XmlPartScanner(!hasFormulas && WORKSHEET.test(entry.name)) : null;
    await unpackPart(bytes, entry, unpacking, (chunk) => {
      if (!scanner) return;
      scanner.add(chunk);
      if (scanner.longestText > limits.maxCellBytes) refuseLongCell(file, entry.name, unpacking.roles, limits.maxCellBytes);
    });
    if (scanner && !scanner.isComplete()) {
      refuseDamaged(file, entry.name, `${roleOf(entry.name, unpacking.roles)} stops in the middle of its data, as a file cut short does`);
    }
    hasFormulas ||= scanner?.hasFormula ?? false;
  }
  return { hasFormulas };
}

function refuseLongCell(file: string, part: string, roles: ReadonlyMap<string, string>, limit: number): never {
  const place = roles.get(part) ?? `its part "${part}"`;
  refuse(
    'too-large',
    `"${file}" holds a cell with more than ${formatSize(limit)} of text (in ${place}): longer than any answer, law or citation, and too long to read safely. ` +
      'Shorten that cell (cite a long text rather than paste it) and import the file again.',
    { file },
    { file, part, limitBytes: limit },
    'too-large.long-cell-in-part',
  );
}

/** Parts that the listing parts name but the zip lacks, and OpenDocument files with no content. */
function checkListedParts(file: string, byName: ReadonlyMap<string, ZipEntry>, listing: ReadonlyMap<string, string>, roles: Map<string, string>): void {
  const workbookXml = listing.get('xl/workbook.xml');
  if (workbookXml !== undefined) {
    const parts = readXlsxParts(workbookXml, listing.get('xl/_rels/workbook.xml.rels'));
    for (const sheet of parts.sheets) {
      if (sheet.part === null) continue;
      roles.set(sheet.part, `sheet "${sheet.name}"`);
      if (!byName.has(sheet.part)) refuseDamaged(file, sheet.part, `the part holding sheet "${sheet.name}" (${sheet.part}) is missing`);
    }
    if (parts.sharedStrings !== null) {
      roles.set(parts.sharedStrings, "the workbook's text");
      if (!byName.has(parts.sharedStrings)) refuseDamaged(file, parts.sharedStrings, `the part holding the workbook's text (${parts.sharedStrings}) is missing`);
    }
    if (parts.sheets.length === 0) refuseDamaged(file, 'xl/workbook.xml', 'its list of sheets (xl/workbook.xml) names no sheet');
    return;
  }
  const isOpenDocument = (listing.get('mimetype') ?? '').startsWith('application/vnd.oasis.opendocument.spreadsheet');
  if (isOpenDocument && !byName.has('content.xml')) refuseDamaged(file, 'content.xml', 'the part holding its sheets (content.xml) is missing');
  const isOfficeOpenXml = /spreadsheetml\.sheet\.main|spreadsheetml\.template\.main/.test(listing.get('[Content_Types].xml') ?? '');
  if (isOfficeOpenXml && !byName.has('xl/workbook.xml') && !byName.has('xl/workbook.bin')) {
    refuseDamaged(file, 'xl/workbook.xml', 'the part listing its sheets (xl/workbook.xml) is missing');
  }
  roles.set('content.xml', 'its sheets');
}

async function unpackText(bytes: Uint8Array, entry: ZipEntry, unpacking: Unpacking): Promise<string> {
  const chunks: Uint8Array[] = [];
  await unpackPart(bytes, entry, unpacking, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Unpacks one part, counting its bytes against what the directory declares (and the declared sizes
 * passed the limits): a part that unpacks to more is stopped there, so a lying directory gains nothing.
 */
async function unpackPart(bytes: Uint8Array, entry: ZipEntry, unpacking: Unpacking, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const { file } = unpacking;
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of unpackZipEntry(bytes, entry)) {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        refuse(
          'too-large',
          `"${file}" was refused: ${roleOf(entry.name, unpacking.roles)} unpacks to more than the ${formatSize(entry.uncompressedSize)} ` +
            "its zip directory declares, as a zip bomb does (or a damaged file). Export the workbook again from the program that made it.",
          { file },
          { file, part: entry.name, limitBytes: entry.uncompressedSize },
          'too-large.part-overflow',
        );
      }
      crc = zlib.crc32(chunk, crc);
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if (error instanceof UnsupportedZipMethod) {
      refuseDamaged(file, entry.name, `${roleOf(entry.name, unpacking.roles)} is packed with a method (${error.method}) that spreadsheet programs do not use`);
    }
    refuseDamaged(file, entry.name, `${roleOf(entry.name, unpacking.roles)} cannot be unpacked: its compressed data is broken`);
  }
  if (size !== entry.uncompressedSize) {
    refuseDamaged(file, entry.name, `the zip's directory says ${roleOf(entry.name, unpacking.roles)} unpacks to ${entry.uncompressedSize} bytes, but it unpacks to ${size}`);
  }
  if (crc !== entry.crc32) refuseDamaged(file, entry.name, `${roleOf(entry.name, unpacking.roles)} does not match its checksum (it was altered or damaged in transfer)`);
}
