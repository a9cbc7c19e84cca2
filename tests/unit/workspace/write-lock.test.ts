import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ProgressBus, type ApiHandlers } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { WAITING_FOR_WRITER } from '../../../electron/core/db/write-lock';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { Progress } from '../../../shared/domain';
import { decreesStageRequest } from '../import-flow/decrees-csv';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;
let progress: ProgressBus;
let submissionId: string;

/** Another program's connection holding the workspace's write lock, as a long import in another window does. */
function holdWriteLock(): { release(): void } {
  const holder = new Database(ws.file);
  holder.exec('BEGIN IMMEDIATE');
  return { release: () => (holder.exec('ROLLBACK'), holder.close()) };
}

const openAndPreview = (rows: number) => decreesStageRequest(api, tmp.dir, submissionId, rows);

/** Resolves with the first progress event that says the work is waiting for the lock. */
const waitingEvent = () =>
  new Promise<Progress>((resolve) => progress.on('progress', (event) => event.message === WAITING_FOR_WRITER && resolve(event)));

beforeEach(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  progress = new ProgressBus();
  api = createApi(ws, progress);
  submissionId = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

describe('an import while another writer holds the workspace', () => {
  it('stages once the lock is free, having said it was waiting', async () => {
    const request = await openAndPreview(500);
    const lock = holdWriteLock();
    const waiting = waitingEvent();
    const staging = api['imports.stage'](request);
    const event = await waiting;
    expect(event).toMatchObject({ task: expect.stringMatching(/^stage:/), done: 0, total: null, message: 'Waiting for another import to finish' });
    lock.release();
    expect((await staging).counts.ready).toBe(500);
  });

  it('commits once the lock is free, having said it was waiting', async () => {
    const staged = await api['imports.stage'](await openAndPreview(300));
    const lock = holdWriteLock();
    const waiting = waitingEvent();
    const committing = api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    expect((await waiting).task).toMatch(/^commit:/);
    lock.release();
    expect(await committing).toMatchObject({ status: 'committed', counts: { committed: 300 } });
  });

  it('gives up a commit after the busy timeout, saying the import stays staged and how to commit it later', async () => {
    const staged = await api['imports.stage'](await openAndPreview(100));
    const lock = holdWriteLock();
    process.env.MRC_BUSY_TIMEOUT_MS = '300';
    try {
      const response = await invokeApi(api, 'imports.commit', { importId: staged.importId });
      expect(response).toMatchObject({ ok: false, error: { code: 'workspace-busy' } });
      expect(!response.ok && response.error.message).toMatch(
        new RegExp(`^The workspace is busy: .+ Import ${staged.importId} stays staged: commit it from the import history, or with \`mrc import commit ${staged.importId}\`\\.$`),
      );
    } finally {
      delete process.env.MRC_BUSY_TIMEOUT_MS;
      lock.release();
    }
    expect((await api['imports.get']({ importId: staged.importId })).status).toBe('staged');
  });

  it('can be cancelled while it waits, leaving nothing behind', async () => {
    const request = await openAndPreview(200);
    const lock = holdWriteLock();
    const waiting = waitingEvent();
    const staging = invokeApi(api, 'imports.stage', request);
    await api['tasks.cancel']({ task: (await waiting).task });
    expect(await staging).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    lock.release();
    expect(ws.db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
  });
});
