import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forkEngine, type ChannelKind, type ForkedEngine } from '../unit/engine/fork-engine';
import { makeTempDir } from '../unit/temp-dir';

const DIST = path.resolve('dist/electron');

let tmp: ReturnType<typeof makeTempDir>;
let engine: ForkedEngine | undefined;

beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(async () => {
  if (engine?.child.exitCode === null && engine.child.signalCode === null) await engine.client.close();
  engine = undefined;
  tmp.cleanup();
});

async function answer(method: string, input: unknown): Promise<unknown> {
  const response = await engine!.client.call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.code}: ${response.error.message}`);
  return response.result;
}

describe('the built engine, as main forks it', () => {
  it('sits next to main.js, which carries no part of the core', () => {
    for (const file of ['main.js', 'engine.js', 'parse-worker.js', 'preload.cjs']) expect(fs.existsSync(path.join(DIST, file)), file).toBe(true);
    const main = fs.readFileSync(path.join(DIST, 'main.js'), 'utf8');
    expect(main).not.toMatch(/better-sqlite3|@e965\/xlsx|CREATE TABLE/);
    expect(fs.readFileSync(path.join(DIST, 'engine.js'), 'utf8')).toMatch(/from "better-sqlite3"/);
    // The sandboxed preload can require nothing but electron.
    expect([...fs.readFileSync(path.join(DIST, 'preload.cjs'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it.each<ChannelKind>(['electron-parent-port', 'node-ipc'])(
    'opens a workspace and imports a workbook read by the worker next to it, over %s, then exits 0',
    async (kind) => {
      const forked = (engine = forkEngine(kind, path.join(DIST, 'engine.js')));
      await forked.client.open(tmp.dir);
      const book = XLSX.utils.book_new();
      const rows = [['Type', 'Title', 'Article'], ...Array.from({ length: 50 }, (_, i) => ['law', `Decree ${i}`, `art. ${i}`])];
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Laws');
      const file = path.join(tmp.dir, 'laws.xlsx');
      fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
      const { id: submissionId } = (await answer('submissions.create', { country: 'KEN', year: 2026 })) as { id: string };
      const opened = (await answer('imports.open', { submissionId, path: file })) as { session: string; sheets: { name: string; rowCount: number }[] };
      expect(opened.sheets).toEqual([{ name: 'Laws', rowCount: 51 }]);
      const preview = (await answer('imports.preview', { session: opened.session, sheet: 'Laws', kind: 'evidence' })) as { mapping: unknown };
      const staged = (await answer('imports.stage', { session: opened.session, sheet: 'Laws', kind: 'evidence', mapping: preview.mapping })) as {
        counts: { ready: number };
      };
      expect(staged.counts.ready).toBe(50);
      expect(await forked.client.close()).toBe(0);
      expect(forked.stderr()).toBe('');
    },
  );
});
