import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../import/build-fixtures';
import { createApi } from '../../../electron/core/api';
import { openWorkspace } from '../../../electron/core/workspace/workspace';
import { makeTempDir } from '../temp-dir';
import { useKenyaWorkspace } from './kenya-workspace';

const kenya = useKenyaWorkspace();

const ROWS = [
  ['Indicator', 'Answer'],
  ['Social security equality for migrants?', 'oui'],
  ['Social security equality for migrants?', 'non'],
  ['RAT-02', 'in force since 1999'],
  ['SS-01', 'yes'],
];

async function stage(file: string) {
  const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
  const preview = await kenya.api['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
  return kenya.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
}

describe('reconciling the references of staged rows', () => {
  it('groups waiting rows by distinct text, learns each decision, and resolves every row holding that text', async () => {
    const staged = await stage(writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows: ROWS }]));
    expect(staged.counts).toMatchObject({ ready: 1, needsReconciliation: 3 });
    const queue = await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId });
    const indicatorItem = queue.find((q) => q.kind === 'indicator');
    expect(indicatorItem).toMatchObject({ text: 'Social security equality for migrants?', rows: 2 });
    expect(indicatorItem!.candidates.length).toBeGreaterThan(0);
    expect(queue.find((q) => q.kind === 'answer')).toMatchObject({ text: 'in force since 1999', context: 'RAT-02', rows: 1 });

    const decided = await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: 'Social security equality for migrants?', context: null, targetId: 'SS-02' });
    expect(decided.rowsResolved).toBe(2);
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'answer', text: 'in force since 1999', context: 'RAT-02', targetId: 'ratified' });
    expect(await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId })).toEqual([]);
    expect((await kenya.api['imports.get']({ importId: staged.importId })).counts).toMatchObject({ ready: 4, needsReconciliation: 0 });
  });

  it('matches a later sheet of the same kind at once, with no question', async () => {
    const first = await stage(writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows: ROWS }]));
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: 'Social security equality for migrants?', context: null, targetId: 'SS-02' });
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'answer', text: 'in force since 1999', context: 'RAT-02', targetId: 'ratified' });
    expect(await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId })).toEqual([]);
    // Rows 2 and 3 now both answer SS-02, differently: the person takes one.
    await kenya.api['imports.commit']({ importId: first.importId, choice: 'keep-existing', perRow: [{ row: 2, choice: 'take-imported' }] });
    const again = await stage(writeWorkbook(kenya.dir, 'b.xlsx', [{ name: 'Answers', rows: [...ROWS, ['SS-03', 'no']] }]));
    expect(again.counts).toMatchObject({ needsReconciliation: 0, ready: 5 });
  });

  it('turns rows into errors, with the reason, when the user says a text matches nothing', async () => {
    const staged = await stage(writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows: ROWS }]));
    const result = await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: 'Social security equality for migrants?', context: null, targetId: null });
    expect(result).toEqual({ rowsResolved: 0, rowsRejected: 2 });
    const errors = await kenya.api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 10 });
    expect(errors.rows[0]!.problems[0]).toMatchObject({ code: 'unmatched-reference', where: { sheet: 'Answers', row: 2 } });
  });

  it('previews, then applies, "accept all above a score"', async () => {
    await stage(writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows: ROWS }]));
    const preview = await kenya.api['reconcile.acceptAbove']({ submissionId: kenya.submissionId, score: 0, apply: false });
    expect(preview.items).toBeGreaterThan(0);
    expect((await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId })).length).toBeGreaterThan(0);
    const applied = await kenya.api['reconcile.acceptAbove']({ submissionId: kenya.submissionId, score: 0, apply: true });
    expect(applied).toEqual(preview);
  });

  it('exports learned aliases as a file another workspace imports', async () => {
    await stage(writeWorkbook(kenya.dir, 'a.xlsx', [{ name: 'Answers', rows: ROWS }]));
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: 'Social security equality for migrants?', context: null, targetId: 'SS-02' });
    const exported = await kenya.api['aliases.export']({});
    expect(exported.count).toBe(1);
    const otherDir = makeTempDir();
    const other = openWorkspace(otherDir.dir);
    const otherApi = createApi(other);
    const ghana = (await otherApi['submissions.create']({ locale: 'en', country: 'GHA', year: 2026 })).id;
    const opened = await otherApi['imports.open']({ submissionId: ghana, path: writeWorkbook(kenya.dir, 'c.xlsx', [{ name: 'Answers', rows: ROWS }]) });
    const preview = await otherApi['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
    await otherApi['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
    expect(await otherApi['aliases.import']({ text: exported.text, fileName: 'team.json' })).toEqual({ added: 1, replaced: 0, rowsResolved: 2 });
    expect((await otherApi['reconcile.queue']({ submissionId: ghana })).map((q) => q.text)).toEqual(['in force since 1999']);
    other.close();
    otherDir.cleanup();
    await expect(Promise.resolve().then(() => kenya.api['aliases.import']({ text: '{"format":"other"}', fileName: 'bad.json' }))).rejects.toThrow(/bad\.json is not an aliases file/);
  });
});
