import type { Indicator, IndicatorSchema, Instrument } from '../../../../shared/indicator-schema';
import { answerForStatus, STATUSES_BY_KIND } from '../../../../shared/instrument-statuses';
import type { DerivedAnswer } from '../../../../shared/quality-contract';
import { scoreAnswer } from '../score-answer';
import type { StoredAnswer, StoredRatification } from './quality-store';

export interface RatificationIndicator {
  indicator: Indicator;
  instrument: Instrument;
}

/**
 * The indicators that ask where the country stands with one instrument: a choice naming exactly one
 * instrument, whose options are all answers a status of that instrument's kind gives (RAT-01 asks about
 * the ICRMW: ratified, signed, not ratified). Found from the schema, not from the codes.
 */
export function ratificationIndicators(schema: IndicatorSchema): RatificationIndicator[] {
  const instruments = new Map(schema.instruments.map((i) => [i.id, i]));
  return schema.indicators.flatMap((indicator) => {
    const instrument = indicator.instruments.length === 1 ? instruments.get(indicator.instruments[0]!) : undefined;
    if (!instrument || indicator.answerType !== 'choice' || indicator.options.length === 0) return [];
    const answers = new Set(STATUSES_BY_KIND[instrument.kind].map(answerForStatus));
    return indicator.options.every((o) => answers.has(o.value)) ? [{ indicator, instrument }] : [];
  });
}

/**
 * What each ratification of the submission answers: computed on read, never stored, so it never goes stale
 * when a ratification is re-imported. The expert's own answer wins; where it differs, the state says so
 * and the problems list reports it.
 */
export function deriveRatificationAnswers(
  schema: IndicatorSchema,
  ratifications: readonly StoredRatification[],
  answers: ReadonlyMap<string, StoredAnswer>,
): DerivedAnswer[] {
  const byInstrument = new Map(ratifications.map((r) => [r.instrument, r.status]));
  return ratificationIndicators(schema).flatMap(({ indicator, instrument }) => {
    const status = byInstrument.get(instrument.id);
    if (status === undefined) return [];
    const value = answerForStatus(status);
    const expertValue = answers.get(indicator.code)?.value ?? null;
    const isOption = indicator.options.some((o) => o.value === value);
    const state = !isOption ? 'not-an-option' : expertValue === null ? 'derived' : expertValue === value ? 'agrees' : 'disagrees';
    return [{ indicator: indicator.code, instrument: instrument.id, status, value, score: isOption ? scoreAnswer(indicator, value) : null, expertValue, state }];
  });
}
