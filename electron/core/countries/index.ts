export { countryName, listCountries, requireCountry, SAMPLE_COUNTRY, seedCountries } from './countries';
export { COUNTRY_VARIANTS } from './country-variants';
