import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../shared/domain';
import { countryNamed, indexCountries, searchCountries, type CountryMatch } from './country-search';

interface CountryComboboxProps {
  id: string;
  countries: Country[];
  onChange(code: string | undefined): void;
  invalid: boolean;
  describedBy: string | undefined;
}

/**
 * Picks a country by its name in the user's language, by its ISO code, or by another of its names
 * (in another UI language, short or former: "Maroc", "UK", "Burma"), as an ARIA 1.2 combobox with a
 * list popup: typing (or ArrowDown, or a click) opens the list, typing filters it, the first match is
 * highlighted, Enter or a click takes it. A country found by another name shows that name beside its
 * own. The parent only ever receives an ISO alpha-3 code, or undefined while the text names no country.
 */
export function CountryCombobox({ id, countries, onChange, invalid, describedBy }: CountryComboboxProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const index = useMemo(() => indexCountries(countries, locale), [countries, locale]);
  const matches = useMemo(() => searchCountries(index, text), [index, text]);
  const listId = `${id}-options`;
  const optionId = (country: Country) => `${id}-option-${country.code}`;
  const activeCountry = open ? matches[active]?.country : undefined;

  useEffect(() => {
    if (activeCountry) document.getElementById(optionId(activeCountry))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(country: Country) {
    setText(country.name);
    setOpen(false);
    setActive(-1);
    onChange(country.code);
  }

  function type(value: string) {
    setText(value);
    setOpen(true);
    setActive(value.trim() ? 0 : -1);
    onChange(countryNamed(index, value)?.code);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && activeCountry) {
      // Enter takes the highlighted country; only the next Enter submits the form.
      event.preventDefault();
      choose(activeCountry);
    } else if (event.key === 'Escape' && open) {
      // The first Escape closes the list; the dialog itself closes only on the next one.
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeCountry ? optionId(activeCountry) : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        value={text}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('newSubmission.countryOptions')} hidden={!open || matches.length === 0}>
        {open &&
          matches.map(({ country, foundBy }: CountryMatch, at) => (
            <li
              key={country.code}
              id={optionId(country)}
              role="option"
              aria-selected={at === active}
              // Keep focus in the input, so the click below is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(country)}
            >
              {country.name}
              {foundBy && <span className="combobox-found-by"> {t('newSubmission.foundBy', { name: foundBy })}</span>}
            </li>
          ))}
      </ul>
      {open && text.trim() !== '' && matches.length === 0 && (
        <p className="combobox-empty">{t('newSubmission.noCountryMatches', { text })}</p>
      )}
    </div>
  );
}
