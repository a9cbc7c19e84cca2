import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../import/build-fixtures';
import { useKenyaWorkspace } from './kenya-workspace';

const kenya = useKenyaWorkspace();

const ROWS = [
  ['Instrument', 'Status', 'Date'],
  ['GCM', 'ratified', '2019-01-10'],
  ['C097', 'signed', '1990-03-01'],
  ['R202', 'soumise', '2014-06-01'],
  ['ICRMW', 'firmado', '2004-09-22'],
  ['1967 Refugee Protocol', 'adhésion', '1981-07-01'],
  ['Convention nobody has heard of', 'ratified', ''],
];

async function stage(rows: unknown[][]) {
  const file = writeWorkbook(kenya.dir, 'ratifications.xlsx', [{ name: 'Ratifications', rows }]);
  const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
  const preview = await kenya.api['imports.preview']({ session: opened.session, sheet: 'Ratifications', kind: 'ratifications' });
  return kenya.api['imports.stage']({ session: opened.session, sheet: 'Ratifications', kind: 'ratifications', mapping: preview.mapping });
}

describe("importing ratifications in the statuses of each instrument's kind", () => {
  it('makes a status the instrument cannot have an error of its row, naming the statuses of its kind, and never Ready', async () => {
    const staged = await stage(ROWS);
    expect(staged.counts).toMatchObject({ ready: 3, needsReconciliation: 1, error: 2 });
    const { rows: errors } = await kenya.api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 100 });
    expect(errors.map((r) => [r.row, r.problems.map((p) => [p.code, p.where.column, p.message])])).toEqual([
      [2, [['invalid-choice', 'B', 'Sheet "Ratifications", row 2, column B ("Status"): "ratified" is not a status GCM can have: GCM is a compact, whose statuses are endorsed, abstained or voted against.']]],
      [3, [['invalid-choice', 'B', 'Sheet "Ratifications", row 3, column B ("Status"): "signed" is not a status C097 can have: C097 is an ILO convention, whose statuses are ratified, not ratified or denounced.']]],
    ]);
  });

  it("commits the statuses read in each kind's words", async () => {
    const staged = await stage(ROWS);
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    const ratifications = await kenya.api['submissions.ratifications']({ submissionId: kenya.submissionId });
    expect(ratifications.map((r) => [r.instrument, r.status])).toEqual([
      ['un-refugee-1967', 'ratified'],
      ['un-icrmw', 'signed'],
      ['ilo-r202', 'submitted'],
    ]);
  });

  it('reads the status once the instrument is decided, and refuses it then if the instrument cannot have it', async () => {
    const staged = await stage(ROWS);
    const queue = await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId });
    // The status waits for its instrument: only the instrument is asked about.
    expect(queue.map((q) => [q.kind, q.text])).toEqual([['instrument', 'Convention nobody has heard of']]);
    const decided = await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'instrument', text: 'Convention nobody has heard of', context: null, targetId: 'gcm-2018' });
    expect(decided).toEqual({ rowsResolved: 0, rowsRejected: 1 });
    const { rows } = await kenya.api['imports.rows']({ importId: staged.importId, status: 'error', offset: 0, limit: 100 });
    expect(rows.find((r) => r.row === 7)?.problems[0]?.message).toMatch(/"ratified" is not a status GCM can have/);
  });

  it("asks about a status it cannot read among the statuses of the instrument's kind, and takes the answer", async () => {
    const staged = await stage([['Instrument', 'Status'], ['GCM', 'on board since Marrakech']]);
    const [item] = await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId });
    expect(item).toMatchObject({ kind: 'answer', text: 'on board since Marrakech', context: 'ratification-status:compact' });
    const offered = await kenya.api['reconcile.search']({ submissionId: kenya.submissionId, kind: 'answer', context: item!.context, query: '' });
    expect(offered.map((c) => c.targetId)).toEqual(['endorsed', 'abstained', 'voted-against']);
    await expect(
      kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'answer', text: item!.text, context: item!.context, targetId: 'ratified' }),
    ).rejects.toMatchObject({ code: 'unknown-target' });
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'answer', text: item!.text, context: item!.context, targetId: 'endorsed' });
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    expect((await kenya.api['submissions.ratifications']({ submissionId: kenya.submissionId })).map((r) => r.status)).toEqual(['endorsed']);
  });

  it('turns a refused row Ready once its status is corrected in the staging table', async () => {
    const staged = await stage(ROWS);
    const fixed = await kenya.api['imports.editCell']({ importId: staged.importId, row: 2, field: 'status', value: 'voted for' });
    expect(fixed.status).toBe('ready');
    expect(fixed.problems).toEqual([]);
  });
});
