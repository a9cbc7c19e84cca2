import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/indicator-schema';
import { readNumberAnswer } from '../../../electron/core/curate/read-number-answer';

type NumberIndicator = Pick<Indicator, 'code' | 'unit' | 'min' | 'max'>;
const months: NumberIndicator = { code: 'LAB-01', unit: 'months', min: 0 };
const years: NumberIndicator = { code: 'RES-03', unit: 'years', min: 0 };
const percent: NumberIndicator = { code: 'SS-05', unit: 'percent', min: 0 };
const points: NumberIndicator = { code: 'LAB-05', unit: 'percentage-points' };
const count: NumberIndicator = { code: 'PORT-02', unit: 'count', min: 0 };
const coverage: NumberIndicator = { code: 'XX-01', unit: 'percent', min: 0, max: 100 };

const valueOf = (indicator: NumberIndicator, text: string | number, decimal: '.' | ',' = '.') => {
  const read = readNumberAnswer(indicator, text, decimal);
  return read.kind === 'value' ? read.value : read.code;
};

describe('reading a number answer against its indicator', () => {
  it.each([
    ['45%', 45],
    ['45 %', 45],
    ['45\u00a0%', 45],
    ['45 percent', 45],
    ['45 pour cent', 45],
    ['45 por ciento', 45],
    ['45 процентов', 45],
    ['٤٥٪', 45],
    ['45', 45],
    ['1,5', 1.5],
    ['1.5 %', 1.5],
    ['≈ 20', 20],
    ['about 20 %', 20],
    ['environ 20', 20],
    ['около 20', 20],
  ])('reads "%s" in a percentage indicator as %s', (text, expected) => {
    expect(valueOf(percent, text)).toBe(expected);
  });

  it.each([
    ['12 months', 12],
    ['12 mois', 12],
    ['12 meses', 12],
    ['12 месяцев', 12],
    ['3 years', 36],
    ['3 ans', 36],
    ['1 год', 12],
    ['1,5 years', 18],
    ['6', 6],
  ])('reads "%s" in a months indicator as %s months', (text, expected) => {
    expect(valueOf(months, text)).toBe(expected);
  });

  it('converts months to years exactly, and says so', () => {
    const read = readNumberAnswer(years, '60 months', '.');
    expect(read).toEqual({ kind: 'value', value: 5, shown: '5 years', notes: ['60 months = 5 years'] });
  });

  it('says an approximate number is approximate', () => {
    expect(readNumberAnswer(percent, '≈ 20', '.')).toMatchObject({ kind: 'value', value: 20, notes: ['approximate ("≈ 20")'] });
  });

  it('takes "%" for a gap in percentage points, as people write it, but not points for a percentage', () => {
    expect(valueOf(points, '5%')).toBe(5);
    expect(valueOf(points, '5 pp')).toBe(5);
    expect(valueOf(points, '-2,5 points')).toBe(-2.5);
    expect(valueOf(percent, '5 pp')).toBe('wrong-unit');
  });

  it.each([
    [months, '45%'],
    [months, '40 days'],
    [percent, '12 months'],
    [count, '3 years'],
    [years, '10 weeks'],
  ])('refuses a unit that does not fit: %o, "%s"', (indicator, text) => {
    const read = readNumberAnswer(indicator, text, '.');
    expect(read.kind).toBe('problem');
    expect(read).toMatchObject({ code: 'wrong-unit' });
    if (read.kind === 'problem') expect(read.reason).toContain(indicator.code);
  });

  it.each(['Partly', 'Secondary', 'yes', 'twelve', '12 agreements', '5-10', ''])('refuses "%s", which is no number', (text) => {
    expect(valueOf(months, text)).toBe('invalid-number');
  });

  it('keeps the indicator\'s bounds, and counts in whole numbers', () => {
    expect(valueOf(coverage, '120%')).toBe('out-of-range');
    expect(valueOf(months, '-3 months')).toBe('out-of-range');
    expect(valueOf(count, '2.5')).toBe('out-of-range');
    expect(valueOf(count, '14')).toBe(14);
    const read = readNumberAnswer(coverage, '120%', '.');
    expect(read.kind === 'problem' && read.reason).toBe('XX-01 takes a number from 0 to 100; 120 % is outside');
  });

  it('reads the column\'s decimal comma, and grouping either way', () => {
    expect(valueOf(months, '1.234,5', ',')).toBe(1234.5);
    expect(valueOf(months, '1,234.5', '.')).toBe(1234.5);
    expect(valueOf(months, '1 234 months', '.')).toBe(1234);
  });

  it('takes only a bare number for an indicator of an earlier schema that does not say what it counts', () => {
    const unitless: NumberIndicator = { code: 'OLD-01' };
    expect(valueOf(unitless, '12')).toBe(12);
    expect(valueOf(unitless, '12 months')).toBe('wrong-unit');
  });

  it('takes a number cell as a number of the indicator\'s unit', () => {
    expect(readNumberAnswer(months, 18, '.')).toEqual({ kind: 'value', value: 18, shown: '18 months', notes: [] });
  });
});
