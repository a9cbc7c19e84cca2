import type { RefKind } from '../../../shared/reconcile';
import { boundedEditDistance } from './score';
import { STOP_WORDS_BY_LANGUAGE } from './stop-words';

/**
 * Combining marks of the Latin, Greek, Cyrillic and Arabic blocks (accents, Arabic tashkeel and the
 * madda/hamza that NFKD splits off their carriers, so that ё is е, أ إ آ are ا and ئ is ي). Marks of
 * other scripts (Devanagari vowel signs...) are letters in all but name, so they stay.
 */
const STRIPPED_MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
/** NFKD splits й into и + breve, but й is a letter of its own in Russian: it is kept whole. */
const CYRILLIC_SHORT_I = /и\u0306/gu;
const SHORT_I_PLACEHOLDER = '\u{F0000}';
/** Alef wasla has no decomposition; alef maksura is written for ya in half the region. */
const ARABIC_LETTER_VARIANTS: Record<string, string> = { 'ٱ': 'ا', 'ى': 'ي', 'ـ': '' };
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}\p{M}\u{F0000}]+/gu;

/** Lower-case, no accents or tashkeel, one alef, punctuation as spaces, single spaces. */
export function foldText(text: string): string {
  // Lower-cased after NFKD, which spells some symbols with capitals (№ → "No").
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(CYRILLIC_SHORT_I, SHORT_I_PLACEHOLDER)
    .replace(STRIPPED_MARKS, '')
    .replace(/[ٱىـ]/gu, (c) => ARABIC_LETTER_VARIANTS[c] ?? c)
    .replace(NOT_A_WORD_CHARACTER, ' ')
    .replaceAll(SHORT_I_PLACEHOLDER, 'й')
    .normalize('NFC')
    .trim();
}

const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP_WORDS_BY_LANGUAGE).flat().map(foldText));

/** Abbreviations common in English spreadsheets that are not prefixes of the word they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  govt: 'government',
  intl: 'international',
  natl: 'national',
  dept: 'department',
  mgmt: 'management',
  assn: 'association',
};

// ILO instruments are numbered: "C97", "Convention No. 97", "n° 97", "núm. 97", "№ 97" all mean c097;
// recommendations (R202) and protocols (P029) likewise.
const NUMBER_MARKERS = new Set(['no', 'n', 'nr', 'nro', 'num', 'numero', 'رقم']);
const CONVENTION_WORDS = new Set(['convention', 'conventions', 'convenio', 'convencion', 'конвенция', 'конвенции', 'конвенцию']);
const RECOMMENDATION_WORDS = new Set(['recommendation', 'recommandation', 'recomendacion', 'рекомендация', 'рекомендации', 'r']);
const INSTRUMENT_LETTERS = new Set(['c', 'r', 'p']);
const GLUED_INSTRUMENT_NUMBER = /^([crp])0*(\d{1,3})$/u;
const GLUED_MARKER_NUMBER = /^(?:no|nr|num|n)0*(\d{1,3})$/u;
const SHORT_NUMBER = /^\d{1,3}$/u;
const INSTRUMENT_NUMBER = /^[crp]\d{3}$/u;

function instrumentNumber(family: string, digits: string): string {
  return family + String(Number(digits)).padStart(3, '0');
}

/** Whether a word names conventions or recommendations, forgiving the typos of a long word. */
function familyOf(word: string): 'c' | 'r' | null {
  if (CONVENTION_WORDS.has(word)) return 'c';
  if (RECOMMENDATION_WORDS.has(word)) return 'r';
  if (word.length < 8) return null;
  const near = (family: ReadonlySet<string>) => [...family].some((name) => boundedEditDistance(word, name, 2) <= 2);
  if (near(RECOMMENDATION_WORDS)) return 'r';
  return near(CONVENTION_WORDS) ? 'c' : null;
}

/**
 * The family of a bare "No. 97": that of the nearest convention or recommendation named before it
 * ("Recomendación sobre los pisos de protección social, 2012 (núm. 202)"), else a convention.
 */
