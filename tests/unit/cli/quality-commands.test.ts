import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { makeTempDir } from '../temp-dir';
import { mrcSync } from './run-mrc';

let tmp: ReturnType<typeof makeTempDir>;
let submission: string;
const mrc = (...args: string[]) => mrcSync(args, { env: { MRC_WORKSPACE: tmp.dir } });

beforeAll(() => {
  tmp = makeTempDir();
  submission = mrc('submission', 'create', '--country', 'KEN', '--year', '2025').out.trim();
  const book = XLSX.utils.book_new();
  const answers = [['Indicator', 'Answer', 'Note'], ['SS-01', 'yes', '=1+1'], ['HLT-06', 'partly', '']];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(answers), 'Answers');
  const file = path.join(tmp.dir, 'answers.xlsx');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  expect(mrc('import', file, '--submission', submission, '--commit').code).toBe(0);
}, 60_000);
afterAll(() => tmp.cleanup());

describe('mrc problems and mrc export-xlsx', () => {
  it('lists the problems in English, with the count not accepted', () => {
    const run = mrc('problems', '--submission', submission);
    expect(run.code).toBe(0);
    expect(run.out).toContain('SS-01    flagged-row                SS-01 is answered "yes" in law, and no law is cited for it');
    expect(run.out).toContain('HLT-06   flagged-row                HLT-06 is answered with no source: link a law or a source of practice');
    expect(run.out.trim().split('\n').at(-1)).toBe('2 of 2 not accepted');
  });

  it('gives the problems as JSON, with stable codes and keys', () => {
    const run = mrc('problems', '--submission', submission, '--json');
    const list = JSON.parse(run.out) as { items: { key: string; code: string }[]; unacceptedProblemCount: number };
    expect(list.items.map((p) => p.code)).toEqual(['law-without-citation', 'no-source']);
    expect(list.items[0]!.key).toMatch(/^SS-01\/law-without-citation\/[0-9a-f]{12}$/);
    expect(list.unacceptedProblemCount).toBe(2);
  });

  it('writes the workbook to a path relative to where it runs, the note neutralised', () => {
    const run = mrcSync(['export-xlsx', '--submission', submission, '--out', 'kenya.xlsx'], { env: { MRC_WORKSPACE: tmp.dir }, cwd: tmp.dir });
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^wrote .*kenya\.xlsx \(\d+ bytes; Answers 95, Evidence 0, Ratifications 0; 1 cell\(s\) neutralised against formulas\)/);
    const note = execFileSync('/usr/bin/python3', ['-c', "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Answers']; print([r[9] for r in ws.iter_rows(values_only=True) if r[0]=='SS-01'][0])", path.join(tmp.dir, 'kenya.xlsx')], { encoding: 'utf8' });
    expect(note.trim()).toBe("'=1+1");
  });

  it('exits 2 when --submission or --out is missing, and 1 when the submission is unknown', () => {
    expect(mrc('problems').code).toBe(2);
    expect(mrc('export-xlsx', '--submission', submission).err).toContain('export-xlsx needs --out FILE.xlsx');
    const unknown = mrc('problems', '--submission', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No submission with id nope');
  });
});
