import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { contract } from '../../../shared/api';
import type { Country } from '../../../shared/domain';
import { countryNamed, foldForSearch, indexCountries, searchCountries, type CountryIndex } from '../../../renderer/src/submissions/country-search';
import { makeTempDir } from '../temp-dir';

/*
 * The New submission form's country search, over the list the engine really gives the form
 * (countries.list through the contract), as a person would type into it.
 */

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
const lists: Record<string, Country[]> = {};

async function countriesIn(locale: string): Promise<Country[]> {
  const response = await invokeApi(createApi(ws), 'countries.list', { locale });
  return contract['countries.list'].output.parse(response.ok && response.result);
}

beforeAll(async () => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  lists.en = await countriesIn('en');
  lists.fr = await countriesIn('fr');
});
afterAll(() => {
  ws.close();
  tmp.cleanup();
});

const index = (locale = 'en'): CountryIndex => indexCountries(lists[locale]!, locale);
const first = (typed: string, locale = 'en') => searchCountries(index(locale), typed)[0];
const codesFound = (typed: string) => searchCountries(index(), typed).map((m) => m.country.code);

describe('finding a country in the New submission form', () => {
  it.each([
    ['MAR', 'MAR', 'MAR'], ['mar', 'MAR', 'MAR'], ['MA', 'MAR', 'MA'], ['GB', 'GBR', 'GB'], ['us', 'USA', 'US'], ['USA', 'USA', 'USA'], ['CHE', 'CHE', 'CHE'],
    // The code is also the start of the name, which says enough.
    ['KEN', 'KEN', undefined], ['ke', 'KEN', undefined],
  ])('puts the country whose ISO code is "%s" first (%s), saying it was found by the code %s', (typed, code, foundBy) => {
    const match = first(typed);
    expect(match?.country.code).toBe(code);
    expect(match?.foundBy).toBe(foundBy);
  });

  it.each([
    ['Maroc', 'MAR'], ['Marruecos', 'MAR'], ['Марокко', 'MAR'], ['المغرب', 'MAR'], ['Allemagne', 'DEU'], ['Suiza', 'CHE'], ['Германия', 'DEU'],
  ])('finds "%s", a name in French, Spanish, Russian or Arabic, as %s', (typed, code) => {
    const match = first(typed);
    expect(match?.country.code).toBe(code);
    expect(match?.foundBy).toBe(typed);
  });

  it.each([
    ['Turkey', 'TUR'], ['Ivory Coast', 'CIV'], ['UK', 'GBR'], ['Great Britain', 'GBR'], ['USA', 'USA'], ['Holland', 'NLD'],
    ['Burma', 'MMR'], ['Swaziland', 'SWZ'], ['Czech Republic', 'CZE'], ['Macedonia', 'MKD'], ['Zaire', 'COD'], ['Ceylon', 'LKA'],
    ['South Korea', 'KOR'], ['Laos', 'LAO'], ['Cape Verde', 'CPV'], ['East Timor', 'TLS'],
  ])('finds "%s", a short or former name, as %s', (typed, code) => {
    expect(codesFound(typed)).toContain(code);
    expect(first(typed)?.country.code).toBe(code);
  });

  it('names the country in the language of the list, and says which other name found it', () => {
    const morocco = first('Maroc');
    expect(morocco?.country.name).toBe('Morocco');
    expect(first('Morocco', 'fr')?.country.name).toBe('Maroc');
    expect(first('Morocco', 'fr')?.foundBy).toBe('Morocco');
    // Found by its own name, it needs no explanation.
    expect(first('Moro')).toEqual({ country: expect.objectContaining({ code: 'MAR' }) });
  });

  it('ignores case, accents, apostrophes and hyphens', () => {
    expect(first("cote d'ivoire")?.country.code).toBe('CIV');
    expect(first('Côte d’Ivoire')?.country.code).toBe('CIV');
    expect(first('guinea bissau')?.country.code).toBe('GNB');
    expect(first('TURKIYE')?.country.code).toBe('TUR');
    expect(foldForSearch('  Côte-d’Ivoire ', 'en')).toBe("cote d'ivoire");
  });

  it('puts a country one of whose names is exactly the text before those whose name only starts with it', () => {
    // "UK" is another name of the United Kingdom, and the start of "Ukraine".
    expect(codesFound('UK').slice(0, 2)).toEqual(['GBR', 'UKR']);
  });

  it('lists countries whose name starts with the text before those that only contain it', () => {
    const found = codesFound('ken');
    expect(found[0]).toBe('KEN');
    const guinea = codesFound('guinea');
    expect(guinea.slice(0, 3)).toEqual(expect.arrayContaining(['GIN', 'GNB']));
    expect(guinea.indexOf('PNG')).toBeGreaterThan(guinea.indexOf('GNB'));
  });

  it('lists every country, in the order of their names, when nothing is typed; nothing for text no country has', () => {
    expect(searchCountries(index(), '  ').length).toBe(lists.en!.length);
    expect(searchCountries(index(), 'Atlantis')).toEqual([]);
  });

  it('takes typed text as the country only when it names one country exactly', () => {
    expect(countryNamed(index(), 'kenya')?.code).toBe('KEN');
    expect(countryNamed(index(), 'MAR')?.code).toBe('MAR');
    expect(countryNamed(index(), 'Maroc')?.code).toBe('MAR');
    expect(countryNamed(index(), 'Burma')?.code).toBe('MMR');
    expect(countryNamed(index(), 'Keny')).toBeUndefined();
    // "Congo" is another name of two countries: it names neither until one is picked from the list.
    expect(countryNamed(index(), 'Congo')).toBeUndefined();
    expect(codesFound('Congo').slice(0, 2).sort()).toEqual(['COD', 'COG']);
  });
});
