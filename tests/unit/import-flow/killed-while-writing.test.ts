import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { openWorkspace } from '../../../electron/core/workspace/workspace';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { makeTempDir } from '../temp-dir';

const MRC = path.resolve('bin/mrc.js');
const ROWS = 30_000;
const KILLS = 3;

let tmp: ReturnType<typeof makeTempDir>;
let submissionId: string;

function lawsCsv(run: number): string {
  const file = path.join(tmp.dir, `laws-${run}.csv`);
  fs.writeFileSync(file, ['Type,Title,Article', ...Array.from({ length: ROWS }, (_, i) => `law,Law ${run}-${i},art. ${i % 50}`)].join('\n'));
  return file;
}

/** The rows of the import being written, once one is there; null while there is none. */
function rowsBeingWritten(): number | null {
  const db = new Database(workspaceFile(tmp.dir), { readonly: true });
  try {
    const writing = db.prepare("SELECT id FROM imports WHERE status = 'writing'").pluck().get() as string | undefined;
    return writing === undefined ? null : (db.prepare('SELECT count(*) AS n FROM staging_rows WHERE import_id = ?').get(writing) as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(() => {
  tmp = makeTempDir();
  submissionId = spawnSync(process.execPath, [MRC, 'submission', 'create', '--country', 'KEN', '--year', '2026', '--workspace', tmp.dir], { encoding: 'utf8' }).stdout.trim();
});
afterAll(() => tmp.cleanup());

describe('a large import killed while its slices are being written', () => {
  it(`leaves its rows only in an import marked 'writing', which the next opening deletes (${KILLS} SIGKILLs)`, { timeout: 300_000 }, async () => {
    for (let run = 0; run < KILLS; run++) {
      const child = spawn(process.execPath, [MRC, 'import', lawsCsv(run), '--submission', submissionId, '--kind', 'evidence', '--workspace', tmp.dir], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let written = rowsBeingWritten();
      while (written === null || written === 0) {
        await sleep(20);
        written = rowsBeingWritten();
      }
      child.kill('SIGKILL');
      await exited;
      written = rowsBeingWritten();
      expect(written, 'the kill left part of the import, marked as being written').toBeGreaterThan(0);
      expect(written).toBeLessThan(ROWS);

      const ws = openWorkspace(tmp.dir);
      try {
        const db = ws.db;
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.prepare("SELECT count(*) AS n FROM imports WHERE status = 'writing'").get()).toEqual({ n: 0 });
        expect(db.prepare('SELECT count(*) AS n FROM staging_rows WHERE import_id NOT IN (SELECT id FROM imports)').get()).toEqual({ n: 0 });
        expect(db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
        expect(db.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 0 });
        expect(await createApi(ws)['imports.history']({ submissionId })).toEqual([]);
      } finally {
        ws.close();
      }
    }
  });
});
