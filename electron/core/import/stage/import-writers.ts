import { randomBytes } from 'node:crypto';
import { type Db, withWriteLock } from '../../db';
import { deleteWritingImport, writingImports } from './import-writes-store';

/**
 * Who is writing an import: this process's id and a random tag, so that a later process given the same id (as
 * happens in containers) is not taken for it. Two processes may stage into one workspace at once: an import still
 * being written is discarded only once the process writing it is gone.
 */
export const THIS_WRITER = `${process.pid}:${randomBytes(6).toString('hex')}`;

/** The imports this process is writing now. */
const writingHere = new Set<string>();

export function startWriting(importId: string): { end(): void } {
  writingHere.add(importId);
  return { end: () => writingHere.delete(importId) };
}

/** Whether a process is running with this id (another user's process cannot be signalled, yet it runs). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writerGone(writer: string, importId: string): boolean {
  if (writer === THIS_WRITER) return !writingHere.has(importId);
  const pid = Number(writer.split(':')[0]);
  return !Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || !processRuns(pid);
}

/** The imports left 'writing' by a failure or a crash: they can never be finished, so they are deleted with their rows. */
export function abandonedWrites(db: Db): string[] {
  return writingImports(db)
    .filter(({ id, writer }) => writerGone(writer, id))
    .map(({ id }) => id);
}

/** Deletes the abandoned writes; called where a write transaction is already open. */
export function deleteAbandonedWrites(db: Db): void {
  for (const id of abandonedWrites(db)) deleteWritingImport(db, id);
}

/** On opening a workspace: reads first, and writes only when some import was left half-written. */
export function discardAbandonedWrites(db: Db): void {
  if (abandonedWrites(db).length === 0) return;
  db.transaction(() => deleteAbandonedWrites(db)).immediate();
}

/**
 * A staging that failed or was cancelled deletes what it wrote. If the workspace stays busy past the timeout, its
 * rows stay hidden, and the next staging or opening of the workspace deletes them.
 */
export async function discardOwnWrite(db: Db, importId: string): Promise<void> {
  await withWriteLock(db, {}, () => deleteWritingImport(db, importId)).catch(() => undefined);
}
