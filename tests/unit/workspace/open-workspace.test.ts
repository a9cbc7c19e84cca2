import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_FORMAT } from '../../../electron/core/db/migrations/index';
import { verifyAuditChain } from '../../../electron/core/audit';
import { openWorkspace } from '../../../electron/core/workspace/workspace';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { MrcError } from '../../../shared/errors';
import { createApi } from '../../../electron/core/api';
import { DEFAULT_SCHEMA, loadEmbeddedSchema } from '../../../electron/core/schema/load-schema';
import { installSchema } from '../../../electron/core/schema/schema-store';
import { createDatabaseAt } from '../db/migrate-to';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

describe('opening a workspace', () => {
  it('creates a WAL-mode SQLite file with foreign keys, at the current format, holding the default schema', () => {
    const ws = openWorkspace(tmp.dir);
    expect(ws.file).toBe(workspaceFile(tmp.dir));
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(CURRENT_FORMAT);
    const { n } = ws.db.prepare("SELECT count(*) AS n FROM indicators WHERE schema_id = 'mri-core'").get() as { n: number };
    expect(n).toBeGreaterThanOrEqual(60);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
  });

  it('opens an existing workspace again without installing the schema twice', () => {
    openWorkspace(tmp.dir).close();
    const ws = openWorkspace(tmp.dir);
    const { n } = ws.db.prepare('SELECT count(*) AS n FROM schema_versions').get() as { n: number };
    expect(n).toBe(1);
    expect(verifyAuditChain(ws.db)).toMatchObject({ ok: true, entries: 1, firstBreak: null });
    ws.close();
  });

  it('keeps an earlier version of the default schema beside the new one, with the submissions scored against it', async () => {
    const first = openWorkspace(tmp.dir);
    const { schema } = loadEmbeddedSchema();
    // An earlier release's embedded schema: same indicators, another version, another content.
    const earlier = { ...schema, version: '1.0.0', title: `${schema.title} (earlier)` };
    installSchema(first.db, { schema: earlier, sha256: 'e'.repeat(64) }, 'test');
    const api = createApi(first);
    const old = await api['submissions.create']({ country: 'KEN', year: 2025, schemaVersion: '1.0.0' });
    first.close();

    const ws = openWorkspace(tmp.dir);
    const again = createApi(ws);
    expect((await again['schemas.list']({})).map((s) => s.version).sort()).toEqual(['1.0.0', DEFAULT_SCHEMA.version]);
    expect(await again['submissions.get']({ id: old.id })).toMatchObject({ schemaVersion: '1.0.0' });
    expect(await again['submissions.create']({ country: 'KEN', year: 2026 })).toMatchObject({ schemaVersion: DEFAULT_SCHEMA.version });
    ws.close();
  });

  it('refuses a workspace written by a newer app and leaves the file byte-for-byte unchanged', () => {
    openWorkspace(tmp.dir).close();
    const file = workspaceFile(tmp.dir);
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${CURRENT_FORMAT + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    const siblingsBefore = fs.readdirSync(tmp.dir).sort();

    let refusal: unknown;
    try {
      openWorkspace(tmp.dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(MrcError);
    expect((refusal as MrcError).code).toBe('workspace-too-new');
    expect((refusal as MrcError).message).toMatch(/newer version/);
    expect((refusal as MrcError).message).toMatch(/not changed/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp.dir).sort()).toEqual(siblingsBefore);
  });

  it('upgrades a workspace of the first format, step by step, keeping its data', () => {
    const file = workspaceFile(tmp.dir);
    const old = createDatabaseAt(file, 1);
    old.prepare("INSERT INTO settings (key, value) VALUES ('kept', 'yes')").run();
    old.close();
    const ws = openWorkspace(tmp.dir);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(CURRENT_FORMAT);
    expect(ws.db.prepare("SELECT value FROM settings WHERE key = 'kept'").get()).toEqual({ value: 'yes' });
    ws.close();
  });

  it('refuses a file that is not a SQLite database, naming the file', () => {
    fs.writeFileSync(workspaceFile(tmp.dir), 'this is a text file, not a database, and it is long enough to have a header');
    expect(() => openWorkspace(tmp.dir)).toThrow(/is not a workspace database/);
  });

  it('keeps the audit log append-only', () => {
    const ws = openWorkspace(tmp.dir);
    expect(() => ws.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => ws.db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    ws.close();
  });

  it('detects a tampered audit entry through the hash chain', () => {
    const ws = openWorkspace(tmp.dir);
    ws.db.exec('DROP TRIGGER audit_log_no_update');
    ws.db.prepare("UPDATE audit_log SET details = '{}' WHERE seq = 1").run();
    expect(verifyAuditChain(ws.db)).toMatchObject({ ok: false, entries: 0, firstBreak: { seq: 1, problem: 'altered' } });
    ws.close();
  });
});

describe('the engine stays plain Node', () => {
  it('has no file under electron/core or shared that imports electron', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) {
          const text = fs.readFileSync(full, 'utf8');
          if (/(from\s+['"]electron['"])|(require\(\s*['"]electron['"]\s*\))|(import\(\s*['"]electron['"]\s*\))/.test(text))
            offenders.push(full);
        }
      }
    };
    walk(path.resolve('electron/core'));
    walk(path.resolve('shared'));
    expect(offenders).toEqual([]);
  });
});
