import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Country } from '../../../shared/domain';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { COUNTRY_VARIANTS } from './country-variants';

const require = createRequire(import.meta.url);

/** The languages the UI will offer; names in other languages fall back to English. */
export const COUNTRY_NAME_LOCALES = ['en', 'fr', 'es', 'ru', 'ar'] as const;
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
      insert.run(code, countries.alpha3ToAlpha2(code) ?? null, countries.alpha3ToNumeric(code) ?? null, countries.getName(code, 'en') ?? code, 0);
    insert.run(SAMPLE_COUNTRY.code, null, null, SAMPLE_COUNTRY.name, 1);
  }).immediate();
}

export function countryName(code: string, locale: string, sample: boolean): string {
  if (sample) return SAMPLE_COUNTRY.name;
  const language = locale.slice(0, 2);
  return countries.getName(code, language) ?? countries.getName(code, 'en') ?? code;
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
  const rows = db.prepare('SELECT code, alpha2, sample FROM countries').all() as { code: string; alpha2: string | null; sample: number }[];
  const collator = new Intl.Collator(locale);
  return rows
    .map((r) => {
      const sample = r.sample === 1;
      const name = countryName(r.code, locale, sample);
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
    );
  return { code: row.code, sample: row.sample === 1 };
}
