import { describe, expect, it } from 'vitest';
import { auditActions, storeAnswer, storeEvidence, storeRatification, useQualityWorkspace } from './quality-workspace';

const t = useQualityWorkspace();

describe('ratifications answer the indicators that ask about their instrument', () => {
  it('a ratification answers its RAT indicator, computed on read: derived, scored, counted as answered with its source, and nothing stored', async () => {
    storeRatification(t.ws, t.submissionId, 'ilo-c097', 'ratified', '1965-01-01');
    storeRatification(t.ws, t.submissionId, 'un-icrmw', 'denounced');
    expect(await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId })).toEqual([
      { indicator: 'RAT-01', instrument: 'un-icrmw', status: 'denounced', value: 'not-ratified', score: 0, expertValue: null, state: 'derived' },
      { indicator: 'RAT-02', instrument: 'ilo-c097', status: 'ratified', value: 'ratified', score: 100, expertValue: null, state: 'derived' },
    ]);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    const ratification = (await t.api['submissions.completeness']({ submissionId: t.submissionId })).domains.find((d) => d.domain === 'ratification')!;
    expect(ratification).toMatchObject({ indicators: 12, answered: 2, answeredWithSource: 2 });
    const problems = await t.api['submissions.problems']({ submissionId: t.submissionId });
    expect(problems.items.filter((p) => p.indicator.startsWith('RAT-'))).toEqual([]);
  });

  it('follows the ratifications table when it changes, since no copy of the derived answer is kept', async () => {
    storeRatification(t.ws, t.submissionId, 'ilo-c097', 'not-ratified');
    storeRatification(t.ws, t.submissionId, 'ilo-c097', 'ratified');
    const [derived] = await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId });
    expect(derived).toMatchObject({ indicator: 'RAT-02', value: 'ratified', score: 100 });
  });

  it('an expert answer that agrees stands as the expert’s, with no problem', async () => {
    storeRatification(t.ws, t.submissionId, 'gcm-2018', 'endorsed');
    storeAnswer(t.ws, t.submissionId, 'RAT-12', 'endorsed', 100);
    expect(await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId })).toEqual([
      { indicator: 'RAT-12', instrument: 'gcm-2018', status: 'endorsed', value: 'endorsed', score: 100, expertValue: 'endorsed', state: 'agrees' },
    ]);
    expect((await t.api['submissions.problems']({ submissionId: t.submissionId })).items).toEqual([]);
  });

  it('an expert answer that differs wins, is never overwritten, and the disagreement is a problem until accepted', async () => {
    storeRatification(t.ws, t.submissionId, 'ilo-c189', 'not-ratified');
    storeAnswer(t.ws, t.submissionId, 'RAT-08', 'ratified', 100);
    storeEvidence(t.ws, t.submissionId, 'law', 'Instrument of ratification of C189', ['RAT-08']);
    const [derived] = await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId });
    expect(derived).toMatchObject({ indicator: 'RAT-08', value: 'not-ratified', expertValue: 'ratified', state: 'disagrees' });
    const { items, unacceptedProblemCount } = await t.api['submissions.problems']({ submissionId: t.submissionId });
    expect(items).toEqual([
      {
        key: expect.stringMatching(/^RAT-08\/ratification-disagrees\/[0-9a-f]{12}$/),
        indicator: 'RAT-08',
        kind: 'ratification-disagreement',
        code: 'ratification-disagrees',
        params: { instrument: 'ilo-c189', status: 'not-ratified', derived: 'not-ratified', value: 'ratified' },
        message: 'RAT-08 is answered "ratified", but the ratifications say ilo-c189 is not-ratified ("not-ratified")',
        accepted: null,
      },
    ]);
    expect(unacceptedProblemCount).toBe(1);
    expect(t.ws.db.prepare("SELECT value, score FROM answers WHERE indicator = 'RAT-08'").get()).toEqual({ value: 'ratified', score: 100 });
    await t.api['problems.accept']({ submissionId: t.submissionId, key: items[0]!.key, note: 'Ratified in 2025; the ratifications sheet predates it.' });
    expect((await t.api['submissions.problems']({ submissionId: t.submissionId })).unacceptedProblemCount).toBe(0);
    expect(auditActions(t.ws).at(-1)).toMatchObject({ action: 'problems.accept', details: { code: 'ratification-disagrees', changes: [{ table: 'problem_acceptances', before: null }] } });
  });

  it('a status that is none of the indicator’s options answers nothing, and says so', async () => {
    storeRatification(t.ws, t.submissionId, 'un-refugee-1967', 'signed');
    const [derived] = await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId });
    expect(derived).toMatchObject({ indicator: 'RAT-11', value: 'signed', score: null, state: 'not-an-option' });
    const { items } = await t.api['submissions.problems']({ submissionId: t.submissionId });
    expect(items.map((p) => [p.indicator, p.kind, p.code, p.params])).toEqual([
      ['RAT-11', 'ratification-disagreement', 'ratification-not-an-option', { instrument: 'un-refugee-1967', status: 'signed', derived: 'signed' }],
    ]);
    const ratification = (await t.api['submissions.completeness']({ submissionId: t.submissionId })).domains.find((d) => d.domain === 'ratification')!;
    expect(ratification.answered).toBe(0);
  });

  it('answers no indicator that names several instruments or asks a number about one', async () => {
    storeRatification(t.ws, t.submissionId, 'ilo-c102', 'ratified');
    const derived = await t.api['submissions.derivedAnswers']({ submissionId: t.submissionId });
    expect(derived.map((d) => d.indicator)).toEqual(['RAT-06']);
  });
});
