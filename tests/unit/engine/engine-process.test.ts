import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { Progress } from '../../../shared/domain';
import type { ApiResponse } from '../../../shared/errors';
import type { EngineClient } from '../../../electron/engine/engine-client';
import { writeDecreesCsv } from '../import-flow/decrees-csv';
import { makeTempDir } from '../temp-dir';
import { forkEngine, type ChannelKind, type ForkedEngine } from './fork-engine';

async function call<M extends ApiMethod>(client: EngineClient, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const response = await client.call(method, input);
  if (!response.ok) throw new Error(`${method} was refused: ${response.error.code}: ${response.error.message}`);
  return response.result as ApiOutput<M>;
}

/** 60,000 laws: long enough to stage that progress is reported, and a cancel arrives, while it runs. */
const DECREES = 60_000;

async function prepareStaging(client: EngineClient, file: string) {
  const submissionId = (await call(client, 'submissions.create', { country: 'KEN', year: 2026 })).id;
  const opened = await call(client, 'imports.open', { submissionId, path: file });
  const sheet = opened.sheets[0]!.name;
  const preview = await call(client, 'imports.preview', { session: opened.session, sheet, kind: 'evidence' });
  return { submissionId, stage: { session: opened.session, sheet, kind: 'evidence' as const, mapping: preview.mapping } };
}

