import { describe, expect, it } from 'vitest';
import type { StagedRow } from '../../../shared/import-contract';
import { ANSWERS, ANSWER_FIELDS as FIELDS } from '../../fixtures/expert-answers';
import { writeWorkbook } from '../import/build-fixtures';
import { useKenyaWorkspace } from './kenya-workspace';

const kenya = useKenyaWorkspace();


async function stage() {
  const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWERS }]);
  const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
  const mapping = ANSWERS[0]!.map((header, column) => ({ column, header: String(header), field: FIELDS[column]! }));
  return kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping });
}

async function rows(importId: string): Promise<Map<number, StagedRow>> {
  const page = await kenya.api['imports.rows']({ importId, offset: 0, limit: 100 });
  return new Map(page.rows.map((r) => [r.row, r]));
}

describe('what each row of an answers sheet became, before it lands', () => {
  it('shows each row\'s target, how it was matched, how its value was read and its score', async () => {
    const staged = await stage();
    expect(staged.counts).toMatchObject({ ready: 12, error: 3, needsReconciliation: 0, bySimilarity: 2 });
    const byRow = await rows(staged.importId);

    const similar = byRow.get(2)!.outcome;
    expect(similar.bySimilarity).toBe(true);
    expect(similar.targets[0]).toMatchObject({ field: 'indicator', targetId: 'SS-01', via: 'fuzzy' });
    expect(similar.targets[0]!.label).toMatch(/^SS-01 Does national law guarantee/);
    expect(similar.reading).toEqual({ how: 'option', shown: 'Partly', notes: [] });
    expect(similar.score).toBe(50);
    expect(similar.citations).toEqual([{ type: 'law', title: 'Labour Code', citation: 'art. 12', date: '2015-03-01', url: 'https://example.org/labour-code' }]);

    expect(byRow.get(3)!.outcome).toMatchObject({ targets: [{ targetId: 'LAB-01', via: 'code' }], reading: { how: 'number', shown: '12 months' }, score: 0 });
    expect(byRow.get(4)!.outcome).toMatchObject({ reading: { shown: '5 years', notes: ['60 months = 5 years'] }, score: 75 });
    expect(byRow.get(5)!.outcome).toMatchObject({ reading: { shown: '45 %' }, score: 25 });
    expect(byRow.get(14)!.outcome).toMatchObject({ reading: { shown: '12 %', notes: ['approximate ("≈ 12 %")'] }, score: 50 });

    const option = byRow.get(11)!.outcome;
    expect(option).toMatchObject({ bySimilarity: true, reading: { how: 'option', shown: 'Including upper-secondary and vocational education' } });
    expect(option.targets.find((t) => t.field === 'value')).toMatchObject({ targetId: 'upper-secondary', via: 'fuzzy' });

    expect(byRow.get(7)!.outcome).toMatchObject({ reading: { how: 'non-answer', shown: 'No answer' }, score: null });
    expect(byRow.get(13)!.outcome.reading!.notes).toEqual(["the file's score 80 is not used: the schema's rule gives 100"]);
    expect(byRow.get(15)!.outcome).toMatchObject({ reading: { how: 'text', shown: 'Doctors and lawyers' }, score: 40 });
    expect(byRow.get(12)!.outcome.citations).toEqual([{ type: 'practice', title: 'Ombudsman report 2024', citation: '', date: null, url: null }]);
  });

  it('keeps a wrong unit, unreadable text and an article without its law as errors, with their reasons', async () => {
    const staged = await stage();
    const errors = await kenya.api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 10 });
    expect(errors.rows.map((r) => [r.row, r.problems.map((p) => [p.code, p.where.column])])).toEqual([
      [6, [['wrong-unit', 'B']]],
      [8, [['invalid-number', 'B']]],
      [16, [['missing-value', 'E']]],
    ]);
    expect(errors.rows[0]!.problems[0]!.message).toBe(
      'Sheet "Answers", row 6, column B ("Answer"): FAM-02 counts months, but "45%" is in percent, which do not convert exactly.',
    );
    expect(errors.rows[1]!.problems[0]!.message).toContain('SKL-03 takes a number of months; "Partly" is not one');
    expect(errors.rows[2]!.problems[0]!.message).toContain('the article "art. 5" needs the law it belongs to');
  });

  it('joins the text of two columns mapped to one field, in column order', async () => {
    const staged = await stage();
    expect((await rows(staged.importId)).get(13)!.fields.note).toBe('checked twice; with the ministry');
  });

  it('shows two rows for one indicator as a conflict between them, and commits only the row the person takes', async () => {
    const staged = await stage();
    const conflicts = await kenya.api['imports.conflicts']({ importId: staged.importId });
    expect(conflicts).toEqual([
      {
        key: 'HLT-03',
        existing: null,
        inFile: true,
        rows: [
          { row: 9, values: expect.objectContaining({ value: 'yes', score: '100' }) },
          { row: 10, values: expect.objectContaining({ value: 'no', score: '0' }) },
        ],
      },
    ]);
    await expect(Promise.resolve().then(() => kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] }))).rejects.toThrow(
      /Rows of sheet "Answers" give different values for HLT-03: row 9 \(yes, 100\); row 10 \(no, 0\)/,
    );
    expect((await kenya.api['submissions.indicators']({ submissionId: kenya.submissionId })).filter((r) => r.value !== null)).toEqual([]);

    const committed = await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [{ row: 10, choice: 'take-imported' }] });
    expect(committed.result).toEqual({
      rows: 12,
      inserted: 11,
      updated: 0,
      unchanged: 0,
      kept: 0,
      repeated: 0,
      notTaken: 1,
      evidenceAdded: 2,
      evidenceLinked: 2,
    });
    const grid = await kenya.api['submissions.indicators']({ submissionId: kenya.submissionId });
    expect(grid.find((r) => r.code === 'HLT-03')).toMatchObject({ value: 'no', score: 0 });
    expect(grid.find((r) => r.code === 'RES-03')).toMatchObject({ value: '5', score: 75 });
    expect(grid.find((r) => r.code === 'SS-02')).toMatchObject({ value: null, score: null });
    expect(grid.find((r) => r.code === 'FAM-02')).toMatchObject({ value: null });
  });

  it('counts as answered only what has a score, never a non-answer', async () => {
    const staged = await stage();
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [{ row: 9, choice: 'take-imported' }] });
    const submission = await kenya.api['submissions.get']({ locale: 'en', id: kenya.submissionId });
    // SS-01, LAB-01, RES-03, SS-05, HLT-03, EDU-01, LAB-02, LAB-03, WAG-05 and the expert-scored SKL-04; SS-02 said n/a.
    expect(submission.answered).toBe(10);
    const note = kenya.ws.db.prepare("SELECT value, note FROM answers WHERE submission_id = ? AND indicator = 'SS-02'").get(kenya.submissionId);
    expect(note).toEqual({ value: null, note: 'no data yet; n/a' });
  });

  it('links the laws and sources an answer cites to its indicator, once each', async () => {
    const staged = await stage();
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [{ row: 9, choice: 'take-imported' }] });
    const evidence = await kenya.api['submissions.evidence']({ submissionId: kenya.submissionId });
    expect(evidence).toEqual([
      expect.objectContaining({ type: 'law', title: 'Labour Code', citation: 'art. 12', date: '2015-03-01', indicators: 'SS-01' }),
      expect.objectContaining({ type: 'practice', title: 'Ombudsman report 2024', indicators: 'LAB-02' }),
    ]);
  });

  it('sends a row matched by similarity back to the queue, and takes that back', async () => {
    const staged = await stage();
    const sent = await kenya.api['imports.requeue']({ importId: staged.importId, row: 2, field: 'indicator', undo: false });
    expect(sent).toMatchObject({ rows: 1, row: { status: 'needs-reconciliation' } });
    const queue = await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId });
    expect(queue.map((q) => [q.kind, q.text])).toContainEqual(['indicator', ANSWERS[1]![0]]);

    const back = await kenya.api['imports.requeue']({ importId: staged.importId, row: 2, field: 'indicator', undo: true });
    expect(back.row).toMatchObject({ status: 'ready', outcome: { targets: expect.arrayContaining([expect.objectContaining({ targetId: 'SS-01', via: 'fuzzy' })]) } });

    await kenya.api['imports.requeue']({ importId: staged.importId, row: 2, field: 'indicator', undo: false });
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: String(ANSWERS[1]![0]), context: null, targetId: 'SS-04' });
    const decided = (await rows(staged.importId)).get(2)!;
    expect(decided).toMatchObject({
      status: 'ready',
      outcome: { bySimilarity: false, targets: expect.arrayContaining([expect.objectContaining({ targetId: 'SS-04', via: 'learned' })]) },
    });
  });
});

