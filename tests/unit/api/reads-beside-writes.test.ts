import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ProgressBus, SLOW_CALL_MS, type ApiHandlers } from '../../../electron/core/api';
import type { Logger } from '../../../electron/core/logger';
import { METHOD_ACCESS } from '../../../electron/core/method-access';
import { SLICE_ROWS, WHOLE_IMPORT_ROWS } from '../../../electron/core/import/stage/write-in-slices';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { Progress } from '../../../shared/domain';
import { decreesStageRequest } from '../import-flow/decrees-csv';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;
let progress: ProgressBus;
let submissionId: string;

const stageRequest = (rows: number) => decreesStageRequest(api, tmp.dir, submissionId, rows);

beforeEach(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  progress = new ProgressBus();
  api = createApi(ws, progress);
  submissionId = (await api['submissions.create']({ country: 'KEN', year: 2026, locale: 'en' })).id;
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

describe('reads beside writes', () => {
  it('answers a read while a large staging is in progress: the read resolves before the staging does', async () => {
    const request = await stageRequest(WHOLE_IMPORT_ROWS + 10 * SLICE_ROWS);
    const order: string[] = [];
    const firstSlice = new Promise<void>((resolve) => progress.on('progress', (event: Progress) => event.task.startsWith('stage:') && event.done > 0 && resolve()));
    const staging = Promise.resolve(api['imports.stage'](request)).then((summary) => (order.push('staging'), summary));
    await firstSlice;
    const indicators = await Promise.resolve(api['submissions.indicators']({ submissionId })).then((rows) => (order.push('read'), rows));
    const history = await api['imports.history']({ submissionId });
    order.push('history');
    expect(indicators.length).toBeGreaterThan(0);
    expect(history, 'an import still being written is shown to nobody').toEqual([]);
    const staged = await staging;
    expect(order).toEqual(['read', 'history', 'staging']);
    expect(staged).toMatchObject({ status: 'staged', counts: { ready: WHOLE_IMPORT_ROWS + 10 * SLICE_ROWS } });
    expect((await api['imports.history']({ submissionId })).map((i) => i.importId)).toEqual([staged.importId]);
  });

  it('reads what is committed, on a connection of their own: a write still open on the writer is not seen', async () => {
    ws.db.exec('BEGIN IMMEDIATE');
    try {
      ws.db.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) SELECT 'uncommitted', 'FRA', 2026, schema_id, schema_version, created_at FROM submissions").run();
      expect((await api['submissions.list']({ locale: 'en' })).map((s) => s.id)).toEqual([submissionId]);
    } finally {
      ws.db.exec('ROLLBACK');
    }
  });

  it('refuses loudly a write sent to the read connection', async () => {
    expect(ws.reader.pragma('query_only', { simple: true })).toBe(1);
    const onReader = createApi({ ...ws, db: ws.reader });
    await expect(Promise.resolve().then(() => onReader['submissions.create']({ country: 'FRA', year: 2026, locale: 'en' }))).rejects.toMatchObject({
      code: expect.stringMatching(/^SQLITE_READONLY/),
    });
    expect(() => ws.reader.prepare("DELETE FROM submissions").run()).toThrow(/readonly/);
  });

  it('places every write of the contract on the writer, and reading methods on the reader', () => {
    const writes = Object.entries(METHOD_ACCESS).filter(([, access]) => access === 'write').map(([method]) => method).sort();
    expect(writes).toEqual([
      'aliases.import',
      'answers.justify',
      'answers.set',
      'edits.redo',
      'edits.undo',
      'evidence.add',
      'evidence.link',
      'evidence.remove',
      'evidence.unlink',
      'evidence.update',
      'imports.abandon',
      'imports.commit',
      'imports.editCell',
      'imports.exclude',
      'imports.requeue',
      'imports.stage',
      'keyring.distrust',
      'keyring.import',
      'keyring.remove',
      'keyring.trust',
      'keys.changePassphrase',
      'keys.create',
      'keys.restore',
      'packages.export',
      'problems.accept',
      'problems.unaccept',
      'reconcile.acceptAbove',
      'reconcile.decide',
      'samples.open',
      'submissions.create',
    ]);
  });
});

describe('slow calls', () => {
  it(`logs a call that took more than ${SLOW_CALL_MS} ms with its method and duration, and no quick one`, async () => {
    const logged: { message: string; fields: Readonly<Record<string, unknown>> }[] = [];
    const logger: Logger = { warn: (message, fields) => logged.push({ message, fields }) };
    const logging = createApi(ws, new ProgressBus(), { logger });
    await logging['samples.open']({ locale: 'en' });
    await logging['submissions.list']({ locale: 'en' });
    expect(logged).toEqual([{ message: 'slow call', fields: { method: 'samples.open', ms: expect.any(Number) } }]);
    expect(logged[0]!.fields.ms).toBeGreaterThan(SLOW_CALL_MS);
  });
});
