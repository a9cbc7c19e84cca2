import type { Country } from '../../../shared/domain';

/**
 * Folds case, accents, apostrophes and hyphens so that "cote d'ivoire" finds "Côte d’Ivoire",
 * "guinea bissau" finds "Guinea-Bissau" and "ken" finds "Kenya", in any script.
 */
export function foldForSearch(text: string, locale: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐–—\s]+/g, ' ')
    .toLocaleLowerCase(locale)
    .trim();
}

interface IndexedCountry {
  country: Country;
  name: string;
  codes: string[];
  /** Each other name, folded, with the name as written. */
  others: { folded: string; written: string }[];
}

/** The countries with their names folded once, so that each key press only compares. */
export interface CountryIndex {
  locale: string;
  entries: IndexedCountry[];
}

/** A country the typed text finds, and, when it was found by something other than its name, by what ("Maroc", "MAR"). */
export interface CountryMatch {
  country: Country;
  foundBy?: string;
}

export function indexCountries(countries: Country[], locale: string): CountryIndex {
  return {
    locale,
    entries: countries.map((country) => ({
      country,
      name: foldForSearch(country.name, locale),
      codes: [country.code, ...(country.alpha2 ? [country.alpha2] : [])].map((code) => code.toLowerCase()),
      others: country.otherNames.map((written) => ({ folded: foldForSearch(written, locale), written })),
    })),
  };
}

/**
 * Countries the typed text finds, best first: the country whose ISO code it is (alpha-2 or alpha-3),
 * then those it names exactly, then names that start with it, other names (other languages, short
 * and former names) that start with it, names that contain it, and other names that contain it.
 * Every country when nothing is typed.
 */
export function searchCountries(index: CountryIndex, typed: string): CountryMatch[] {
  const wanted = foldForSearch(typed, index.locale);
  if (!wanted) return index.entries.map(({ country }) => ({ country }));
  const tiers: CountryMatch[][] = [[], [], [], [], [], []];
  for (const entry of index.entries) {
    const { tier, foundBy } = rankCountry(entry, wanted);
    if (tier !== undefined) tiers[tier]!.push(foundBy === undefined ? { country: entry.country } : { country: entry.country, foundBy });
  }
  return tiers.flat();
}

/** Where a country stands for the folded text (lower is better), and the other name or code that found it. */
function rankCountry(entry: IndexedCountry, wanted: string): { tier?: number; foundBy?: string } {
  const { country } = entry;
  // "ken" is Kenya's code and the start of its name: the name says enough.
  if (entry.codes.includes(wanted))
    return entry.name.startsWith(wanted) ? { tier: 0 } : { tier: 0, foundBy: country.alpha2?.toLowerCase() === wanted ? country.alpha2 : country.code };
  const other = (test: (folded: string) => boolean) => entry.others.find((o) => test(o.folded))?.written;
  if (entry.name === wanted) return { tier: 1 };
  const exact = other((o) => o === wanted);
  if (exact) return { tier: 1, foundBy: exact };
  if (entry.name.startsWith(wanted)) return { tier: 2 };
  const starting = other((o) => o.startsWith(wanted));
  if (starting) return { tier: 3, foundBy: starting };
  if (entry.name.includes(wanted)) return { tier: 4 };
  const containing = other((o) => o.includes(wanted));
  return containing ? { tier: 5, foundBy: containing } : {};
}

/**
 * The country the typed text names exactly (ignoring case and accents), if any: its name, its ISO
 * code, or another name no other country has.
 */
export function countryNamed(index: CountryIndex, typed: string): Country | undefined {
  const wanted = foldForSearch(typed, index.locale);
  if (!wanted) return undefined;
  const byName = index.entries.find((e) => e.name === wanted) ?? index.entries.find((e) => e.codes.includes(wanted));
  if (byName) return byName.country;
  const byOther = index.entries.filter((e) => e.others.some((o) => o.folded === wanted));
  return byOther.length === 1 ? byOther[0]!.country : undefined;
}
