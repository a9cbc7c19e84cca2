import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../electron/core/match/match';
import { buildAnswerTargets, NOT_APPLICABLE } from '../../../electron/core/match/targets';

const yesPartlyNo = createMatcher({
  kind: 'answer',
  targets: buildAnswerTargets([
    { value: 'yes', label: 'Yes' },
    { value: 'partly', label: 'Partly' },
    { value: 'no', label: 'No' },
  ]),
});
const ratification = createMatcher({
  kind: 'answer',
  targets: buildAnswerTargets([
    { value: 'ratified', label: 'Ratified' },
    { value: 'signed', label: 'Signed, not ratified' },
    { value: 'not-ratified', label: 'Not ratified' },
  ]),
});
const accepted = (matcher: typeof yesPartlyNo, text: string) => {
  const result = matcher.match(text);
  return result.decision === 'auto' ? result.targetId : result.decision;
};

describe('answer values', () => {
  it.each([
    ['English', 'Yes'], ['French', 'Oui'], ['Spanish', 'Sí'], ['Spanish without accent', 'si'], ['Russian', 'Да'], ['Arabic', 'نعم'], ['German', 'Ja'], ['a letter', 'Y'],
    ['a spreadsheet TRUE cell', 'TRUE'],
  ])('accepts yes in %s', (_language, text) => {
    expect(accepted(yesPartlyNo, text)).toBe('yes');
  });

  it.each([['English', 'No'], ['French', 'non'], ['Russian', 'Нет'], ['Arabic', 'لا'], ['German', 'nein'], ['a letter', 'N'], ['a spreadsheet FALSE cell', 'FALSE']])(
    'accepts no in %s',
    (_language, text) => {
      expect(accepted(yesPartlyNo, text)).toBe('no');
    },
  );

  it.each(['partly', 'Partially', 'partial', 'in part', 'partiellement', 'en partie', 'parcialmente', 'en parte', 'частично', 'جزئياً'])(
    'accepts "%s" as partly',
    (text) => {
      expect(accepted(yesPartlyNo, text)).toBe('partly');
    },
  );

  it.each(['N/A', 'n/a', 'N.A.', 'n.a.', 'not applicable', 'sans objet', 'no aplica', 'не применимо', 'لا ينطبق'])(
    'accepts "%s" as the explicit not-applicable value',
    (text) => {
      expect(accepted(yesPartlyNo, text)).toBe(NOT_APPLICABLE);
    },
  );

  it.each([
    ['ratified', 'ratified'], ['Ratifié', 'ratified'], ['ratificado', 'ratified'], ['ратифицирована', 'ratified'], ['مصدق', 'ratified'],
    ['signed', 'signed'], ['signé', 'signed'], ['firmado', 'signed'], ['подписана', 'signed'],
    ['not ratified', 'not-ratified'], ['non ratifié', 'not-ratified'], ['no ratificado', 'not-ratified'], ['не ратифицирована', 'not-ratified'],
  ])('accepts "%s" as %s among ratification options', (text, value) => {
    expect(accepted(ratification, text)).toBe(value);
  });

  it('offers only the values the indicator allows', () => {
    expect(yesPartlyNo.match('ratified').candidates.map((c) => c.targetId)).not.toContain('ratified');
    expect(ratification.match('Oui').decision).toBe('none');
  });

  it('matches an option of a choice by its label', () => {
    const choice = createMatcher({
      kind: 'answer',
      targets: buildAnswerTargets([
        { value: 'emergency-only', label: 'Emergency care only' },
        { value: 'same-as-residents', label: 'Same care as residents' },
      ]),
    });
    expect(accepted(choice, 'emergency care only')).toBe('emergency-only');
    expect(accepted(choice, 'same as residents')).toBe('same-as-residents');
  });
});
