import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ProgressBus, type ApiHandlers } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { buildEncryptedWorkbook, buildZip, writeBytes, writeWorkbook } from '../import/build-fixtures';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;
let submissionId: string;

/** Every row of every table: what "the workspace is unchanged" means, whatever SQLite does to the file's pages. */
function snapshot(workspace: Workspace): Record<string, unknown[]> {
  const tables = workspace.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, workspace.db.prepare(`SELECT * FROM "${name}"`).all()]));
}

async function refusal(file: string): Promise<{ code: string; message: string }> {
  const before = snapshot(ws);
  const response = await invokeApi(api, 'imports.open', { submissionId, path: file });
  expect(response.ok).toBe(false);
  expect(snapshot(ws)).toEqual(before);
  return response.ok ? { code: '', message: '' } : response.error;
}

beforeEach(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  api = createApi(ws, new ProgressBus(), { importLimits: { maxCells: 1_000 } });
  submissionId = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

describe('a bad file is refused with a clear message and the workspace unchanged in every table', () => {
  it('an empty file', async () => {
    const error = await refusal(writeBytes(tmp.dir, 'empty.xlsx', ''));
    expect(error.code).toBe('empty-file');
    expect(error.message).toContain('empty.xlsx');
  });

  it('a text file renamed .xlsx', async () => {
    const error = await refusal(writeBytes(tmp.dir, 'notes.xlsx', 'Minutes of the meeting\nNothing to import here.\n'));
    expect(error.code).toBe('not-a-spreadsheet');
    expect(error.message).toMatch(/notes\.xlsx.*not an Excel or OpenDocument spreadsheet/);
  });

  it('a truncated zip', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Indicator', 'Answer'], ['SS-01', 'yes']]), 'Answers');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const error = await refusal(writeBytes(tmp.dir, 'cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('cut.xlsx');
  });

  it('a password-protected workbook', async () => {
    const error = await refusal(writeBytes(tmp.dir, 'locked.xlsx', buildEncryptedWorkbook()));
    expect(error.code).toBe('password-protected');
    expect(error.message).toContain('locked.xlsx');
  });

  it('a zip bomb', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
    ]);
    const error = await refusal(writeBytes(tmp.dir, 'bomb.xlsx', bomb));
    expect(error.code).toBe('too-large');
  });

  it('more cells than the set limit', async () => {
    const rows = Array.from({ length: 200 }, (_, r) => Array.from({ length: 6 }, (_, c) => `r${r}c${c}`));
    const error = await refusal(writeWorkbook(tmp.dir, 'big.ods', [{ name: 'Data', rows }]));
    expect(error.code).toBe('too-many-cells');
    expect(error.message).toContain('more than 1,000 cells');
  });
});

describe('hostile text imports as plain text', () => {
  it('keeps __proto__ and constructor headers as ordinary columns and formula-like text as literal text', async () => {
    const rows = [
      ['Type', 'Title', 'Article', '__proto__', 'constructor'],
      ['law', '=HYPERLINK("http://evil.example","click")', 'art. 1', 'x', 'y'],
    ];
    const file = writeWorkbook(tmp.dir, 'laws.xlsx', [{ name: 'Laws', rows }]);
    const opened = await api['imports.open']({ submissionId, path: file });
    const preview = await api['imports.preview']({ session: opened.session, sheet: 'Laws', kind: 'evidence' });
    expect(preview.headers).toEqual(['Type', 'Title', 'Article', '__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const staged = await api['imports.stage']({ session: opened.session, sheet: 'Laws', kind: 'evidence', mapping: preview.mapping });
    await api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    const stored = ws.db.prepare('SELECT title, citation FROM evidence').all();
    expect(stored).toEqual([{ title: '=HYPERLINK("http://evil.example","click")', citation: 'art. 1' }]);
  });
});

describe('a sheet of laws with no type column', () => {
  it('takes every row as law and says so in the preview', async () => {
    const file = writeWorkbook(tmp.dir, 'laws.ods', [{ name: 'Laws', rows: [['Title', 'Article', 'Adopted'], ['Labour Code', 'art. 3', '2015-03-01']] }]);
    const opened = await api['imports.open']({ submissionId, path: file });
    const preview = await api['imports.preview']({ session: opened.session, sheet: 'Laws', kind: 'evidence' });
    expect(preview.mappingIssues).toEqual([]);
    expect(preview.columnNotes[0]).toMatchObject({ code: 'field-defaulted', message: expect.stringContaining('every row is taken as "law"') });
    expect(preview.mapping.map((m) => m.field)).toEqual(['title', 'citation', 'date']);
    const staged = await api['imports.stage']({ session: opened.session, sheet: 'Laws', kind: 'evidence', mapping: preview.mapping });
    await api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    expect(ws.db.prepare('SELECT type, title, date FROM evidence').all()).toEqual([{ type: 'law', title: 'Labour Code', date: '2015-03-01' }]);
  });
});
