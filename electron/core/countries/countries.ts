import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Country } from '../../../shared/domain';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { COUNTRY_VARIANTS } from './country-variants';

const require = createRequire(import.meta.url);

/**
 * The languages whose country names are at hand: to name a country in the caller's language, and to find a
 * country by any of these names. A language not among them gets the country's reference name.
 */
export const COUNTRY_NAME_LOCALES = ['en', 'fr', 'es', 'ru', 'ar'] as const;

/**
 * ISO 3166 publishes its short names in English: the workspace keeps that name as each country's reference
 * name, a fact of the standard stored with the code, not a language chosen for anyone to read.
 */
const ISO_REFERENCE_LANGUAGE = 'en';
for (const locale of COUNTRY_NAME_LOCALES)
  countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`) as countries.LocaleData);

/**
 * Demoland is fictional sample data. XDM lies in ISO 3166's user-assigned range (XAA–XZZ),
 * so it can never collide with a real country.
 */
export const SAMPLE_COUNTRY = { code: 'XDM', name: 'Demoland (sample data)' } as const;

/** Adds the countries this workspace lacks; writes nothing (takes no write lock) when it has them all. */
export function seedCountries(db: Db): void {
  const codes = [...Object.keys(countries.getAlpha3Codes()), SAMPLE_COUNTRY.code];
  const present = new Set((db.prepare('SELECT code FROM countries').pluck().all() as string[]));
  if (codes.every((code) => present.has(code))) return;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO countries (code, alpha2, numeric, name, sample) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const code of Object.keys(countries.getAlpha3Codes()))
      insert.run(code, countries.alpha3ToAlpha2(code) ?? null, countries.alpha3ToNumeric(code) ?? null, countries.getName(code, ISO_REFERENCE_LANGUAGE) ?? code, 0);
    insert.run(SAMPLE_COUNTRY.code, null, null, SAMPLE_COUNTRY.name, 1);
  }).immediate();
}

interface StoredCountry {
  code: string;
  referenceName: string;
  sample: boolean;
}

/** A country's name in the caller's language; the stored reference name where that language has none. */
export function countryName(country: StoredCountry, locale: string): string {
  if (country.sample) return country.referenceName;
  return countries.getName(country.code, locale.slice(0, 2)) ?? country.referenceName;
}

/** The names a country is found by besides `name`: in every UI language, with aliases and short or former names. */
function otherNamesOf(code: string, name: string): string[] {
  const names = COUNTRY_NAME_LOCALES.flatMap((language) => countries.getName(code, language, { select: 'all' }) ?? []);
  const seen = new Set([name.toLocaleLowerCase()]);
  return [...names, ...(COUNTRY_VARIANTS[code] ?? [])].filter((other) => {
    const key = other.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function listCountries(db: Db, locale: string): Country[] {
  const rows = db.prepare('SELECT code, alpha2, name, sample FROM countries').all() as { code: string; alpha2: string | null; name: string; sample: number }[];
  const collator = new Intl.Collator(locale);
  return rows
    .map((r) => {
      const sample = r.sample === 1;
      const name = countryName({ code: r.code, referenceName: r.name, sample }, locale);
      return { code: r.code, alpha2: r.alpha2, name, otherNames: sample ? [] : otherNamesOf(r.code, name), sample };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function requireCountry(db: Db, code: string): { code: string; sample: boolean } {
  const row = db.prepare('SELECT code, sample FROM countries WHERE code = ?').get(code) as
    | { code: string; sample: number }
    | undefined;
  if (!row)
    throw new MrcError(
      'unknown-country',
      `Unknown country "${code}": expected an ISO 3166-1 alpha-3 code such as KEN (Kenya) or FRA (France).`,
      { params: { code } },
    );
  return { code: row.code, sample: row.sample === 1 };
}
