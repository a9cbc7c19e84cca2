import { describe, expect, it } from 'vitest';
import { validateAnswer, VALUE_CHECKS } from '../../../electron/core/curate/quality/validate-answer';
import { loadEmbeddedSchema } from '../../../electron/core/schema';
import { AnswerType, type Indicator } from '../../../shared/indicator-schema';

const { schema } = loadEmbeddedSchema();
const indicator = (code: string): Indicator => schema.indicators.find((i) => i.code === code)!;
/** The default schema asks no date: this one does, as a schema package may. */
const ADOPTED: Indicator = { ...indicator('SS-01'), code: 'SS-99', answerType: 'date', options: [], scoring: { kind: 'unscored' } };
const context = { year: 2025 };
const check = (ind: Indicator, value: string | null, score: number | null) => validateAnswer(ind, { indicator: ind.code, value, score }, context);
const codeOf = (ind: Indicator, value: string | null, score: number | null) => check(ind, value, score)?.code ?? null;

describe('validating stored answers against the schema, one check per answer type', () => {
  it('has a check for every answer type of the schema format', () => {
    expect(Object.keys(VALUE_CHECKS).sort()).toEqual([...AnswerType.options].sort());
  });

  it('yes-no: takes its options and the score the rule gives them', () => {
    const ind = schema.indicators.find((i) => i.answerType === 'yes-no')!;
    const yes = ind.scoring.kind === 'by-option' ? ind.scoring.scores.yes! : null;
    expect(codeOf(ind, 'yes', yes)).toBeNull();
    expect(check(ind, 'partly', 50)).toEqual({
      code: 'not-an-option',
      params: { value: 'partly', options: ind.options.map((o) => o.value).join(', ') },
      message: `${ind.code}: "partly" is not one of its options (${ind.options.map((o) => o.value).join(', ')})`,
    });
  });

  it('yes-partly-no: refuses a label in place of the stored value, and a score the rule does not give', () => {
    const ss01 = indicator('SS-01');
    expect(codeOf(ss01, 'partly', 50)).toBeNull();
    expect(codeOf(ss01, 'Yes', 100)).toBe('not-an-option');
    expect(check(ss01, 'partly', 100)).toMatchObject({ code: 'score-mismatch', params: { value: 'partly', score: 100, expected: 50 } });
    expect(check(ss01, 'yes', null)).toMatchObject({ code: 'score-mismatch', params: { score: null, expected: 100 } });
  });

  it('choice: a ratification indicator takes the statuses of its instrument, and only those (older vocabularies are reported)', () => {
    const rat12 = indicator('RAT-12');
    expect(codeOf(rat12, 'voted-against', 0)).toBeNull();
    expect(check(rat12, 'not-endorsed', 0)).toMatchObject({ code: 'not-an-option', params: { value: 'not-endorsed', options: 'endorsed, abstained, voted-against' } });
  });

  it('number: a stored number within the bounds, whole for a count, with its band score', () => {
    const ss05 = indicator('SS-05'); // percent, at least 0
    const port02 = indicator('PORT-02'); // count, at least 0
    expect(codeOf(ss05, '72.5', 75)).toBeNull();
    expect(check(ss05, '-3', 0)).toMatchObject({ code: 'below-minimum', params: { value: '-3', min: 0, unit: 'percent' } });
    expect(check(ss05, '45 %', 25)).toMatchObject({ code: 'not-a-number', params: { value: '45 %' } });
    expect(codeOf(ss05, 'Infinity', 100)).toBe('not-a-number');
    expect(check(port02, '2.5', 25)).toMatchObject({ code: 'not-whole', params: { value: '2.5', unit: 'count' } });
    expect(codeOf(port02, '12', 75)).toBeNull();
    expect(check(port02, '12', 50)).toMatchObject({ code: 'score-mismatch', params: { expected: 75 } });
    const capped: Indicator = { ...ss05, max: 100 };
    expect(check(capped, '140', 100)).toMatchObject({ code: 'above-maximum', params: { value: '140', max: 100, unit: 'percent' } });
  });

  it('text: scored by the expert, so any score in range stands, and a missing one is reported; blank or overlong text is not an answer', () => {
    const skl04 = indicator('SKL-04');
    expect(codeOf(skl04, 'Recognition takes a year through the national agency.', 40)).toBeNull();
    expect(check(skl04, 'Recognition takes a year.', null)).toMatchObject({ code: 'score-missing' });
    expect(check(skl04, '   ', 40)).toMatchObject({ code: 'empty-text', params: {} });
    expect(check(skl04, 'x'.repeat(10_001), 40)).toMatchObject({ code: 'text-too-long', params: { length: 10_001, max: 10_000 } });
  });

  it('date: a calendar date written yyyy-mm-dd, between 1900 and the end of the reference year; an unscored rule takes no score', () => {
    expect(codeOf(ADOPTED, '2019-06-01', null)).toBeNull();
    expect(check(ADOPTED, '2019-02-30', null)).toMatchObject({ code: 'not-a-date', params: { value: '2019-02-30' } });
    expect(codeOf(ADOPTED, '01/06/2019', null)).toBe('not-a-date');
    expect(check(ADOPTED, '2027-01-01', null)).toMatchObject({ code: 'date-out-of-range', params: { value: '2027-01-01', first: 1900, last: 2025 } });
    expect(codeOf(ADOPTED, '1899-12-31', null)).toBe('date-out-of-range');
    expect(check(ADOPTED, '2019-06-01', 50)).toMatchObject({ code: 'score-on-unscored', params: { score: 50 } });
  });

  it('a missing value is no problem of validity, and an answer to an indicator the schema lacks is one', () => {
    expect(codeOf(indicator('SS-01'), null, null)).toBeNull();
    expect(validateAnswer(undefined, { indicator: 'OLD-01', value: 'yes', score: 100 }, context)).toMatchObject({
      code: 'unknown-indicator',
      params: { indicator: 'OLD-01' },
    });
  });
});
