import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusal } from './import-issue.js';
import type { ParseReply, ParseRequest } from './parse-in-worker.js';
import { readSpreadsheet } from './read-spreadsheet.js';

/** The worker-thread entry of parseFileInWorker: reads one file and posts progress, then the result. */

const { path, options } = workerData as ParseRequest;
const post = (reply: ParseReply): void => parentPort?.postMessage(reply);

try {
  const workbook = await readSpreadsheet(path, { ...options, onProgress: (progress) => post({ type: 'progress', progress }) });
  post({ type: 'done', workbook });
} catch (error) {
  if (error instanceof ImportRefusal) post({ type: 'refused', issue: error.issue });
  else post({ type: 'failed', message: (error as Error).message ?? String(error) });
}
