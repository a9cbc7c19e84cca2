import { z } from 'zod';
import { withLatinDigits } from './parse-dates.js';

export const DecimalSeparator = z.enum(['.', ',']);
export type DecimalSeparator = z.infer<typeof DecimalSeparator>;

/** Spaces (plain, no-break, narrow no-break) and apostrophes group thousands in many countries. */
const GROUP_SPACES = /[\s\u00a0\u202f']/g;
const NUMBER_SHAPE = /^[+\-\u2212]?[\d.,]*\d[\d.,]*%?$/;

function compact(text: string): string {
  return withLatinDigits(text.trim()).replace(GROUP_SPACES, '');
}

const DOT_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const COMMA_DECIMAL = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d+)?$/;

/** "1.234,5" or "1,234.5" or "12,5" or "1 234,5" as a number, given the column's decimal separator; null if not a number. */
export function parseNumberText(text: string, decimal: DecimalSeparator): number | null {
  const compacted = compact(text).replace(/^\u2212/, '-').replace(/%$/, '');
  if (!/\d/.test(compacted)) return null;
  if (decimal === '.') {
    return DOT_DECIMAL.test(compacted) ? Number(compacted.replace(/,/g, '')) : null;
  }
  return COMMA_DECIMAL.test(compacted) ? Number(compacted.replace(/\./g, '').replace(',', '.')) : null;
}

/**
 * Decides a column's decimal separator from the values that tell: "1.234,5" and "12,5" say comma,
 * "1,234.5" and "12.5" say dot; "1,234" or "1.234" could be either and do not count.
 * Without any evidence the column is read with a dot.
 */
export class DecimalTally {
  private comma = 0;
  private dot = 0;

  add(text: string): void {
    const compacted = compact(text);
    if (!NUMBER_SHAPE.test(compacted)) return;
    const vote = decimalEvidence(compacted);
    if (vote === ',') this.comma++;
    else if (vote === '.') this.dot++;
  }

  decide(): DecimalSeparator {
    return this.comma > this.dot ? ',' : '.';
  }
}

function decimalEvidence(text: string): DecimalSeparator | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const at = Math.max(lastComma, lastDot);
  if (at < 0) return null;
  const separator = text[at] as DecimalSeparator;
  // Two of the same separator can only be grouping: the other one is the decimal.
  if (text.indexOf(separator) !== at) return separator === ',' ? '.' : ',';
  const digitsAfter = text.length - at - 1 - (text.endsWith('%') ? 1 : 0);
  if (digitsAfter === 3) return null;
  return separator;
}
