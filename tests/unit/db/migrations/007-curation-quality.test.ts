import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as curationQuality from '../../../../electron/core/db/migrations/007-curation-quality';
import { migrations } from '../../../../electron/core/db/migrations/index';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

/** Migration 7 is written while 5 and 6 are made on other branches: its format is its place in the list. */
const FORMAT = migrations.indexOf(curationQuality) + 1;
const NOW = '2026-11-20T10:00:00.000Z';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;

/** A workspace of the format before, with a submission, answers and evidence linked to one of them. */
function fillFormatBefore(target: Db): void {
  target.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.1.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  target.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  const submission = target.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES (?, 'KEN', ?, 'mri-core', '1.1.0', ?)");
  submission.run('sub-2024', 2024, NOW);
  submission.run('sub-2025', 2025, NOW);
  target.prepare("INSERT INTO answers (submission_id, indicator, value, score, updated_at) VALUES ('sub-2025', 'SS-01', 'yes', 100, ?), ('sub-2024', 'SS-01', 'no', 0, ?)").run(NOW, NOW);
  target.prepare("INSERT INTO evidence (id, submission_id, type, title, citation) VALUES (1, 'sub-2025', 'law', 'Social Security Act', 's. 4')").run();
  target.prepare("INSERT INTO evidence_links (evidence_id, indicator) VALUES (1, 'SS-01')").run();
}

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), FORMAT - 1);
  fillFormatBefore(db);
  before = everyRow(db);
  migrateTo(db, FORMAT);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 7: accepted problems and year-on-year justifications', () => {
  it('keeps every row of the format before as it was', () => {
    expect(everyRow(db, before)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(FORMAT);
  });

  it('starts with no accepted problem and no justification: problems are computed, only the expert’s notes are stored', () => {
    expect(db.prepare('SELECT count(*) AS n FROM problem_acceptances').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM answer_justifications').get()).toEqual({ n: 0 });
  });

  it('keeps one acceptance per problem of a submission, refuses an empty note, and forgets them with their submission', () => {
    const accept = db.prepare(
      "INSERT INTO problem_acceptances (submission_id, problem_key, indicator, code, note, actor, accepted_at) VALUES ('sub-2025', ?, 'SS-01', 'no-source', ?, 'local:test', ?)",
    );
    accept.run('SS-01/no-source/abc', 'the act is cited in the note', NOW);
    expect(() => accept.run('SS-01/no-source/abc', 'again', NOW)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => accept.run('SS-01/no-source/def', '   ', NOW)).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO answer_justifications (submission_id, indicator, note, previous_submission_id, previous_score, score, actor, justified_at) VALUES ('sub-2025', 'SS-01', 'the 2025 act', 'sub-2024', 0, 100, 'local:test', ?)",
    ).run(NOW);
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM answers WHERE submission_id = 'sub-2025'").run();
    db.prepare("DELETE FROM evidence WHERE submission_id = 'sub-2025'").run();
    db.prepare("DELETE FROM submissions WHERE id = 'sub-2025'").run();
    expect(db.prepare('SELECT count(*) AS n FROM problem_acceptances').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM answer_justifications').get()).toEqual({ n: 0 });
  });
});
