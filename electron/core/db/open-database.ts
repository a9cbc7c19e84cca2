import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MrcError } from '../../../shared/errors';
import { inspectWorkspaceFile, prepareWorkspaceFolder } from './inspect-workspace-file';
import { checkIntegrity, workspaceDamaged, type IntegrityReport } from './integrity';
import { migrateDatabase } from './migrate';
import { CURRENT_FORMAT } from './migrations/index';
import { busyTimeoutMs, isBusyError, workspaceBusy } from './write-lock';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /**
   * Brings the content up to date (seed data). It runs in a new file before anyone else can see it, and again
   * on every open, so it must read before it writes and write nothing when nothing changed.
   */
  prepare?: (db: Db) => void;
  /** `quick_check` on open (the default); `mrc workspace check` opens without it, to run the full check. */
  quickCheck?: boolean;
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Db;
  /** The check run on open, with its duration; null when it was not asked for. */
  check: IntegrityReport | null;
}

/** SQLite's refusals, said in terms of the workspace file. */
function explainSqliteError(file: string, error: unknown, waitedMs: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const message = (error as Error).message;
  const facts = { where: { file }, params: { file, reason: message } };
  if (isBusyError(error)) return workspaceBusy(waitedMs);
  if (code.startsWith('SQLITE_READONLY'))
    return new MrcError('workspace-read-only', `The workspace ${file} is read-only (${message}): check its permissions, or copy the folder somewhere writable.`, facts);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new MrcError('workspace-damaged', `The workspace ${file} is damaged (${message}). Restore it from a backup; it was left as it is.`, facts);
  if (code === 'SQLITE_FULL')
    return new MrcError('disk-full', `The disk holding ${file} is full: free some space and try again. Nothing was half-written.`, facts);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM'))
    return new MrcError('workspace-unreadable', `Cannot open the workspace ${file}: ${message}.`, facts);
  return error;
}

/** Reads the format of an existing file without writing a byte to it. */
function readFormat(file: string): number {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw explainSqliteError(file, error, 0);
  } finally {
    probe?.close();
  }
}

function connect(file: string, timeoutMs: number): Db {
  const db = new Database(file, { timeout: timeoutMs, fileMustExist: true });
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

const CREATING = /^\..+\.\d+\.[0-9a-f]+\.creating(-wal|-shm|-journal)?$/;
const STALE_MS = 60 * 60 * 1000;

/** What a creation killed half-way left behind. */
function removeStaleCreations(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (!CREATING.test(name)) continue;
    const full = path.join(dir, name);
    // Another process's creation may finish, and remove its files, between the listing and this look.
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_MS) fs.rmSync(full, { force: true });
  }
}

/**
 * A new workspace is built whole under a temporary name and then linked into place, which fails if another
 * process got there first (its workspace is then used). Nobody ever sees a half-made or empty workspace file.
 */
function createDatabase(file: string, options: OpenDatabaseOptions): void {
  const dir = path.dirname(file);
  removeStaleCreations(dir);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.creating`);
  try {
    const db = new Database(temp, { timeout: options.busyTimeoutMs ?? busyTimeoutMs() });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      migrateDatabase(db);
      options.prepare?.(db);
    } finally {
      db.close();
    }
    linkIntoPlace(temp, file);
  } catch (error) {
    if (error instanceof MrcError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
    throw new MrcError('workspace-uncreatable', `Cannot create the workspace ${file}: ${reason}.`, { where: { file }, params: { file, reason } });
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
  }
}

function linkIntoPlace(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // Some file systems (FAT on USB sticks) have no hard links: an exclusive copy still never overwrites.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code !== 'EEXIST') throw copyError;
    }
  }
}

/**
 * Opens (creating if needed) a workspace database and brings it to the current format. A file that is not a
 * workspace, is damaged, or was written by a newer version of the app is refused before anything writes to it.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const timeoutMs = options.busyTimeoutMs ?? busyTimeoutMs();
  prepareWorkspaceFolder(path.dirname(file));
  if (inspectWorkspaceFile(file) === 'missing') {
    createDatabase(file, options);
    inspectWorkspaceFile(file);
  }
  const format = readFormat(file);
  if (format > CURRENT_FORMAT)
    throw new MrcError(
      'workspace-too-new',
      `This workspace was written by a newer version of Migrant Rights Curator (format ${format}; this app reads up to ${CURRENT_FORMAT}). Update the app to open it; the file was not changed.`,
      { where: { file }, params: { file, format, readable: CURRENT_FORMAT } },
    );
  let db: Db | undefined;
  try {
    db = connect(file, timeoutMs);
    const check = options.quickCheck === false ? null : checkIntegrity(db, 'quick');
    if (check && !check.ok) throw workspaceDamaged(file, check);
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    migrateDatabase(db);
    options.prepare?.(db);
    return { db, check };
  } catch (error) {
    db?.close();
    throw explainSqliteError(file, error, timeoutMs);
  }
}

/**
 * A connection that only reads the workspace: read methods run on it, beside the one writer connection. WAL lets
 * it read the last committed state while a write is under way; `query_only` makes a write sent to it fail loudly.
 */
export function openReader(file: string, timeoutMs = busyTimeoutMs()): Db {
  try {
    const reader = new Database(file, { readonly: true, fileMustExist: true, timeout: timeoutMs });
    reader.pragma('query_only = ON');
    return reader;
  } catch (error) {
    throw explainSqliteError(file, error, timeoutMs);
  }
}
