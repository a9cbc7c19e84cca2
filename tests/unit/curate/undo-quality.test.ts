import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit';
import { useCurateWorkspace } from './curate-workspace';

const cw = useCurateWorkspace();
const sub = () => ({ submissionId: cw.submissionId });
const problems = () => cw.api['submissions.problems'](sub());
const acceptanceOf = async (key: string) => (await problems()).items.find((p) => p.key === key)?.accepted?.note ?? null;
const justificationOf = async (indicator: string) =>
  (await cw.api['submissions.previous'](sub())).items.find((i) => i.indicator === indicator)?.justification?.note ?? null;
const unjustified = async () => (await problems()).items.filter((p) => p.kind === 'unjustified-change').map((p) => p.indicator);

/** SS-02 answered "no" with no source: one open problem, its key. */
async function openProblem(): Promise<string> {
  await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-02', value: 'no' });
  const [problem] = (await problems()).items;
  expect(problem).toMatchObject({ indicator: 'SS-02', code: 'no-source', accepted: null });
  return problem!.key;
}

/** SS-01 scored 50 in 2025 (the submission on the test schema) and 100 in 2026: a change that needs a note. */
async function changedScore(): Promise<void> {
  await cw.api['answers.set']({ submissionId: cw.extraId, indicatorId: 'SS-01', value: 'partly' });
  await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes' });
  expect(await unjustified()).toContain('SS-01');
}

describe('undo and redo of problem acceptances and justification notes, across a restart', () => {
  it('undoes accepting a problem, so the problem is open again, and redoes it, after the workspace is closed and opened again', async () => {
    const key = await openProblem();
    await cw.api['problems.accept']({ ...sub(), key, note: 'The ministry confirmed it by phone.' });
    expect((await problems()).unacceptedProblemCount).toBe(0);
    cw.reopen();
    expect(await cw.api['edits.state'](sub())).toMatchObject({ canUndo: true, undoAction: 'problems.accept' });
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'problems.accept', indicators: ['SS-02'] });
    expect(await acceptanceOf(key)).toBeNull();
    expect((await problems()).unacceptedProblemCount).toBe(1);
    cw.reopen();
    expect(await cw.api['edits.redo'](sub())).toMatchObject({ action: 'problems.accept', state: { canRedo: false } });
    expect(await acceptanceOf(key)).toBe('The ministry confirmed it by phone.');
    expect((await problems()).unacceptedProblemCount).toBe(0);
    expect(verifyAuditChain(cw.ws.db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('undoes a changed note back to the first one, and undoes taking an acceptance back', async () => {
    const key = await openProblem();
    await cw.api['problems.accept']({ ...sub(), key, note: 'Confirmed by phone.' });
    await cw.api['problems.accept']({ ...sub(), key, note: 'Confirmed in writing.' });
    await cw.api['problems.unaccept']({ ...sub(), key });
    cw.reopen();
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'problems.unaccept' });
    expect(await acceptanceOf(key)).toBe('Confirmed in writing.');
    await cw.api['edits.undo'](sub());
    expect(await acceptanceOf(key)).toBe('Confirmed by phone.');
  });

  it('writes no edit when taking back an acceptance the problem does not have', async () => {
    const key = await openProblem();
    const before = await cw.api['edits.state'](sub());
    await cw.api['problems.unaccept']({ ...sub(), key });
    expect(await cw.api['edits.state'](sub())).toEqual(before);
  });

  it('undoes a justification note, so the change is unjustified again, and redoes it, after a restart', async () => {
    await changedScore();
    await cw.api['answers.justify']({ ...sub(), indicatorId: 'SS-01', note: 'The 2026 amendment covers every category.' });
    expect(await unjustified()).not.toContain('SS-01');
    cw.reopen();
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'answers.justify', indicators: ['SS-01'] });
    expect(await justificationOf('SS-01')).toBeNull();
    expect(await unjustified()).toContain('SS-01');
    cw.reopen();
    await cw.api['edits.redo'](sub());
    expect(await justificationOf('SS-01')).toBe('The 2026 amendment covers every category.');
    expect(await unjustified()).not.toContain('SS-01');
  });

  it('undoes removing a justification note, putting the note back', async () => {
    await changedScore();
    await cw.api['answers.justify']({ ...sub(), indicatorId: 'SS-01', note: 'The 2026 amendment.' });
    await cw.api['answers.justify']({ ...sub(), indicatorId: 'SS-01', note: null });
    expect(await justificationOf('SS-01')).toBeNull();
    cw.reopen();
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'answers.unjustify' });
    expect(await justificationOf('SS-01')).toBe('The 2026 amendment.');
  });

  it('shows acceptances and notes in the indicator’s history, with their before and after', async () => {
    const key = await openProblem();
    await cw.api['problems.accept']({ ...sub(), key, note: 'Confirmed by phone.' });
    await cw.api['problems.accept']({ ...sub(), key, note: 'Confirmed in writing.' });
    await cw.api['edits.undo'](sub());
    const history = await cw.api['edits.history']({ ...sub(), indicatorId: 'SS-02' });
    expect(history.map((h) => [h.action, h.kind])).toEqual([
      ['answers.set', 'edit'],
      ['problems.accept', 'edit'],
      ['problems.accept', 'edit'],
      ['problems.accept', 'undo'],
    ]);
    expect(history[1]!.changes).toEqual([{ entity: 'acceptance', field: 'added', before: null, after: `${cw.submissionId} / ${key}` }]);
    expect(history[2]!.changes).toContainEqual({ entity: 'acceptance', field: 'note', before: 'Confirmed by phone.', after: 'Confirmed in writing.' });
    expect(history[3]!.changes).toContainEqual({ entity: 'acceptance', field: 'note', before: 'Confirmed in writing.', after: 'Confirmed by phone.' });
    await changedScore();
    await cw.api['answers.justify']({ ...sub(), indicatorId: 'SS-01', note: 'The 2026 amendment.' });
    expect((await cw.api['edits.history']({ ...sub(), indicatorId: 'SS-01' })).at(-1)).toMatchObject({
      action: 'answers.justify',
      changes: [{ entity: 'justification', field: 'added', before: null }],
    });
  });
});
