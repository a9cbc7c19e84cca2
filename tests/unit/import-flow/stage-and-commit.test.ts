import { describe, expect, it } from 'vitest';
import { useKenyaWorkspace } from './kenya-workspace';
import { writeWorkbook } from '../import/build-fixtures';

const kenya = useKenyaWorkspace();

const ANSWER_ROWS = [
  ['Demo answers', '', '', ''],
  [],
  ['Indicator', 'Answer', 'Citation', 'Comment'],
  ['RAT-02', 'ratified', 'Official Gazette 2001', ''],
  ['SS-01', 'Yes', 'Social Security Act s. 4', 'equal treatment in law'],
  ['ss 02', 'partly', 'Act s. 9', ''],
  ['SS-03', '', 'Act s. 12', 'answer missing'],
  ['Has the country adopted something nobody asked about?', 'yes', '', ''],
];

async function stageAnswers(file: string) {
  const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
  const preview = await kenya.api['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
  const staged = await kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
  return { opened, preview, staged };
}

describe('importing answers from a workbook', () => {
  it('stages every row with its status and reasons, then commits the ready rows into the submission', async () => {
    const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWER_ROWS }]);
    const { opened, preview, staged } = await stageAnswers(file);
    expect(opened.sheets).toEqual([{ name: 'Answers', rowCount: 8 }]);
    expect(opened.previousImports).toEqual([]);
    expect(preview.headerRow).toBe(3);
    expect(preview.mapping.map((m) => m.field)).toEqual(['indicator', 'value', 'citation', 'note']);
    expect(staged.counts).toEqual({ ready: 3, needsReconciliation: 1, error: 1, excluded: 0, committed: 0, bySimilarity: 0 });

    const errors = await kenya.api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 100 });
    expect(errors.rows[0]).toMatchObject({ row: 7, problems: [{ code: 'missing-value', where: { sheet: 'Answers', row: 7, column: 'B' } }] });

    const committed = await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    expect(committed.counts).toMatchObject({ committed: 3, error: 1, needsReconciliation: 1 });
    const grid = await kenya.api['submissions.indicators']({ submissionId: kenya.submissionId });
    expect(grid.find((r) => r.code === 'RAT-02')).toMatchObject({ value: 'ratified', score: 100 });
    expect(grid.find((r) => r.code === 'SS-01')).toMatchObject({ value: 'yes', score: 100 });
    expect(grid.find((r) => r.code === 'SS-02')).toMatchObject({ value: 'partly', score: 50 });
  });

  it('discards a staged import on request: it commits nothing, keeps its rows, and takes no more decisions', async () => {
    const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWER_ROWS }]);
    const { staged } = await stageAnswers(file);
    const abandoned = await kenya.api['imports.abandon']({ importId: staged.importId });
    expect(abandoned).toMatchObject({ status: 'abandoned', counts: { ready: 3, error: 1, needsReconciliation: 1 } });
    await expect(Promise.resolve().then(() => kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] }))).rejects.toThrow(
      /already abandoned/,
    );
    expect(await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId })).toEqual([]);
    expect(kenya.ws.db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
  });

  it('fixes a cell in staging, and leaves a row out only by an explicit decision', async () => {
    const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWER_ROWS }]);
    const { staged } = await stageAnswers(file);
    const fixed = await kenya.api['imports.editCell']({ importId: staged.importId, row: 7, field: 'value', value: 'no' });
    expect(fixed).toMatchObject({ status: 'ready', problems: [] });
    const left = await kenya.api['imports.exclude']({ importId: staged.importId, row: 8, excluded: true });
    expect(left.status).toBe('excluded');
    const summary = await kenya.api['imports.get']({ importId: staged.importId });
    expect(summary.counts).toEqual({ ready: 4, needsReconciliation: 0, error: 0, excluded: 1, committed: 0, bySimilarity: 0 });
  });

  it('recognises the same file imported again, and a second commit duplicates nothing', async () => {
    const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWER_ROWS }]);
    const first = await stageAnswers(file);
    await kenya.api['imports.commit']({ importId: first.staged.importId, choice: 'keep-existing', perRow: [] });
    const again = await stageAnswers(file);
    expect(again.opened.previousImports).toEqual([
      expect.objectContaining({ id: first.staged.importId, submissionId: kenya.submissionId, status: 'committed', sheet: 'Answers' }),
    ]);
    expect(await kenya.api['imports.conflicts']({ importId: again.staged.importId })).toEqual([]);
    await kenya.api['imports.commit']({ importId: again.staged.importId, choice: 'take-imported', perRow: [] });
    const { n } = kenya.ws.db.prepare('SELECT count(*) AS n FROM answers WHERE submission_id = ?').get(kenya.submissionId) as { n: number };
    expect(n).toBe(3);
    const sources = kenya.ws.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number };
    expect(sources.n).toBe(1);
  });

  it('shows conflicts with existing values and applies the choice per row', async () => {
    const file = writeWorkbook(kenya.dir, 'answers.xlsx', [{ name: 'Answers', rows: ANSWER_ROWS }]);
    const first = await stageAnswers(file);
    await kenya.api['imports.commit']({ importId: first.staged.importId, choice: 'keep-existing', perRow: [] });
    const changed = ANSWER_ROWS.map((r) => [...r]);
    changed[3]![1] = 'not ratified';
    changed[4]![1] = 'no';
    const second = writeWorkbook(kenya.dir, 'answers-v2.xlsx', [{ name: 'Answers', rows: changed }]);
    const { staged } = await stageAnswers(second);
    const conflicts = await kenya.api['imports.conflicts']({ importId: staged.importId });
    expect(conflicts.map((c) => [c.rows[0]!.row, c.key, c.existing?.value, c.rows[0]!.values.value])).toEqual([
      [4, 'RAT-02', 'ratified', 'not-ratified'],
      [5, 'SS-01', 'yes', 'no'],
    ]);
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [{ row: 5, choice: 'take-imported' }] });
    const grid = await kenya.api['submissions.indicators']({ submissionId: kenya.submissionId });
    expect(grid.find((r) => r.code === 'RAT-02')?.value).toBe('ratified');
    expect(grid.find((r) => r.code === 'SS-01')).toMatchObject({ value: 'no', score: 0 });
  });

  it('saves a mapping as a template and applies it to a later file with the same headers in another order', async () => {
    const rows = [['Code', 'Réponse', 'Source'], ['SS-01', 'yes', 'x']];
    const file = writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows }]);
    const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
    const mapping = [
      { column: 0, header: 'Code', field: 'indicator' },
      { column: 1, header: 'Réponse', field: 'value' },
      { column: 2, header: 'Source', field: 'note' },
    ];
    await kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping, saveTemplateAs: 'Ministry layout' });
    const later = writeWorkbook(kenya.dir, 'b.xlsx', [{ name: 'Answers', rows: [['Source', 'Code', 'Réponse'], ['y', 'SS-02', 'no']] }]);
    const reopened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: later });
    const preview = await kenya.api['imports.preview']({ session: reopened.session, sheet: 'Answers', kind: 'answers' });
    expect(preview.template).toBe('Ministry layout');
    expect(preview.mapping.map((m) => m.field)).toEqual(['note', 'indicator', 'value']);
  });
});

