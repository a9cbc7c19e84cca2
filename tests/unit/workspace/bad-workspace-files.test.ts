import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/workspace/workspace';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { mrcSync, STACK_FRAME, unprivilegedUid, type MrcRun } from '../cli/run-mrc';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
/** A sound workspace, made once, copied into each case. */
let sound: Buffer;

beforeAll(() => {
  tmp = makeTempDir();
  // An ordinary user (nobody, when the tests run as root) must be able to reach the cases.
  fs.chmodSync(tmp.dir, 0o755);
  const ws = openWorkspace(path.join(tmp.dir, 'sound'));
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
  sound = fs.readFileSync(workspaceFile(path.join(tmp.dir, 'sound')));
});
afterAll(() => tmp.cleanup());

function caseDir(name: string, file?: Buffer | string): string {
  const dir = path.join(tmp.dir, name);
  fs.mkdirSync(dir, { mode: 0o755 });
  if (file !== undefined) fs.writeFileSync(workspaceFile(dir), file);
  return dir;
}

/** Overwrites one leaf page of a table in the middle of the file with bytes that are no b-tree page. */
function withGarbagePage(bytes: Buffer): Buffer {
  const file = path.join(tmp.dir, 'garbage-source.sqlite');
  fs.writeFileSync(file, bytes);
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { pageno } = db.prepare("SELECT pageno FROM dbstat WHERE name = 'indicators' AND pagetype = 'leaf' LIMIT 1 OFFSET 2").get() as {
    pageno: number;
  };
  db.close();
  const damaged = Buffer.from(bytes);
  for (let i = 0; i < pageSize; i++) damaged[(pageno - 1) * pageSize + i] = (i * 167 + 13) & 0xff;
  return damaged;
}

function expectClearRefusal(run: MrcRun, message: RegExp): void {
  expect(run.code, run.err).toBe(1);
  expect(run.err).toMatch(message);
  expect(run.err).not.toMatch(STACK_FRAME);
  expect(run.err.trim().split('\n')).toHaveLength(1);
}

describe('a workspace file the app must not use', () => {
  it('refuses a 0-byte file as "not a workspace", and does not initialise it', () => {
    const dir = caseDir('empty', '');
    expectClearRefusal(mrcSync(['submission', 'list', '--workspace', dir]), /workspace\.mrc\.sqlite is an empty file, not a workspace; it was left as it is/);
    expect(fs.statSync(workspaceFile(dir)).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['workspace.mrc.sqlite']);
  });

  it('refuses a workspace truncated to 50 bytes, leaving it byte for byte', () => {
    const cut = sound.subarray(0, 50);
    const dir = caseDir('truncated', cut);
    expectClearRefusal(mrcSync(['init', '--workspace', dir]), /workspace\.mrc\.sqlite is cut short \(50 bytes, less than one page of a workspace\)/);
    expect(fs.readFileSync(workspaceFile(dir)).equals(cut)).toBe(true);
  });

  it('refuses a workspace with a garbage page on open (quick_check), and `mrc workspace check` lists what is wrong', () => {
    const damaged = withGarbagePage(sound);
    const dir = caseDir('garbage-page', damaged);
    expectClearRefusal(mrcSync(['submission', 'list', '--workspace', dir]), /is damaged and was not opened \(SQLite's check found: .+\)/);
    const check = mrcSync(['workspace', 'check', '--workspace', dir]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/is damaged\. SQLite's integrity_check found:\n {2}\S/);
    expect(check.err).not.toMatch(STACK_FRAME);
    const json = mrcSync(['workspace', 'check', '--workspace', dir, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.any(String)]) });
    expect(fs.readFileSync(workspaceFile(dir)).equals(damaged)).toBe(true);
  });

  it('refuses a folder where the workspace file should be', () => {
    const dir = caseDir('folder-in-place');
    fs.mkdirSync(workspaceFile(dir));
    expectClearRefusal(mrcSync(['submission', 'list', '--workspace', dir]), /workspace\.mrc\.sqlite is a folder, not a workspace file/);
  });

  it('refuses a workspace "folder" that is a file', () => {
    const file = path.join(tmp.dir, 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    expectClearRefusal(mrcSync(['init', '--workspace', file]), /notes\.txt is a file, not a folder: a workspace is a folder holding workspace\.mrc\.sqlite/);
  });

  it('says why a workspace cannot be created: a file in the path, or a folder the user may not write in', () => {
    const file = path.join(tmp.dir, 'in-the-way.txt');
    fs.writeFileSync(file, 'in the way');
    expectClearRefusal(mrcSync(['init', '--workspace', path.join(file, 'ws')]), /Cannot use the workspace folder .*in-the-way\.txt\/ws: a part of the path is a file, not a folder/);
    const locked = caseDir('locked-parent');
    fs.chmodSync(locked, 0o555);
    expectClearRefusal(
      mrcSync(['init', '--workspace', path.join(locked, 'ws')], { uid: unprivilegedUid() }),
      /Cannot create the workspace folder .*locked-parent\/ws: permission denied/,
    );
    expect(fs.readdirSync(locked)).toEqual([]);
  });

  it('refuses a read-only workspace file, and a read-only workspace folder, with the reason', () => {
    const readOnlyFile = caseDir('read-only-file', sound);
    fs.chmodSync(readOnlyFile, 0o777);
    fs.chmodSync(workspaceFile(readOnlyFile), 0o444);
    expectClearRefusal(
      mrcSync(['submission', 'list', '--workspace', readOnlyFile], { uid: unprivilegedUid() }),
      /The workspace .*read-only-file\/workspace\.mrc\.sqlite is read-only/,
    );
    const readOnlyFolder = caseDir('read-only-folder', sound);
    fs.chmodSync(readOnlyFolder, 0o555);
    expectClearRefusal(
      mrcSync(['submission', 'list', '--workspace', readOnlyFolder], { uid: unprivilegedUid() }),
      /The workspace folder .*read-only-folder is read-only/,
    );
    expect(fs.readFileSync(workspaceFile(readOnlyFolder)).equals(sound)).toBe(true);
  });
});

describe('opening a sound workspace', () => {
  it('reads before it writes: it opens while another connection holds the write lock, and changes nothing', () => {
    const dir = caseDir('held', sound);
    const holder = new Database(workspaceFile(dir));
    holder.exec('BEGIN IMMEDIATE');
    const saved = process.env.MRC_BUSY_TIMEOUT_MS;
    process.env.MRC_BUSY_TIMEOUT_MS = '200';
    try {
      const ws = openWorkspace(dir);
      expect(ws.check).toMatchObject({ kind: 'quick', ok: true, problems: [] });
      expect(ws.check!.ms).toBeGreaterThan(0);
      ws.close();
    } finally {
      if (saved === undefined) delete process.env.MRC_BUSY_TIMEOUT_MS;
      else process.env.MRC_BUSY_TIMEOUT_MS = saved;
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(fs.readFileSync(workspaceFile(dir)).equals(sound)).toBe(true);
  });
});
