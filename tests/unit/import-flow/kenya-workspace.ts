import { afterEach, beforeEach } from 'vitest';
import { createApi, ProgressBus, type ApiHandlers } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { makeTempDir } from '../temp-dir';

export interface KenyaWorkspace {
  dir: string;
  ws: Workspace;
  api: ApiHandlers;
  progress: ProgressBus;
  /** A draft submission for Kenya, of the year asked (2026 unless said), on the default schema. */
  submissionId: string;
}

/**
 * A fresh workspace for each test of the file, with the API over it and a Kenya submission (2026 unless
 * said) to import into; removed after each test. Read its fields inside the tests, once beforeEach has run.
 */
export function useKenyaWorkspace({ year = 2026 }: { year?: number } = {}): KenyaWorkspace {
  const current = {} as KenyaWorkspace;
  let cleanup = () => {};
  beforeEach(async () => {
    const tmp = makeTempDir();
    const ws = openWorkspace(tmp.dir);
    const progress = new ProgressBus();
    const api = createApi(ws, progress);
    const submissionId = (await api['submissions.create']({ locale: 'en', country: 'KEN', year })).id;
    Object.assign(current, { dir: tmp.dir, ws, api, progress, submissionId });
    cleanup = () => {
      ws.close();
      tmp.cleanup();
    };
  });
  afterEach(() => cleanup());
  return current;
}
