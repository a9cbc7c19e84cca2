import { describe, expect, it } from 'vitest';
import { countryCodeOf, exactKey, foldText, indicatorCodeOf, referenceCodes, referenceTokens } from '../../../electron/core/match/normalise';

describe('folding text', () => {
  it('lower-cases and strips Latin diacritics', () => {
    expect(foldText('Côte d’Ivoire — RÉPUBLIQUE Tchèque, Türkiye, São Tomé')).toBe('cote d ivoire republique tcheque turkiye sao tome');
  });

  it('keeps Cyrillic letters, keeps й whole and writes ё as е', () => {
    expect(foldText('Кыргызстан')).toBe('кыргызстан');
    expect(foldText('Российская Федерация')).toBe('российская федерация');
    expect(foldText('Объединённые')).toBe('объединенные');
  });

  it('keeps Arabic letters, strips tashkeel, tatweel and hamza carriers, and unifies the forms of alef', () => {
    expect(foldText('نَعَم')).toBe('نعم');
    expect(foldText('جزئيًا')).toBe('جزييا');
    expect(foldText('أ إ آ ٱ ا')).toBe('ا ا ا ا ا');
    expect(foldText('الـعـمال')).toBe('العمال');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(foldText('  SP-3:\t(social   security)… ')).toBe('sp 3 social security');
  });
});

describe('reference words', () => {
  it.each([
    ['en', 'The Right of the workers and their families', ['right', 'workers', 'families']],
    ['fr', 'le droit des travailleurs et de la famille', ['droit', 'travailleurs', 'famille']],
    ['es', 'los derechos de los trabajadores y del empleo', ['derechos', 'trabajadores', 'empleo']],
    ['ru', 'права трудящихся и членов их семей в стране', ['права', 'трудящихся', 'членов', 'их', 'семей', 'стране']],
    ['ar', 'حقوق العمال في البلد', ['حقوق', 'عمال', 'بلد']],
  ])('drops the common %s stop words', (_language, text, words) => {
    expect(referenceTokens(text)).toEqual(words);
  });

  it('keeps negations, so that "not ratified" stays apart from "ratified"', () => {
    expect(referenceTokens('not ratified')).toEqual(['not', 'ratified']);
    expect(referenceTokens('не ратифицирована')).toEqual(['не', 'ратифицирована']);
  });

  it('keeps a text that is nothing but stop words, such as the answer "Y"', () => {
    expect(referenceTokens('Y')).toEqual(['y']);
  });

  it('joins initialisms split by dots or slashes', () => {
    expect(exactKey('U.S.A.')).toBe('usa');
    expect(exactKey('N/A')).toBe('na');
    expect(exactKey('n.a.')).toBe('na');
  });

  it('expands abbreviations that are not prefixes of their word', () => {
    expect(referenceTokens('govt. and intl. agencies')).toEqual(['government', 'international', 'agencies']);
  });
});

describe('ILO numbering', () => {
  it.each([
    'C97', 'C097', 'C 97', 'C.97', 'C-97', 'ILO Convention No. 97', 'Convention (No. 97)', 'Convention n° 97', 'Convention nº 97',
    'Convenio núm. 97', 'Convenio n.º 97', 'Конвенция МОТ № 97', 'Конвенция N 97', 'Convention 97', 'Convenio 97', 'Конвенция 97',
  ])('reads "%s" as c097', (text) => {
    expect(referenceCodes('instrument', text, referenceTokens(text))).toEqual(['c097']);
  });

  it.each(['R202', 'R 202', 'Recommendation No. 202', 'Recommandation n° 202', 'Recomendación núm. 202', 'Рекомендация № 202'])(
    'reads "%s" as r202',
    (text) => {
      expect(referenceCodes('instrument', text, referenceTokens(text))).toEqual(['r202']);
    },
  );

  it('gives a bare "No." the family of the nearest instrument named before it', () => {
    expect(referenceTokens('Recomendación sobre los pisos de protección social, 2012 (núm. 202)')).toContain('r202');
    expect(referenceTokens('Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29)')).toContain('c029');
  });

  it('still sees a recommendation or convention through a typo in its name', () => {
    expect(referenceTokens('Recommendaiton No. 202')).toContain('r202');
    expect(referenceTokens('Рекоемндация № 202')).toContain('r202');
    expect(referenceTokens('Convernio 143')).toContain('c143');
  });

  it('reads a protocol number such as P29 as p029', () => {
    expect(referenceTokens('P29')).toEqual(['p029']);
  });

  it('leaves years alone: "Convention of 1951" names no ILO number', () => {
    expect(referenceCodes('instrument', 'Convention 1951', referenceTokens('Convention 1951'))).toEqual([]);
  });
});

describe('indicator codes', () => {
  it.each(['SP-3', 'sp 03', 'SP03', 'sp-003', 'Sp.3', ' SP 3 '])('reads "%s" as SP-03', (text) => {
    expect(indicatorCodeOf(text)).toBe('SP-03');
  });

  it('reads the code that opens a longer cell', () => {
    expect(indicatorCodeOf('LAB-1: Does the law guarantee...')).toBe('LAB-01');
  });

  it('finds no code in an ordinary question', () => {
    expect(indicatorCodeOf('Are migrant workers covered?')).toBeNull();
    expect(indicatorCodeOf('In 2019, were migrants covered?')).toBeNull();
  });
});

describe('country codes', () => {
  it('reads alpha codes in any case and numeric codes with or without leading zeros', () => {
    expect(countryCodeOf('kg')).toBe('KG');
    expect(countryCodeOf('KGZ')).toBe('KGZ');
    expect(countryCodeOf('417')).toBe('417');
    expect(countryCodeOf('4')).toBe('004');
    expect(countryCodeOf('Kyrgyzstan')).toBeNull();
  });
});
