import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSheet, fitSheet } from '../../../electron/core/import/map/choose-sheet.js';
import { makeTempDir } from '../temp-dir';
import { writeOpenpyxlWorkbook } from './build-foreign-files.js';

const INSTRUCTIONS = { name: 'Instructions', rows: [['How to fill this workbook'], ['Write one answer per row on the Answers sheet.'], ['Ask the focal point if in doubt.']] };
const ANSWERS = { name: 'Answers', rows: [['Indicator', 'Answer', 'Comment'], ['SS-01', 'yes', ''], ['SS-02', 'partly', 'in some regions']] };

describe('fitting a sheet to a kind of record', () => {
  it('finds what a sheet lacks, and scores how well its headers name the fields', () => {
    expect(fitSheet('answers', 'Instructions', ['How to fill this workbook'])).toEqual({ sheet: 'Instructions', missing: ['indicator', 'value'], score: 0 });
    expect(fitSheet('answers', 'Answers', ['Indicator', 'Answer', 'Comment'])).toEqual({ sheet: 'Answers', missing: [], score: 3 });
    // Evidence needs no type column: a sheet of laws rarely says "law" on every row.
    expect(fitSheet('evidence', 'Laws', ['Title', 'Article'])).toMatchObject({ missing: [] });
  });

  it('chooses the one sheet that fits, or the one that fits best', () => {
    const instructions = fitSheet('answers', 'Instructions', ['How to fill this workbook']);
    const answers = fitSheet('answers', 'Answers', ['Indicator', 'Answer', 'Comment']);
    const bare = fitSheet('answers', 'Draft', ['Indicator', 'Answer']);
    expect(chooseSheet('answers', 'book.xlsx', [instructions, answers])).toEqual({ sheet: 'Answers' });
    expect(chooseSheet('answers', 'book.xlsx', [bare, answers])).toEqual({ sheet: 'Answers' });
  });

  it('refuses to guess when no sheet fits, or when two fit alike, naming the sheets', () => {
    const instructions = fitSheet('answers', 'Instructions', ['How to fill this workbook']);
    const laws = fitSheet('answers', 'Laws', ['Title', 'Article']);
    expect(chooseSheet('answers', 'book.xlsx', [instructions, laws])).toEqual({
      sheet: null,
      reason: 'No sheet of "book.xlsx" has the columns of answers: "Instructions" (no column for indicator, value); "Laws" (no column for indicator, value).',
    });
    const a2024 = fitSheet('answers', '2024', ['Indicator', 'Answer']);
    const a2025 = fitSheet('answers', '2025', ['Indicator', 'Answer']);
    expect(chooseSheet('answers', 'book.xlsx', [a2024, a2025])).toEqual({
      sheet: null,
      reason: 'Several sheets of "book.xlsx" fit answers equally well: "2024", "2025".',
    });
  });
});

describe('mrc import without --sheet', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let submission: string;
  const mrc = (...args: string[]) => {
    const run = spawnSync(process.execPath, [path.resolve('bin/mrc.js'), ...args, '--workspace', tmp.dir], { encoding: 'utf8' });
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
  beforeAll(() => {
    tmp = makeTempDir();
    submission = mrc('submission', 'create', '--country', 'KEN', '--year', '2026').out.trim();
  });
  afterAll(() => tmp.cleanup());

  it('imports the sheet whose columns fit answers when the first sheet holds instructions', () => {
    const file = writeOpenpyxlWorkbook(tmp.dir, 'with-instructions.xlsx', [INSTRUCTIONS, ANSWERS]);
    const run = mrc('import', file, '--submission', submission);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^with-instructions\.xlsx, sheet "Answers" \(answers\)/);
    expect(run.out).toMatch(/ready 2, needs reconciliation 0, errors 0/);
  });

  it('refuses, listing the sheets, when none has the columns of the kind', () => {
    const file = writeOpenpyxlWorkbook(tmp.dir, 'no-answers.xlsx', [INSTRUCTIONS, { name: 'Notes', rows: [['Remark', 'Author'], ['draft', 'A. B.']] }, { name: 'Blank', rows: [] }]);
    const run = mrc('import', file, '--submission', submission);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'No sheet of "no-answers.xlsx" has the columns of answers: "Instructions" (no column for indicator, value); "Notes" (no column for indicator, value). ' +
        'Name the sheet to import with --sheet NAME; the sheets are "Instructions", "Notes", "Blank" (empty).',
    );
  });
});
