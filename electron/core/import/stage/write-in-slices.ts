import { beginImmediate, type Db } from '../../db';
import { discardOwnWrite, startWriting } from './import-writers';

/** Rows per transaction of a large import: a slice takes some 25 ms, so a read waits at most that long for one. */
export const SLICE_ROWS = 500;
/** An import this small is written in one transaction (a quarter of a second at most): it never exists half-written. */
export const WHOLE_IMPORT_ROWS = 5_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SlicedWrite<T> {
  db: Db;
  importId: string;
  /** How many rows the import will have, as far as its layout tells. */
  expectedRows: number;
  signal?: AbortSignal | undefined;
  onWaiting?: (() => void) | undefined;
  onProgress?: ((done: number) => void) | undefined;
  /** In the first slice's transaction, before its rows: makes the import, marked 'writing'. */
  begin(): void;
  writeRows(rows: readonly T[]): void;
  /** In the last slice's transaction, after its rows: makes the import 'staged'. */
  finish(rows: number): void;
  /** The refusal to throw when the signal says to stop. */
  cancelled(): Error;
}

/**
 * Writes the rows in slices, each a transaction of its own, the event loop free between them, so no transaction is
 * held across an await and a read never waits for more than one slice. If anything fails, what was written goes.
 */
export async function writeInSlices<T>(batches: AsyncIterable<readonly T[]>, work: SlicedWrite<T>): Promise<void> {
  const { db, signal } = work;
  const sliceRows = work.expectedRows <= WHOLE_IMPORT_ROWS ? WHOLE_IMPORT_ROWS : SLICE_ROWS;
  const writing = startWriting(work.importId);
  let started = false;
  let done = 0;
  let onWaiting = work.onWaiting;
  const writeSlice = async (slice: readonly T[], last: boolean) => {
    await beginImmediate(db, { signal, onWaiting });
    onWaiting = undefined; // said once: a wait between slices is another process's slice, a moment long
    try {
      if (!started) work.begin();
      work.writeRows(slice);
      if (last) work.finish(done + slice.length);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    started = true;
    done += slice.length;
    work.onProgress?.(done);
    if (!last) await nextTurn();
  };
  try {
    let pending: T[] = [];
    for await (const batch of batches) {
      if (signal?.aborted) throw work.cancelled();
      pending = pending.concat(batch);
      // The last slice is the one that makes the import staged, so a slice's worth is always kept back until the end.
      while (pending.length > sliceRows) {
        await writeSlice(pending.slice(0, sliceRows), false);
        pending = pending.slice(sliceRows);
        if (signal?.aborted) throw work.cancelled();
      }
    }
    await writeSlice(pending, true);
  } catch (error) {
    writing.end();
    if (started) await discardOwnWrite(db, work.importId);
    throw error;
  } finally {
    writing.end();
  }
}
