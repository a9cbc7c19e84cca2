import type { IndicatorSchema, Instrument } from '../../../shared/indicator-schema';
import type { ReconcileTarget } from '../../../shared/reconcile';
import { exactKey, referenceTokens } from './normalise';
import { INSTRUMENT_KIND_WORDS, KNOWN_INSTRUMENTS, type KnownInstrument } from './instrument-titles';

export { buildAnswerTargets, buildStatusTargets, NOT_APPLICABLE } from './answer-targets';
export { buildCountryTargets } from './country-targets';

/** Indicators by code (SP-03), question and the question's translations. */
export function buildIndicatorTargets(schema: IndicatorSchema): ReconcileTarget[] {
  return schema.indicators.map((indicator) => ({
    id: indicator.code,
    label: `${indicator.code} ${indicator.question}`,
    codes: [indicator.code],
    texts: [
      { text: indicator.question, via: 'exact' },
      ...Object.values(indicator.translations).map(({ question }) => ({ text: question, via: 'exact' as const })),
    ],
  }));
}

const ILO_NUMBER = /^[crp]\d{3}$/u;

/** ILO numbers (c097, r202, p029) written in the instrument's id, titles or aliases. */
function iloNumbers(instrument: Instrument): string[] {
  const written = [instrument.id.replaceAll('-', ' '), instrument.title, instrument.shortTitle, ...instrument.aliases];
  return [...new Set(written.flatMap((text) => referenceTokens(text).filter((t) => ILO_NUMBER.test(t))))];
}

/**
 * The built-in titles that name this instrument: by ILO number, else by an English name equal to its
 * title or an alias.
 */
function knownTitles(instrument: Instrument, numbers: readonly string[]): KnownInstrument | undefined {
  const keys = new Set([instrument.title, instrument.shortTitle, ...instrument.aliases].map(exactKey));
  return KNOWN_INSTRUMENTS.find((known) =>
    known.number ? numbers.includes(known.number) : known.en.some((name) => keys.has(exactKey(name))),
  );
}

/**
 * Instruments by id, ILO number, title, short title, aliases, built-in translations of the title,
 * and "year + kind" ("the 1990 Convention", "Protocole de 1967").
 */
export function buildInstrumentTargets(schema: IndicatorSchema): ReconcileTarget[] {
  return schema.instruments.map((instrument) => {
    const numbers = iloNumbers(instrument);
    const known = knownTitles(instrument, numbers);
    const aliases = [
      instrument.shortTitle,
      instrument.id.replaceAll('-', ' '),
      ...instrument.aliases,
      ...(known ? [...known.en, ...known.others] : []),
      ...(INSTRUMENT_KIND_WORDS[instrument.kind] ?? []).map((word) => `${instrument.year} ${word}`),
    ];
    return {
      id: instrument.id,
      label: instrument.shortTitle === instrument.title ? instrument.title : `${instrument.shortTitle} — ${instrument.title}`,
      codes: numbers,
      texts: [{ text: instrument.title, via: 'exact' }, ...aliases.map((text) => ({ text, via: 'alias' as const }))],
    };
  });
}
