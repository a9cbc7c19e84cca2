import { describe, expect, it } from 'vitest';
import { unacceptedProblemCount } from '../../../electron/core/curate';
import { invokeApi } from '../../../electron/core/invoke';
import { auditActions, storeAnswer, storeEvidence, useQualityWorkspace } from './quality-workspace';

const t = useQualityWorkspace();
const problems = () => t.api['submissions.problems']({ submissionId: t.submissionId });
const summary = async () => (await problems()).items.map((p) => [p.indicator, p.kind, p.code, p.accepted?.note ?? null]);

describe('the problems list', () => {
  it('is empty for a submission with nothing answered', async () => {
    expect(await problems()).toEqual({ items: [], unacceptedProblemCount: 0 });
  });

  it('gathers invalid values, flagged rows and disagreements in the schema’s order, with stable codes and parameters', async () => {
    storeAnswer(t.ws, t.submissionId, 'SS-01', 'yes', 100); // in law, positive, no law cited
    storeEvidence(t.ws, t.submissionId, 'practice', 'Press report', ['SS-01']);
    storeAnswer(t.ws, t.submissionId, 'SS-02', 'no', 0); // no source at all
    storeAnswer(t.ws, t.submissionId, 'SS-05', '-4', 0); // below the minimum of a percent
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-02', 'SS-05']);
    storeAnswer(t.ws, t.submissionId, 'HLT-01', 'maybe', 50); // no such option, and in law with a score above 0 and no law
    storeAnswer(t.ws, t.submissionId, 'HLT-06', 'partly', 50); // in practice, with no source
    expect(await summary()).toEqual([
      ['SS-01', 'flagged-row', 'law-without-citation', null],
      ['SS-05', 'invalid-value', 'below-minimum', null],
      ['HLT-01', 'invalid-value', 'not-an-option', null],
      ['HLT-01', 'flagged-row', 'law-without-citation', null],
      ['HLT-06', 'flagged-row', 'no-source', null],
    ]);
    const { items, unacceptedProblemCount: count } = await problems();
    expect(count).toBe(5);
    expect(items[0]).toMatchObject({ params: { value: 'yes' }, message: 'SS-01 is answered "yes" in law, and no law is cited for it' });
    expect(items[1]).toMatchObject({ params: { value: '-4', min: 0, unit: 'percent' } });
  });

  it('reports an invalid value an older import left, and never changes it', async () => {
    storeAnswer(t.ws, t.submissionId, 'RAT-12', 'not-endorsed', 0); // mri-core 1.0.0's word
    storeEvidence(t.ws, t.submissionId, 'practice', 'UN General Assembly vote', ['RAT-12']);
    storeAnswer(t.ws, t.submissionId, 'OLD-01', 'yes', 100); // an indicator this schema does not have
    expect(await summary()).toEqual([
      ['RAT-12', 'invalid-value', 'not-an-option', null],
      ['OLD-01', 'invalid-value', 'unknown-indicator', null],
      // An answer to no indicator of the schema is neither counted nor flagged: it is already reported.
    ]);
    expect(t.ws.db.prepare('SELECT indicator, value, score FROM answers ORDER BY indicator').all()).toEqual([
      { indicator: 'OLD-01', value: 'yes', score: 100 },
      { indicator: 'RAT-12', value: 'not-endorsed', score: 0 },
    ]);
  });

  it('accepts a problem with a note: it stays listed as accepted, out of the count, with an audit entry; un-accepting reopens it', async () => {
    storeAnswer(t.ws, t.submissionId, 'SS-02', 'no', 0);
    const [problem] = (await problems()).items;
    // Through the door, as the UI calls it: the contract trims the note.
    const response = await invokeApi(t.api, 'problems.accept', { submissionId: t.submissionId, key: problem!.key, note: '  Nothing in law; the ministry confirmed by phone.  ' });
    expect(response).toMatchObject({ ok: true });
    const accepted = response.ok ? response.result : null;
    expect(accepted).toMatchObject({ key: problem!.key, accepted: { note: 'Nothing in law; the ministry confirmed by phone.', actor: t.ws.actor } });
    expect(await problems()).toMatchObject({ items: [{ key: problem!.key, accepted: { note: 'Nothing in law; the ministry confirmed by phone.' } }], unacceptedProblemCount: 0 });
    expect(unacceptedProblemCount(t.ws.db, t.submissionId)).toBe(0);
    await t.api['problems.accept']({ submissionId: t.submissionId, key: problem!.key, note: 'Confirmed in writing.' });
    const reopened = await t.api['problems.unaccept']({ submissionId: t.submissionId, key: problem!.key });
    expect(reopened.accepted).toBeNull();
    expect((await problems()).unacceptedProblemCount).toBe(1);
    // Each is an undoable edit of the submission whose audit entry holds the acceptance row before and after.
    const notes = (row: unknown) => (row as { note: string } | null)?.note ?? null;
    const entries = auditActions(t.ws).slice(-3);
    expect(entries.map((e) => [e.action, e.entity, e.details.problem, e.details.indicators])).toEqual([
      ['problems.accept', `submission:${t.submissionId}`, problem!.key, ['SS-02']],
      ['problems.accept', `submission:${t.submissionId}`, problem!.key, ['SS-02']],
      ['problems.unaccept', `submission:${t.submissionId}`, problem!.key, ['SS-02']],
    ]);
    expect(entries.map((e) => (e.details.changes as { table: string; before: unknown; after: unknown }[]).map((c) => [c.table, notes(c.before), notes(c.after)]))).toEqual([
      [['problem_acceptances', null, 'Nothing in law; the ministry confirmed by phone.']],
      [['problem_acceptances', 'Nothing in law; the ministry confirmed by phone.', 'Confirmed in writing.']],
      [['problem_acceptances', 'Confirmed in writing.', null]],
    ]);
  });

  it('does not carry an acceptance over to a new problem when the value behind it changes', async () => {
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-05']);
    storeAnswer(t.ws, t.submissionId, 'SS-05', '-4', 0);
    const [first] = (await problems()).items;
    await t.api['problems.accept']({ submissionId: t.submissionId, key: first!.key, note: 'A deficit, as the survey reports it.' });
    storeAnswer(t.ws, t.submissionId, 'SS-05', '-9', 0);
    const [second] = (await problems()).items;
    expect(second).toMatchObject({ code: 'below-minimum', params: { value: '-9' }, accepted: null });
    expect(second!.key).not.toBe(first!.key);
    storeAnswer(t.ws, t.submissionId, 'SS-05', '-4', 0);
    expect((await problems()).items[0]).toMatchObject({ key: first!.key, accepted: { note: 'A deficit, as the survey reports it.' } });
  });

  it('refuses to accept a problem the submission does not have, writing nothing', async () => {
    const entries = auditActions(t.ws).length;
    await expect(async () => t.api['problems.accept']({ submissionId: t.submissionId, key: 'SS-01/no-source/000000000000', note: 'x' })).rejects.toMatchObject({
      code: 'unknown-problem',
    });
    await expect(async () => t.api['problems.unaccept']({ submissionId: t.submissionId, key: 'SS-01/no-source/000000000000' })).rejects.toMatchObject({
      code: 'unknown-problem',
    });
    expect(auditActions(t.ws)).toHaveLength(entries);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM problem_acceptances').get()).toEqual({ n: 0 });
  });
});
