import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit';
import { writeWorkbook } from '../import/build-fixtures';
import { refusal, useCurateWorkspace } from './curate-workspace';

const cw = useCurateWorkspace();
const sub = () => ({ submissionId: cw.submissionId });
const answerOf = (indicator: string) =>
  cw.ws.db.prepare('SELECT value, score, note FROM answers WHERE submission_id = ? AND indicator = ?').get(cw.submissionId, indicator) ?? null;
const LAW = { type: 'law' as const, title: 'Employment Act 2007', citation: 'art. 5' };

describe('undo and redo in the engine, from the audit log, across a restart', () => {
  it('undoes and redoes an answer after the workspace is closed and opened again', async () => {
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes', note: 'Labour code' });
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'partly' });
    cw.reopen();
    expect(await cw.api['edits.state'](sub())).toEqual({ canUndo: true, canRedo: false, undoAction: 'answers.set', redoAction: null });
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'answers.set', indicators: ['SS-01'], state: { canUndo: true, canRedo: true } });
    expect(answerOf('SS-01')).toEqual({ value: 'yes', score: 100, note: 'Labour code' });
    cw.reopen();
    await cw.api['edits.undo'](sub());
    expect(answerOf('SS-01')).toBeNull();
    expect(await refusal(cw.api['edits.undo'](sub()))).toBe('nothing-to-undo');
    cw.reopen();
    await cw.api['edits.redo'](sub());
    await cw.api['edits.redo'](sub());
    expect(answerOf('SS-01')).toEqual({ value: 'partly', score: 50, note: 'Labour code' });
    expect(await refusal(cw.api['edits.redo'](sub()))).toBe('nothing-to-redo');
    expect(verifyAuditChain(cw.ws.db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('clears the redo stack when a new edit comes after an undo', async () => {
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes' });
    await cw.api['edits.undo'](sub());
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-02', value: 'no' });
    expect(await cw.api['edits.state'](sub())).toMatchObject({ canUndo: true, canRedo: false });
    expect(await refusal(cw.api['edits.redo'](sub()))).toBe('nothing-to-redo');
  });

  it('undoes adding, editing, linking and removing evidence, and redoes them, after a restart', async () => {
    const law = await cw.api['evidence.add']({ ...sub(), evidence: LAW, indicatorIds: ['SS-01'] });
    await cw.api['evidence.update']({ evidenceId: law.id, evidence: { citation: 'art. 5(2)' } });
    await cw.api['evidence.link']({ evidenceId: law.id, indicatorId: 'SS-02' });
    await cw.api['evidence.remove']({ evidenceId: law.id });
    cw.reopen();
    const list = () => cw.api['evidence.list'](sub());
    await cw.api['edits.undo'](sub());
    expect(await list()).toMatchObject([{ id: law.id, citation: 'art. 5(2)', indicators: ['SS-01', 'SS-02'] }]);
    await cw.api['edits.undo'](sub());
    expect(await list()).toMatchObject([{ citation: 'art. 5(2)', indicators: ['SS-01'] }]);
    await cw.api['edits.undo'](sub());
    expect(await list()).toMatchObject([{ citation: 'art. 5', indicators: ['SS-01'] }]);
    await cw.api['edits.undo'](sub());
    expect(await list()).toEqual([]);
    cw.reopen();
    for (let i = 0; i < 3; i++) await cw.api['edits.redo'](sub());
    expect(await list()).toMatchObject([{ id: law.id, citation: 'art. 5(2)', indicators: ['SS-01', 'SS-02'] }]);
    await cw.api['edits.redo'](sub());
    expect(await list()).toEqual([]);
  });

  it('undoes an unlink, putting the link back', async () => {
    const law = await cw.api['evidence.add']({ ...sub(), evidence: LAW, indicatorIds: ['SS-01', 'SS-02'] });
    await cw.api['evidence.unlink']({ evidenceId: law.id, indicatorId: 'SS-02' });
    cw.reopen();
    await cw.api['edits.undo'](sub());
    expect((await cw.api['evidence.ofIndicator']({ ...sub(), indicatorId: 'SS-02' })).map((e) => e.id)).toEqual([law.id]);
  });

  it('refuses to undo an edit whose row changed since by other means, changing nothing', async () => {
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes' });
    cw.ws.db.prepare("UPDATE answers SET value = 'no', score = 0 WHERE indicator = 'SS-01'").run();
    expect(await refusal(cw.api['edits.undo'](sub()))).toBe('edit-superseded');
    expect(answerOf('SS-01')).toEqual({ value: 'no', score: 0, note: null });
  });

  it('keeps the stacks of each submission apart', async () => {
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes' });
    expect(await cw.api['edits.state']({ submissionId: cw.extraId })).toMatchObject({ canUndo: false });
    expect(await refusal(cw.api['edits.undo']({ submissionId: cw.extraId }))).toBe('nothing-to-undo');
  });

  it('gives an indicator its history: who, when, what, before and after, undo included', async () => {
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'yes' });
    const law = await cw.api['evidence.add']({ ...sub(), evidence: LAW, indicatorIds: ['SS-01'] });
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-02', value: 'no' });
    await cw.api['edits.undo'](sub());
    await cw.api['edits.undo'](sub());
    cw.reopen();
    const history = await cw.api['edits.history']({ ...sub(), indicatorId: 'SS-01' });
    expect(history.map((h) => [h.action, h.kind])).toEqual([
      ['answers.set', 'edit'],
      ['evidence.add', 'edit'],
      ['evidence.add', 'undo'],
    ]);
    expect(history[0]).toMatchObject({ actor: cw.ws.actor, changes: [{ entity: 'answer', field: 'added', before: null }] });
    expect(history[2]!.of).toBe(history[1]!.seq);
    expect(history[1]!.changes).toEqual(
      expect.arrayContaining([{ entity: 'evidence', field: 'added', before: null, after: String(law.id) }, { entity: 'link', field: 'added', before: null, after: `evidence ${law.id}` }]),
    );
    await cw.api['answers.set']({ ...sub(), indicatorId: 'SS-01', value: 'no' });
    const last = (await cw.api['edits.history']({ ...sub(), indicatorId: 'SS-01' })).at(-1)!;
    expect(last.changes).toEqual([
      { entity: 'answer', field: 'value', before: 'yes', after: 'no' },
      { entity: 'answer', field: 'score', before: 100, after: 0 },
    ]);
  });
});

