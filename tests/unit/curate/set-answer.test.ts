import { describe, expect, it } from 'vitest';
import { refusal, useCurateWorkspace } from './curate-workspace';

const cw = useCurateWorkspace();
const set = (indicatorId: string, value: string | null, more: Record<string, unknown> = {}, submissionId = cw.submissionId) =>
  cw.api['answers.set']({ submissionId, indicatorId, value, ...more }).then((outcome) => outcome.row);

describe('answers.set: the value read as its answer type, the score from the schema rule', () => {
  it('answers a yes/partly/no indicator by option, label or a word of another language, scored by option', async () => {
    expect(await set('SS-01', 'yes')).toMatchObject({ code: 'SS-01', value: 'yes', score: 100 });
    expect(await set('SS-01', 'Partly')).toMatchObject({ value: 'partly', score: 50 });
    expect(await set('SS-01', 'non')).toMatchObject({ value: 'no', score: 0 });
  });

  it('answers a yes/no indicator and a choice of ratification statuses by their labels', async () => {
    expect(await set('HLT-03', 'No')).toMatchObject({ value: 'no', score: 0 });
    expect(await set('RAT-01', 'Signed, not ratified')).toMatchObject({ value: 'signed', score: 50 });
    expect(await set('RAT-01', 'ratifié')).toMatchObject({ value: 'ratified', score: 100 });
  });

  it('refuses an option the indicator does not have, and a word only resembling one', async () => {
    expect(await refusal(set('SS-01', 'Maybe'))).toBe('invalid-choice');
    expect(await refusal(set('HLT-03', 'Partly'))).toBe('invalid-choice');
    expect(await refusal(set('SS-01', 'yess'))).toBe('invalid-choice');
  });

  it('reads "45%" in a percentage as 45 and scores it by its band', async () => {
    expect(await set('SS-05', '45%')).toMatchObject({ value: '45', score: 25 });
    expect(await set('SS-05', '92.5')).toMatchObject({ value: '92.5', score: 100 });
  });

  it('refuses "Partly" in a number, a unit that does not fit, and a value out of bounds', async () => {
    expect(await refusal(set('SS-05', 'Partly'))).toBe('invalid-number');
    expect(await refusal(set('SS-05', '12 months'))).toBe('wrong-unit');
    expect(await refusal(set('SS-05', '-3'))).toBe('out-of-range');
    expect(await refusal(set('SKL-92', '2.5', {}, cw.extraId))).toBe('out-of-range');
    expect(await refusal(set('SKL-92', '1001', {}, cw.extraId))).toBe('out-of-range');
  });

  it('takes a count within its bounds, unscored by its rule', async () => {
    expect(await set('SKL-92', '12', {}, cw.extraId)).toMatchObject({ value: '12', score: null });
  });

  it('reads a date as yyyy-mm-dd and refuses one whose day and month could be swapped', async () => {
    expect(await set('SKL-90', '2024-03-05', {}, cw.extraId)).toMatchObject({ value: '2024-03-05', score: null });
    expect(await set('SKL-90', '5 March 2024', {}, cw.extraId)).toMatchObject({ value: '2024-03-05' });
    expect(await set('SKL-90', '25/12/2023', {}, cw.extraId)).toMatchObject({ value: '2023-12-25' });
    expect(await refusal(set('SKL-90', '03/05/2024', {}, cw.extraId))).toBe('ambiguous-date');
    expect(await refusal(set('SKL-90', 'last spring', {}, cw.extraId))).toBe('invalid-date');
  });

  it('clears the answer for null, an empty text or "n/a", whatever the type', async () => {
    await set('SS-05', '45');
    expect(await set('SS-05', 'n/a')).toMatchObject({ value: null, score: null });
    await set('SS-01', 'yes');
    expect(await set('SS-01', null)).toMatchObject({ value: null, score: null });
    await set('SKL-04', 'Recognition exists for some trades', { score: 50 });
    expect(await set('SKL-04', '  ')).toMatchObject({ value: null, score: null });
    const rows = cw.ws.db.prepare('SELECT count(*) AS n FROM answers WHERE submission_id = ?').get(cw.submissionId);
    expect(rows).toEqual({ n: 0 });
  });

  it('takes an expert score only from the scale the rule allows, and keeps it while the text changes', async () => {
    expect(await set('SKL-04', 'Recognition exists for some trades', { score: 75 })).toMatchObject({ value: 'Recognition exists for some trades', score: 75 });
    expect(await set('SKL-04', 'Recognition exists for most trades')).toMatchObject({ score: 75 });
    expect(await refusal(set('SKL-04', 'x', { score: 60 }))).toBe('score-not-allowed');
    expect(await set('SKL-91', 'Partial recognition', { score: 50 }, cw.extraId)).toMatchObject({ score: 50 });
    expect(await refusal(set('SKL-91', 'Partial recognition', { score: 25 }, cw.extraId))).toBe('score-not-allowed');
    expect(await set('SKL-04', 'Recognition exists for most trades', { score: null })).toMatchObject({ score: null });
  });

  it('never takes a typed score where the rule scores: by option, bands or unscored', async () => {
    expect(await refusal(set('SS-01', 'yes', { score: 0 }))).toBe('score-from-rule');
    expect(await refusal(set('SS-05', '45', { score: 100 }))).toBe('score-from-rule');
    expect(await refusal(set('SKL-90', '2024-03-05', { score: 100 }, cw.extraId))).toBe('score-from-rule');
    expect(cw.ws.db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
  });

  it('keeps confidence and note unless given, and clears them with null', async () => {
    await set('SS-01', 'yes', { confidence: 'high', note: 'Labour code art. 5' });
    await set('SS-01', 'partly');
    expect(cw.ws.db.prepare("SELECT value, confidence, note FROM answers WHERE indicator = 'SS-01'").get()).toEqual({
      value: 'partly',
      confidence: 'high',
      note: 'Labour code art. 5',
    });
    await set('SS-01', 'partly', { note: null });
    expect(cw.ws.db.prepare("SELECT note FROM answers WHERE indicator = 'SS-01'").get()).toEqual({ note: null });
  });

  it('refuses an indicator the submission schema does not have, and an unknown submission', async () => {
    expect(await refusal(set('SKL-90', '2024-03-05'))).toBe('unknown-indicator');
    expect(await refusal(set('SS-01', 'yes', {}, 'no-such-submission'))).toBe('unknown-submission');
  });

  it('writes one audit entry per edit, holding the answer before and after', async () => {
    await set('SS-01', 'yes');
    await set('SS-01', 'no');
    const entries = cw.ws.db.prepare("SELECT details FROM audit_log WHERE action = 'answers.set' ORDER BY seq").pluck().all() as string[];
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!).changes).toEqual([
      {
        table: 'answers',
        key: { submission_id: cw.submissionId, indicator: 'SS-01' },
        before: { value: 'yes', score: 100, confidence: null, note: null, citation: null, import_id: null },
        after: { value: 'no', score: 0, confidence: null, note: null, citation: null, import_id: null },
      },
    ]);
  });
});
