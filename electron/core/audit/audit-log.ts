import { createHash } from 'node:crypto';
import type { Db } from '../db';

/** What the first entry names as the one before it. */
export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  details: Record<string, unknown>;
}

/** The bytes an entry's hash covers: the previous hash and every field but the sequence number. */
export function hashedText(prev: string, at: string, actor: string, action: string, entity: string, details: string): string {
  return JSON.stringify([prev, at, actor, action, entity, details]);
}

function entryHash(prev: string, at: string, e: { actor: string; action: string; entity: string }, details: string): string {
  return createHash('sha256').update(hashedText(prev, at, e.actor, e.action, e.entity, details)).digest('hex');
}

/** Appends one entry chained to the previous one, and returns its sequence number. Call inside the transaction whose work it records. */
export function appendAudit(db: Db, entry: AuditEntry): number {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const details = JSON.stringify(entry.details);
  const hash = entryHash(prev, at, entry, details);
  const inserted = db
    .prepare('INSERT INTO audit_log (at, actor, action, entity, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(at, entry.actor, entry.action, entry.entity, details, prev, hash);
  return Number(inserted.lastInsertRowid);
}
