import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { ReconcileTarget } from '../../../shared/reconcile';
import { COUNTRY_VARIANTS } from '../countries';
import { exactKey } from './normalise';

const require = createRequire(import.meta.url);

/**
 * Languages whose country names are matched. Spreadsheets from corridors of migration come in many
 * of them; Dhivehi is left out because its data gives several countries the same name.
 */
const COUNTRY_NAME_LANGUAGES = [
  'en', 'fr', 'es', 'ru', 'ar', 'af', 'am', 'az', 'be', 'bg', 'bn', 'br', 'bs', 'ca', 'cs', 'cy', 'da',
  'de', 'el', 'et', 'eu', 'fa', 'fi', 'ga', 'gl', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it',
  'ja', 'ka', 'kk', 'km', 'ko', 'ku', 'ky', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'nb', 'nl',
  'nn', 'no', 'pl', 'ps', 'pt', 'ro', 'sd', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'tg', 'th',
  'tk', 'tr', 'tt', 'ug', 'uk', 'ur', 'uz', 'vi', 'zh',
] as const;

let registered = false;
function registerCountryNames(): void {
  if (registered) return;
  for (const language of COUNTRY_NAME_LANGUAGES)
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`) as countries.LocaleData);
  registered = true;
}

/**
 * Every ISO 3166-1 country, identified by its alpha-3 code, reachable by its alpha-2, alpha-3 and
 * numeric codes, its names and alternate names in many languages, and common variants. A short name
 * that spells another country's code (Vietnamese "Mỹ" is MY, Malaysia) is left out: in a
 * spreadsheet, two or three letters are a code.
 */
export function buildCountryTargets(): ReconcileTarget[] {
  registerCountryNames();
  const namesByLanguage = COUNTRY_NAME_LANGUAGES.map((language) => countries.getNames(language, { select: 'all' }));
  const codeOwners = new Map<string, string>();
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes()))
    for (const code of [alpha2, alpha3]) codeOwners.set(code.toLowerCase(), alpha3);
  return Object.entries(countries.getAlpha2Codes()).map(([alpha2, alpha3]) => {
    const spellsOtherCode = (name: string) => (codeOwners.get(exactKey(name)) ?? alpha3) !== alpha3;
    const texts: ReconcileTarget['texts'] = [];
    for (const names of namesByLanguage)
      (names[alpha2] ?? []).forEach((name, i) => {
        if (!spellsOtherCode(name)) texts.push({ text: name, via: i === 0 ? 'exact' : 'alias' });
      });
    for (const variant of COUNTRY_VARIANTS[alpha3] ?? []) texts.push({ text: variant, via: 'alias' });
    const numeric = countries.alpha2ToNumeric(alpha2);
    return {
      id: alpha3,
      // The code, not a name in some language: whoever shows the target names the country in the person's language.
      label: alpha3,
      codes: [alpha2, alpha3, ...(numeric ? [numeric] : [])],
      texts,
    };
  });
}
