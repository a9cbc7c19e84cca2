import zlib from 'node:zlib';

export interface ZipInput {
  /** Forward slashes, relative, UTF-8. */
  name: string;
  bytes: Uint8Array;
  /** Deflate it; files that are compressed already (xlsx, ods, images) are better stored. */
  deflate: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** 1980-01-01 00:00, the earliest DOS date: every entry has it, so the same entries give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION = 20;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/**
 * A plain zip that any zip tool opens, as the parts to write one after the other (the caller need not copy
 * hundreds of megabytes into one buffer). Deterministic: fixed dates, entries in the order given, fixed deflate
 * level. No ZIP64: a package over 4 GiB or 65,535 files is refused rather than written in a form some tools
 * misread.
 */
export function writeZip(entries: readonly ZipInput[]): Buffer[] {
  if (entries.length > U16_MAX) throw new RangeError(`A zip of ${entries.length} files is over the 65,535 a plain zip holds.`);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    // Stored data is not copied: a package's sources are most of its bytes.
    const data = entry.deflate ? zlib.deflateRawSync(entry.bytes, { level: 6 }) : Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength);
    const crc = zlib.crc32(entry.bytes);
    if (offset > U32_MAX || data.length > U32_MAX || entry.bytes.length > U32_MAX) throw new RangeError('A package over 4 GiB is not written.');
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(LOCAL_HEADER, 30);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(DIRECTORY_ENTRY, 46);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return [...parts, directoryBytes, end];
}
