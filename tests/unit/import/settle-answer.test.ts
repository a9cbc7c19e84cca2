import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/indicator-schema';
import type { StagedReference } from '../../../electron/core/import/resolve/resolve-references';
import { settleAnswer, type Fields } from '../../../electron/core/import/resolve/settle-answer';
import { cellContext } from '../../../electron/core/import/stage/staged-record';

/** Indicators of each answer type and scoring rule, as a schema would declare them. */
const base = {
  domain: 'd',
  dimension: 'law' as const,
  level: 'structural' as const,
  categories: ['migrant-workers' as const],
  guidance: 'How to answer it.',
  instruments: [],
  translations: {},
};
const dateIndicator: Indicator = { ...base, code: 'DT-01', question: 'When did the law enter into force?', answerType: 'date', options: [], scoring: { kind: 'unscored' } };
const textIndicator: Indicator = { ...base, code: 'TX-01', question: 'Which professions stay closed?', answerType: 'text', options: [], scoring: { kind: 'expert' } };
const optionIndicator: Indicator = {
  ...base,
  code: 'OP-01',
  question: 'Does the law guarantee it to migrants?',
  answerType: 'yes-no',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  scoring: { kind: 'by-option', scores: { yes: 100, no: 0 } },
};

const mapping = [
  { column: 0, header: 'Indicator', field: 'indicator' },
  { column: 1, header: 'Answer', field: 'value' },
  { column: 2, header: 'Score', field: 'score' },
];
const cells = (dateOrder: 'day-first' | 'month-first' = 'day-first') =>
  cellContext(mapping, [undefined, { dateOrder, decimal: '.' }], { file: 'a.xlsx', sheet: 'Answers', row: 5 });
const optionRef = (targetId: string): StagedReference => ({ field: 'value', kind: 'answer', text: targetId, context: 'OP-01', targetId, candidates: [] });

const settle = (indicator: Indicator, fields: Fields, refs: StagedReference[] = [], order: 'day-first' | 'month-first' = 'day-first') =>
  settleAnswer(indicator, { indicator: indicator.code, ...fields }, refs, cells(order));

describe('settling an answer against its indicator', () => {
  it('reads a date answer in the column\'s order, as an ISO date; an unscored indicator takes no score', () => {
    expect(settle(dateIndicator, { value: '05/03/2024' })).toMatchObject({ resolved: { value: '2024-03-05', score: null }, reading: { how: 'date', shown: '2024-03-05' } });
    expect(settle(dateIndicator, { value: '05/03/2024' }, [], 'month-first')).toMatchObject({ resolved: { value: '2024-05-03' } });
    expect(settle(dateIndicator, { value: '5 March 2024' })).toMatchObject({ resolved: { value: '2024-03-05' } });
  });

  it('refuses text that is no date, on its row and column', () => {
    const settled = settle(dateIndicator, { value: 'last spring' });
    expect(settled).toEqual({
      problems: [
        {
          code: 'invalid-date',
          message: 'Sheet "Answers", row 5, column B ("Answer"): DT-01 takes a date such as 2024-03-05; "last spring" is not one.',
          where: { file: 'a.xlsx', sheet: 'Answers', row: 5, column: 'B' },
          detail: 'invalid-date.answer',
          params: { found: 'last spring', header: 'Answer', indicator: 'DT-01' },
        },
      ],
    });
  });

  it('keeps a text answer as written, scored only by the expert\'s score', () => {
    expect(settle(textIndicator, { value: 'Doctors and lawyers' })).toMatchObject({ resolved: { value: 'Doctors and lawyers', score: null }, reading: { how: 'text' } });
    expect(settle(textIndicator, { value: 'Doctors', score: 40 })).toMatchObject({ resolved: { score: 40 }, reading: { notes: [] } });
  });

  it('takes an option by its label, scores it by the rule, and says when the file\'s score differs', () => {
    expect(settle(optionIndicator, { value: 'yes' }, [optionRef('yes')])).toMatchObject({ resolved: { value: 'yes', score: 100 }, reading: { how: 'option', shown: 'Yes' } });
    expect(settle(optionIndicator, { value: 'no', score: 30 }, [optionRef('no')])).toMatchObject({
      resolved: { value: 'no', score: 0 },
      reading: { notes: ["the file's score 30 is not used: the schema's rule gives 0"] },
    });
  });

  it('lands a non-answer, of any type, as a missing value whose text is kept in the note', () => {
    for (const [indicator, refs] of [[dateIndicator, []], [textIndicator, []], [optionIndicator, [optionRef('not-applicable')]]] as const)
      expect(settle(indicator, { value: 'n/a', note: 'asked the ministry' }, [...refs])).toMatchObject({
        resolved: { value: null, score: null, note: 'asked the ministry; n/a' },
        reading: { how: 'non-answer', shown: 'No answer' },
      });
  });
});
