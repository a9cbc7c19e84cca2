import { describe, expect, it } from 'vitest';
import { installSchema, loadEmbeddedSchema } from '../../../electron/core/schema';
import { auditActions, storeAnswer, storeEvidence, storeRatification, useQualityWorkspace } from './quality-workspace';

const t = useQualityWorkspace();

/** Kenya 2024 (the year before), answered and sourced, and the 2025 submission's same answers with their sources. */
async function twoYears(): Promise<string> {
  const before = (await t.api['submissions.create']({ country: 'KEN', year: 2024, locale: 'en' })).id;
  for (const id of [before, t.submissionId]) {
    storeAnswer(t.ws, id, 'SS-01', 'partly', 50);
    storeAnswer(t.ws, id, 'SS-05', '40', 25);
    storeEvidence(t.ws, id, 'law', 'Social Security Act', ['SS-01', 'SS-05']);
  }
  return before;
}

const unjustified = async () =>
  (await t.api['submissions.problems']({ submissionId: t.submissionId })).items.filter((p) => p.kind === 'unjustified-change');

describe('year on year: a changed score needs a justification note', () => {
  it('has nothing to compare with when the workspace holds no earlier submission for the country', async () => {
    await t.api['submissions.create']({ country: 'FRA', year: 2024, locale: 'en' });
    await t.api['submissions.create']({ country: 'KEN', year: 2026, locale: 'en' });
    expect(await t.api['submissions.previous']({ submissionId: t.submissionId })).toEqual({ previous: null, items: [] });
    await expect(async () => t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'SS-01', note: 'why' })).rejects.toMatchObject({
      code: 'no-previous-submission',
    });
  });

  it('gives each indicator the latest earlier year’s value and score beside the current ones', async () => {
    await t.api['submissions.create']({ country: 'KEN', year: 2022, locale: 'en' });
    const before = await twoYears();
    const { previous, items } = await t.api['submissions.previous']({ submissionId: t.submissionId });
    expect(previous).toEqual({ submissionId: before, year: 2024, schemaId: 'mri-core', schemaVersion: '1.1.0' });
    expect(items).toHaveLength(95);
    expect(items.find((i) => i.indicator === 'SS-01')).toEqual({
      indicator: 'SS-01', previousValue: 'partly', previousScore: 50, value: 'partly', score: 50, scoreChanged: false, justification: null,
    });
    expect(items.find((i) => i.indicator === 'SS-02')).toMatchObject({ previousValue: null, previousScore: null, value: null, scoreChanged: false });
    expect(await unjustified()).toEqual([]);
  });

  it('reports a changed score as a problem until a note justifies it, and the note stands while the scores are the same', async () => {
    await twoYears();
    storeAnswer(t.ws, t.submissionId, 'SS-01', 'yes', 100);
    expect(await unjustified()).toEqual([
      expect.objectContaining({
        indicator: 'SS-01',
        code: 'score-changed',
        params: { previousYear: 2024, previousValue: 'partly', previousScore: 50, value: 'yes', score: 100 },
        message: "SS-01's score went from 50 in 2024 to 100, with no note saying why",
      }),
    ]);
    const justified = await t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'SS-01', note: 'The 2025 amendment covers every category.' });
    expect(justified).toMatchObject({ scoreChanged: true, justification: { note: 'The 2025 amendment covers every category.', previousScore: 50, score: 100, current: true } });
    expect(await unjustified()).toEqual([]);
    expect(auditActions(t.ws).at(-1)).toMatchObject({
      action: 'answers.justify',
      entity: `submission:${t.submissionId}`,
      details: {
        indicators: ['SS-01'],
        previousScore: 50,
        score: 100,
        changes: [{ table: 'answer_justifications', before: null, after: { note: 'The 2025 amendment covers every category.', previous_score: 50, score: 100 } }],
      },
    });
  });

  it('no longer counts a note once the score changes again: the note is kept, shown as not current, and the change is a problem again', async () => {
    await twoYears();
    storeAnswer(t.ws, t.submissionId, 'SS-01', 'yes', 100);
    await t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'SS-01', note: 'The 2025 amendment.' });
    storeAnswer(t.ws, t.submissionId, 'SS-01', 'no', 0);
    const item = (await t.api['submissions.previous']({ submissionId: t.submissionId })).items.find((i) => i.indicator === 'SS-01');
    expect(item).toMatchObject({ score: 0, scoreChanged: true, justification: { note: 'The 2025 amendment.', score: 100, current: false } });
    expect((await unjustified()).map((p) => p.params.score)).toEqual([0]);
  });

  it('compares the answers as read, ratifications included, and a note can be taken back', async () => {
    const before = await twoYears();
    storeRatification(t.ws, before, 'ilo-c097', 'not-ratified');
    storeRatification(t.ws, t.submissionId, 'ilo-c097', 'ratified');
    expect((await unjustified()).map((p) => [p.indicator, p.params.previousScore, p.params.score])).toEqual([['RAT-02', 0, 100]]);
    await t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'RAT-02', note: 'Ratified on 3 March 2025.' });
    expect(await unjustified()).toEqual([]);
    const removed = await t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'RAT-02', note: null });
    expect(removed.justification).toBeNull();
    expect(await unjustified()).toHaveLength(1);
    expect(auditActions(t.ws).at(-1)).toMatchObject({
      action: 'answers.unjustify',
      details: { changes: [{ table: 'answer_justifications', before: { note: 'Ratified on 3 March 2025.' }, after: null }] },
    });
  });

  it('refuses a note for a score that did not change, and for an indicator the schema lacks', async () => {
    await twoYears();
    const entries = auditActions(t.ws).length;
    await expect(async () => t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'SS-05', note: 'same' })).rejects.toMatchObject({ code: 'score-unchanged' });
    await expect(async () => t.api['answers.justify']({ submissionId: t.submissionId, indicatorId: 'ZZ-01', note: 'x' })).rejects.toMatchObject({ code: 'unknown-indicator' });
    expect(auditActions(t.ws)).toHaveLength(entries);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM answer_justifications').get()).toEqual({ n: 0 });
  });

  it('does not count a new answer, or one left unanswered, as a changed score', async () => {
    await twoYears();
    storeAnswer(t.ws, t.submissionId, 'SS-02', 'yes', 100);
    storeAnswer(t.ws, t.submissionId, 'SS-05', null, null);
    expect(await unjustified()).toEqual([]);
  });

  it('compares with a submission of the schema’s previous version by indicator code, its values in that version’s words', async () => {
    const { schema, sha256 } = loadEmbeddedSchema();
    const older = {
      ...schema,
      version: '1.0.0',
      indicators: schema.indicators
        .filter((i) => i.code !== 'SS-02')
        .map((i) =>
          i.code === 'RAT-12'
            ? { ...i, options: [...i.options.slice(0, 2), { value: 'not-endorsed', label: 'Not endorsed' }], scoring: { kind: 'by-option' as const, scores: { endorsed: 100, abstained: 50, 'not-endorsed': 0 } } }
            : i,
        ),
    };
    installSchema(t.ws.db, { schema: older, sha256: sha256.replace(/^./, '0') }, 'test');
    const before = (await t.api['submissions.create']({ country: 'KEN', year: 2024, schemaVersion: '1.0.0', locale: 'en' })).id;
    storeAnswer(t.ws, before, 'RAT-12', 'not-endorsed', 0);
    storeAnswer(t.ws, t.submissionId, 'RAT-12', 'endorsed', 100);
    const { previous, items } = await t.api['submissions.previous']({ submissionId: t.submissionId });
    expect(previous).toMatchObject({ submissionId: before, schemaVersion: '1.0.0' });
    expect(items.find((i) => i.indicator === 'RAT-12')).toMatchObject({ previousValue: 'not-endorsed', previousScore: 0, value: 'endorsed', score: 100, scoreChanged: true });
    expect(items.find((i) => i.indicator === 'SS-02')).toMatchObject({ previousValue: null, previousScore: null });
    expect((await unjustified()).map((p) => p.indicator)).toEqual(['RAT-12']);
  });
});
