import type { VerifyReason } from '../../../shared/package-contract';
import type { ZipEntry } from '../zip';

const S_IFMT = 0xf000;
const S_IFREG = 0x8000;
const S_IFDIR = 0x4000;

/** Why an entry's name or type is unsafe to write to disk anywhere, or undefined when it is a plain relative file. */
function unsafeName(entry: ZipEntry): string | undefined {
  const { name } = entry;
  const type = entry.unixMode & S_IFMT;
  if (type === 0xa000) return 'is a symbolic link';
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return 'is a device or a pipe, not a file';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\')) return 'is an absolute path';
  if (name.includes('\\')) return 'uses backslashes, which some systems read as folders';
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return 'holds control characters';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) return 'climbs out of the package (..)';
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." folder name';
  return undefined;
}

/** Entries whose path or type is unsafe, and names given twice (also as the same name in another case or Unicode form). */
export function checkEntryNames(entries: readonly ZipEntry[]): VerifyReason[] {
  const reasons: VerifyReason[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const why = unsafeName(entry);
    if (why) reasons.push({ code: 'unsafe-path', message: `"${entry.name}" ${why}.`, path: entry.name });
    const folded = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(folded)) reasons.push({ code: 'unsafe-path', message: `"${entry.name}" is in the package twice.`, path: entry.name });
    seen.add(folded);
  }
  return reasons;
}

export const isDirectoryEntry = (entry: ZipEntry) => entry.name.endsWith('/') || (entry.unixMode & S_IFMT) === S_IFDIR;
