import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../electron/core/match/match';
import { buildInstrumentTargets } from '../../../electron/core/match/targets';
import { loadDefaultSchema, SAMPLE_SCHEMA } from './sample-schema';

const matcher = createMatcher({ kind: 'instrument', targets: buildInstrumentTargets(SAMPLE_SCHEMA) });
const accepted = (text: string) => {
  const result = matcher.match(text);
  return result.decision === 'auto' ? result.targetId : result.decision;
};

describe('instrument references', () => {
  it.each(['C97', 'C097', 'C 97', 'C.97', 'ILO C97', 'ILO Convention No. 97', 'Convention n° 97', 'Convenio núm. 97', 'Конвенция МОТ № 97', 'Convention 97'])(
    'accepts "%s" as Convention No. 97 by its number',
    (text) => {
      expect(accepted(text)).toBe('ilo-c097');
      expect(matcher.match(text).candidates[0]?.via).toBe('code');
    },
  );

  it('accepts R202 and "Recommendation No. 202" as the recommendation, not a convention', () => {
    expect(accepted('R202')).toBe('ilo-r202');
    expect(accepted('Recommendation No. 202')).toBe('ilo-r202');
  });

  it('accepts the full English title, with or without its year', () => {
    expect(accepted('Migration for Employment Convention (Revised), 1949')).toBe('ilo-c097');
    expect(accepted('Migration for Employment Convention (Revised)')).toBe('ilo-c097');
  });

  it.each([
    ['French', 'Convention sur les travailleurs migrants (révisée), 1949', 'ilo-c097'],
    ['Spanish', 'Convenio sobre los trabajadores migrantes (disposiciones complementarias), 1975', 'ilo-c143'],
    ['Russian', 'Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей', 'un-icrmw'],
    ['French', 'Convention relative au statut des réfugiés', 'un-refugee-convention'],
    ['Spanish', 'Recomendación sobre los pisos de protección social, 2012', 'ilo-r202'],
    ['Russian', 'Конвенция о статусе беженцев', 'un-refugee-convention'],
  ])('accepts the %s title "%s"', (_language, text, id) => {
    expect(accepted(text)).toBe(id);
  });

  it('accepts a title with a typo', () => {
    expect(accepted('Convention relatng to the Status of Refugess')).toBe('un-refugee-convention');
  });

  it('accepts an instrument by its year and kind when the year is unique', () => {
    expect(accepted('the 1990 Convention')).toBe('un-icrmw');
    expect(accepted('Convention de 1990')).toBe('un-icrmw');
    expect(accepted('Конвенция 1990 года')).toBe('un-icrmw');
  });

  it('asks for review when two conventions share the year', () => {
    const result = matcher.match('the 1949 Convention');
    expect(result.decision).toBe('review');
    expect(result.candidates.slice(0, 2).map((c) => c.targetId).sort()).toEqual(['ilo-c097', 'ilo-c098']);
  });

  it('does not take another ILO instrument for one that shares most of its title', () => {
    expect(matcher.match('Migration for Employment Recommendation (Revised), 1949 (No. 86)').decision).not.toBe('auto');
  });
});

const schema = loadDefaultSchema() ?? SAMPLE_SCHEMA;

describe(`instruments of the ${schema.id} schema (the default one once it exists)`, () => {
  const defaultMatcher = createMatcher({ kind: 'instrument', targets: buildInstrumentTargets(schema) });

  it('accepts every instrument by its id, title, short title and each alias no other instrument shares', () => {
    const owners = new Map<string, Set<string>>();
    for (const ins of schema.instruments)
      for (const text of [ins.title, ins.shortTitle, ...ins.aliases]) owners.set(text, (owners.get(text) ?? new Set()).add(ins.id));
    for (const ins of schema.instruments)
      for (const text of [ins.id, ins.title, ins.shortTitle, ...ins.aliases].filter((t) => (owners.get(t)?.size ?? 1) === 1))
        expect(defaultMatcher.match(text), text).toMatchObject({ decision: 'auto', targetId: ins.id });
  });
});
