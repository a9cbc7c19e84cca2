import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;

const NOW = '2026-12-01T09:00:00.000Z';

/** A format-4 workspace: a committed import with evidence pointing at it, a staged one, an abandoned one, and a row marked 'committed'. */
function fillFormatFour(target: Db): void {
  target.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.0.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  target.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  target.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES ('sub-1', 'KEN', 2025, 'mri-core', '1.0.0', ?)").run(NOW);
  target.prepare("INSERT INTO sources (id, name, sha256, size, bytes, added_at) VALUES (1, 'laws.xlsx', 'f00d', 4, x'504b0304', ?)").run(NOW);
  const addImport = target.prepare(
    "INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, committed_at, summary) VALUES (?, 'sub-1', 1, 'evidence', 'Laws', '{\"fileName\":\"laws.xlsx\"}', '[]', ?, ?, ?, ?)",
  );
  addImport.run('imp-committed', 'committed', NOW, NOW, '{"inserted":2}');
  addImport.run('imp-staged', 'staged', NOW, null, null);
  addImport.run('imp-abandoned', 'abandoned', NOW, null, null);
  target
    .prepare("INSERT INTO evidence (submission_id, type, title, citation, import_id, source_row) VALUES ('sub-1', 'law', 'Employment Act', 'art. 5', 'imp-committed', 2)")
    .run();
  const stage = target.prepare(
    "INSERT INTO staging_rows (import_id, row_number, status, resolved, problems, record, cells, by_similarity) VALUES (?, ?, ?, jsonb(?), '[]', '{\"fields\":{},\"refs\":[]}', '[\"law\"]', ?)",
  );
  stage.run('imp-committed', 2, 'ready', '{"type":"law","title":"Employment Act"}', 0);
  stage.run('imp-committed', 3, 'committed', '{"type":"law","title":"Refugees Act"}', 1);
  stage.run('imp-staged', 2, 'needs-reconciliation', null, 0);
  stage.run('imp-staged', 3, 'excluded', null, 0);
  stage.run('imp-abandoned', 2, 'error', null, 0);
}

const indexesOf = (target: Db, table: string) =>
  target.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name").all(table);

let indexesBefore: Record<string, unknown[]>;

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), 4);
  fillFormatFour(db);
  before = everyRow(db);
  indexesBefore = { imports: indexesOf(db, 'imports'), staging_rows: indexesOf(db, 'staging_rows') };
  migrateTo(db, 5);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 5: imports being written, and no committed staging rows', () => {
  it('keeps every import and every staged row, a row marked committed becoming ready, and every index', () => {
    const { staging_rows: staged, ...rest } = before;
    const withoutCommitted = { ...staged!, rows: staged!.rows.map((row) => row.map((cell) => (cell === 'committed' ? 'ready' : cell))) };
    expect(everyRow(db, { ...rest, staging_rows: withoutCommitted })).toEqual({ ...rest, staging_rows: withoutCommitted });
    expect(db.prepare("SELECT import_id, row_number FROM staging_rows WHERE status = 'ready' ORDER BY row_number").all()).toEqual([
      { import_id: 'imp-committed', row_number: 2 },
      { import_id: 'imp-committed', row_number: 3 },
    ]);
    expect(indexesOf(db, 'staging_rows')).toEqual(indexesBefore.staging_rows);
    expect(indexesOf(db, 'imports')).toEqual(
      [...indexesBefore.imports!, { name: 'imports_writing', sql: "CREATE INDEX imports_writing ON imports (writer) WHERE status = 'writing'" }].sort(
        (a, b) => String((a as { name: string }).name).localeCompare((b as { name: string }).name),
      ),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
  });

  it("takes an import being written, with its writer, and refuses a 'writing' import without one", () => {
    const add = db.prepare(
      "INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, writer) VALUES (?, 'sub-1', 1, 'evidence', 'Laws', '{}', '[]', ?, ?, ?)",
    );
    add.run('imp-writing', 'writing', NOW, '4242:0123abcd');
    expect(db.prepare("SELECT writer FROM imports WHERE id = 'imp-writing'").get()).toEqual({ writer: '4242:0123abcd' });
    expect(() => add.run('imp-ownerless', 'writing', NOW, null)).toThrow(/CHECK constraint failed/);
    expect(() => add.run('imp-owned', 'staged', NOW, '4242:0123abcd')).toThrow(/CHECK constraint failed/);
  });

  it("refuses the 'committed' status on a staged row now", () => {
    expect(() => db.prepare("UPDATE staging_rows SET status = 'committed' WHERE import_id = 'imp-staged'").run()).toThrow(/CHECK constraint failed/);
  });

  it('keeps the references of other tables pointing at the rebuilt imports, deletes cascading to its rows', () => {
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("UPDATE evidence SET import_id = 'no-such-import'").run()).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare("DELETE FROM imports WHERE id = 'imp-abandoned'").run();
    expect(db.prepare("SELECT count(*) AS n FROM staging_rows WHERE import_id = 'imp-abandoned'").get()).toEqual({ n: 0 });
  });
});
