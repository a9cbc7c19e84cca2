import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;

const NOW = '2026-11-20T10:00:00.000Z';

/** A format-3 workspace with a committed import of laws (each naming its indicators in a column) and one still staged. */
function fillFormatThree(target: Db): void {
  target.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.0.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  target.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  target.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES ('sub-1', 'KEN', 2025, 'mri-core', '1.0.0', ?)").run(NOW);
  target.prepare("INSERT INTO sources (id, name, sha256, size, bytes, added_at) VALUES (1, 'laws.xlsx', 'f00d', 4, x'504b0304', ?)").run(NOW);
  const addImport = target.prepare(
    "INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, committed_at) VALUES (?, 'sub-1', 1, 'evidence', 'Laws', ?, '[]', ?, ?, ?)",
  );
  addImport.run('imp-committed', '{"fileName":"laws.xlsx","headerRow":1}', 'committed', NOW, NOW);
  addImport.run('imp-staged', '{"fileName":"laws.xlsx","headerRow":1}', 'staged', NOW, null);
  const evidence = target.prepare(
    "INSERT INTO evidence (submission_id, type, title, citation, date, url, indicators, import_id, source_row) VALUES ('sub-1', 'law', ?, ?, '2021-05-04', NULL, ?, 'imp-committed', ?)",
  );
  evidence.run('Employment Act', 'art. 5', 'LAB-01, LAB-02', 2);
  evidence.run('Refugees Act', 's. 28', null, 3);
  const stage = target.prepare(
    "INSERT INTO staging_rows (import_id, row_number, status, resolved, problems, record, cells) VALUES ('imp-staged', ?, ?, jsonb(?), ?, ?, ?)",
  );
  const record = (title: string, indicators: string) =>
    JSON.stringify({ fields: { type: 'law', title, indicators }, refs: [{ field: 'indicators', kind: 'indicator', text: indicators, targetId: null, candidates: [] }] });
  stage.run(2, 'ready', '{"type":"law","title":"Labour Relations Act"}', '[]', record('Labour Relations Act', 'LAB-04'), '["law","Labour Relations Act"]');
  stage.run(3, 'needs-reconciliation', null, '[]', record('Social Security Act', 'social security'), '["law","Social Security Act"]');
  stage.run(4, 'error', null, '[{"code":"missing-value","message":"Sheet \\"Laws\\", row 4: the title is empty."}]', record('', ''), '["law",""]');  // A ratification whose instrument was taken on similarity alone, staged before rows said so.
  const bySimilarity = JSON.stringify({
    fields: { instrument: 'Migrant workers convention 1990', status: 'ratified' },
    refs: [
      {
        field: 'instrument',
        kind: 'instrument',
        text: 'Migrant workers convention 1990',
        targetId: 'un-icrmw',
        candidates: [{ targetId: 'un-icrmw', label: 'ICRMW', score: 0.81, via: 'fuzzy' }],
      },
    ],
  });
  stage.run(5, 'ready', '{"instrument":"un-icrmw","status":"ratified"}', '[]', bySimilarity, '["Migrant workers convention 1990","ratified"]');
}

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), 3);
  fillFormatThree(db);
  before = everyRow(db);
  migrateTo(db, 4);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 4: evidence linked to indicators, staged rows marked when matched by similarity', () => {
  it('keeps every row of format 3 as it was, evidence with the indicators of its own column', () => {
    expect(everyRow(db, before)).toEqual(before);
    expect(db.prepare('SELECT title, indicators FROM evidence ORDER BY id').all()).toEqual([
      { title: 'Employment Act', indicators: 'LAB-01, LAB-02' },
      { title: 'Refugees Act', indicators: null },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });

  it('marks the rows staged before it whose accepted target was found by similarity, and only those', () => {
    expect(db.prepare('SELECT row_number, status, by_similarity FROM staging_rows ORDER BY row_number').all()).toEqual([
      { row_number: 2, status: 'ready', by_similarity: 0 },
      { row_number: 3, status: 'needs-reconciliation', by_similarity: 0 },
      { row_number: 4, status: 'error', by_similarity: 0 },
      { row_number: 5, status: 'ready', by_similarity: 1 },
    ]);
  });

  it('links no evidence to an indicator until an import of answers cites it', () => {
    expect(db.prepare('SELECT count(*) AS n FROM evidence_links').get()).toEqual({ n: 0 });
  });
});
