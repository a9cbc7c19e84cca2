import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes the bytes to a temporary file beside the target, flushes it to disk, then renames it over the
 * target: a reader sees the old file or the whole new one, never half of it. The temporary file is removed on failure.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array | readonly Uint8Array[]): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx', 0o644);
  try {
    for (const part of bytes instanceof Uint8Array ? [bytes] : bytes)
      // One write may take less than it was given: the rest goes in the next.
      for (let at = 0; at < part.length; ) at += fs.writeSync(fd, part, at);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed before the rename failed.
    }
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
