import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

/**
 * The UI's languages. Adding French, Spanish, Russian or Arabic is: a <code>.json beside en.json,
 * one entry here. Components only ever call t(); the page direction follows the language
 * (i18next knows Arabic is right-to-left), so no component needs to know it.
 */
export const uiLanguages = {
  en: { translation: en },
} as const;

export type UiLanguage = keyof typeof uiLanguages;

/** Keeps <html lang> and <html dir> in step with the language, for screen readers and right-to-left layout. */
function reflectLanguageOnDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
  document.title = i18n.t('app.title');
}

i18n.on('languageChanged', reflectLanguageOnDocument);

void i18n.use(initReactI18next).init({
  resources: uiLanguages,
  lng: 'en',
  fallbackLng: 'en',
  // The resources are bundled, so they are ready at once: the first render already has its words.
  initAsync: false,
  // React escapes what it renders; escaping here too would show entities such as &amp;.
  interpolation: { escapeValue: false },
});

export default i18n;
