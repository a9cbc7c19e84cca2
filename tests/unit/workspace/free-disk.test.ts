import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../shared/records';
import { ensureFreeDisk, expectedImportBytes, freeDiskBytes } from '../../../electron/core/import/stage/free-disk';
import { encodeCells } from '../../../electron/core/import/stage/staging-codec';
import { makeTempDir } from '../temp-dir';

const row = (i: number): RawRow => [
  { value: 'law', type: 's' },
  { value: `Act on the employment of foreign workers no. ${i}`, type: 's' },
  { value: i, type: 'n' },
];

describe('free disk before an import', () => {
  it('expects rows like the sample, six times their encoded size, plus the original file kept', () => {
    const sample = [row(1), row(2), row(3)];
    const perRow = sample.reduce((sum, r) => sum + Buffer.byteLength(encodeCells(r)), 0) / sample.length;
    expect(expectedImportBytes(100_000, sample, 5_000_000)).toBe(Math.ceil(100_000 * perRow * 6 + 5_000_000));
    expect(expectedImportBytes(0, [], 0)).toBe(0);
  });

  it('lets an import run when twice its size is free, and refuses it, saying how much is needed, when not', () => {
    const tmp = makeTempDir();
    try {
      const free = freeDiskBytes(tmp.dir);
      expect(free).toBeGreaterThan(0);
      expect(() => ensureFreeDisk(tmp.dir, Math.floor(free / 4), 'importing "laws.xlsx"')).not.toThrow();
      const tooBig = Math.ceil(free / 2) + 64 * 1024 * 1024;
      expect(() => ensureFreeDisk(tmp.dir, tooBig, 'importing "laws.xlsx"')).toThrow(
        /^Not enough free disk for importing "laws\.xlsx": it will add about \d+ MB to the workspace and needs twice that \(\d+ MB\) free while it runs, but only \d+ MB is free in .+\. Free some space and try again; nothing was written\.$/,
      );
    } finally {
      tmp.cleanup();
    }
  });
});
