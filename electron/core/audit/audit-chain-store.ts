import type { Db } from '../db';

/** seq, the text its hash covers (which begins with its prev_hash: `["<prev_hash>",…`), hash. */
export type RawEntry = [number, string, string];

/**
 * Every entry in order, as plain arrays (no object per row), with the text its hash covers built by SQLite:
 * json_array escapes exactly as JSON.stringify does (hashedText in audit-log.ts), in C and into one string.
 */
export function iterateEntries(db: Db): IterableIterator<RawEntry> {
  return db
    .prepare('SELECT seq, json_array(prev_hash, at, actor, action, entity, details), hash FROM audit_log ORDER BY seq')
    .raw()
    .iterate() as IterableIterator<RawEntry>;
}

/** The previous hash the entry after `seq` names, if there is one. */
export function prevHashAfter(db: Db, seq: number): string | undefined {
  return db.prepare('SELECT prev_hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1').pluck().get(seq) as string | undefined;
}

/** The highest sequence number the log ever handed out (AUTOINCREMENT remembers it), 0 for none. */
export function highestSeqGiven(db: Db): number {
  return (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined) ?? 0;
}
