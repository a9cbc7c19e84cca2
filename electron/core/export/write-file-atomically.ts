import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes the bytes to a temporary file beside the target, flushes it to disk, then renames it over the
 * target: a reader sees the old file or the whole new one, never half of it. The temporary file is removed on failure.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx', 0o644);
  try {
    fs.writeSync(fd, bytes);
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
