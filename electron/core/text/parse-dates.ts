import { z } from 'zod';
import { foldForMatching } from './fold-text.js';
import { MONTH_NUMBERS } from './month-names.js';

/** How a column writes its dates: 3/4/2020 is 3 April or March 4. */
export const DateOrder = z.enum(['day-first', 'month-first']);
export type DateOrder = z.infer<typeof DateOrder>;

const DAY_MS = 86_400_000;
/** Serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60). */
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const LAST_SERIAL = 2_958_465; // 9999-12-31

/** An Excel date serial as yyyy-mm-dd (the time of day is dropped); null for 0, 60 in 1900 and out of range. */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day > LAST_SERIAL) return null;
  let ms: number;
  if (date1904) {
    if (day < 0) return null;
    ms = EPOCH_1904 + day * DAY_MS;
  } else {
    if (day < 1 || day === 60) return null;
    ms = (day < 60 ? EPOCH_1900_BEFORE_LEAP_BUG : EPOCH_1900_AFTER_LEAP_BUG) + day * DAY_MS;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
/** d/m/y or m/d/y with / . or - between, a 2- or 4-digit year, and perhaps a time after. */
export const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s.*)?$/;
const STOPWORDS = new Set(['de', 'del', 'of', 'the', 'le', 'el', 'г', 'года', 'год', 'في']);
// Folding has already turned º and ª into o and a.
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|re|eme|o|a|°)$/;

/** A date written as text, as yyyy-mm-dd; null when it is not one. `order` settles 05/03/2024. */
export function parseDateText(text: string, order: DateOrder): string | null {
  const trimmed = withLatinDigits(text.trim());
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isoDate(iso[1]!, iso[2]!, iso[3]!);
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric) {
    const [first, second, year] = [numeric[1]!, numeric[2]!, numeric[3]!];
    return order === 'day-first' ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  return parseWordyDate(trimmed);
}

/** "5 March 2024", "March 5, 2024", "5-Mar-24", "5 de marzo de 2024", "5 марта 2024 г.", "1er mars 2024". */
function parseWordyDate(text: string): string | null {
  const tokens = foldForMatching(text)
    .split(/[\s,./-]+/)
    .filter((token) => token !== '' && !STOPWORDS.has(token))
    .map((token) => ORDINAL.exec(token)?.[1] ?? token);
  if (tokens.length !== 3) return null;
  const monthAt = tokens.findIndex((token) => MONTH_NUMBERS.has(token));
  if (monthAt < 0) return null;
  const month = String(MONTH_NUMBERS.get(tokens[monthAt]!));
  const numbers = tokens.filter((_, i) => i !== monthAt);
  if (!numbers.every((token) => /^\d{1,4}$/.test(token))) return null;
  const [a, b] = numbers as [string, string];
  // The year is the long number, or else the last one ("Mar 5 24", "5 Mar 24").
  return a.length > 2 ? isoDate(a, month, b) : isoDate(b, month, a);
}

function isoDate(yearText: string, monthText: string, dayText: string): string | null {
  let year = Number(yearText);
  // Two-digit years as Excel reads them: 00–29 are 2000s, 30–99 are 1900s.
  if (yearText.length <= 2) year += year < 30 ? 2000 : 1900;
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Arabic-Indic and Eastern Arabic-Indic digits, as Arabic spreadsheets often hold them, to 0–9. */
export function withLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}
