import { allowedEdits, tokenSimilarity, trigramsOf } from './score';

/** A word of the targets that a reference word may stand for, and how well. */
export interface Expansion {
  id: number;
  similarity: number;
}

/** A reference word prefixing more target words than this is too vague to stand for any of them. */
const MAX_PREFIX_WORDS = 24;
const MAX_EXPANSIONS = 8;
const BARE_NUMBER_SIMILARITY = 0.9;

/**
 * The words of one kind's targets with their inverse document frequency, and the lookups that find
 * the target words a reference word may mean (itself, words it abbreviates, words it misspells)
 * without comparing it with the whole vocabulary.
 */
export class Vocabulary {
  readonly words: readonly string[];
  readonly idf: Float64Array;
  private readonly ids = new Map<string, number>();
  private readonly alphabetical: readonly string[];
  private readonly wordsByTrigram = new Map<string, number[]>();
  private readonly expansions = new Map<string, readonly Expansion[]>();

  constructor(documentFrequency: ReadonlyMap<string, number>, textCount: number) {
    this.words = [...documentFrequency.keys()];
    this.idf = new Float64Array(this.words.length);
    this.words.forEach((word, id) => {
      this.ids.set(word, id);
      this.idf[id] = Math.log(1 + textCount / (documentFrequency.get(word) ?? 1));
      for (const gram of trigramsOf([word])) {
        const list = this.wordsByTrigram.get(gram);
        if (list) list.push(id);
        else this.wordsByTrigram.set(gram, [id]);
      }
    });
    this.alphabetical = [...this.words].sort();
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Target words a reference word may stand for, best first; remembered, as spreadsheets repeat words. */
  expand(word: string): readonly Expansion[] {
    let found = this.expansions.get(word);
    if (!found) {
      found = this.findExpansions(word);
      this.expansions.set(word, found);
    }
    return found;
  }

  private findExpansions(word: string): readonly Expansion[] {
    const similarities = new Map<number, number>();
    const exact = this.ids.get(word);
    if (exact !== undefined) similarities.set(exact, 1);
    for (const id of this.instrumentsNumbered(word)) similarities.set(id, BARE_NUMBER_SIMILARITY);
    if (!/\d/u.test(word)) {
      for (const id of this.wordsStartingWith(word)) similarities.set(id, tokenSimilarity(word, this.words[id] ?? ''));
      if (exact === undefined)
        for (const id of this.nearMisses(word)) {
          const similarity = tokenSimilarity(word, this.words[id] ?? '');
          if (similarity > 0) similarities.set(id, Math.max(similarity, similarities.get(id) ?? 0));
        }
    }
    return [...similarities]
      .map(([id, similarity]) => ({ id, similarity }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_EXPANSIONS);
  }

  /** "143" whose marker was misspelt ("Convernio 143") may still be Convention No. 143. */
  private instrumentsNumbered(word: string): number[] {
    if (!/^\d{1,3}$/u.test(word)) return [];
    const digits = word.padStart(3, '0');
    return ['c', 'r', 'p'].flatMap((family) => this.ids.get(family + digits) ?? []);
  }

  private wordsStartingWith(prefix: string): number[] {
    if (prefix.length < 3) return [];
    let low = 0;
    let high = this.alphabetical.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.alphabetical[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const ids: number[] = [];
    for (let i = low; i < this.alphabetical.length; i++) {
      const word = this.alphabetical[i] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word === prefix) continue;
      if (ids.length === MAX_PREFIX_WORDS) return [];
      const id = this.ids.get(word);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** Words within the allowed edits: one edit spoils at most four trigrams (a swap), so the rest must be shared. */
  private nearMisses(word: string): number[] {
    const limit = allowedEdits(word.length);
    if (limit === 0) return [];
    const grams = trigramsOf([word]);
    const shared = new Map<number, number>();
    for (const gram of grams)
      for (const id of this.wordsByTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const needed = Math.max(1, grams.length - 4 * limit);
    return [...shared].filter(([, count]) => count >= needed).map(([id]) => id);
  }
}