function tableCounts(dir: string, tables: string[]): Record<string, number> {
  const db = new Database(path.join(dir, 'workspace.mrc.sqlite'), { readonly: true });
  try {
    return Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** A workspace closed cleanly has folded its write-ahead log back into the database file and removed it. */
function closedCleanly(dir: string): boolean {
  return !fs.existsSync(path.join(dir, 'workspace.mrc.sqlite-wal')) && !fs.existsSync(path.join(dir, 'workspace.mrc.sqlite-shm'));
}

let tmp: ReturnType<typeof makeTempDir>;
let engine: ForkedEngine;

afterEach(async () => {
  if (engine.child.exitCode === null && engine.child.signalCode === null) await engine.client.close();
  tmp.cleanup();
});

describe.each<ChannelKind>(['node-ipc', 'electron-parent-port'])('the engine in a process of its own, over %s', (kind) => {
  beforeEach(async () => {
    tmp = makeTempDir();
    engine = forkEngine(kind);
    expect(await engine.client.open(tmp.dir)).toBe(path.join(tmp.dir, 'workspace.mrc.sqlite'));
  });

  it('answers requests by their ids, several at once', async () => {
    const created = await call(engine.client, 'submissions.create', { country: 'KEN', year: 2026 });
    const [info, list, one] = await Promise.all([
      call(engine.client, 'workspace.info', {}),
      call(engine.client, 'submissions.list', {}),
      call(engine.client, 'submissions.get', { id: created.id }),
    ]);
    expect(info).toMatchObject({ path: path.join(tmp.dir, 'workspace.mrc.sqlite'), submissionCount: 1 });
    expect(list.map((s) => s.id)).toEqual([created.id]);
    expect(one).toMatchObject({ id: created.id, country: 'KEN', year: 2026, countryName: 'Kenya' });
  });

  it('sends the engine’s refusals back as ApiErrorShape: its own errors, invalid input, unknown methods', async () => {
    expect(await engine.client.call('submissions.get', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'unknown-submission', message: 'No submission with id nope in this workspace.', params: { id: 'nope' } },
    });
    expect(await engine.client.call('submissions.create', { country: 'KEN', year: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'Invalid input for submissions.create.', issues: [{ path: 'year' }] },
    });
    expect(await engine.client.call('files.delete', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'There is no API method "files.delete".', params: { method: 'files.delete' } },
    });
  });

  it('delivers the progress of long work to main while it runs', async () => {
    const { stage } = await prepareStaging(engine.client, writeDecreesCsv(tmp.dir, DECREES));
    const events: Progress[] = [];
    engine.client.onProgress((event) => events.push(event));
    const staged = await call(engine.client, 'imports.stage', stage);
    expect(staged.counts.ready).toBe(60_000);
    const staging = events.filter((event) => event.task.startsWith('stage:'));
    expect(staging.length).toBeGreaterThan(2);
    expect(staging.at(-1)).toMatchObject({ done: 60_000, total: 60_000 });
  });

  it('honours tasks.cancel sent while long work runs, keeping nothing of it', async () => {
    const { submissionId, stage } = await prepareStaging(engine.client, writeDecreesCsv(tmp.dir, DECREES));
    const cancels: Promise<ApiResponse>[] = [];
    engine.client.onProgress((event) => {
      if (event.task.startsWith('stage:') && event.done > 0 && cancels.length === 0) cancels.push(engine.client.call('tasks.cancel', { task: event.task }));
    });
    expect(await engine.client.call('imports.stage', stage)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await cancels[0]).toEqual({ ok: true, result: { cancelled: true } });
    expect(await call(engine.client, 'imports.history', { submissionId })).toEqual([]);
    expect(await engine.client.close()).toBe(0);
    expect(tableCounts(tmp.dir, ['imports', 'staging_rows', 'sources'])).toEqual({ imports: 0, staging_rows: 0, sources: 0 });
  });

  it('refuses a message it cannot read, naming the request when it can, and goes on answering', async () => {
    for (const message of ['not an object', { type: 'request', id: 9001, method: 42 }, { type: 'shutdown' }, { type: 'close', now: true }])
      engine.sendRaw(message);
    // A request main's client sends with a method that is no string is answered with the refusal.
    expect(await engine.client.call(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'malformed-message' } });
    const refused = engine.received.filter((message) => (message as { type: string }).type === 'refused');
    expect(refused).toHaveLength(5);
    expect(refused[0]).toMatchObject({ error: { code: 'malformed-message', message: 'The engine was sent a message it cannot read.' } });
    expect(refused[0]).not.toHaveProperty('id');
    expect(refused[1]).toMatchObject({ id: 9001, error: { code: 'malformed-message', issues: [{ path: 'method' }] } });
    expect(await call(engine.client, 'workspace.info', {})).toMatchObject({ submissionCount: 0 });
    expect(engine.child.exitCode).toBeNull();
  });

  it('closes the workspace and exits 0 when main asks it to close', async () => {
    await call(engine.client, 'submissions.create', { country: 'KEN', year: 2026 });
    expect(await engine.client.close()).toBe(0);
    expect(closedCleanly(tmp.dir)).toBe(true);
    expect(tableCounts(tmp.dir, ['submissions'])).toEqual({ submissions: 1 });
    expect(await engine.client.call('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'engine-stopped' } });
    expect(engine.stderr()).toBe('');
  });
});

describe('the engine process and its parent', () => {
  beforeEach(() => {
    tmp = makeTempDir();
  });

  it('closes the workspace and exits 0 when its channel to the parent closes', async () => {
    engine = forkEngine('node-ipc');
    await engine.client.open(tmp.dir);
    engine.child.disconnect();
    expect(await engine.exit).toEqual({ code: 0, signal: null });
    expect(closedCleanly(tmp.dir)).toBe(true);
  });

  it('closes the workspace and exits 0 on SIGTERM, which utilityProcess kill() sends', async () => {
    engine = forkEngine('electron-parent-port');
    await engine.client.open(tmp.dir);
    engine.child.kill('SIGTERM');
    expect(await engine.exit).toEqual({ code: 0, signal: null });
    expect(closedCleanly(tmp.dir)).toBe(true);
  });

  it('answers every call still waiting when the engine dies, and tells main it crashed', async () => {
    engine = forkEngine('node-ipc');
    await engine.client.open(tmp.dir);
    const { stage } = await prepareStaging(engine.client, writeDecreesCsv(tmp.dir, DECREES));
    const crashes: (number | null)[] = [];
    engine.client.onCrash((code) => crashes.push(code));
    engine.client.onProgress(() => engine.child.kill('SIGKILL'));
    expect(await engine.client.call('imports.stage', stage)).toMatchObject({ ok: false, error: { code: 'engine-stopped' } });
    expect(crashes).toEqual([null]);
    expect(await engine.client.call('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'engine-stopped' } });
  });

  it('says why it cannot open a workspace, and answers a request sent before one is open', async () => {
    engine = forkEngine('node-ipc');
    expect(await engine.client.call('workspace.info', {})).toEqual({
      ok: false,
      error: { code: 'engine-not-open', message: 'The engine has no workspace open yet.' },
    });
    const notAFolder = path.join(tmp.dir, 'a-file');
    fs.writeFileSync(notAFolder, 'not a folder');
    await expect(engine.client.open(notAFolder)).rejects.toMatchObject({ name: 'MrcError' });
    await engine.client.open(tmp.dir);
    await expect(engine.client.open(tmp.dir)).rejects.toMatchObject({ code: 'already-open' });
    expect(await call(engine.client, 'workspace.info', {})).toMatchObject({ submissionCount: 0 });
  });
});
