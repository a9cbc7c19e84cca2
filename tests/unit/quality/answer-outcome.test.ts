import { describe, expect, it } from 'vitest';
import type { AnswerOutcome } from '../../../shared/curate-contract';
import { storeAnswer, storeEvidence, useQualityWorkspace } from './quality-workspace';

const t = useQualityWorkspace();
const submission = () => ({ submissionId: t.submissionId });

/**
 * Answers through answers.set and checks what it says it changed against a full read before and after:
 * the indicator's problems are the whole list's problems of that indicator, and the completeness change
 * is the difference of its domain's (and the overall) counts.
 */
async function answer(indicatorId: string, value: string | null): Promise<AnswerOutcome> {
  const before = await t.api['submissions.completeness'](submission());
  const outcome = await t.api['answers.set']({ ...submission(), indicatorId, value });
  const after = await t.api['submissions.completeness'](submission());
  const problems = await t.api['submissions.problems'](submission());
  expect(outcome.problems).toEqual(problems.items.filter((p) => p.indicator === indicatorId));
  const domain = (c: typeof before) => c.domains.find((d) => d.domain === outcome.completenessChange.domain)!;
  expect(outcome.completenessChange).toEqual({
    domain: outcome.row.domain,
    answered: domain(after).answered - domain(before).answered,
    answeredWithSource: domain(after).answeredWithSource - domain(before).answeredWithSource,
  });
  expect(after.overall.answered - before.overall.answered).toBe(outcome.completenessChange.answered);
  return outcome;
}

describe('answers.set says what the answer changed, as a full read of the submission sees it', () => {
  it('counts a new answer with no source as answered, and flags it', async () => {
    const outcome = await answer('SS-01', 'yes');
    expect(outcome.row).toMatchObject({ code: 'SS-01', value: 'yes', score: 100 });
    expect(outcome.completenessChange).toEqual({ domain: 'social-security', answered: 1, answeredWithSource: 0 });
    expect(outcome.problems.map((p) => p.code)).toEqual(['law-without-citation']);
  });

  it('counts an answer whose indicator has a law linked as answered with a source, with no problem', async () => {
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-01']);
    const outcome = await answer('SS-01', 'partly');
    expect(outcome.completenessChange).toEqual({ domain: 'social-security', answered: 1, answeredWithSource: 1 });
    expect(outcome.problems).toEqual([]);
  });

  it('takes both counts back when the answer is cleared', async () => {
    storeEvidence(t.ws, t.submissionId, 'practice', 'Labour force survey', ['SS-05']);
    storeAnswer(t.ws, t.submissionId, 'SS-05', '40', 25);
    const outcome = await answer('SS-05', null);
    expect(outcome.completenessChange).toEqual({ domain: 'social-security', answered: -1, answeredWithSource: -1 });
  });

  it('moves no count when an answered indicator changes its value, and keeps an acceptance that still holds', async () => {
    await answer('SS-03', 'no');
    const [flag] = (await t.api['submissions.problems'](submission())).items.filter((p) => p.indicator === 'SS-03');
    expect(flag?.code).toBe('no-source');
    await t.api['problems.accept']({ ...submission(), key: flag!.key, note: 'The ministry confirmed by phone.' });
    const outcome = await answer('SS-03', 'no');
    expect(outcome.completenessChange).toEqual({ domain: 'social-security', answered: 0, answeredWithSource: 0 });
    expect(outcome.problems).toEqual([expect.objectContaining({ key: flag!.key, accepted: expect.objectContaining({ note: 'The ministry confirmed by phone.' }) })]);
  });

  it('reports an unjustified change of score against the year before', async () => {
    const before = (await t.api['submissions.create']({ country: 'KEN', year: 2024, locale: 'en' })).id;
    storeAnswer(t.ws, before, 'SS-01', 'partly', 50);
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-01']);
    const outcome = await answer('SS-01', 'yes');
    expect(outcome.problems.map((p) => [p.code, p.params.previousScore, p.params.score])).toEqual([['score-changed', 50, 100]]);
  });
});
