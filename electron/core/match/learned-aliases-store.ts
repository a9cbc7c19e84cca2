import type { LearnedAlias } from '../../../shared/reconcile';
import type { Db } from '../db';

export function loadLearnedAliases(db: Db): LearnedAlias[] {
  return db.prepare("SELECT kind, alias AS text, target_id AS targetId FROM aliases WHERE origin IN ('learned', 'shared')").all() as LearnedAlias[];
}

/** Stores a decision; the same text of the same kind later means that target. Returns whether it replaced another. */
export function storeAlias(db: Db, alias: LearnedAlias, origin: 'learned' | 'shared', actor: string): boolean {
  const existed = db.prepare('SELECT 1 FROM aliases WHERE kind = ? AND alias = ?').get(alias.kind, alias.text) !== undefined;
  db.prepare(
    `INSERT INTO aliases (kind, alias, target_id, origin, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, alias) DO UPDATE SET target_id = excluded.target_id, origin = excluded.origin,
       actor = excluded.actor, created_at = excluded.created_at`,
  ).run(alias.kind, alias.text, alias.targetId, origin, actor, new Date().toISOString());
  return existed;
}
