import type { ImportConflict } from '../../../shared/import-api';
import type { RecordKind } from '../../../shared/records';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../curate/audit-log';
import type { Db } from '../db/open-database';
import { getImport, type StoredImport } from './staging-store';

type Value = string | number | null;
type Resolved = Record<string, Value>;
type Choice = 'keep-existing' | 'take-imported';

/** Where each kind of record lands, what identifies it there, and what an import may change. */
const TARGETS: Record<RecordKind, { table: string; keys: string[]; values: string[] }> = {
  answers: { table: 'answers', keys: ['indicator'], values: ['value', 'score', 'confidence', 'citation', 'note'] },
  evidence: { table: 'evidence', keys: ['type', 'title', 'citation'], values: ['date', 'url', 'excerpt', 'categories', 'indicators'] },
  ratifications: { table: 'ratifications', keys: ['instrument'], values: ['status', 'date', 'reservations'] },
};

/** Rows are read in slices so that a million-row import never sits in memory whole. */
const SLICE = 5_000;

/** The ready rows' resolved values, slice by slice, in file order. */
function* readyRows(db: Db, importId: string): Generator<{ row: number; resolved: Resolved }> {
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

const same = (a: Value | undefined, b: Value | undefined) => ((a ?? null) === null ? (b ?? null) === null : String(a) === String(b ?? ''));

function differs(kind: RecordKind, existing: Resolved, imported: Resolved): boolean {
  return TARGETS[kind].values.some((v) => !same(existing[v], imported[v]));
}

function describe(values: Resolved, fields: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(fields.map((f) => [f, values[f] === null || values[f] === undefined ? null : String(values[f])]));
}

function statements(db: Db, kind: RecordKind) {
  const { table, keys, values } = TARGETS[kind];
  const answers = kind === 'answers';
  const where = `submission_id = ? AND ${keys.map((k) => `${k} = ?`).join(' AND ')}`;
  return {
    find: db.prepare(`SELECT ${values.join(', ')} FROM ${table} WHERE ${where}`),
    insert: db.prepare(
      `INSERT INTO ${table} (submission_id, ${[...keys, ...values].join(', ')}, import_id, ${answers ? 'updated_at' : 'source_row'})
       VALUES (?, ${[...keys, ...values].map(() => '?').join(', ')}, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    update: db.prepare(`UPDATE ${table} SET ${values.map((v) => `${v} = ?`).join(', ')}, import_id = ?${answers ? ', updated_at = ?' : ''} WHERE ${where}`),
  };
}

/**
 * The rows whose record already exists in the workspace with other values — before this import, or
 * earlier in the same file. Found by trying the commit and rolling it back, so the rules are the commit's own.
 */
export function findConflicts(db: Db, importId: string): ImportConflict[] {
  const imp = getImport(db, importId);
  const { keys, values } = TARGETS[imp.kind];
  const conflicts: ImportConflict[] = [];
  try {
    db.transaction(() => {
      writeRows(db, imp, () => 'keep-existing', (row, existing, imported) =>
        conflicts.push({
          row,
          key: keys.map((k) => String(imported[k] ?? '')).join(' · '),
          existing: describe(existing, values),
          imported: describe(imported, values),
        }),
      );
      throw new DryRun();
    }).immediate();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return conflicts;
}

class DryRun extends Error {}

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
  kept: number;
}

/** Inserts each ready row; a row whose record exists is left alone when equal, else settled by the choice. */
function writeRows(
  db: Db,
  imp: StoredImport,
  choiceFor: (row: number) => Choice,
  onConflict?: (row: number, existing: Resolved, imported: Resolved) => void,
): Counts {
  const importId = imp.id;
  const { keys, values } = TARGETS[imp.kind];
  const { find, insert, update } = statements(db, imp.kind);
  const now = new Date().toISOString();
  const counts: Counts = { inserted: 0, updated: 0, unchanged: 0, kept: 0 };
  for (const { row, resolved } of readyRows(db, importId)) {
    const keyParams = keys.map((k) => resolved[k] ?? null);
    const valueParams = values.map((v) => resolved[v] ?? null);
    if (insert.run(imp.submissionId, ...keyParams, ...valueParams, importId, imp.kind === 'answers' ? now : row).changes === 1) {
      counts.inserted++;
      continue;
    }
    const existing = find.get(imp.submissionId, ...keyParams) as Resolved;
    if (!differs(imp.kind, existing, resolved)) {
      counts.unchanged++;
      continue;
    }
    onConflict?.(row, existing, resolved);
    if (choiceFor(row) === 'take-imported') {
      update.run(...valueParams, importId, ...(imp.kind === 'answers' ? [now] : []), imp.submissionId, ...keyParams);
      counts.updated++;
    } else counts.kept++;
  }
  return counts;
}

/**
 * The common case — nothing of this import exists yet — as one INSERT … SELECT. It reports success only
 * when every ready row went in; otherwise it undoes itself and the row-by-row path settles each one.
 */
function insertAllAtOnce(db: Db, imp: StoredImport): number | null {
  const importId = imp.id;
  const { table, keys, values } = TARGETS[imp.kind];
  const columns = [...keys, ...values];
  const { n: ready } = db.prepare("SELECT count(*) AS n FROM staging_rows WHERE import_id = ? AND status = 'ready'").get(importId) as { n: number };
  const answers = imp.kind === 'answers';
  db.exec('SAVEPOINT insert_all');
  const { changes } = db
    .prepare(
      `INSERT INTO ${table} (submission_id, ${columns.join(', ')}, import_id, ${answers ? 'updated_at' : 'source_row'})
       SELECT ?, ${columns.map((c) => `json_extract(resolved, '$.${c}')`).join(', ')}, ?, ${answers ? '?' : 'row_number'}
       FROM staging_rows WHERE import_id = ? AND status = 'ready' ORDER BY row_number
       ON CONFLICT DO NOTHING`,
    )
    .run(imp.submissionId, importId, ...(answers ? [new Date().toISOString()] : []), importId);
  if (changes === ready) {
    db.exec('RELEASE insert_all');
    return ready;
  }
  db.exec('ROLLBACK TO insert_all');
  db.exec('RELEASE insert_all');
  return null;
}

export interface CommitOptions {
  actor: string;
  choice: Choice;
  perRow: { row: number; choice: Choice }[];
}

/**
 * Writes the ready rows as one write transaction (IMMEDIATE: it reads, then writes, and must not be overtaken
 * in between) with one audit entry: the workspace gets all of them or none.
 * The ready rows of a committed import are its committed rows; they are not rewritten one by one.
 */
export function commitImport(db: Db, importId: string, options: CommitOptions): Counts {
  const choiceOf = new Map(options.perRow.map((p) => [p.row, p.choice]));
  return db.transaction(() => {
    // Read under the write lock: another process may have committed or abandoned it meanwhile.
    const imp = getImport(db, importId);
    if (imp.status !== 'staged') throw new MrcError('import-closed', `This import is already ${imp.status}.`);
    const inserted = insertAllAtOnce(db, imp);
    const counts =
      inserted === null
        ? writeRows(db, imp, (row) => choiceOf.get(row) ?? options.choice)
        : { inserted, updated: 0, unchanged: 0, kept: 0 };
    const now = new Date().toISOString();
    db.prepare("UPDATE imports SET status = 'committed', committed_at = ?, summary = ? WHERE id = ?").run(now, JSON.stringify(counts), importId);
    appendAudit(db, {
      actor: options.actor,
      action: 'import.commit',
      entity: `import:${importId}`,
      details: { submission: imp.submissionId, kind: imp.kind, ...counts },
    });
    return counts;
  }).immediate();
}

/** Closes a staged import without committing it: its rows stay in staging, with the decision recorded. */
export function abandonImport(db: Db, importId: string, actor: string): void {
  db.transaction(() => {
    const imp = getImport(db, importId);
    if (imp.status !== 'staged') throw new MrcError('import-closed', `This import is already ${imp.status}.`);
    db.prepare("UPDATE imports SET status = 'abandoned' WHERE id = ?").run(importId);
    appendAudit(db, { actor, action: 'import.abandon', entity: `import:${importId}`, details: { submission: imp.submissionId } });
  }).immediate();
}
