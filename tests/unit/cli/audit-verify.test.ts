import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { openWorkspace } from '../../../electron/core/workspace/workspace';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { makeTempDir } from '../temp-dir';
import { mrcAsync } from './run-mrc';

let tmp: ReturnType<typeof makeTempDir>;
let dir: string;

/** A workspace whose log holds a dozen entries: its creation, a submission and ten answers. */
beforeEach(async () => {
  tmp = makeTempDir();
  dir = path.join(tmp.dir, 'ws');
  const ws = openWorkspace(dir);
  const api = createApi(ws);
  const { id } = await api['submissions.create']({ country: 'KEN', year: 2026, schemaVersion: '1.1.0', locale: 'en' });
  for (const value of ['yes', 'no', 'partly', 'yes', 'no', 'partly', 'yes', 'no', 'partly', 'yes'])
    await api['answers.set']({ submissionId: id, indicatorId: 'SS-01', value });
  ws.close();
});
afterEach(() => tmp.cleanup());

/** Opens the file as an attacker would: the triggers that keep the log append-only dropped first. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(workspaceFile(dir));
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  db.prepare(sql).run(...params);
  db.close();
}

const verify = async () => {
  const run = await mrcAsync(['audit', 'verify', '--json', '--workspace', dir]);
  return { code: run.code, verdict: JSON.parse(run.out || '{}') as { ok: boolean; entries: number; firstBreak: { seq: number; problem: string } | null }, err: run.err };
};

describe('mrc audit verify', () => {
  it('exits 0 when the chain holds, and says how many entries it checked', async () => {
    const { code, verdict } = await verify();
    expect(code).toBe(0);
    expect(verdict).toMatchObject({ ok: true, firstBreak: null });
    expect(verdict.entries).toBeGreaterThanOrEqual(12);
    const human = await mrcAsync(['audit', 'verify', '--workspace', dir]);
    expect(human.out).toMatch(/^audit log holds: \d+ entries chained/);
  });

  it('names an entry whose content was altered, and exits 1', async () => {
    tamper("UPDATE audit_log SET details = replace(details, '\"no\"', '\"yes\"') WHERE seq = 7");
    const { code, verdict } = await verify();
    expect(code).toBe(1);
    expect(verdict).toMatchObject({ ok: false, entries: 6, firstBreak: { seq: 7, problem: 'altered' } });
    const human = await mrcAsync(['audit', 'verify', '--workspace', dir]);
    expect(human.code).toBe(1);
    expect(human.err).toContain('broken at entry 7 (altered)');
  });

  it('names an entry altered with its hash recomputed, through the next entry', async () => {
    const db = new Database(workspaceFile(dir));
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 5').get() as Record<string, string>;
    db.close();
    const { createHash } = await import('node:crypto');
    const details = `${row.details!.slice(0, -1)},"forged":true}`;
    const hash = createHash('sha256').update(JSON.stringify([row.prev_hash, row.at, row.actor, row.action, row.entity, details])).digest('hex');
    tamper('UPDATE audit_log SET details = ?, hash = ? WHERE seq = 5', details, hash);
    expect((await verify()).verdict.firstBreak).toMatchObject({ seq: 5, problem: 'altered' });
  });

  it('names an entry that was removed, and exits 1', async () => {
    tamper('DELETE FROM audit_log WHERE seq = 4');
    const { code, verdict } = await verify();
    expect(code).toBe(1);
    expect(verdict).toMatchObject({ ok: false, entries: 3, firstBreak: { seq: 4, problem: 'removed' } });
  });

  it('names the last entry removed, which the chain alone cannot see', async () => {
    const db = new Database(workspaceFile(dir));
    const last = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    db.close();
    tamper('DELETE FROM audit_log WHERE seq = ?', last);
    expect((await verify()).verdict.firstBreak).toMatchObject({ seq: last, problem: 'removed' });
  });

  it('names an entry that was inserted, and exits 1', async () => {
    const db = new Database(workspaceFile(dir));
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    // Room is made at 6 by moving the later entries up one, as an attacker slipping an entry in must.
    db.exec('UPDATE audit_log SET seq = -seq WHERE seq >= 6; UPDATE audit_log SET seq = 1 - seq WHERE seq < 0;');
    const before = db.prepare('SELECT hash FROM audit_log WHERE seq = 5').pluck().get() as string;
    db.prepare("INSERT INTO audit_log (seq, at, actor, action, entity, details, prev_hash, hash) VALUES (6, '2026-01-01T00:00:00.000Z', 'mallory', 'answers.set', 'submission:x', '{}', ?, ?)").run(before, 'b'.repeat(64));
    db.close();
    const { code, verdict } = await verify();
    expect(code).toBe(1);
    expect(verdict).toMatchObject({ ok: false, entries: 5, firstBreak: { seq: 6, problem: 'inserted' } });
  });

  it('is wrong usage, exit 2, for an unknown audit command', async () => {
    expect((await mrcAsync(['audit', 'repair', '--workspace', dir])).code).toBe(2);
  });
});
