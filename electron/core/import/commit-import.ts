import type { ImportConflict } from '../../../shared/import-api';
import type { RecordKind } from '../../../shared/records';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../curate/audit-log';
import type { Db } from '../db/open-database';
import type { StagedRecord } from './staged-record';
import { getImport } from './staging-store';

type Value = string | number | null;
type Choice = 'keep-existing' | 'take-imported';

/** Where each kind of record lands, what identifies it there, and what an import may change. */
const TARGETS: Record<RecordKind, { table: string; keys: string[]; values: string[] }> = {
  answers: { table: 'answers', keys: ['indicator'], values: ['value', 'score', 'confidence', 'citation', 'note'] },
  evidence: { table: 'evidence', keys: ['type', 'title', 'citation'], values: ['date', 'url', 'excerpt', 'categories', 'indicators'] },
  ratifications: { table: 'ratifications', keys: ['instrument'], values: ['status', 'date', 'reservations'] },
};

interface ReadyRow {
  row: number;
  resolved: Record<string, Value>;
}

function readyRows(db: Db, importId: string): ReadyRow[] {
  const rows = db
    .prepare("SELECT row_number, record FROM staging_rows WHERE import_id = ? AND status = 'ready' ORDER BY row_number")
    .all(importId) as { row_number: number; record: string }[];
  return rows.map((r) => ({ row: r.row_number, resolved: (JSON.parse(r.record) as StagedRecord).resolved ?? {} }));
}

const keyOf = (keys: readonly string[], values: Record<string, Value>) => JSON.stringify(keys.map((k) => values[k] ?? null));
const same = (a: Value | undefined, b: Value | undefined) => (a ?? null) === null ? (b ?? null) === null : String(a) === String(b ?? '');

function existingRecords(db: Db, kind: RecordKind, submissionId: string): Map<string, Record<string, Value>> {
  const { table, keys, values } = TARGETS[kind];
  const rows = db.prepare(`SELECT ${[...keys, ...values].join(', ')} FROM ${table} WHERE submission_id = ?`).all(submissionId) as Record<string, Value>[];
  return new Map(rows.map((r) => [keyOf(keys, r), r]));
}

function differs(kind: RecordKind, existing: Record<string, Value>, imported: Record<string, Value>): boolean {
  return TARGETS[kind].values.some((v) => !same(existing[v], imported[v]));
}

function describe(values: Record<string, Value>, fields: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(fields.map((f) => [f, values[f] === null || values[f] === undefined ? null : String(values[f])]));
}

/**
 * The rows whose record already exists in the workspace with other values — in the workspace before
 * this import, or earlier in the same file. Rows identical to what exists are not conflicts: they change nothing.
 */
export function findConflicts(db: Db, importId: string): ImportConflict[] {
  const imp = getImport(db, importId);
  const { keys, values } = TARGETS[imp.kind];
  const known = existingRecords(db, imp.kind, imp.submissionId);
  const conflicts: ImportConflict[] = [];
  for (const { row, resolved } of readyRows(db, importId)) {
    const key = keyOf(keys, resolved);
    const existing = known.get(key);
    if (existing && differs(imp.kind, existing, resolved))
      conflicts.push({
        row,
        key: keys.map((k) => String(resolved[k] ?? '')).join(' · '),
        existing: describe(existing, values),
        imported: describe(resolved, values),
      });
    if (!existing) known.set(key, resolved);
  }
  return conflicts;
}

export interface CommitOptions {
  actor: string;
  choice: Choice;
  perRow: { row: number; choice: Choice }[];
}

/** Writes the ready rows as one transaction with one audit entry: the workspace gets all of them or none. */
export function commitImport(db: Db, importId: string, options: CommitOptions): { inserted: number; updated: number; unchanged: number; kept: number } {
  const imp = getImport(db, importId);
  if (imp.status !== 'staged') throw new MrcError('import-closed', `This import is already ${imp.status}.`);
  const { table, keys, values } = TARGETS[imp.kind];
  const columns = [...keys, ...values];
  const stamp = imp.kind === 'answers' ? ', updated_at' : '';
  const insert = db.prepare(
    `INSERT INTO ${table} (submission_id, ${columns.join(', ')}, import_id${imp.kind === 'answers' ? '' : ', source_row'}${stamp})
     VALUES (?, ${columns.map(() => '?').join(', ')}, ?${imp.kind === 'answers' ? '' : ', ?'}${stamp ? ', ?' : ''})`,
  );
  const update = db.prepare(
    `UPDATE ${table} SET ${values.map((v) => `${v} = ?`).join(', ')}, import_id = ?${stamp ? ', updated_at = ?' : ''}
     WHERE submission_id = ? AND ${keys.map((k) => `${k} = ?`).join(' AND ')}`,
  );
  const choiceOf = new Map(options.perRow.map((p) => [p.row, p.choice]));
  const now = new Date().toISOString();
  const counts = { inserted: 0, updated: 0, unchanged: 0, kept: 0 };
  db.transaction(() => {
    const known = existingRecords(db, imp.kind, imp.submissionId);
    for (const { row, resolved } of readyRows(db, importId)) {
      const key = keyOf(keys, resolved);
      const existing = known.get(key);
      const valueParams = values.map((v) => resolved[v] ?? null);
      const keyParams = keys.map((k) => resolved[k] ?? null);
      if (!existing) {
        const tail = imp.kind === 'answers' ? [importId, now] : [importId, row];
        insert.run(imp.submissionId, ...keyParams, ...valueParams, ...tail);
        known.set(key, resolved);
        counts.inserted++;
      } else if (!differs(imp.kind, existing, resolved)) counts.unchanged++;
      else if ((choiceOf.get(row) ?? options.choice) === 'take-imported') {
        update.run(...valueParams, importId, ...(stamp ? [now] : []), imp.submissionId, ...keyParams);
        known.set(key, resolved);
        counts.updated++;
      } else counts.kept++;
    }
    db.prepare("UPDATE staging_rows SET status = 'committed' WHERE import_id = ? AND status = 'ready'").run(importId);
    db.prepare("UPDATE imports SET status = 'committed', committed_at = ?, summary = ? WHERE id = ?").run(now, JSON.stringify(counts), importId);
    appendAudit(db, {
      actor: options.actor,
      action: 'import.commit',
      entity: `import:${importId}`,
      details: { submission: imp.submissionId, kind: imp.kind, ...counts },
    });
  })();
  return counts;
}
