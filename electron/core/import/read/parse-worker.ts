import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusal } from '../import-issue.js';
import type { ParseReply, ParseRequest } from './parse-in-worker.js';
import { readSpreadsheet } from './read-spreadsheet.js';

/** The worker-thread entry of parseFileInWorker: reads one file and posts progress, then the result. */

const { path, options } = workerData as ParseRequest;

// SheetJS reports ODS number formats it only approximates on the console; they change no value we read.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('ODS number format may be incorrect')) return;
  consoleError(...args);
};
const post = (reply: ParseReply): void => parentPort?.postMessage(reply);

try {
  const workbook = await readSpreadsheet(path, { ...options, onProgress: (progress) => post({ type: 'progress', progress }) });
  post({ type: 'done', workbook });
} catch (error) {
  if (error instanceof ImportRefusal) post({ type: 'refused', issue: error.issue });
  else {
    // For whoever reads the logs; the person is told what to do instead (see parseFileInWorker).
    consoleError(error);
    post({ type: 'failed', message: (error as Error).message ?? String(error) });
  }
}
