import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The engine never chooses a display language: the caller passes a locale, or names come with their codes.
 * Matching data (stop words, country names in many languages) holds language codes in lists, which is not
 * choosing a language to show; a literal passed as a locale, assigned to one, or given to a toLocale*()
 * or Intl formatter is.
 */

const CORE = path.resolve(__dirname, '../../../electron/core');
const LANGUAGE = String.raw`'(?:[a-z]{2}(?:-[A-Z]{2})?)'`;

const DISPLAY_LANGUAGE_PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'a language literal passed as the last argument of a call', pattern: new RegExp(String.raw`[(,]\s*${LANGUAGE}\s*\)`) },
  { what: 'a language literal given to a locale or language', pattern: new RegExp(String.raw`\b\w*(?:locale|language|lang)\w*\s*[:=]\s*${LANGUAGE}`, 'i') },
  { what: 'a number or date formatted for a locale', pattern: /\.toLocale(?:String|DateString|TimeString)\(\s*[^)\s]/ },
  { what: 'an Intl formatter with a literal locale', pattern: new RegExp(String.raw`new Intl\.\w+\(\s*${LANGUAGE}`) },
];

/** The one declared exception: ISO 3166 publishes its reference names in English, stored as data. */
const DECLARED = new Set(["electron/core/countries/countries.ts: const ISO_REFERENCE_LANGUAGE = 'en';"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function displayLanguageLiterals(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line) => {
      const code = line.replace(/\/\/.*$/, '');
      const found = DISPLAY_LANGUAGE_PATTERNS.filter(({ pattern }) => pattern.test(code));
      const at = `${name}: ${line.trim()}`;
      return found.length > 0 && !DECLARED.has(at) ? [`${at}  (${found.map((f) => f.what).join('; ')})`] : [];
    }),
  );
}

describe('the engine and display languages', () => {
  it('names no display language anywhere in electron/core', () => {
    const files = sourceFiles(CORE).map((file) => ({ name: path.relative(path.resolve(CORE, '../..'), file).replaceAll(path.sep, '/'), text: fs.readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(displayLanguageLiterals(files)).toEqual([]);
  });

  it('catches a display language coming back, and leaves matching data alone', () => {
    const caught = displayLanguageLiterals([
      { name: 'a.ts', text: "getSubmission(db, id, 'en');" },
      { name: 'b.ts', text: "  const locale = 'en';" },
      { name: 'c.ts', text: "`more than ${limit.toLocaleString('en')} cells`" },
      { name: 'd.ts', text: "label: countries.getName(alpha2, 'fr') ?? alpha3," },
      { name: 'e.ts', text: "const collator = new Intl.Collator('en');" },
    ]);
    expect(caught.map((line) => line.split(':')[0])).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts']);
    const matching = displayLanguageLiterals([
      { name: 'stop-words.ts', text: "  fr: ['le', 'la', 'en', 'dans'],\n  es: ['el', 'en', 'por']," },
      { name: 'languages.ts', text: "const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar'] as const;" },
      { name: 'collate.ts', text: 'const collator = new Intl.Collator(locale);' },
    ]);
    expect(matching).toEqual([]);
  });
});
