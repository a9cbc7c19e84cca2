import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../electron/core/match/match';
import { buildCountryTargets } from '../../../electron/core/match/targets';

const matcher = createMatcher({ kind: 'country', targets: buildCountryTargets() });
const accepted = (text: string) => {
  const result = matcher.match(text);
  return result.decision === 'auto' ? result.targetId : result.decision;
};

describe('country references', () => {
  it('identifies countries by their ISO 3166-1 alpha-3 code', () => {
    expect(buildCountryTargets().length).toBeGreaterThanOrEqual(249);
    expect(accepted('Kenya')).toBe('KEN');
  });

  it.each([
    ['KG', 'KGZ'], ['kg', 'KGZ'], ['KGZ', 'KGZ'], ['417', 'KGZ'], ['4', 'AFG'], ['004', 'AFG'], ['GB', 'GBR'],
  ])('accepts the code "%s" as %s', (text, id) => {
    expect(accepted(text)).toBe(id);
    expect(matcher.match(text).candidates[0]?.via).toBe('code');
  });

  it.each([
    ['Russia', 'RUS'], ['Russian Federation', 'RUS'], ['Viet Nam', 'VNM'], ['Vietnam', 'VNM'], ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'], ['Ivory Coast', 'CIV'], ['Kirghizia', 'KGZ'], ['UK', 'GBR'], ['USA', 'USA'],
    ['Türkiye', 'TUR'], ['Turkey', 'TUR'], ['Czechia', 'CZE'], ['Czech Republic', 'CZE'], ['Lao PDR', 'LAO'], ['Eswatini', 'SWZ'],
  ])('accepts the common variant "%s" as %s', (text, id) => {
    expect(accepted(text)).toBe(id);
  });

  it.each([
    ['Allemagne', 'DEU'], ['Alemania', 'DEU'], ['Германия', 'DEU'], ['ألمانيا', 'DEU'], ['Кыргызстан', 'KGZ'], ['Киргизия', 'KGZ'],
    ['Россия', 'RUS'], ['Royaume-Uni', 'GBR'], ['Estados Unidos', 'USA'], ['المملكة العربية السعودية', 'SAU'], ['Deutschland', 'DEU'],
  ])('accepts the name "%s" in another language as %s', (text, id) => {
    expect(accepted(text)).toBe(id);
  });

  it('accepts a misspelt name', () => {
    expect(accepted('Kyrgystan')).toBe('KGZ');
    expect(accepted('Bangaldesh')).toBe('BGD');
  });

  it('asks for review when a name belongs to two countries', () => {
    const result = matcher.match('Congo');
    expect(result.decision).toBe('review');
    expect(result.candidates.slice(0, 2).map((c) => c.targetId).sort()).toEqual(['COD', 'COG']);
  });

  it('reads two letters as a code even where a language names another country so', () => {
    expect(accepted('MY')).toBe('MYS');
  });
});
