import fs from 'node:fs';
import type { RawRow } from '../../../../shared/records';
import { MrcError } from '../../../../shared/errors';
import { encodeCells } from './staging-codec';

/**
 * What one staged row costs the workspace, as a multiple of its encoded cells: the cells, the record read from
 * them, its resolved values, the committed row and their indexes (about 5.5× for 100,000 rows of 12 columns).
 */
const BYTES_PER_ENCODED_BYTE = 6;
const SAMPLE_ROWS = 200;

/** Free bytes for this user in the file system holding `dir`. */
export function freeDiskBytes(dir: string): number {
  const stats = fs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** How much an import of `rowCount` rows like `sample` adds to the workspace, with the original file kept. */
export function expectedImportBytes(rowCount: number, sample: readonly RawRow[], keptSourceBytes: number): number {
  const rows = sample.slice(0, SAMPLE_ROWS);
  const perRow = rows.length ? rows.reduce((sum, row) => sum + Buffer.byteLength(encodeCells(row)), 0) / rows.length : 0;
  return Math.ceil(rowCount * perRow * BYTES_PER_ENCODED_BYTE + keptSourceBytes);
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * An import needs about twice its final size free while it runs: the rows are written to the write-ahead log
 * first and copied into the workspace afterwards. Refuses before anything is written when that much is not free.
 */
export function ensureFreeDisk(dir: string, expectedBytes: number, what: string): void {
  const needed = 2 * expectedBytes;
  const free = freeDiskBytes(dir);
  if (free >= needed) return;
  throw new MrcError(
    'disk-space',
    `Not enough free disk for ${what}: it will add about ${megabytes(expectedBytes)} to the workspace and needs twice that ` +
      `(${megabytes(needed)}) free while it runs, but only ${megabytes(free)} is free in ${dir}. Free some space and try again; nothing was written.`,
    { where: { path: dir }, params: { path: dir, addedBytes: expectedBytes, neededBytes: needed, freeBytes: free } },
  );
}
