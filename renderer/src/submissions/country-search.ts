import type { Country } from '../../../shared/domain';

/** Folds case and accents so "cote" finds "Côte d'Ivoire" and "ken" finds "Kenya", in any script. */
export function foldForSearch(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale).trim();
}

/** Countries whose name contains the typed text, those starting with it first; every country when nothing is typed. */
export function searchCountries(countries: Country[], typed: string, locale: string): Country[] {
  const wanted = foldForSearch(typed, locale);
  if (!wanted) return countries;
  const starting: Country[] = [];
  const containing: Country[] = [];
  for (const country of countries) {
    const name = foldForSearch(country.name, locale);
    if (name.startsWith(wanted)) starting.push(country);
    else if (name.includes(wanted)) containing.push(country);
  }
  return [...starting, ...containing];
}

/** The country whose name is exactly what was typed (ignoring case and accents), if any. */
export function countryNamed(countries: Country[], typed: string, locale: string): Country | undefined {
  const wanted = foldForSearch(typed, locale);
  return wanted ? countries.find((c) => foldForSearch(c.name, locale) === wanted) : undefined;
}