describe('numbers as a spreadsheet shows them', () => {
  it('reads a fraction formatted as a percentage as its percentage: 0.45 shown as 45% is 45 percent', async () => {
    const file = writeWorkbook(kenya.dir, 'percent.xlsx', [
      {
        name: 'Answers',
        rows: [['Indicator', 'Answer'], ['SS-05', 0.45], ['LAB-01', 0.5]],
        edit: (sheet) => {
          sheet['B2']!.z = '0%';
          sheet['B3']!.z = '0%';
        },
      },
    ]);
    const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
    const preview = await kenya.api['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
    expect(preview.rows.map((r) => r.cells[1])).toEqual(['45%', '50%']);
    const staged = await kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
    const byRow = await rows(staged.importId);
    expect(byRow.get(2)!.outcome).toMatchObject({ reading: { shown: '45 %' }, score: 25 });
    // A percentage where months are counted is refused, however the cell was typed.
    expect(byRow.get(3)!.problems[0]).toMatchObject({ code: 'wrong-unit' });
  });
});

describe('a yes/no answer written as a spreadsheet TRUE/FALSE cell', () => {
  it('reads TRUE as yes and FALSE as no, scored by the schema', async () => {
    const sheet = [
      ['Indicator', 'Answer'],
      ['SS-01', true],
      ['SS-02', false],
    ];
    const file = writeWorkbook(kenya.dir, 'booleans.xlsx', [{ name: 'Answers', rows: sheet }]);
    const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
    const mapping = [
      { column: 0, header: 'Indicator', field: 'indicator' },
      { column: 1, header: 'Answer', field: 'value' },
    ];
    const staged = await kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping });
    expect(staged.counts).toMatchObject({ ready: 2, error: 0, needsReconciliation: 0 });
    const byRow = await rows(staged.importId);
    expect(byRow.get(2)!.outcome).toMatchObject({ targets: [{ targetId: 'SS-01' }, { field: 'value', targetId: 'yes' }], score: 100 });
    expect(byRow.get(3)!.outcome).toMatchObject({ targets: [{ targetId: 'SS-02' }, { field: 'value', targetId: 'no' }], score: 0 });
  });
});
