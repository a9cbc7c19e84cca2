import type { CommitResult } from '../../../../shared/import-contract';
import { MrcError } from '../../../../shared/errors';
import { appendAudit } from '../../audit';
import type { Db } from '../../db';
import { commitCitations, commitEvidenceLinks } from './commit-citations';
import { describe, differs, findExisting, readyRows, repeatedRecords, TARGETS, type RepeatedRecord, type Resolved } from './commit-plan';
import { getImport, type StoredImport } from '../stage/staging-store';

type Choice = 'keep-existing' | 'take-imported';

export interface CommitOptions {
  actor: string;
  choice: Choice;
  perRow: { row: number; choice: Choice }[];
}

function statements(db: Db, imp: StoredImport) {
  const { table, keys, values } = TARGETS[imp.kind];
  const answers = imp.kind === 'answers';
  const where = `submission_id = ? AND ${keys.map((k) => `${k} = ?`).join(' AND ')}`;
  return {
    insert: db.prepare(
      `INSERT INTO ${table} (submission_id, ${[...keys, ...values].join(', ')}, import_id, ${answers ? 'updated_at' : 'source_row'})
       VALUES (?, ${[...keys, ...values].map(() => '?').join(', ')}, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    update: db.prepare(`UPDATE ${table} SET ${values.map((v) => `${v} = ?`).join(', ')}, import_id = ?${answers ? ', updated_at = ?' : ''} WHERE ${where}`),
  };
}

type Counts = Omit<CommitResult, 'evidenceAdded' | 'evidenceLinked'>;

/** Which row speaks for a record that several rows give (none when the existing value is kept), and with what choice. */
interface Settled {
  winner: number | null;
  choice: Choice;
}

/**
 * Rows that agree need nobody; rows that disagree need the person's pick of one row, or of the
 * existing value when there is one. Anything else is refused, naming the rows: never a silent pick.
 */
function settleRepeated(imp: StoredImport, group: RepeatedRecord, existing: Resolved | undefined, choiceOf: (row: number) => Choice | undefined, fallback: Choice): Settled {
  const explicit = group.rows.map((r) => choiceOf(r.row)).find((c) => c !== undefined);
  if (!group.disagree) return { winner: group.rows[0]!.row, choice: explicit ?? fallback };
  const taken = group.rows.filter((r) => choiceOf(r.row) === 'take-imported');
  if (taken.length > 0 && taken.every((r) => !differs(imp.kind, taken[0]!.resolved, r.resolved))) return { winner: taken[0]!.row, choice: 'take-imported' };
  if (existing !== undefined && taken.length === 0 && (explicit ?? fallback) === 'keep-existing') return { winner: null, choice: 'keep-existing' };
  const shown = group.rows.map((r) => `row ${r.row} (${Object.values(describe(imp.kind, r.resolved)).filter((v) => v !== null).join(', ')})`);
  throw new MrcError(
    'rows-disagree',
    `Rows of sheet "${imp.sheet}" give different values for ${group.key}: ${shown.join('; ')}. Choose the row to take${existing ? ', or keep the existing value' : ''}, or leave the others out.`,
    { where: { sheet: imp.sheet, row: group.rows[0]!.row }, params: { sheet: imp.sheet, key: group.key, rows: group.rows.map((r) => r.row).join(', ') } },
  );
}

type Quiet = 'repeated' | 'notTaken' | 'kept';

/** What each row of a repeated record does: the winner speaks with its choice, the others are counted, not written. */
function planRepeated(db: Db, imp: StoredImport, options: CommitOptions, existingOf: (r: Resolved) => Resolved | undefined) {
  const choiceOf = new Map(options.perRow.map((p) => [p.row, p.choice]));
  const speaking = new Map<number, Choice>();
  const quiet = new Map<number, Quiet>();
  for (const group of repeatedRecords(db, imp).values()) {
    const settled = settleRepeated(imp, group, existingOf(group.rows[0]!.resolved), (row) => choiceOf.get(row), options.choice);
    const winner = group.rows.find((r) => r.row === settled.winner);
    group.rows.forEach((r, i) => {
      if (winner === r) speaking.set(r.row, settled.choice);
      // A record kept against every row of the file is one record kept; its other rows were not taken.
      else if (!winner) quiet.set(r.row, i === 0 ? 'kept' : 'notTaken');
      else quiet.set(r.row, differs(imp.kind, winner.resolved, r.resolved) ? 'notTaken' : 'repeated');
    });
  }
  return { choiceFor: (row: number) => speaking.get(row) ?? choiceOf.get(row) ?? options.choice, quiet };
}

/** Inserts each ready row; a record that exists is left alone when equal, else settled by the choice; a repeated record once. */
function writeRows(db: Db, imp: StoredImport, options: CommitOptions): { counts: Counts; taken: Set<number> } {
  const { keys, values } = TARGETS[imp.kind];
  const { insert, update } = statements(db, imp);
  const existingOf = findExisting(db, imp);
  const { choiceFor, quiet } = planRepeated(db, imp, options, existingOf);
  const now = new Date().toISOString();
  const counts: Counts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, kept: 0, repeated: 0, notTaken: 0 };
  const taken = new Set<number>();
  for (const { row, resolved } of readyRows(db, imp.id)) {
    counts.rows++;
    const silent = quiet.get(row);
    if (silent) {
      counts[silent]++;
      continue;
    }
    const keyParams = keys.map((k) => resolved[k] ?? null);
    const valueParams = values.map((v) => resolved[v] ?? null);
    if (insert.run(imp.submissionId, ...keyParams, ...valueParams, imp.id, imp.kind === 'answers' ? now : row).changes === 1) {
      counts.inserted++;
      taken.add(row);
      continue;
    }
    if (!differs(imp.kind, existingOf(resolved)!, resolved)) {
      counts.unchanged++;
      taken.add(row);
    } else if (choiceFor(row) === 'take-imported') {
      update.run(...valueParams, imp.id, ...(imp.kind === 'answers' ? [now] : []), imp.submissionId, ...keyParams);
      counts.updated++;
      taken.add(row);
    } else counts.kept++;
  }
  return { counts, taken };
}

/**
 * The common case — nothing of this import exists yet, no record twice — as one INSERT … SELECT. It
 * reports success only when every ready row went in; otherwise it undoes itself and the row-by-row path settles each one.
 */
function insertAllAtOnce(db: Db, imp: StoredImport): number | null {
  const { table, keys, values } = TARGETS[imp.kind];
  const columns = [...keys, ...values];
  const { n: ready } = db.prepare("SELECT count(*) AS n FROM staging_rows WHERE import_id = ? AND status = 'ready'").get(imp.id) as { n: number };
  const answers = imp.kind === 'answers';
  db.exec('SAVEPOINT insert_all');
  const { changes } = db
    .prepare(
      `INSERT INTO ${table} (submission_id, ${columns.join(', ')}, import_id, ${answers ? 'updated_at' : 'source_row'})
       SELECT ?, ${columns.map((c) => `json_extract(resolved, '$.${c}')`).join(', ')}, ?, ${answers ? '?' : 'row_number'}
       FROM staging_rows WHERE import_id = ? AND status = 'ready' ORDER BY row_number
       ON CONFLICT DO NOTHING`,
    )
    .run(imp.submissionId, imp.id, ...(answers ? [new Date().toISOString()] : []), imp.id);
  if (changes === ready) {
    db.exec('RELEASE insert_all');
    return ready;
  }
  db.exec('ROLLBACK TO insert_all');
  db.exec('RELEASE insert_all');
  return null;
}

/**
 * Writes the ready rows as one write transaction (IMMEDIATE: it reads, then writes, and must not be overtaken
 * in between) with one audit entry: the workspace gets all of them or none.
 * The ready rows of a committed import are its committed rows; they are not rewritten one by one.
 */
export function commitImport(db: Db, importId: string, options: CommitOptions): CommitResult {
  return db.transaction(() => {
    // Read under the write lock: another process may have committed or abandoned it meanwhile.
    const imp = getImport(db, importId);
    if (imp.status !== 'staged') throw new MrcError('import-closed', `This import is already ${imp.status}.`, { params: { status: imp.status } });
    const inserted = insertAllAtOnce(db, imp);
    const written =
      inserted === null
        ? writeRows(db, imp, options)
        : { counts: { rows: inserted, inserted, updated: 0, unchanged: 0, kept: 0, repeated: 0, notTaken: 0 }, taken: null };
    const evidence =
      imp.kind === 'answers'
        ? commitCitations(db, imp, written.taken)
        : { evidenceAdded: 0, evidenceLinked: imp.kind === 'evidence' ? commitEvidenceLinks(db, imp, written.taken) : 0 };
    const result: CommitResult = { ...written.counts, ...evidence };
    const now = new Date().toISOString();
    db.prepare("UPDATE imports SET status = 'committed', committed_at = ?, summary = ? WHERE id = ?").run(now, JSON.stringify(result), importId);
    appendAudit(db, {
      actor: options.actor,
      action: 'import.commit',
      entity: `import:${importId}`,
      details: { submission: imp.submissionId, kind: imp.kind, ...result },
    });
    return result;
  }).immediate();
}

/** Closes a staged import without committing it: its rows stay in staging, with the decision recorded. */
export function abandonImport(db: Db, importId: string, actor: string): void {
  db.transaction(() => {
    const imp = getImport(db, importId);
    if (imp.status !== 'staged') throw new MrcError('import-closed', `This import is already ${imp.status}.`, { params: { status: imp.status } });
    db.prepare("UPDATE imports SET status = 'abandoned' WHERE id = ?").run(importId);
    appendAudit(db, { actor, action: 'import.abandon', entity: `import:${importId}`, details: { submission: imp.submissionId } });
  }).immediate();
}
