import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import * as editsMigration from '../../../../electron/core/db/migrations/006-edits';
import { migrations } from '../../../../electron/core/db/migrations/index';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;
const NOW = '2026-12-01T10:00:00.000Z';
/** The format this migration starts from: its place in the list (formats count the migrations applied). */
const FORMAT = migrations.indexOf(editsMigration);

/** A workspace one format before the edits index, with a submission, an answer and an audit entry. */
function fillPreviousFormat(target: Db): void {
  target.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.1.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  target.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  target.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES ('sub-1', 'KEN', 2025, 'mri-core', '1.1.0', ?)").run(NOW);
  target.prepare("INSERT INTO answers (submission_id, indicator, value, score, updated_at) VALUES ('sub-1', 'SP-01', 'yes', 100, ?)").run(NOW);
  target
    .prepare("INSERT INTO audit_log (at, actor, action, entity, details, prev_hash, hash) VALUES (?, 'me', 'submission.create', 'submission:sub-1', '{}', ?, ?)")
    .run(NOW, '0'.repeat(64), 'f'.repeat(64));
}

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), FORMAT);
  fillPreviousFormat(db);
  before = everyRow(db);
  migrateTo(db, FORMAT + 1);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 6: the audit log indexed by edit, for undo, redo and each indicator history', () => {
  it('keeps every row as it was and starts with no edits: the entries before it were not undoable', () => {
    expect(everyRow(db, before)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM edits').get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(FORMAT + 1);
  });

  it("records an undo only of an edit, and drops a submission's edits with it", () => {
    db.prepare("INSERT INTO edits (seq, submission_id, kind, of) VALUES (1, 'sub-1', 'edit', NULL)").run();
    db.prepare("INSERT INTO edit_indicators (seq, indicator) VALUES (1, 'SP-01')").run();
    expect(() => db.prepare("INSERT INTO edits (seq, submission_id, kind, of) VALUES (2, 'sub-1', 'undo', NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO edits (seq, submission_id, kind, of) VALUES (2, 'sub-1', 'edit', 1)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO edits (seq, submission_id, kind, of) VALUES (2, 'sub-1', 'undo', 1)").run();
    db.prepare("DELETE FROM submissions WHERE id = 'sub-1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM edits) AS edits, (SELECT count(*) FROM edit_indicators) AS indicators').get()).toEqual({ edits: 0, indicators: 0 });
  });
});
