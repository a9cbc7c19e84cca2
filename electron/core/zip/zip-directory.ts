/**
 * Reads a zip's central directory without inflating anything, so that sizes can be checked
 * before SheetJS decompresses a single byte (zip bombs declare their sizes here).
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As the directory declares it: a zip bomb lies here, so the unpacking counts again. */
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is a method no spreadsheet writer uses. */
  method: number;
  /** Zip-level password protection (general purpose flag bit 0). */
  encrypted: boolean;
  crc32: number;
  /** Where the entry's compressed bytes start in the file. */
  dataOffset: number;
  /** The Unix file type and mode when a Unix tool made the entry (a symlink or a device shows here), else 0. */
  unixMode: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, reason: 'its zip directory is missing (the file is cut short)' };

  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === U32_MAX || directoryOffset === U32_MAX) {
    const zip64 = readZip64End(view, end);
    if (!zip64) return { ok: false, reason: 'its ZIP64 directory record is unreadable' };
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (directoryOffset + directorySize > end) {
    return { ok: false, reason: 'its zip directory points past the end of the file (the file is cut short)' };
  }

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return { ok: false, reason: `zip directory entry ${i + 1} of ${count} is damaged` };
    }
    const madeOnUnix = view.getUint8(at + 5) === 3;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = {
      uncompressed: view.getUint32(at + 24, true),
      compressed: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    if (sizes.offset + 30 > directoryOffset || view.getUint32(sizes.offset, true) !== LOCAL_HEADER) {
      return { ok: false, reason: `the data of "${name}" is missing or damaged` };
    }
    const dataStart = sizes.offset + 30 + view.getUint16(sizes.offset + 26, true) + view.getUint16(sizes.offset + 28, true);
    if (dataStart + sizes.compressed > directoryOffset) {
      return { ok: false, reason: `the data of "${name}" is cut short` };
    }
    entries.push({
      name,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      method,
      encrypted: (flags & 1) === 1,
      crc32,
      dataOffset: dataStart,
      unixMode: madeOnUnix ? view.getUint32(at + 38, true) >>> 16 : 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readZip64End(view: DataView, end: number) {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    directorySize: Number(view.getBigUint64(record + 40, true)),
    directoryOffset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** A ZIP64 extra field carries, in this order, the 64-bit values of the sizes saturated at 0xFFFFFFFF. */
function readZip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= at + 4 + size ? Number(view.getBigUint64(field, true)) : U32_MAX;
        field += 8;
        return value;
      };
      if (sizes.uncompressed === U32_MAX) sizes.uncompressed = next();
      if (sizes.compressed === U32_MAX) sizes.compressed = next();
      if (sizes.offset === U32_MAX) sizes.offset = next();
      return;
    }
    at += 4 + size;
  }
}
