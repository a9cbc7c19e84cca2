import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ProgressBus, type ApiHandlers } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { THIS_WRITER } from '../../../electron/core/import/stage/import-writers';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { Progress } from '../../../shared/domain';
import { writeDecreesCsv } from './decrees-csv';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;
let submissionId: string;
let living: ChildProcess | undefined;

/** The id of a process that has ended. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/** An import as a writer left it half-written: its first rows in, its status still 'writing'. */
function halfWritten(id: string, writer: string): void {
  const db = ws.db;
  const source = db.prepare("INSERT INTO sources (name, sha256, size, bytes, added_at) VALUES (?, ?, 3, x'616263', '2026-12-01')").run(`${id}.csv`, `sha-${id}`);
  db.prepare(
    "INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, writer) VALUES (?, ?, ?, 'evidence', 'laws', '{\"fileName\":\"laws.csv\",\"headers\":[]}', '[]', 'writing', '2026-12-01', ?)",
  ).run(id, submissionId, source.lastInsertRowid, writer);
  const row = db.prepare("INSERT INTO staging_rows (import_id, row_number, status, record, cells) VALUES (?, ?, 'ready', '{\"fields\":{},\"refs\":[]}', '[]')");
  for (let r = 2; r < 12; r++) row.run(id, r);
}

const count = (sql: string, ...params: unknown[]) => (ws.db.prepare(sql).get(...params) as { n: number }).n;

function reopen(): void {
  ws.close();
  ws = openWorkspace(tmp.dir);
  api = createApi(ws, new ProgressBus());
}

beforeEach(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  api = createApi(ws, new ProgressBus());
  submissionId = (await api['submissions.create']({ country: 'KEN', year: 2026, locale: 'en' })).id;
});
afterEach(() => {
  living?.kill();
  living = undefined;
  ws.close();
  tmp.cleanup();
});

describe('an import left half-written', () => {
  it('is deleted with its rows and its source when the workspace is next opened, once its writer is gone', () => {
    halfWritten('crashed', `${endedPid()}:0123456789ab`);
    reopen();
    expect(count("SELECT count(*) AS n FROM imports WHERE id = 'crashed'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM staging_rows WHERE import_id = 'crashed'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM sources WHERE sha256 = 'sha-crashed'")).toBe(0);
  });

  it('is kept while another living process writes it, shown to nobody and never committable, and deleted once that process ends', async () => {
    living = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    halfWritten('elsewhere', `${living.pid}:0123456789ab`);
    reopen();
    expect(count("SELECT count(*) AS n FROM staging_rows WHERE import_id = 'elsewhere'")).toBe(10);
    expect(await api['imports.history']({ submissionId })).toEqual([]);
    expect(await invokeApi(api, 'imports.get', { importId: 'elsewhere' })).toMatchObject({ ok: false, error: { code: 'unknown-import' } });
    expect(await invokeApi(api, 'imports.commit', { importId: 'elsewhere' })).toMatchObject({ ok: false, error: { code: 'unknown-import' } });
    expect(await invokeApi(api, 'imports.rows', { importId: 'elsewhere' })).toMatchObject({ ok: false, error: { code: 'unknown-import' } });
    await new Promise((resolve) => living!.on('exit', resolve).kill());
    reopen();
    expect(count("SELECT count(*) AS n FROM imports WHERE id = 'elsewhere'")).toBe(0);
  });

  it('by an earlier process that had this process id is deleted; one this process is writing now is not', () => {
    halfWritten('same-pid-earlier', `${process.pid}:earlierrun00`);
    halfWritten('ours-unfinished', THIS_WRITER);
    reopen();
    expect(count("SELECT count(*) AS n FROM imports WHERE id = 'same-pid-earlier'")).toBe(0);
    // Not among the imports this process is writing: a staging of ours that failed and could not clean up.
    expect(count("SELECT count(*) AS n FROM imports WHERE id = 'ours-unfinished'")).toBe(0);
  });

  it('is deleted at once when its staging is cancelled between slices, leaving nothing behind', async () => {
    const file = writeDecreesCsv(tmp.dir, 40_000);
    const progress = new ProgressBus();
    api = createApi(ws, progress);
    const opened = await api['imports.open']({ submissionId, path: file });
    const sheet = opened.sheets[0]!.name;
    const preview = await api['imports.preview']({ session: opened.session, sheet, kind: 'evidence' });
    const sliceWritten = new Promise<Progress>((resolve) => progress.on('progress', (e: Progress) => e.task.startsWith('stage:') && e.done > 0 && resolve(e)));
    const staging = invokeApi(api, 'imports.stage', { session: opened.session, sheet, kind: 'evidence', mapping: preview.mapping });
    const event = await sliceWritten;
    expect(count("SELECT count(*) AS n FROM imports WHERE status = 'writing'")).toBe(1);
    await api['tasks.cancel']({ task: event.task });
    expect(await staging).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(count('SELECT count(*) AS n FROM imports')).toBe(0);
    expect(count('SELECT count(*) AS n FROM staging_rows')).toBe(0);
    expect(count('SELECT count(*) AS n FROM sources')).toBe(0);
  });
});
