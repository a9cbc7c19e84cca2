// Reads while a large import stages, for the engine issue (#9, "writes never block reads"):
//  1. `submissions.indicators` called again and again while a 100,000-row CSV stages in the same process,
//     its latency p50 / p95 / max against the target p95 < 50 ms;
//  2. the same read with nothing else running, the reference;
//  3. the staging's own time, alone and with the reads running beside it.
// Before this change every call waited in one queue, so a read during staging waited for the whole staging:
// its latency was the staging time (about 6.5 s here for these 100,000 rows, measured on the old code).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createApi, type ApiHandlers } from '../../electron/core/api';
import { openWorkspace, type Workspace } from '../../electron/core/workspace/workspace';

const ROWS = 100_000;
const TARGET_P95_MS = 50;
const HEADERS = ['Type', 'Title', 'Article', 'Date', 'Link', 'Excerpt', 'Migrants concerned', 'Ministry', 'Region', 'Reviewed by', 'Remarks'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-bench-reads-'));

function lawsCsv(rows: number): string {
  const file = path.join(dir, `laws-${rows}.csv`);
  const lines = [HEADERS.join(',')];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${i % 3 === 0 ? 'practice' : 'law'},Act on the employment of foreign workers no. ${i},art. ${(i % 97) + 1},2020-0${(i % 9) + 1}-1${i % 10},` +
        `https://example.org/laws/${i},Section ${i % 40} provides equal treatment in wages and social security for migrant workers.,migrant workers,Ministry of Labour,North,Reviewer A,`,
    );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface Latencies {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

function summarise(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const show = (l: Latencies) => `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} over ${l.count} reads`;

/**
 * The reads come from a client in a thread of its own, as the window's requests come from another process: each is
 * timed from when the client sends it to when the answer reaches it, so a wait for the engine's event loop counts.
 */
const CLIENT = `
const { parentPort } = require('node:worker_threads');
let sent = 0;
let outstanding = false;
const latencies = [];
let stopping = false;
parentPort.on('message', (message) => {
  if (message === 'stop') stopping = true;
  else if (outstanding) latencies.push(performance.now() - sent);
  if (message !== 'stop') outstanding = false;
  // A read still on its way when told to stop is waited for: under a queue it answers only after the staging.
  if (stopping) return outstanding || parentPort.postMessage({ latencies });
  sent = performance.now();
  outstanding = true;
  parentPort.postMessage('read');
});
parentPort.postMessage('ready');
`;

/** Starts the client, answering each of its reads with `submissions.indicators`; `stop` ends it and gives the latencies. */
function readingClient(api: ApiHandlers, submissionId: string): { started: Promise<void>; stop(): Promise<number[]> } {
  const client = new Worker(CLIENT, { eval: true });
  let stopped: (latencies: number[]) => void = () => undefined;
  const result = new Promise<number[]>((resolve) => (stopped = resolve));
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  client.on('message', async (message: unknown) => {
    if (message === 'ready') {
      ready();
      client.postMessage('go');
    } else if (message === 'read') {
      await api['submissions.indicators']({ submissionId });
      client.postMessage('answer');
    } else {
      stopped((message as { latencies: number[] }).latencies);
      void client.terminate();
    }
  });
  return { started, stop: () => (client.postMessage('stop'), result) };
}

async function prepare(ws: Workspace, file: string) {
  const api = createApi(ws);
  const sample = await api['samples.open']({ locale: 'en' });
  const opened = await api['imports.open']({ submissionId: sample.id, path: file });
  const sheet = opened.sheets[0]!.name;
  const preview = await api['imports.preview']({ session: opened.session, sheet, kind: 'evidence' });
  return { api, submissionId: sample.id, request: { session: opened.session, sheet, kind: 'evidence' as const, mapping: preview.mapping } };
}

/** Stages the file, with the client reading again and again meanwhile when asked; the staging time and the reads' latencies. */
async function stageWhileReading(file: string, reading: boolean): Promise<{ stagingMs: number; reads: number[]; rows: number }> {
  const ws = openWorkspace(fs.mkdtempSync(path.join(dir, 'ws-')));
  try {
    const { api, submissionId, request } = await prepare(ws, file);
    const client = reading ? readingClient(api, submissionId) : null;
    await client?.started;
    const started = performance.now();
    const staged = await api['imports.stage'](request);
    const stagingMs = performance.now() - started;
    const reads = (await client?.stop()) ?? [];
    return { stagingMs, reads, rows: staged.counts.ready + staged.counts.needsReconciliation + staged.counts.error };
  } finally {
    ws.close();
  }
}

async function idleReads(file: string): Promise<number[]> {
  const ws = openWorkspace(fs.mkdtempSync(path.join(dir, 'ws-')));
  try {
    const { api, submissionId } = await prepare(ws, file);
    const client = readingClient(api, submissionId);
    await client.started;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    return await client.stop();
  } finally {
    ws.close();
  }
}

const file = lawsCsv(ROWS);
const idle = summarise(await idleReads(file));
const alone = await stageWhileReading(file, false);
const during = await stageWhileReading(file, true);
const busy = summarise(during.reads);
console.log(`submissions.indicators with nothing else running: ${show(idle)}`);
console.log(
  `submissions.indicators while ${during.rows} rows stage: ${show(busy)} — target p95 < ${TARGET_P95_MS} ms: ${busy.p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`,
);
console.log(`staging ${alone.rows} rows: ${(alone.stagingMs / 1000).toFixed(2)} s alone, ${(during.stagingMs / 1000).toFixed(2)} s with the reads beside it`);
fs.rmSync(dir, { recursive: true, force: true });
