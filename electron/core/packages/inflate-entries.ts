import { createHash } from 'node:crypto';
import type { VerifyReason } from '../../../shared/package-contract';
import { unpackZipEntry, type ZipEntry } from '../zip';
import type { PackageLimits } from './package-limits';

const MEGABYTE = 1024 * 1024;

export interface InflatedEntry {
  sha256: string;
  size: number;
  /** Kept for the files asked for; the others are only hashed. */
  bytes?: Buffer;
}

/**
 * Inflates every entry, hashing as it goes, and counts the bytes that actually come out: an entry that
 * inflates past what the directory declared, past the ratio limit, or past the total, is stopped there
 * (a zip bomb lies in its directory). Nothing is written to disk.
 */
export async function inflateEntries(
  bytes: Buffer,
  entries: readonly ZipEntry[],
  limits: PackageLimits,
  keep: (name: string) => boolean,
): Promise<{ files: Map<string, InflatedEntry>; reasons: VerifyReason[] }> {
  const files = new Map<string, InflatedEntry>();
  const reasons: VerifyReason[] = [];
  let total = 0;
  for (const entry of entries) {
    const hash = createHash('sha256');
    const keeping = keep(entry.name);
    const kept: Uint8Array[] = [];
    let size = 0;
    let stopped: string | undefined;
    try {
      for await (const chunk of unpackZipEntry(bytes, entry)) {
        size += chunk.length;
        total += chunk.length;
        if (size > entry.uncompressedSize) stopped = `inflates past the ${entry.uncompressedSize} bytes its zip directory declares`;
        else if (size > MEGABYTE && size > entry.compressedSize * limits.ratio) stopped = `inflates more than ${limits.ratio} times its compressed size`;
        else if (total > limits.inflatedBytes) stopped = `takes the package past ${limits.inflatedBytes} inflated bytes`;
        if (stopped) break;
        hash.update(chunk);
        if (keeping) kept.push(chunk);
      }
    } catch (error) {
      reasons.push({ code: 'hash-mismatch', message: `"${entry.name}" cannot be inflated: ${(error as Error).message}.`, path: entry.name });
      continue;
    }
    if (stopped) {
      reasons.push({ code: 'too-large', message: `"${entry.name}" ${stopped}; it was stopped there.`, path: entry.name });
      if (total > limits.inflatedBytes) break;
      continue;
    }
    files.set(entry.name, { sha256: hash.digest('hex'), size, ...(keeping ? { bytes: Buffer.concat(kept) } : {}) });
  }
  return { files, reasons };
}
