import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../electron/core/match/match';
import { buildIndicatorTargets } from '../../../electron/core/match/targets';
import { loadDefaultSchema, SAMPLE_SCHEMA } from './sample-schema';

const matcher = createMatcher({ kind: 'indicator', targets: buildIndicatorTargets(SAMPLE_SCHEMA) });
const accepted = (text: string) => {
  const result = matcher.match(text);
  return result.decision === 'auto' ? result.targetId : `${result.decision}: ${result.candidates.map((c) => c.targetId).join(', ')}`;
};

describe('indicator references', () => {
  it.each(['SP-3', 'sp 03', 'SP03', 'sp-003', 'SP.3'])('accepts the code variant "%s" as SP-03 by code', (text) => {
    expect(accepted(text)).toBe('SP-03');
    expect(matcher.match(text).candidates[0]).toMatchObject({ via: 'code', score: 1 });
  });

  it('accepts a code followed by the question', () => {
    expect(accepted('SP-3 Can migrant workers transfer pension rights?')).toBe('SP-03');
  });

  it('accepts the question as written, as an exact match', () => {
    const result = matcher.match('Can migrant workers transfer their pension rights when they leave the country?');
    expect(result.candidates[0]).toMatchObject({ targetId: 'SP-03', via: 'exact', score: 1 });
    expect(result.decision).toBe('auto');
  });

  it('accepts a shortened question', () => {
    expect(accepted('Can migrant workers transfer their pension rights')).toBe('SP-03');
  });

  it('accepts a reworded question with words dropped and reordered', () => {
    expect(accepted('transfer of pension rights by migrant workers leaving the country')).toBe('SP-03');
    expect(accepted('domestic workers covered by minimum wage law')).toBe('LAB-02');
  });

  it('accepts a question with typos', () => {
    expect(accepted('Can migarnt workers chnage employer without losing thier residence permit?')).toBe('LAB-03');
  });

  it.each([
    ['French', 'Les travailleurs migrants peuvent-ils changer d’employeur sans perdre leur titre de séjour ?'],
    ['Spanish', '¿Pueden los trabajadores migrantes cambiar de empleador sin perder su permiso de residencia?'],
    ['Russian', 'Могут ли трудящиеся-мигранты сменить работодателя, не теряя вида на жительство?'],
  ])('accepts the question in %s', (_language, text) => {
    expect(accepted(text)).toBe('LAB-03');
  });

  it('accepts a translated question that is shortened and misspelt', () => {
    expect(accepted('travailleurs migrants changer d’employer sans perdre titre de sejour')).toBe('LAB-03');
    expect(accepted('сменить работодателя не теряя вида на жительсво')).toBe('LAB-03');
  });

  it('finds nothing for a text about something else', () => {
    expect(matcher.match('Date of the last census').decision).toBe('none');
  });

  it('does not accept a code that is not in the schema', () => {
    expect(matcher.match('SP-99').decision).not.toBe('auto');
  });
});

const schema = loadDefaultSchema() ?? SAMPLE_SCHEMA;

describe(`indicators of the ${schema.id} schema (the default one once it exists)`, () => {
  const defaultMatcher = createMatcher({ kind: 'indicator', targets: buildIndicatorTargets(schema) });

  it('accepts every indicator by its code, its question and each translation of it', () => {
    for (const indicator of schema.indicators)
      for (const text of [indicator.code.replace('-0', ' '), indicator.question, ...Object.values(indicator.translations).map((t) => t.question)])
        expect(defaultMatcher.match(text), text).toMatchObject({ decision: 'auto', targetId: indicator.code });
  });
});
