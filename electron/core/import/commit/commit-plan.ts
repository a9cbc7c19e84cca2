import type { ImportConflict } from '../../../../shared/import-contract';
import type { RecordKind } from '../../../../shared/records';
import type { Db } from '../../db';
import type { StoredImport } from '../stage/staging-store';

export type Value = string | number | null;
export type Resolved = Record<string, unknown>;

/** Where each kind of record lands, what identifies it there, and what an import may change. */
export const TARGETS: Record<RecordKind, { table: string; keys: string[]; values: string[] }> = {
  answers: { table: 'answers', keys: ['indicator'], values: ['value', 'score', 'confidence', 'citation', 'note'] },
  evidence: { table: 'evidence', keys: ['type', 'title', 'citation'], values: ['date', 'url', 'excerpt', 'categories', 'indicators'] },
  ratifications: { table: 'ratifications', keys: ['instrument'], values: ['status', 'date', 'reservations'] },
};

/** Rows are read in slices so that a million-row import never sits in memory whole. */
const SLICE = 5_000;

/** The ready rows' resolved values, slice by slice, in file order. */
export function* readyRows(db: Db, importId: string): Generator<{ row: number; resolved: Resolved }> {
  const slice = db.prepare(
    `SELECT row_number, json(resolved) AS resolved FROM staging_rows
     WHERE import_id = ? AND status = 'ready' AND row_number > ? ORDER BY row_number LIMIT ${SLICE}`,
  );
  let after = 0;
  for (;;) {
    const rows = slice.all(importId, after) as { row_number: number; resolved: string }[];
    for (const r of rows) yield { row: r.row_number, resolved: JSON.parse(r.resolved) as Resolved };
    if (rows.length < SLICE) return;
    after = rows[rows.length - 1]!.row_number;
  }
}

const asValue = (v: unknown): Value => (v === undefined || v === null ? null : (v as string | number));
const same = (a: unknown, b: unknown) => (asValue(a) === null ? asValue(b) === null : String(asValue(a)) === String(asValue(b) ?? ''));

export function differs(kind: RecordKind, a: Resolved, b: Resolved): boolean {
  return TARGETS[kind].values.some((v) => !same(a[v], b[v]));
}

export function keyOf(kind: RecordKind, resolved: Resolved): string {
  return TARGETS[kind].keys.map((k) => String(asValue(resolved[k]) ?? '')).join(' · ');
}

export function describe(kind: RecordKind, values: Resolved): Record<string, string | null> {
  return Object.fromEntries(TARGETS[kind].values.map((f) => [f, asValue(values[f]) === null ? null : String(values[f])]));
}

export function findExisting(db: Db, imp: StoredImport) {
  const { table, keys, values } = TARGETS[imp.kind];
  const find = db.prepare(`SELECT ${values.join(', ')} FROM ${table} WHERE submission_id = ? AND ${keys.map((k) => `${k} = ?`).join(' AND ')}`);
  return (resolved: Resolved) => find.get(imp.submissionId, ...keys.map((k) => asValue(resolved[k]))) as Resolved | undefined;
}

/** The rows of one record in this file, when the file has more than one. */
export interface RepeatedRecord {
  key: string;
  rows: { row: number; resolved: Resolved }[];
  /** The rows do not all give the same values. */
  disagree: boolean;
}

/** Records that more than one ready row of the import gives, found by SQL so that a file without any costs one query. */
export function repeatedRecords(db: Db, imp: StoredImport): Map<string, RepeatedRecord> {
  const { keys } = TARGETS[imp.kind];
  const keyExpr = `json_array(${keys.map((k) => `json_extract(resolved, '$.${k}')`).join(', ')})`;
  const rows = db
    .prepare(
      `SELECT row_number, json(resolved) AS resolved FROM staging_rows
       WHERE import_id = ? AND status = 'ready' AND ${keyExpr} IN (
         SELECT ${keyExpr} FROM staging_rows WHERE import_id = ? AND status = 'ready' GROUP BY 1 HAVING count(*) > 1)
       ORDER BY row_number`,
    )
    .all(imp.id, imp.id) as { row_number: number; resolved: string }[];
  const groups = new Map<string, RepeatedRecord>();
  for (const r of rows) {
    const resolved = JSON.parse(r.resolved) as Resolved;
    const key = keyOf(imp.kind, resolved);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, rows: [], disagree: false }));
    if (group.rows.length > 0 && differs(imp.kind, group.rows[0]!.resolved, resolved)) group.disagree = true;
    group.rows.push({ row: r.row_number, resolved });
  }
  return groups;
}

/**
 * Records the person must look at before the commit: those whose file value differs from what the
 * submission holds, and those that rows of the file disagree on — each with every row giving it.
 */
export function findConflicts(db: Db, imp: StoredImport): ImportConflict[] {
  const repeated = repeatedRecords(db, imp);
  const existingOf = findExisting(db, imp);
  const conflicts: ImportConflict[] = [];
  const show = (rows: RepeatedRecord['rows']) => rows.map((r) => ({ row: r.row, values: describe(imp.kind, r.resolved) }));
  for (const { row, resolved } of readyRows(db, imp.id)) {
    const key = keyOf(imp.kind, resolved);
    const group = repeated.get(key);
    if (group && group.rows[0]!.row !== row) continue;
    const rows = group?.rows ?? [{ row, resolved }];
    const existing = existingOf(resolved);
    const changesExisting = existing !== undefined && rows.some((r) => differs(imp.kind, existing, r.resolved));
    if (!changesExisting && !group?.disagree) continue;
    conflicts.push({
      key,
      existing: existing === undefined ? null : describe(imp.kind, existing),
      rows: show(rows),
      inFile: group?.disagree ?? false,
    });
  }
  return conflicts;
}
