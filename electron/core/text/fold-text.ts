/**
 * How people's labels are compared: regardless of case, accents, Arabic vowel marks, direction
 * marks and punctuation, so "Date de ratification", "DATE DE RATIFICATION" and "date_de_ratification" meet.
 */

/** Lower case, without combining marks, tatweel or direction marks. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640\u200e\u200f\u061c]/gu, '')
    .toLowerCase();
}

/** foldForMatching, with every run of punctuation and spaces made one space. */
export function normaliseLabel(text: string): string {
  return foldForMatching(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
