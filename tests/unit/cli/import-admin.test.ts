import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { makeTempDir } from '../temp-dir';
import { mrcSync } from './run-mrc';

let tmp: ReturnType<typeof makeTempDir>;
let submissionId: string;
const mrc = (...args: string[]) => mrcSync([...args, '--workspace', tmp.dir]);

/** Stages a small answers file without committing it, as an import killed after staging leaves one. */
function stageOnly(name: string, rows: string): string {
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, `Indicator,Answer\n${rows}`);
  const run = mrc('import', file, '--submission', submissionId, '--json');
  expect(run.code, run.err).toBe(0);
  return (JSON.parse(run.out) as { importId: string }).importId;
}

beforeAll(() => {
  tmp = makeTempDir();
  submissionId = mrc('submission', 'create', '--country', 'KEN', '--year', '2026').out.trim();
});
afterAll(() => tmp.cleanup());

describe('mrc import list | commit | abandon', () => {
  it('lists the staged imports, commits one by its id, and lists it no more', () => {
    const importId = stageOnly('answers.csv', 'SS-01,yes\nSS-02,no\n');
    const listed = mrc('import', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^${importId}  staged .+ answers +"answers\\.csv", sheet "answers"  ready 2, needs reconciliation 0, errors 0, committed 0  submission ${submissionId}$`, 'm'));
    expect(JSON.parse(mrc('import', 'list', '--submission', submissionId, '--json').out)).toEqual([
      expect.objectContaining({ importId, status: 'staged' }),
    ]);

    const committed = mrc('import', 'commit', importId, '--json');
    expect(committed.code, committed.err).toBe(0);
    expect(JSON.parse(committed.out)).toMatchObject({ importId, status: 'committed', counts: { committed: 2 } });
    expect(mrc('import', 'list').out.trim()).toBe('no staged import waits for a decision');
    expect(mrc('import', 'list', '--all').out).toMatch(new RegExp(`^${importId}  committed`, 'm'));
  });

  it('abandons a staged import, which then cannot be committed', () => {
    const importId = stageOnly('more-answers.csv', 'SS-03,yes\n');
    const abandoned = mrc('import', 'abandon', importId);
    expect(abandoned.code, abandoned.err).toBe(0);
    expect(abandoned.out).toMatch(new RegExp(`^${importId}  abandoned`));
    const again = mrc('import', 'commit', importId);
    expect(again.code).toBe(1);
    expect(again.err).toBe('mrc: This import is already abandoned.\n');
  });

  it('commits with the choice given for rows that differ from what the submission holds', () => {
    const first = stageOnly('v1.csv', 'SS-04,yes\n');
    expect(mrc('import', 'commit', first).code).toBe(0);
    const second = stageOnly('v2.csv', 'SS-04,no\n');
    const run = mrc('import', 'commit', second, '--choice', 'take-imported', '--json');
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ status: 'committed' });
    const db = new Database(workspaceFile(tmp.dir), { readonly: true });
    expect(db.prepare("SELECT value FROM answers WHERE submission_id = ? AND indicator = 'SS-04'").get(submissionId)).toEqual({ value: 'no' });
    db.close();
  });

  it('exits 2 on wrong usage and 1 for an unknown import', () => {
    expect(mrc('import', 'commit').code).toBe(2);
    expect(mrc('import', 'abandon').code).toBe(2);
    expect(mrc('import', 'list', 'extra').code).toBe(2);
    expect(mrc('import', 'commit', 'some-id', '--choice', 'newest').code).toBe(2);
    const unknown = mrc('import', 'commit', 'no-such-import');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^mrc: .*no-such-import/);
  });
});
