import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db/open-database';
import { reconciliationQueue, searchTargets } from '../../../../electron/core/reconcile/reconcile-queue';
import { loadEmbeddedSchema } from '../../../../electron/core/schema/load-schema';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt } from '../migrate-to';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

const SUBMISSION = 'sub-1';
const INSTRUMENTS = [
  ['un-icrmw', 'ICRMW', 1990, 'un-convention'],
  ['ilo-c097', 'C097', 1949, 'ilo-convention'],
  ['ilo-r202', 'R202', 2012, 'ilo-recommendation'],
  ['gcm-2018', 'GCM', 2018, 'compact'],
] as const;

interface OldRow {
  row: number;
  status: 'ready' | 'needs-reconciliation';
  instrument: string | null;
  written: string;
  stored: string | null;
}

/** A workspace as format 2 left it: every instrument took a treaty's statuses, and status references had one context. */
function writeFormatTwoWorkspace(file: string): void {
  const db = createDatabaseAt(file, 2);
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.0.0', 'core', 'abc', '{}', ?)").run(now);
  db.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  db.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES (?, 'KEN', 2025, 'mri-core', '1.0.0', ?)").run(SUBMISSION, now);
  for (const [id, short, year, kind] of INSTRUMENTS)
    db.prepare("INSERT INTO instruments VALUES (?, ?, ?, ?, ?, '[]')").run(id, short, short, year, kind);
  db.prepare("INSERT INTO sources (id, name, sha256, size, added_at) VALUES (1, 'old.xlsx', 'f00', 10, ?)").run(now);
  db.prepare("INSERT INTO answers (submission_id, indicator, value, score, updated_at) VALUES (?, 'RAT-12', 'not-endorsed', 0, ?)").run(SUBMISSION, now);

  const addImport = (id: string, status: 'staged' | 'committed', rows: OldRow[]) => {
    db.prepare(
      `INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at)
       VALUES (?, ?, 1, 'ratifications', 'Ratifications', ?, '[]', ?, ?)`,
    ).run(id, SUBMISSION, JSON.stringify({ fileName: 'old.xlsx' }), status, now);
    for (const r of rows) {
      const refs = [
        { field: 'instrument', kind: 'instrument', text: r.instrument ?? 'Some treaty', targetId: r.instrument, candidates: [] },
        { field: 'status', kind: 'answer', text: r.written, context: 'ratification-status', targetId: r.stored, candidates: [] },
      ];
      const resolved = r.status === 'ready' ? JSON.stringify({ instrument: r.instrument, status: r.stored, date: null, reservations: null }) : null;
      db.prepare(
        "INSERT INTO staging_rows (import_id, row_number, status, resolved, problems, record, cells) VALUES (?, ?, ?, jsonb(?), '[]', ?, '[]')",
      ).run(id, r.row, r.status, resolved, JSON.stringify({ fields: { instrument: r.instrument ?? 'Some treaty', status: r.written }, refs }));
      if (status === 'committed' && r.status === 'ready')
        db.prepare('INSERT INTO ratifications (submission_id, instrument, status, import_id, source_row) VALUES (?, ?, ?, ?, ?)').run(
          SUBMISSION, r.instrument, r.stored, id, r.row,
        );
    }
  };
  addImport('committed-1', 'committed', [
    { row: 3, status: 'ready', instrument: 'un-icrmw', written: 'ratified', stored: 'ratified' },
    { row: 4, status: 'ready', instrument: 'gcm-2018', written: 'ratifié', stored: 'ratified' },
    { row: 5, status: 'ready', instrument: 'ilo-r202', written: 'ratified', stored: 'ratified' },
    { row: 6, status: 'ready', instrument: 'ilo-c097', written: 'signed', stored: 'signed' },
  ]);
  addImport('staged-2', 'staged', [
    { row: 3, status: 'ready', instrument: 'gcm-2018', written: 'denounced', stored: 'denounced' },
    { row: 4, status: 'ready', instrument: 'ilo-r202', written: 'not ratified', stored: 'not-ratified' },
    { row: 5, status: 'needs-reconciliation', instrument: 'gcm-2018', written: 'on board', stored: null },
    { row: 6, status: 'needs-reconciliation', instrument: null, written: 'ratified', stored: 'ratified' },
  ]);
  db.close();
}

