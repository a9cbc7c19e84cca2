import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;

const NOW = '2025-06-01T09:00:00.000Z';

/** What the first format held by the time anyone upgraded: a schema, a submission and its revision, answers, a setting, the audit log. */
function fillFormatOne(target: Db): void {
  target.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.0.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  target.prepare("INSERT INTO domains VALUES ('mri-core', '1.0.0', 'RAT', 'Ratifications', 1)").run();
  target
    .prepare(
      `INSERT INTO indicators VALUES ('mri-core', '1.0.0', 'RAT-01', 'RAT', 'law', 'structural', '["all"]', 'Has the country ratified the ICRMW?',
        'option', '["ratified","not-ratified"]', '{"ratified":100,"not-ratified":0}', 'Count accession as ratification.', 1)`,
    )
    .run();
  target.prepare("INSERT INTO instruments VALUES ('un-icrmw', 'International Convention on Migrant Workers', 'ICRMW', 1990, 'un-convention', '[\"CMW\"]')").run();
  target.prepare("INSERT INTO countries VALUES ('KEN', 'KE', '404', 'Kenya', 0), ('XDM', NULL, NULL, 'Demoland', 1)").run();
  target.prepare("INSERT INTO submissions VALUES ('sub-1', 'KEN', 2024, 'mri-core', '1.0.0', 'RWS-key', 'submitted', NULL, ?)").run(NOW);
  target.prepare("INSERT INTO submissions VALUES ('sub-2', 'KEN', 2024, 'mri-core', '1.0.0', NULL, 'draft', 'sub-1', ?)").run(NOW);
  const answer = target.prepare('INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)');
  answer.run('sub-1', 'RAT-01', 'ratified', 100, 'high', 'Acceded in 2019.', NOW);
  answer.run('sub-2', 'RAT-01', 'not-ratified', 0, null, null, NOW);
  answer.run('sub-2', 'LAB-03', null, null, 'low', 'No source found yet.', NOW);
  target.prepare("INSERT INTO settings VALUES ('author.name', 'A. Researcher')").run();
  target.prepare("INSERT INTO audit_log (at, actor, action, entity, details, prev_hash, hash) VALUES (?, 'me', 'submission.create', 'sub-1', '{}', '', 'h1')").run(NOW);
}

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), 1);
  fillFormatOne(db);
  before = everyRow(db);
  migrateTo(db, 2);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 2: the import tables', () => {
  it('keeps every row of the first format as it was', () => {
    expect(everyRow(db, before)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('gives the answers written before imports existed no citation and no import', () => {
    expect(db.prepare('SELECT submission_id, indicator, citation, import_id FROM answers ORDER BY rowid').all()).toEqual([
      { submission_id: 'sub-1', indicator: 'RAT-01', citation: null, import_id: null },
      { submission_id: 'sub-2', indicator: 'RAT-01', citation: null, import_id: null },
      { submission_id: 'sub-2', indicator: 'LAB-03', citation: null, import_id: null },
    ]);
  });

  it('starts with no source, import, staged row, saved mapping, evidence, ratification or alias', () => {
    const counts = ['sources', 'imports', 'staging_rows', 'column_mappings', 'evidence', 'ratifications', 'aliases'].map(
      (table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n],
    );
    expect(Object.fromEntries(counts)).toEqual({ sources: 0, imports: 0, staging_rows: 0, column_mappings: 0, evidence: 0, ratifications: 0, aliases: 0 });
  });
});
