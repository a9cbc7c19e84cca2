import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { RowReport } from '../../../electron/cli/import-row-report';
import { ANSWERS } from '../../fixtures/expert-answers';
import { makeTempDir } from '../temp-dir';

const MRC = path.resolve('bin/mrc.js');
let tmp: ReturnType<typeof makeTempDir>;

function mrc(...args: string[]) {
  const run = spawnSync(process.execPath, [MRC, ...args], {
    encoding: 'utf8',
    env: { ...process.env, MRC_WORKSPACE: tmp.dir },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(() => {
  tmp = makeTempDir();
});
afterAll(() => tmp.cleanup());

describe('mrc, the command line', () => {
  it('creates a submission and lists it, as JSON', () => {
    const created = mrc('submission', 'create', '--country', 'KEN', '--year', '2026', '--json');
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const submission = JSON.parse(created.out) as { id: string; country: string; year: number };
    expect(submission).toMatchObject({ country: 'KEN', year: 2026 });

    const listed = mrc('submission', 'list', '--json');
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.out) as { id: string; countryName: string }[];
    expect(list).toContainEqual(expect.objectContaining({ id: submission.id, countryName: 'Kenya' }));
  });

  it('prints just the new id without --json', () => {
    const created = mrc('submission', 'create', '--country', 'fra', '--year', '2025');
    expect(created.code).toBe(0);
    expect(created.out.trim()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exits 2 with a usage line on wrong usage', () => {
    for (const args of [['submission', 'create', '--country', 'KEN'], ['frobnicate'], [], ['submission', 'list', '--colour']]) {
      const run = mrc(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toMatch(/^usage: mrc <command>/m);
    }
  });

  it('exits 1 with a clear message for an unknown country', () => {
    const run = mrc('submission', 'create', '--country', 'XXZ', '--year', '2026');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Unknown country "XXZ": expected an ISO 3166-1 alpha-3 code/);
  });

  it('reports the unknown country as a JSON error object with --json', () => {
    const run = mrc('submission', 'create', '--country', 'XXZ', '--year', '2026', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ error: { code: 'unknown-country' } });
  });

  it('lists the embedded schema and shows its indicators', () => {
    const list = mrc('schema', 'list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toContainEqual(expect.objectContaining({ id: 'mri-core', version: '1.1.0' }));
    const show = mrc('schema', 'show', 'mri-core@1.1.0');
    expect(show.code).toBe(0);
    expect(show.out).toMatch(/^RAT-01\s+law/m);
  });

  it('initialises a workspace and says where it is', () => {
    const run = mrc('init');
    expect(run.code).toBe(0);
    expect(run.out).toContain(path.join(tmp.dir, 'workspace.mrc.sqlite'));
  });
});

describe('mrc import', () => {
  it('stages and commits the sample workbook, printing the counts', () => {
    const id = mrc('submission', 'create', '--country', 'SEN', '--year', '2025').out.trim();
    const run = mrc('import', path.resolve('resources/samples/demoland-2025.xlsx'), '--submission', id, '--commit', '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out) as { status: string; counts: { committed: number; error: number } };
    expect(summary).toMatchObject({ status: 'committed', counts: { committed: 68, error: 0 } });
  });

  it('prints each error with its sheet, row and column', () => {
    const id = mrc('submission', 'create', '--country', 'SEN', '--year', '2024').out.trim();
    const file = path.join(tmp.dir, 'answers.csv');
    fs.writeFileSync(file, 'Indicator;Answer\nSS-01;yes\nSS-02;\n');
    const run = mrc('import', file, '--submission', id);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/ready 1, needs reconciliation 0, errors 1/);
    expect(run.out).toMatch(/error \(sheet "answers", row 3, column B\)/);
  });

  it('gives each row\'s target, reading, score and match kind, as JSON and in the report', () => {
    const id = mrc('submission', 'create', '--country', 'SEN', '--year', '2022').out.trim();
    const file = path.join(tmp.dir, 'outcomes.xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ANSWERS), 'Answers');
    fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const run = mrc('import', file, '--submission', id, '--json');
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.out) as { rows: RowReport[] }).rows;
    expect(rows.find((r) => r.row === 2)).toMatchObject({
      status: 'ready',
      targets: [{ field: 'indicator', targetId: 'SS-01', match: 'similarity' }, { field: 'value', targetId: 'partly', match: 'exact name' }],
      reading: { how: 'option', shown: 'Partly' },
      score: 50,
      citations: [{ type: 'law', title: 'Labour Code', citation: 'art. 12' }],
    });
    expect(rows.find((r) => r.row === 4)).toMatchObject({ targets: [{ targetId: 'RES-03', match: 'code' }], reading: { shown: '5 years' }, score: 75 });
    expect(rows.find((r) => r.row === 7)).toMatchObject({ reading: { how: 'non-answer' }, score: null });
    expect(rows.find((r) => r.row === 6)).toMatchObject({ status: 'error', problems: [expect.stringContaining('FAM-02 counts months')] });

    const human = mrc('import', file, '--submission', id);
    expect(human.out).toContain('2 rows matched by similarity alone: check them below');
    expect(human.out).toMatch(/row 2 \[ready\] indicator ".*" → SS-01 \(similarity 88%\); value "Partly" → Partly \(exact name\); score 50; cites Labour Code art\. 12/);
    expect(human.out).toContain('row 4 [ready] indicator "RES-03" → RES-03 (code); value read as 5 years; 60 months = 5 years; score 75');
  });

  it('exits 1 with the reason when the file is refused', () => {
    const id = mrc('submission', 'create', '--country', 'SEN', '--year', '2023').out.trim();
    const file = path.join(tmp.dir, 'report.xlsx');
    fs.writeFileSync(file, 'not a workbook at all');
    const run = mrc('import', file, '--submission', id);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/report\.xlsx" is not an Excel or OpenDocument spreadsheet/);
  });

  it('exits 2 without --submission', () => {
    expect(mrc('import', 'x.xlsx').code).toBe(2);
  });
});

describe('mrc reconcile', () => {
  it('lists what still needs a decision with its candidates, and JSON with --json', () => {
    const id = mrc('submission', 'create', '--country', 'GHA', '--year', '2025').out.trim();
    const file = path.join(tmp.dir, 'to-reconcile.csv');
    fs.writeFileSync(file, 'Indicator,Answer\nRAT-02,in force since 1999\nSS-01,yes\n');
    expect(mrc('import', file, '--submission', id).code).toBe(0);
    const human = mrc('reconcile', '--submission', id);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/answer \(for RAT-02\) "in force since 1999" — holds back 1 row \("to-reconcile" row 2\)/);
    const json = JSON.parse(mrc('reconcile', '--submission', id, '--json').out) as { kind: string; text: string }[];
    expect(json).toEqual([expect.objectContaining({ kind: 'answer', text: 'in force since 1999' })]);
  });
});
