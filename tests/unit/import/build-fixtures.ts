import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** Builders of the spreadsheets the import tests read: every fixture is made by a real library, here. */

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-import-'));
}

export type SheetSpec = { name: string; rows: unknown[][]; edit?: (sheet: XLSX.WorkSheet) => void };

export function buildWorkbook(sheets: readonly SheetSpec[]): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    spec.edit?.(sheet);
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
  }
  return workbook;
}

/** Writes a workbook as xlsx, xls (BIFF8) or ods, with SheetJS. */
export function writeWorkbook(dir: string, file: string, sheets: readonly SheetSpec[], workbook = buildWorkbook(sheets)): string {
  const bookType = file.endsWith('.xls') ? 'biff8' : file.endsWith('.ods') ? 'ods' : 'xlsx';
  const target = path.join(dir, file);
  fs.writeFileSync(target, XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer);
  return target;
}

export function writeBytes(dir: string, file: string, bytes: Uint8Array | string): string {
  const target = path.join(dir, file);
  fs.writeFileSync(target, bytes);
  return target;
}

/** Windows-1252 by hand, for the characters the tests use. */
const CP1252 = new Map<string, number>([
  ['€', 0x80], ['é', 0xe9], ['è', 0xe8], ['ñ', 0xf1], ['ü', 0xfc], ['ç', 0xe7], ['á', 0xe1], ['ó', 0xf3], ['í', 0xed], ['É', 0xc9],
]);

export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = CP1252.get(char);
      if (byte === undefined) throw new Error(`no windows-1252 byte for ${char}`);
      return byte;
    }),
  );
}

/** Windows-1251: А–я are 0xC0–0xFF in alphabetical order, Ё and ё stand apart. */
export function encodeWindows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === 'Ё') return 0xa8;
      if (char === 'ё') return 0xb8;
      throw new Error(`no windows-1251 byte for ${char}`);
    }),
  );
}

export function encodeUtf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** A zip of stored-by-deflate entries, written by hand so that its directory can say anything. */
export function buildZip(entries: readonly { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = zlib.deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = zlib.crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** What Excel writes for a workbook saved with a password: a compound file, not a zip. */
export function buildEncryptedWorkbook(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(64));
  return XLSX.CFB.write(container, { type: 'buffer' }) as Buffer;
}

/** Text cells of a row, for assertions. */
export function valuesOf(row: readonly ({ value: unknown } | null)[] | undefined): unknown[] {
  return (row ?? []).map((cell) => cell?.value ?? null);
}
