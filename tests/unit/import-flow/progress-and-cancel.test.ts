import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ProgressBus, type ApiHandlers } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { Progress } from '../../../shared/domain';
import { writeDecreesCsv } from './decrees-csv';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;
let progress: ProgressBus;
let submissionId: string;
let file: string;

beforeEach(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  progress = new ProgressBus();
  api = createApi(ws, progress);
  submissionId = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
  file = writeDecreesCsv(tmp.dir, 60_000);
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

describe('long imports', () => {
  it('report progress while staging', async () => {
    const events: Progress[] = [];
    progress.on('progress', (e) => events.push(e));
    const opened = await api['imports.open']({ submissionId, path: file });
    const preview = await api['imports.preview']({ session: opened.session, sheet: opened.sheets[0]!.name, kind: 'evidence' });
    const staged = await api['imports.stage']({ session: opened.session, sheet: opened.sheets[0]!.name, kind: 'evidence', mapping: preview.mapping });
    expect(staged.counts.ready).toBe(60_000);
    const staging = events.filter((e) => e.task.startsWith('stage:'));
    expect(staging.length).toBeGreaterThan(2);
    expect(staging.at(-1)).toMatchObject({ done: 60_000, total: 60_000 });
  });

  it('say what they are doing as a phase code with its params, for the UI to word; the English is for the CLI', async () => {
    const events: Progress[] = [];
    progress.on('progress', (e) => events.push(e));
    const opened = await api['imports.open']({ submissionId, path: file });
    const preview = await api['imports.preview']({ session: opened.session, sheet: opened.sheets[0]!.name, kind: 'evidence' });
    await api['imports.stage']({ session: opened.session, sheet: opened.sheets[0]!.name, kind: 'evidence', mapping: preview.mapping });
    const opening = events.filter((e) => e.task.startsWith('open:'));
    expect(opening.length).toBeGreaterThan(0);
    expect(opening.every((e) => ['reading', 'converting', 'scanning', 'mapping'].includes(e.phase))).toBe(true);
    const staging = events.filter((e) => e.task.startsWith('stage:'));
    expect(staging.at(-1)).toMatchObject({ phase: 'checking', params: { file: path.basename(file) }, message: `Checking the rows of ${path.basename(file)}` });
  });

  it('can be cancelled by their task id, keeping nothing of the cancelled work', async () => {
    const opened = await api['imports.open']({ submissionId, path: file });
    const sheet = opened.sheets[0]!.name;
    const preview = await api['imports.preview']({ session: opened.session, sheet, kind: 'evidence' });
    progress.on('progress', (e) => {
      if (e.task.startsWith('stage:') && e.done > 0) void api['tasks.cancel']({ task: e.task });
    });
    const response = await invokeApi(api, 'imports.stage', { session: opened.session, sheet, kind: 'evidence', mapping: preview.mapping });
    expect(response).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    for (const table of ['imports', 'staging_rows', 'sources'])
      expect(ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  });
});
