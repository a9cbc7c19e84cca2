/**
 * Audit verification benchmark: `npm run bench -- audit`.
 * A workspace whose log holds 1,000,000 entries shaped like answer edits (before and after values);
 * `mrc audit verify` walks it, and `sha256sum` hashes the same bytes (each entry's hashed text, end to end)
 * as the reference. Target: verify at least half as fast as sha256sum.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../../electron/core/audit';
import { hashedText } from '../../electron/core/audit/audit-log';
import { openWorkspace } from '../../electron/core/workspace/workspace';
import { workspaceFile } from '../../electron/core/workspace/paths';
import { makeTempDir } from '../unit/temp-dir';

const ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 1_000_000);
const tmp = makeTempDir();
const dir = path.join(tmp.dir, 'ws');
const hashedFile = path.join(tmp.dir, 'hashed.bin');

function details(i: number): string {
  const values = ['yes', 'partly', 'no'];
  const row = (v: string, s: number) => ({ value: v, score: s, confidence: 'medium', note: null, citation: null, import_id: null });
  return JSON.stringify({
    submissionId: '6f1c2a9e-3b7d-4c1e-9a55-0d2f8e1b7c34',
    indicators: [`SS-${String(i % 90).padStart(2, '0')}`],
    changes: [
      {
        table: 'answers',
        key: { submission_id: '6f1c2a9e-3b7d-4c1e-9a55-0d2f8e1b7c34', indicator: `SS-${String(i % 90).padStart(2, '0')}` },
        before: row(values[i % 3]!, (i % 3) * 50),
        after: row(values[(i + 1) % 3]!, ((i + 1) % 3) * 50),
      },
    ],
  });
}

function buildLog(): number {
  openWorkspace(dir).close();
  const db = new Database(workspaceFile(dir));
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string;
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, entity, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  let prev = last;
  db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) {
      const at = new Date(start + i * 1000).toISOString();
      const d = details(i);
      const hash = createHash('sha256').update(hashedText(prev, at, 'expert@kenya', 'answers.set', 'submission:6f1c2a9e', d)).digest('hex');
      insert.run(at, 'expert@kenya', 'answers.set', 'submission:6f1c2a9e', d, prev, hash);
      prev = hash;
    }
  }).immediate();
  const count = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  db.close();
  return count;
}

/** The bytes verification hashes, one entry after another, for sha256sum to hash as one stream. */
function writeHashedBytes(): number {
  const db = new Database(workspaceFile(dir), { readonly: true });
  const out = fs.openSync(hashedFile, 'w');
  let bytes = 0;
  let chunk: Buffer[] = [];
  let size = 0;
  for (const [at, actor, action, entity, d, prev] of db.prepare('SELECT at, actor, action, entity, details, prev_hash FROM audit_log ORDER BY seq').raw().iterate() as IterableIterator<string[]>) {
    const b = Buffer.from(hashedText(prev!, at!, actor!, action!, entity!, d!));
    chunk.push(b);
    size += b.length;
    if (size > 8 << 20) {
      fs.writeSync(out, Buffer.concat(chunk));
      bytes += size;
      chunk = [];
      size = 0;
    }
  }
  fs.writeSync(out, Buffer.concat(chunk));
  bytes += size;
  fs.closeSync(out);
  db.close();
  return bytes;
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const best = <T>(runs: number, work: () => T): { ms: number; result: T } => {
  let fastest = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = work();
    fastest = Math.min(fastest, ms(t));
  }
  return { ms: fastest, result };
};

try {
  let t = process.hrtime.bigint();
  const entries = buildLog();
  console.log(`built a log of ${entries.toLocaleString('en')} entries in ${(ms(t) / 1000).toFixed(1)} s`);
  t = process.hrtime.bigint();
  const bytes = writeHashedBytes();
  console.log(`hashed bytes: ${(bytes / 1e6).toFixed(1)} MB (written for sha256sum in ${(ms(t) / 1000).toFixed(1)} s)`);

  execFileSync('sha256sum', [hashedFile]); // warm the page cache
  const sha = best(3, () => execFileSync('sha256sum', [hashedFile]));
  const ws = new Database(workspaceFile(dir), { readonly: true });
  const engine = best(3, () => verifyAuditChain(ws));
  ws.close();
  if (!engine.result.ok || engine.result.bytes !== bytes) throw new Error(`verification disagrees: ${JSON.stringify(engine.result)}, ${bytes} bytes written`);
  t = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [path.resolve('bin/mrc.js'), 'audit', 'verify', '--json', '--workspace', dir], { encoding: 'utf8' });
  const cliMs = ms(t);
  if (cli.status !== 0) throw new Error(`mrc audit verify exited ${cli.status}: ${cli.stderr}`);

  const rate = (m: number) => `${(bytes / 1e6 / (m / 1000)).toFixed(0)} MB/s`;
  console.log(`sha256sum over the same bytes:        ${sha.ms.toFixed(0)} ms (${rate(sha.ms)})`);
  console.log(`verifyAuditChain (the engine's walk): ${engine.ms.toFixed(0)} ms (${rate(engine.ms)}) = ${(sha.ms / engine.ms).toFixed(2)}× sha256sum's speed (target ≥ 0.5×)`);
  console.log(`mrc audit verify, whole process:      ${cliMs.toFixed(0)} ms (${rate(cliMs)}) = ${(sha.ms / cliMs).toFixed(2)}× sha256sum's speed, with start-up`);
} finally {
  tmp.cleanup();
}
