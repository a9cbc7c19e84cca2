import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { writeWorkbook } from '../import/build-fixtures';
import { makeTempDir } from '../temp-dir';

const MRC = path.resolve('bin/mrc.js');
const ROWS = 4_000;
const KILLS = 50;

let tmp: ReturnType<typeof makeTempDir>;
let submissionId: string;

/** A fixed sequence, so a failure can be replayed with the same kill times. */
let seed = 7;
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);

/** Each run imports laws of its own, so every run's import is told apart from the others'. */
function lawsFile(run: number): string {
  const rows = [['Type', 'Title', 'Article', 'Date']];
  for (let i = 0; i < ROWS; i++) rows.push(['law', `Law ${run}-${i}`, `art. ${i % 50}`, '2020-01-01']);
  return writeWorkbook(tmp.dir, `laws-${run}.xlsx`, [{ name: 'Laws', rows }]);
}

beforeAll(() => {
  tmp = makeTempDir();
  const created = spawnSync(process.execPath, [MRC, 'submission', 'create', '--country', 'KEN', '--year', '2026', '--workspace', tmp.dir], { encoding: 'utf8' });
  submissionId = created.stdout.trim();
});
afterAll(() => tmp.cleanup());

function importAndKill(file: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MRC, 'import', file, '--submission', submissionId, '--kind', 'evidence', '--commit', '--workspace', tmp.dir], {
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an import killed at any moment', () => {
  it(`leaves a sound database holding all of each import or none of it (${KILLS} SIGKILLs)`, { timeout: 600_000 }, async () => {
    const started = Date.now();
    await importAndKill(lawsFile(-1), 600_000);
    const whole = Date.now() - started;
    const outcomes = { none: 0, staged: 0, committed: 0 };
    let importsBefore = 1;
    for (let run = 0; run < KILLS; run++) {
      // Most of a run is start-up and reading; the kills are aimed at the writing that follows.
      await importAndKill(lawsFile(run), whole * (0.5 + 0.6 * random()));
      const db = new Database(workspaceFile(tmp.dir));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const imports = db.prepare('SELECT id, status FROM imports').all() as { id: string; status: string }[];
        for (const imp of imports) {
          const { n } = db.prepare('SELECT count(*) AS n FROM staging_rows WHERE import_id = ?').get(imp.id) as { n: number };
          expect(n, `import ${imp.id} holds part of its rows`).toBe(ROWS);
        }
        const evidence = (db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n;
        const committedImports = imports.filter((i) => i.status === 'committed').length;
        expect(evidence).toBe(committedImports * ROWS);
        const thisRun = (db.prepare("SELECT count(*) AS n FROM evidence WHERE title LIKE ?").get(`Law ${run}-%`) as { n: number }).n;
        expect([0, ROWS]).toContain(thisRun);
        expect(imports.length - importsBefore).toBeLessThanOrEqual(1);
        if (thisRun === ROWS) outcomes.committed++;
        else if (imports.length > importsBefore) outcomes.staged++;
        else outcomes.none++;
        importsBefore = imports.length;
      } finally {
        db.close();
      }
    }
    console.log(`crash test: a whole import takes ${whole} ms; ${KILLS} kills left its import ${JSON.stringify(outcomes)}`);
    expect(outcomes.none + outcomes.staged + outcomes.committed).toBe(KILLS);
  });
});
