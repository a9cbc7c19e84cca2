import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportIssue } from '../../../../shared/records.js';
import type { ImportLimits } from './guard-file.js';
import { ImportRefusal, issue } from '../import-issue.js';
import type { ParsedWorkbook, ReadProgress } from '../sheet-model.js';

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
    new ImportRefusal(issue('cancelled', `Reading "${file}" was cancelled.`, { file }, { file }));
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
      else settle(() => reject(unexpectedFailure(file)));
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(file) : unexpectedFailure(file))),
    );
    worker.on('exit', () => settle(() => reject(unexpectedFailure(file))));
  });
}

/** A library's own error text (a TypeError deep in SheetJS) tells the person nothing they can act on. */
function unexpectedFailure(file: string): ImportRefusal {
  return new ImportRefusal(
    issue(
      'file-unreadable',
      `"${file}" could not be read: it holds something the reader did not expect. Open it in Excel or LibreOffice, save it as .xlsx, and import that copy.`,
      { file },
      { file },
      'file-unreadable.reader',
    ),
  );
}

function outOfMemory(file: string): ImportRefusal {
  return new ImportRefusal(
    issue(
      'too-large',
      `"${file}" needs more memory to read than the app allows (${READER_MEMORY_MB} MB). Split it into smaller workbooks and import them one by one.`,
      { file },
      { file, limitBytes: READER_MEMORY_MB * 1024 * 1024 },
      'too-large.memory',
    ),
  );
}

/** The reader's heap: past it the worker stops with ERR_WORKER_OUT_OF_MEMORY, and the app lives on. */
const READER_MEMORY_MB = 4096;

/**
 * From a build the worker is compiled JavaScript next to this file. From source (tests, dev) it is
 * TypeScript: the worker first registers tsx, since `--import tsx` in a worker's execArgv does not
 * reach its module loader on Node 20. tsx is resolved here, as an eval'd worker resolves from the cwd.
 */
function startWorker(request: ParseRequest): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: READER_MEMORY_MB };
  if (!fromSource) return new Worker(entry, { workerData: request, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: request, resourceLimits });
}
