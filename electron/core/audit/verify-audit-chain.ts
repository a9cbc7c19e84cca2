import { hash } from 'node:crypto';
import type { AuditBreak, AuditVerdict } from '../../../shared/curate-contract';
import type { Db } from '../db';
import { GENESIS, hashedText } from './audit-log';
import { highestSeqGiven, iterateEntries, prevHashAfter, type RawEntry } from './audit-chain-store';

/**
 * Says what broke the chain at an entry that does not fit: an entry the next one skips over was inserted; a
 * gap in the numbers whose entry the chain misses was removed; an entry whose own hash no longer covers its
 * content, or whose rewritten hash the next entry does not name, was altered.
 */
function classify(db: Db, entry: RawEntry, selfOk: boolean, expectedPrev: string, previousSeq: number): AuditBreak {
  const [seq, , , , , , prevHash] = entry;
  const linkOk = prevHash === expectedPrev;
  if (prevHashAfter(db, seq) === expectedPrev)
    return { seq, problem: 'inserted', message: `Entry ${seq} was inserted: the entry after it names the one before it.` };
  if (!linkOk && seq > previousSeq + 1)
    return {
      seq: previousSeq + 1,
      problem: 'removed',
      message: `Entry ${previousSeq + 1} was removed: entry ${seq} names a previous entry that is no longer in the log.`,
    };
  if (!linkOk && selfOk && previousSeq > 0)
    return {
      seq: previousSeq,
      problem: 'altered',
      message: `Entry ${previousSeq} was altered and its hash rewritten: entry ${seq} names the hash it had before.`,
    };
  return { seq, problem: 'altered', message: `Entry ${seq} was altered: its content no longer matches its hash.` };
}

/**
 * Walks the hash chain from the first entry, recomputing every hash, and reports the first entry that
 * breaks it. Rows arrive as arrays and each is hashed in one call: the walk costs little more than the hashing.
 */
export function verifyAuditChain(db: Db): AuditVerdict {
  let expectedPrev = GENESIS;
  let previousSeq = 0;
  let entries = 0;
  let bytes = 0;
  let broken: { entry: RawEntry; selfOk: boolean } | undefined;
  for (const entry of iterateEntries(db)) {
    const [seq, at, actor, action, entity, details, prevHash, stored] = entry;
    const text = Buffer.from(hashedText(prevHash, at, actor, action, entity, details));
    bytes += text.length;
    const selfOk = hash('sha256', text) === stored;
    if (!selfOk || prevHash !== expectedPrev) {
      broken = { entry, selfOk };
      break;
    }
    entries++;
    expectedPrev = stored;
    previousSeq = seq;
  }
  // Classified after the walk: the connection runs no other statement while one iterates.
  if (broken) return { ok: false, entries, bytes, firstBreak: classify(db, broken.entry, broken.selfOk, expectedPrev, previousSeq) };
  const highest = highestSeqGiven(db);
  if (highest > previousSeq)
    return {
      ok: false,
      entries,
      bytes,
      firstBreak: {
        seq: previousSeq + 1,
        problem: 'removed',
        message: `Entry ${previousSeq + 1} was removed: the log once held entries up to ${highest} and now ends at ${previousSeq}.`,
      },
    };
  return { ok: true, entries, bytes, firstBreak: null };
}
