/**
 * Similarity of a reference to one target text, in [0, 1]: IDF-weighted token overlap that forgives
 * typos and truncated words, blended with the Dice coefficient of character trigrams, which catches
 * what tokens miss (split or glued words, inflections).
 */

/** Share of the blend given to token overlap; trigram Dice has the rest. Tuned on the benchmark. */
const TOKEN_SHARE = 0.6;

/** Typos allowed in a word of this length: none in short words, where one edit makes another word. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (a swap of two neighbours is one edit), or `limit + 1` as soon as
 * it is certain to exceed `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How well a reference word stands for a target word: 1 when equal, less for abbreviations and typos. */
export function tokenSimilarity(word: string, targetWord: string): number {
  if (word === targetWord) return 1;
  if (/\d/u.test(word) || /\d/u.test(targetWord)) return 0; // c097 is not c098, 1949 is not 1948
  if (word.length >= 3 && targetWord.startsWith(word)) return 0.6 + (0.35 * word.length) / targetWord.length;
  const limit = allowedEdits(Math.min(word.length, targetWord.length));
  if (limit === 0) return 0;
  const edits = boundedEditDistance(word, targetWord, limit);
  return edits > limit ? 0 : 1 - (0.6 * edits) / Math.max(word.length, targetWord.length);
}

/** Distinct character trigrams of the words, with word boundaries as spaces. */
export function trigramsOf(tokens: readonly string[]): string[] {
  const padded = ` ${tokens.join(' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/** Size of the intersection of two ascending id lists. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The parts of a token comparison that the caller measured against one target text. */
export interface TokenOverlap {
  /** IDF-weighted share of the reference's words found in the text (each at its similarity). */
  referenceCoverage: number;
  /** IDF-weighted share of the text's words found in the reference. */
  targetCoverage: number;
}

export function blendedSimilarity(overlap: TokenOverlap, gramDice: number): number {
  const { referenceCoverage: r, targetCoverage: t } = overlap;
  const tokenF = r + t === 0 ? 0 : (2 * r * t) / (r + t);
  return Math.min(1, TOKEN_SHARE * tokenF + (1 - TOKEN_SHARE) * gramDice);
}

export function diceCoefficient(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}