describe('importing laws and ratifications', () => {
  it('lists committed evidence and ratifications for the submission, instruments by their short title', async () => {
    const file = writeWorkbook(kenya.dir, 'mixed.xlsx', [
      { name: 'Laws', rows: [['Title', 'Article', 'Date'], ['Labour Code', 'art. 12', '2015-03-01'], ['Asylum Act', 's. 31', '2020-07-15']] },
      { name: 'Ratifications', rows: [['Instrument', 'Status', 'Date'], ['C97', 'ratified', '2001-05-01'], ['ICRMW', 'signed', '']] },
    ]);
    for (const [sheet, kind] of [['Laws', 'evidence'], ['Ratifications', 'ratifications']] as const) {
      const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
      const preview = await kenya.api['imports.preview']({ session: opened.session, sheet, kind });
      const staged = await kenya.api['imports.stage']({ session: opened.session, sheet, kind, mapping: preview.mapping });
      await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    }
    const evidence = await kenya.api['submissions.evidence']({ submissionId: kenya.submissionId });
    expect(evidence.map((e) => [e.type, e.title, e.citation, e.date])).toEqual([
      ['law', 'Labour Code', 'art. 12', '2015-03-01'],
      ['law', 'Asylum Act', 's. 31', '2020-07-15'],
    ]);
    const ratifications = await kenya.api['submissions.ratifications']({ submissionId: kenya.submissionId });
    expect(ratifications.map((r) => [r.instrument, r.status, r.date])).toEqual([
      ['ilo-c097', 'ratified', '2001-05-01'],
      ['un-icrmw', 'signed', null],
    ]);
    expect(ratifications[0]!.instrumentTitle).toMatch(/97/);
  });
});
