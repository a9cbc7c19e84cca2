import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportIssue } from '../../../shared/records.js';
import type { ImportLimits } from './guard-file.js';
import { ImportRefusal } from './import-issue.js';
import type { ParsedWorkbook, ReadProgress } from './sheet-model.js';

/** Runs readSpreadsheet on a worker thread, so that a big workbook never freezes the window. */

export interface ParseRequest {
  path: string;
  options: { limits?: Partial<ImportLimits> };
}

export type ParseReply =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; workbook: ParsedWorkbook }
  | { type: 'refused'; issue: ImportIssue }
  | { type: 'failed'; message: string };

export interface ParseControls {
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting terminates the worker at once and rejects with a `cancelled` ImportRefusal. */
  signal?: AbortSignal;
}

export function parseFileInWorker(path: string, options: ParseRequest['options'] = {}, controls: ParseControls = {}): Promise<ParsedWorkbook> {
  const file = basename(path);
  const cancelled = (): ImportRefusal =>
    new ImportRefusal({ code: 'cancelled', message: `Reading "${file}" was cancelled.`, where: { file } });
  if (controls.signal?.aborted) return Promise.reject(cancelled());

  return new Promise((resolve, reject) => {
    const worker = startWorker({ path, options });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      controls.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => settle(() => reject(cancelled()));
    controls.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: ParseReply) => {
      if (reply.type === 'progress') controls.onProgress?.(reply.progress);
      else if (reply.type === 'done') settle(() => resolve(reply.workbook));
      else if (reply.type === 'refused') settle(() => reject(new ImportRefusal(reply.issue)));
      else settle(() => reject(new Error(`Reading "${file}" failed: ${reply.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The reader of "${file}" stopped unexpectedly (exit code ${code}).`))));
  });
}

/**
 * From a build the worker is compiled JavaScript next to this file. From source (tests, dev) it is
 * TypeScript: the worker first registers tsx, since `--import tsx` in a worker's execArgv does not
 * reach its module loader on Node 20. tsx is resolved here, as an eval'd worker resolves from the cwd.
 */
function startWorker(request: ParseRequest): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: request });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: request });
}
