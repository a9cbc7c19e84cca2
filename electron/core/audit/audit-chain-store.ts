import type { Db } from '../db';

/** seq, at, actor, action, entity, details, prev_hash, hash: the columns in the order the verifier reads them. */
export type RawEntry = [number, string, string, string, string, string, string, string];

/** Every entry in order, as plain arrays: no object per row. */
export function iterateEntries(db: Db): IterableIterator<RawEntry> {
  return db
    .prepare('SELECT seq, at, actor, action, entity, details, prev_hash, hash FROM audit_log ORDER BY seq')
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
