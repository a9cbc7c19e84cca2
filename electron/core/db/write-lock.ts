import { setTimeout as sleep } from 'node:timers/promises';
import { MrcError } from '../../../shared/errors';
import type { Db } from './open-database';

/**
 * How long a writer waits for another one (another import, in another window or process) to finish:
 * long enough for a large commit. `MRC_BUSY_TIMEOUT_MS` shortens it, for scripts that prefer to fail fast.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/** What long work reports while it waits for the workspace's write lock. */
export const WAITING_FOR_WRITER = 'Waiting for another import to finish';

const RETRY_EVERY_MS = 100;

export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.MRC_BUSY_TIMEOUT_MS);
  return Number.isFinite(wanted) && wanted >= 0 ? wanted : DEFAULT_BUSY_TIMEOUT_MS;
}

/** SQLite's "database is locked": another connection holds the write lock (or a checkpoint needs it). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function workspaceBusy(waitedMs: number): MrcError {
  return new MrcError(
    'workspace-busy',
    `The workspace is busy: another import (or another copy of the app) has been writing to it for more than ${Math.round(waitedMs / 1000)} s. Nothing was changed; try again when it has finished.`,
    { params: { seconds: Math.round(waitedMs / 1000) } },
  );
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal | undefined;
  /** Called once, when the lock is not free at the first try. */
  onWaiting?: (() => void) | undefined;
}

function tryBeginImmediate(db: Db): boolean {
  const saved = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${saved}`);
  }
}

/**
 * Opens a write transaction (BEGIN IMMEDIATE), waiting for another writer without blocking the event loop,
 * so that progress keeps flowing and the wait can be cancelled. Throws `workspace-busy` after the timeout.
 */
export async function beginImmediate(db: Db, options: WaitOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? busyTimeoutMs();
  const started = Date.now();
  let told = false;
  while (!tryBeginImmediate(db)) {
    if (options.signal?.aborted) throw new MrcError('cancelled', 'Cancelled while waiting for another import to finish; nothing was changed.', { detail: 'cancelled.waiting' });
    if (Date.now() - started >= timeoutMs) throw workspaceBusy(Date.now() - started);
    if (!told) options.onWaiting?.();
    told = true;
    await sleep(RETRY_EVERY_MS);
  }
}

/**
 * Runs `work` inside a write transaction opened by beginImmediate: committed whole, or rolled back. The wait for
 * the lock is the only await: `work` is synchronous, so the transaction is never held across one.
 */
export async function withWriteLock<T>(db: Db, options: WaitOptions, work: () => T): Promise<T> {
  await beginImmediate(db, options);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
