/** The workspace's SQLite database: opened and migrated, its write lock, its integrity checks. */
export { checkIntegrity, type IntegrityReport } from './integrity';
export { CURRENT_FORMAT } from './migrations';
export { type Db, openDatabase, openReader } from './open-database';
export { beginImmediate, busyTimeoutMs, isBusyError, WAITING_FOR_WRITER, withWriteLock, workspaceBusy } from './write-lock';