function familyBefore(tokens: readonly string[]): 'c' | 'r' {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const family = familyOf(tokens[i] ?? '');
    if (family) return family;
  }
  return 'c';
}

function canonicalInstrumentNumbers(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const glued = GLUED_INSTRUMENT_NUMBER.exec(token);
    const gluedMarker = GLUED_MARKER_NUMBER.exec(token);
    if (glued?.[1] && glued[2]) out.push(instrumentNumber(glued[1], glued[2]));
    else if (gluedMarker?.[1]) out.push(instrumentNumber(familyBefore(out), gluedMarker[1]));
    else if (next === undefined || !SHORT_NUMBER.test(next)) out.push(token);
    else if (NUMBER_MARKERS.has(token)) {
      out.push(instrumentNumber(familyBefore(out), next));
      i++;
    } else if (INSTRUMENT_LETTERS.has(token)) {
      out.push(instrumentNumber(token, next));
      i++;
    } else {
      const family = familyOf(token);
      out.push(token);
      if (family) {
        out.push(instrumentNumber(family, next));
        i++;
      }
    }
  }
  return out;
}

/** Arabic writes the article and "and" onto the word: العمال and عمال are the same word. */
function withoutArabicArticle(token: string): string {
  const article = /^(?:وال|ال)(?=[\u0621-\u064a]{2})/u.exec(token);
  return article ? token.slice(article[0].length) : token;
}

/** Initialisms split by their dots or slashes ("U.S.A.", "N/A", "n.a.") are one word: usa, na. */
function joinedInitialisms(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of [...words, '']) {
    if (/^[a-z]$/u.test(word)) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    if (word) out.push(word);
  }
  return out;
}

/**
 * The words that carry meaning: folded, initialisms joined, abbreviations expanded, ILO numbers
 * canonical (c097, r202, p029), stop words dropped — unless the text is nothing but stop words
 * ("Y", "N/A"), which then stay.
 */
export function referenceTokens(text: string): string[] {
  const folded = foldText(text);
  if (folded === '') return [];
  const words = canonicalInstrumentNumbers(joinedInitialisms(folded.split(' ')).map((w) => ABBREVIATIONS[w] ?? w));
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return (content.length > 0 ? content : words).map(withoutArabicArticle);
}

/** The text a name or alias must equal, modulo case, accents, punctuation and stop words. */
export function exactKey(text: string): string {
  return referenceTokens(text).join(' ');
}

const INDICATOR_CODE = /^\s*([A-Za-z]{2,4})[\s._-]*0*(\d{1,3})(?=$|[^\p{L}\p{N}])/u;

/** "SP-3", "sp 03", "SP03", "sp-003" → "SP-03"; also the code that opens "SP-3: Are migrant…". */
export function indicatorCodeOf(text: string): string | null {
  const found = INDICATOR_CODE.exec(text);
  if (!found?.[1] || !found[2]) return null;
  return `${found[1].toUpperCase()}-${found[2].padStart(2, '0')}`;
}

/** "kg", "KGZ" → upper-case ISO alpha codes; "417", "4" → three-digit ISO numeric codes. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2,3}$/u.test(trimmed)) return trimmed.toUpperCase();
  if (SHORT_NUMBER.test(trimmed)) return trimmed.padStart(3, '0');
  return null;
}

/** The canonical codes a reference names outright, to be looked up among the targets' codes. */
export function referenceCodes(kind: RefKind, text: string, tokens: readonly string[]): string[] {
  switch (kind) {
    case 'indicator': {
      const code = indicatorCodeOf(text);
      return code ? [code] : [];
    }
    case 'instrument':
      return [...new Set(tokens.filter((t) => INSTRUMENT_NUMBER.test(t)))];
    case 'country': {
      const code = countryCodeOf(text);
      return code ? [code] : [];
    }
    case 'answer':
      return [];
  }
}