describe('undo and redo of reconciliation decisions', () => {
  const ROWS = [
    ['Indicator', 'Answer'],
    ['Social security equality for migrants?', 'oui'],
    ['Social security equality for migrants?', 'non'],
    ['SS-01', 'yes'],
  ];
  const TEXT = 'Social security equality for migrants?';

  async function stage() {
    const file = writeWorkbook(cw.dir, 'answers.xlsx', [{ name: 'Answers', rows: ROWS }]);
    const opened = await cw.api['imports.open']({ ...sub(), path: file });
    const preview = await cw.api['imports.preview']({ session: opened.session, sheet: 'Answers', kind: 'answers' });
    return cw.api['imports.stage']({ session: opened.session, sheet: 'Answers', kind: 'answers', mapping: preview.mapping });
  }
  const waiting = async () => (await cw.api['reconcile.queue'](sub())).map((q) => q.text);
  const aliases = () => cw.ws.db.prepare("SELECT alias, target_id FROM aliases WHERE origin = 'learned'").all();

  it('takes back an accepted alias and puts its rows back in the queue, after a restart; redo accepts it again', async () => {
    const staged = await stage();
    await cw.api['reconcile.decide']({ ...sub(), kind: 'indicator', text: TEXT, context: null, targetId: 'SS-02' });
    expect(await waiting()).toEqual([]);
    cw.reopen();
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'reconcile.decide' });
    expect(aliases()).toEqual([]);
    expect(await waiting()).toEqual([TEXT]);
    expect((await cw.api['imports.get']({ importId: staged.importId })).counts).toMatchObject({ ready: 1, needsReconciliation: 2 });
    cw.reopen();
    await cw.api['edits.redo'](sub());
    expect(aliases()).toEqual([{ alias: TEXT, target_id: 'SS-02' }]);
    expect((await cw.api['imports.get']({ importId: staged.importId })).counts).toMatchObject({ ready: 3, needsReconciliation: 0 });
  });

  it('takes back a "no match", and the rows wait again instead of being errors', async () => {
    const staged = await stage();
    expect(await cw.api['reconcile.decide']({ ...sub(), kind: 'indicator', text: TEXT, context: null, targetId: null })).toEqual({ rowsResolved: 0, rowsRejected: 2 });
    cw.reopen();
    expect(await cw.api['edits.undo'](sub())).toMatchObject({ action: 'reconcile.no-match' });
    expect((await cw.api['imports.get']({ importId: staged.importId })).counts).toMatchObject({ error: 0, needsReconciliation: 2 });
    expect(await waiting()).toEqual([TEXT]);
  });

  it('refuses to undo a decision once its import is committed', async () => {
    const staged = await stage();
    await cw.api['reconcile.decide']({ ...sub(), kind: 'indicator', text: TEXT, context: null, targetId: 'SS-02' });
    await cw.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [{ row: 2, choice: 'take-imported' }] });
    expect(await refusal(cw.api['edits.undo'](sub()))).toBe('edit-superseded');
    expect(aliases()).toEqual([{ alias: TEXT, target_id: 'SS-02' }]);
  });
});
