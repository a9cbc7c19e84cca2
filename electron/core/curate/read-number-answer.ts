import type { MessageDetail, MessageParams } from '../../../shared/error-codes';
import type { Indicator } from '../../../shared/indicator-schema';
import { type DecimalSeparator, parseNumberText, withLatinDigits } from '../text';
import { fitUnit, unitName, unitNamed, withUnit } from './number-units';

export type NumberAnswer =
  | { kind: 'value'; value: number; shown: string; notes: string[] }
  | { kind: 'problem'; code: 'invalid-number' | 'wrong-unit' | 'out-of-range'; reason: string; detail: MessageDetail; params: MessageParams };

/** "≈ 20", "about 20", "environ 20", "около 20": the number is taken, and the answer says it is approximate. */
const APPROXIMATE = /^(?:[≈~∼]|ca\.?|c\.|circa|about|approx\.?|approximately|around|roughly|some|environ|env\.|près de|aproximadamente|aprox\.?|alrededor de|cerca de|около|примерно|приблизительно|حوالي|تقريبا|نحو)\s*/iu;
const NUMBER_THEN_UNIT = /^([+\-\u2212]?(?:\d[\d\s\u00a0\u202f',.]*\d|\d))\s*(.*)$/su;

/**
 * Reads a number answer as people write it — "45%", "45 %", "1,5", "12 months", "3 years", "≈ 20" —
 * into the indicator's unit. A unit that does not fit the indicator, or text that is no number, is a
 * problem with its reason, never a value.
 */
export function readNumberAnswer(
  indicator: Pick<Indicator, 'code' | 'unit' | 'min' | 'max'>,
  written: string | number,
  decimal: DecimalSeparator,
): NumberAnswer {
  const unit = indicator.unit ?? 'count';
  const expected = indicator.unit ? `a number of ${unitName(unit)}` : 'a number';
  if (typeof written === 'number') return bounded(indicator, written, withUnit(written, unit), []);
  let text = withLatinDigits(written.normalize('NFKC').trim());
  const notes: string[] = [];
  const approximate = APPROXIMATE.exec(text);
  if (approximate) {
    text = text.slice(approximate[0].length);
    notes.push(`approximate ("${written.trim()}")`);
  }
  const parts = NUMBER_THEN_UNIT.exec(text);
  const value = parts ? (parseNumberText(parts[1]!, decimal) ?? parseNumberText(parts[1]!, decimal === '.' ? ',' : '.')) : null;
  const unitParams = { indicator: indicator.code, unit: indicator.unit ?? '', found: written };
  if (!parts || value === null)
    return { kind: 'problem', code: 'invalid-number', reason: `${indicator.code} takes ${expected}; "${written}" is not one`, detail: 'invalid-number.answer', params: unitParams };
  const unitText = parts[2]!.trim();
  if (unitText === '') return bounded(indicator, value, withUnit(value, unit), notes);
  if (!indicator.unit)
    return {
      kind: 'problem',
      code: 'wrong-unit',
      reason: `${indicator.code} does not say what its number counts; write the number alone, not "${written}"`,
      detail: 'wrong-unit.unitless',
      params: unitParams,
    };
  const named = unitNamed(unitText);
  if (!named)
    return {
      kind: 'problem',
      code: 'invalid-number',
      reason: `${indicator.code} takes ${expected}; "${unitText}" after the number is not a unit (write the number alone, or with its unit)`,
      detail: 'invalid-number.not-a-unit',
      params: { ...unitParams, found: unitText },
    };
  const fit = fitUnit(named, unit);
  if (fit.kind === 'misfit')
    return {
      kind: 'problem',
      code: 'wrong-unit',
      reason: `${indicator.code} counts ${unitName(unit)}, but "${written}" is in ${unitName(named)}, which do not convert exactly`,
      detail: 'wrong-unit.misfit',
      params: { ...unitParams, unit, writtenUnit: named },
    };
  if (fit.kind === 'same') return bounded(indicator, value, withUnit(value, unit), notes);
  const converted = value * fit.factor;
  return bounded(indicator, converted, withUnit(converted, unit), [...notes, `${withUnit(value, named)} = ${withUnit(converted, unit)}`]);
}

function bounded(indicator: Pick<Indicator, 'code' | 'unit' | 'min' | 'max'>, value: number, shown: string, notes: string[]): NumberAnswer {
  const params = { indicator: indicator.code, found: shown };
  if (!Number.isFinite(value)) return { kind: 'problem', code: 'invalid-number', reason: `${indicator.code} takes a finite number`, detail: 'invalid-number.not-finite', params };
  if (indicator.unit === 'count' && !Number.isInteger(value))
    return { kind: 'problem', code: 'out-of-range', reason: `${indicator.code} counts whole things; ${value} is not a whole number`, detail: 'out-of-range.not-whole', params: { ...params, found: value } };
  const { min, max } = indicator;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `of at least ${min}` : `of at most ${max}`;
    const detail = min !== undefined && max !== undefined ? 'out-of-range.answer' : min !== undefined ? 'out-of-range.answer-min' : 'out-of-range.answer-max';
    return { kind: 'problem', code: 'out-of-range', reason: `${indicator.code} takes a number ${range}; ${shown} is outside`, detail, params: { ...params, min: min ?? '', max: max ?? '' } };
  }
  return { kind: 'value', value, shown, notes };
}
