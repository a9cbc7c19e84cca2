import { createHash } from 'node:crypto';
import type { Db } from '../db';

const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  details: Record<string, unknown>;
}

interface StoredEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  details: string;
  prev_hash: string;
  hash: string;
}

function entryHash(prev: string, at: string, e: { actor: string; action: string; entity: string }, details: string): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, at, e.actor, e.action, e.entity, details]))
    .digest('hex');
}

/** Appends one entry chained to the previous one. Call inside the transaction whose work it records. */
export function appendAudit(db: Db, entry: AuditEntry): string {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const details = JSON.stringify(entry.details);
  const hash = entryHash(prev, at, entry, details);
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(at, entry.actor, entry.action, entry.entity, details, prev, hash);
  return hash;
}

export interface AuditVerdict {
  ok: boolean;
  entries: number;
  brokenAt: number | null;
}

export function verifyAuditChain(db: Db): AuditVerdict {
  let prev = GENESIS;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredEntry>) {
    entries++;
    if (row.prev_hash !== prev || entryHash(prev, row.at, row, row.details) !== row.hash)
      return { ok: false, entries, brokenAt: row.seq };
    prev = row.hash;
  }
  return { ok: true, entries, brokenAt: null };
}
