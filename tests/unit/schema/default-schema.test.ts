import fs from 'node:fs';
import { describe, it, expect } from 'vitest';
import { IndicatorSchema } from '../../../shared/indicator-schema';
import { answerForStatus, STATUSES_BY_KIND } from '../../../shared/instrument-statuses';

/** The embedded default indicator schema, read the way the app reads it: bytes from disk, then zod. */
const FILE = new URL('../../../resources/schema/mri-core-1.1.0.json', import.meta.url);
const raw: unknown = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const parsed = IndicatorSchema.safeParse(raw);
const schema = parsed.success ? parsed.data : null;

/** Parsed schema for the other assertions; the first test reports why it does not parse. */
function loaded(): IndicatorSchema {
  if (!schema) throw new Error('resources/schema/mri-core-1.1.0.json does not satisfy IndicatorSchema');
  return schema;
}

/** The reference instruments named in DESIGN.md §1, by canonical id. */
const DESIGN_INSTRUMENTS = [
  'un-icrmw',
  'ilo-c097',
  'ilo-c143',
  'ilo-c087',
  'ilo-c098',
  'ilo-c102',
  'ilo-c181',
  'ilo-c189',
  'ilo-r202',
  'un-refugee-1951',
  'un-refugee-1967',
  'gcm-2018',
];

/** Case, accents and punctuation folded away: two aliases equal under this fold are the same text to a matcher. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('the default indicator schema mri-core 1.1.0', () => {
  it('parses with IndicatorSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(loaded()).toMatchObject({ id: 'mri-core', version: '1.1.0', published: '2026-12-02' });
  });

  it('has at least 60 indicators in at least 12 domains', () => {
    const s = loaded();
    expect(s.indicators.length).toBeGreaterThanOrEqual(60);
    expect(s.domains.length).toBeGreaterThanOrEqual(12);
  });

  it('gives every domain at least one law indicator and, except ratification (RAT), at least one practice indicator', () => {
    const s = loaded();
    for (const domain of s.domains) {
      const dimensions = new Set(s.indicators.filter((i) => i.domain === domain.id).map((i) => i.dimension));
      expect(dimensions.has('law'), `${domain.prefix} has no law indicator`).toBe(true);
      if (domain.prefix !== 'RAT') expect(dimensions.has('practice'), `${domain.prefix} has no practice indicator`).toBe(true);
    }
  });

  it('keeps the ratification domain to law only, with one indicator per instrument of DESIGN.md', () => {
    const s = loaded();
    const rat = s.domains.find((d) => d.prefix === 'RAT');
    expect(rat).toBeDefined();
    const ratIndicators = s.indicators.filter((i) => i.domain === rat?.id);
    expect(ratIndicators.every((i) => i.dimension === 'law')).toBe(true);
    expect(ratIndicators.map((i) => i.instruments).sort()).toEqual(DESIGN_INSTRUMENTS.map((id) => [id]).sort());
  });

  it("asks each ratification indicator in the statuses of its instrument's kind", () => {
    const s = loaded();
    const kindOf = new Map(s.instruments.map((i) => [i.id, i.kind]));
    for (const indicator of s.indicators.filter((i) => i.code.startsWith('RAT-'))) {
      const kind = kindOf.get(indicator.instruments[0] ?? '');
      expect(kind, `${indicator.code} names no instrument`).toBeDefined();
      const answers = new Set(STATUSES_BY_KIND[kind!].map(answerForStatus));
      const options = indicator.options.map((o) => o.value);
      for (const option of options) expect(answers, `${indicator.code}: "${option}" is not a status of ${kind}`).toContain(option);
      // A status of the kind that the indicator cannot take is one its guidance rules out for this instrument.
      for (const answer of answers)
        if (!options.includes(answer)) expect(indicator.guidance, `${indicator.code} neither takes nor rules out "${answer}"`).toContain(`'${answer}'`);
    }
  });

  it('has an entry, with aliases, for every instrument listed in DESIGN.md', () => {
    const s = loaded();
    const byId = new Map(s.instruments.map((i) => [i.id, i]));
    for (const id of DESIGN_INSTRUMENTS) {
      expect(byId.has(id), `missing instrument ${id}`).toBe(true);
      expect(byId.get(id)?.aliases.length ?? 0, `${id} has too few aliases`).toBeGreaterThanOrEqual(10);
    }
  });

  it('never gives two instruments the same alias, once case, accents and punctuation are folded', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const instrument of loaded().instruments) {
      for (const text of [instrument.title, instrument.shortTitle, ...instrument.aliases]) {
        const key = fold(text);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== instrument.id) clashes.push(`"${text}": ${previous} and ${instrument.id}`);
        owner.set(key, instrument.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('translates every question into French, Spanish and Russian', () => {
    for (const indicator of loaded().indicators) {
      for (const lang of ['fr', 'es', 'ru']) {
        const translated = indicator.translations[lang]?.question;
        expect(translated, `${indicator.code} lacks a ${lang} question`).toBeTypeOf('string');
        expect(translated, `${indicator.code} ${lang} question is the English one`).not.toBe(indicator.question);
      }
      expect(indicator.translations.ru?.question, `${indicator.code} ru question is not in Cyrillic`).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('gives indicators unique codes that carry their domain prefix, numbered from 01 without gaps', () => {
    const s = loaded();
    const codes = s.indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const domain of s.domains) {
      const inDomain = s.indicators.filter((i) => i.domain === domain.id).map((i) => i.code);
      expect(inDomain.length, `${domain.prefix} has no indicator`).toBeGreaterThan(0);
      expect(inDomain).toEqual(inDomain.map((_, n) => `${domain.prefix}-${String(n + 1).padStart(2, '0')}`));
    }
    const prefixes = new Set(s.domains.map((d) => d.prefix));
    expect(prefixes.size).toBe(s.domains.length);
  });

  it('asks distinct questions, in every language, so a matcher can tell indicators apart', () => {
    for (const lang of ['en', 'fr', 'es', 'ru']) {
      const questions = loaded().indicators.map((i) => fold(lang === 'en' ? i.question : (i.translations[lang]?.question ?? '')));
      expect(new Set(questions).size, `duplicate ${lang} questions`).toBe(questions.length);
    }
  });

  it('scores every option of option-based indicators, gives numbers bands and free text expert scoring', () => {
    for (const indicator of loaded().indicators) {
      const { answerType, options, scoring } = indicator;
      if (answerType === 'number') expect(scoring.kind, indicator.code).toBe('bands');
      else if (answerType === 'text') expect(scoring.kind, indicator.code).toBe('expert');
      else {
        expect(scoring.kind, indicator.code).toBe('by-option');
        expect(options.length, indicator.code).toBeGreaterThanOrEqual(2);
        const scores = scoring.kind === 'by-option' ? scoring.scores : {};
        for (const option of options) expect(scores[option.value], `${indicator.code} leaves ${option.value} unscored`).toBeTypeOf('number');
      }
    }
  });

  it('says what every number counts, and bounds what cannot be negative', () => {
    const numbers = loaded().indicators.filter((i) => i.answerType === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    for (const indicator of numbers) {
      expect(indicator.unit, indicator.code).toBeDefined();
      if (indicator.unit === 'count' || indicator.unit === 'months' || indicator.unit === 'years') expect(indicator.min, indicator.code).toBe(0);
    }
  });
});
