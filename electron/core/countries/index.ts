/** ISO 3166 countries, their names in the UI's languages, and the other names people write for them. */
export { countryName, listCountries, requireCountry, SAMPLE_COUNTRY, seedCountries } from './countries';
export { COUNTRY_VARIANTS } from './country-variants';
