/**
 * Similarity of a reference to one target text, in [0, 1]: IDF-weighted word overlap that forgives
 * typos and truncated words, blended with the overlap of character trigrams (a Dice coefficient,
 * weighted like the words), which catches what words miss: split or glued words, inflections.
 */

import type { RefKind } from '../../../shared/reconcile';

/** Share of the blend given to word overlap; trigram overlap has the rest. Tuned on the benchmark. */
const TOKEN_SHARE = 0.6;

/**
 * How many times more it matters that the target explains the reference than that the reference
 * covers the target. Spreadsheets shorten questions to a few words, so for indicators it counts
 * more; names are written whole, and "Africa" is not South Africa, so for the rest it counts equally.
 */
export const REFERENCE_EMPHASIS: Record<RefKind, number> = {
  indicator: 2,
  instrument: 1,
  country: 1,
  answer: 1,
};

/**
 * Numbers identify: a reference naming No. 151 is not about a text naming No. 143 however many
 * other words they share. When each side has a number the other lacks, the similarity is scaled by this.
 */
const CONFLICTING_NUMBERS = 0.6;

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
function sharedCount(a: Int32Array, b: Int32Array): number {
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

/** One target text as the index holds it: distinct word ids, their summed IDF, sorted trigram ids. */
export interface IndexedText {
  target: number;
  via: 'exact' | 'alias';
  words: Int32Array;
  /** The words that contain a digit (years, instrument numbers). */
  numbers: Int32Array;
  weight: number;
  grams: Int32Array;
}

/** A reference looked up in one index, ready to be compared with any of its texts. */
export interface PreparedReference {
  /** For each target word the reference may contain: which reference word it would be, and how well. */
  matches: ReadonlyMap<number, readonly { position: number; similarity: number }[]>;
  /** IDF weight of each reference word. */
  weights: Float64Array;
  /** Positions of the reference words that contain a digit. */
  numbers: readonly number[];
  /** Scratch space: how well each reference word was found in the text being compared. */
  found: Float64Array;
  totalWeight: number;
  /** Trigram ids the index knows, ascending; `gramCount` also counts those it does not. */
  grams: Int32Array;
  gramCount: number;
}

/**
 * F-measure of how much of the reference the text explains and how much of the text the reference
 * covers, counting the first emphasis² times as much (with emphasis 1 it is the Dice coefficient).
 */
function weightedF(referenceCoverage: number, targetCoverage: number, emphasis: number): number {
  const b2 = emphasis * emphasis;
  const denominator = b2 * targetCoverage + referenceCoverage;
  return denominator === 0 ? 0 : ((1 + b2) * referenceCoverage * targetCoverage) / denominator;
}

export function similarityToText(reference: PreparedReference, text: IndexedText, idf: Float64Array, emphasis: number): number {
  const found = reference.found.fill(0);
  let targetMatched = 0;
  for (const word of text.words) {
    const matches = reference.matches.get(word);
    if (!matches) continue;
    let best = 0;
    for (const { position, similarity } of matches) {
      if (similarity > best) best = similarity;
      if (similarity > (found[position] ?? 0)) found[position] = similarity;
    }
    targetMatched += (idf[word] ?? 0) * best;
  }
  let referenceMatched = 0;
  for (let position = 0; position < found.length; position++)
    referenceMatched += (found[position] ?? 0) * (reference.weights[position] ?? 0);
  const tokenScore = weightedF(
    reference.totalWeight === 0 ? 0 : referenceMatched / reference.totalWeight,
    text.weight === 0 ? 0 : targetMatched / text.weight,
    emphasis,
  );
  const shared = sharedCount(reference.grams, text.grams);
  const gramScore = weightedF(
    reference.gramCount === 0 ? 0 : shared / reference.gramCount,
    text.grams.length === 0 ? 0 : shared / text.grams.length,
    emphasis,
  );
  const similarity = Math.min(1, TOKEN_SHARE * tokenScore + (1 - TOKEN_SHARE) * gramScore);
  return conflictingNumbers(reference, text) ? similarity * CONFLICTING_NUMBERS : similarity;
}

/** Each side has a number the other lacks (read after similarityToText has filled `found`). */
function conflictingNumbers(reference: PreparedReference, text: IndexedText): boolean {
  if (reference.numbers.length === 0 || text.numbers.length === 0) return false;
  return reference.numbers.some((position) => reference.found[position] === 0) && text.numbers.some((word) => !reference.matches.has(word));
}