interface StagingRow {
  status: string;
  resolved: string | null;
  problems: string;
  record: string;
}
const staging = (db: Db, importId: string, row: number) =>
  db.prepare('SELECT status, json(resolved) AS resolved, problems, record FROM staging_rows WHERE import_id = ? AND row_number = ?').get(importId, row) as StagingRow;
const statusRef = (row: StagingRow) =>
  (JSON.parse(row.record) as { refs: { field: string; text: string; context?: string }[] }).refs.find((r) => r.field === 'status');

describe('migration 3: each kind of instrument has its own statuses', () => {
  let db: Db;
  beforeEach(() => {
    const file = workspaceFile(tmp.dir);
    writeFormatTwoWorkspace(file);
    db = openDatabase(file).db;
  });
  afterEach(() => db.close());

  it('converts a committed status that has one meaning for its kind, and keeps a treaty status as it was', () => {
    const rows = db.prepare('SELECT instrument, status FROM ratifications ORDER BY instrument').all();
    expect(rows).toEqual([
      { instrument: 'gcm-2018', status: 'endorsed' },
      { instrument: 'un-icrmw', status: 'ratified' },
    ]);
  });

  it('turns a committed status its instrument cannot have into an error of its import, with the statuses of its kind', () => {
    for (const row of [3, 4]) expect(staging(db, 'committed-1', row).status).toBe('ready');
    const r202 = staging(db, 'committed-1', 5);
    expect(r202.status).toBe('error');
    expect(r202.resolved).toBeNull();
    const [problem] = JSON.parse(r202.problems) as { code: string; message: string; where: unknown }[];
    expect(problem?.code).toBe('invalid-choice');
    expect(problem?.message).toMatch(
      /^Sheet "Ratifications", row 5: "ratified" is not a status R202 can have: R202 is an ILO recommendation, whose statuses are given effect, submitted or not submitted\. It was taken out/,
    );
    expect(problem?.where).toEqual({ file: 'old.xlsx', sheet: 'Ratifications', row: 5 });
    const c097 = JSON.parse(staging(db, 'committed-1', 6).problems) as { message: string }[];
    expect(c097[0]?.message).toMatch(/"signed" is not a status C097 can have: C097 is an ILO convention, whose statuses are ratified, not ratified or denounced/);
  });

  it('applies the same rules to an import not yet committed', () => {
    expect(JSON.parse(staging(db, 'staged-2', 3).resolved!)).toMatchObject({ instrument: 'gcm-2018', status: 'voted-against' });
    const r202 = staging(db, 'staged-2', 4);
    expect(r202.status).toBe('error');
    expect(JSON.parse(r202.problems)[0].message).toMatch(/"not ratified" is not a status R202 can have.*Correct the status to use this row\.$/);
  });

  it("names the instrument's kind in a waiting status reference, so reconciliation offers that kind's statuses", () => {
    expect(statusRef(staging(db, 'staged-2', 5))?.context).toBe('ratification-status:compact');
    const waiting = statusRef(staging(db, 'staged-2', 6));
    expect(waiting).toMatchObject({ field: 'status', text: 'ratified' });
    expect(waiting).not.toHaveProperty('context');
    const queue = reconciliationQueue(db, SUBMISSION);
    const onBoard = queue.find((item) => item.text === 'on board');
    expect(onBoard?.context).toBe('ratification-status:compact');
    const offered = searchTargets(loadEmbeddedSchema().schema, 'answer', onBoard!.context, '').map((c) => c.targetId);
    expect(offered).toEqual(['endorsed', 'abstained', 'voted-against']);
  });

  it('keeps RAT-12 answers as the schema version they were scored against names them', () => {
    expect(db.prepare("SELECT value FROM answers WHERE indicator = 'RAT-12'").get()).toEqual({ value: 'not-endorsed' });
  });
});
