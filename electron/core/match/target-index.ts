import type { ReconcileTarget } from '../../../shared/reconcile';
import { referenceTokens } from './normalise';
import { trigramsOf, type IndexedText, type PreparedReference } from './score';
import { Vocabulary } from './vocabulary';

/** A target text equal to the reference, once normalised. */
export interface ExactHit {
  target: number;
  via: 'exact' | 'alias';
}

/**
 * Inverted indexes over every text of one kind's targets (word → texts, trigram → texts), so that a
 * reference is compared only with the texts it shares words or trigrams with.
 */
export interface TargetIndex {
  targets: readonly ReconcileTarget[];
  texts: readonly IndexedText[];
  vocabulary: Vocabulary;
  textsByWord: readonly Int32Array[];
  gramIds: ReadonlyMap<string, number>;
  textsByGram: readonly Int32Array[];
  exact: ReadonlyMap<string, readonly ExactHit[]>;
  targetsByCode: ReadonlyMap<string, readonly number[]>;
  /** Per-text accumulator reused by every lookup, so that a lookup allocates nothing of the index's size. */
  scratch: Float64Array;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NAMES_FIRST = (a: { via: string }, b: { via: string }) => Number(b.via === 'exact') - Number(a.via === 'exact');

/** Each distinct normalised text of each target once; a name outranks an alias written the same. */
function distinctTexts(targets: readonly ReconcileTarget[]) {
  const texts: { target: number; via: 'exact' | 'alias'; key: string; words: string[] }[] = [];
  targets.forEach((target, index) => {
    const seen = new Set<string>();
    for (const { text, via } of [...target.texts].sort(NAMES_FIRST)) {
      const words = referenceTokens(text);
      const key = words.join(' ');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      texts.push({ target: index, via, key, words });
    }
  });
  return texts;
}

const HAS_DIGIT = /\d/u;

export function buildTargetIndex(targets: readonly ReconcileTarget[]): TargetIndex {
  const raw = distinctTexts(targets);
  const documentFrequency = new Map<string, number>();
  for (const { words } of raw) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const vocabulary = new Vocabulary(documentFrequency, raw.length);
  // A target's numbered codes (c097) belong to each of its texts, also those that do not spell them,
  // so that "Recommendation No. 86" conflicts with every name of Convention No. 97.
  const codeIds = (target: ReconcileTarget | undefined) =>
    (target?.codes ?? []).flatMap((code) => vocabulary.idOf(code.toLowerCase()) ?? []);

  const gramIds = new Map<string, number>();
  const wordPostings = new Map<number, number[]>();
  const gramPostings = new Map<number, number[]>();
  const exact = new Map<string, ExactHit[]>();
  const texts = raw.map(({ target, via, key, words }, textId): IndexedText => {
    const wordIds = [...new Set(words)].map((w) => vocabulary.idOf(w) ?? -1);
    const grams = trigramsOf(words).map((gram) => {
      let id = gramIds.get(gram);
      if (id === undefined) gramIds.set(gram, (id = gramIds.size));
      return id;
    });
    for (const id of wordIds) pushTo(wordPostings, id, textId);
    for (const id of grams) pushTo(gramPostings, id, textId);
    pushTo(exact, key, { target, via });
    return {
      target,
      via,
      words: Int32Array.from(wordIds),
      numbers: Int32Array.from(new Set([...wordIds, ...codeIds(targets[target])].filter((id) => HAS_DIGIT.test(vocabulary.words[id] ?? '')))),
      weight: wordIds.reduce((sum, id) => sum + (vocabulary.idf[id] ?? 0), 0),
      grams: Int32Array.from(grams).sort(),
    };
  });

  const targetsByCode = new Map<string, number[]>();
  targets.forEach((target, index) => {
    for (const code of new Set(target.codes)) pushTo(targetsByCode, code, index);
  });
  return {
    targets,
    texts,
    vocabulary,
    textsByWord: vocabulary.words.map((_, id) => Int32Array.from(wordPostings.get(id) ?? [])),
    gramIds,
    textsByGram: Array.from({ length: gramIds.size }, (_, id) => Int32Array.from(gramPostings.get(id) ?? [])),
    exact,
    targetsByCode,
    scratch: new Float64Array(texts.length),
  };
}

/** A reference word the index does not know weighs this share of the rarest word's IDF. */
const UNKNOWN_WORD_WEIGHT = 0.5;

export function prepareReference(index: TargetIndex, words: readonly string[]): PreparedReference {
  const distinct = [...new Set(words)];
  const { vocabulary } = index;
  const rarest = Math.log(1 + index.texts.length);
  const matches = new Map<number, { position: number; similarity: number }[]>();
  const weights = new Float64Array(distinct.length);
  distinct.forEach((word, position) => {
    const expansions = vocabulary.expand(word);
    const best = expansions[0];
    weights[position] = best ? (vocabulary.idf[best.id] ?? 0) : rarest * UNKNOWN_WORD_WEIGHT;
    for (const { id, similarity } of expansions) pushTo(matches, id, { position, similarity });
  });
  const gramList = trigramsOf(distinct);
  const grams: number[] = [];
  for (const gram of gramList) {
    const id = index.gramIds.get(gram);
    if (id !== undefined) grams.push(id);
  }
  const numbers = distinct.flatMap((word, position) => (HAS_DIGIT.test(word) ? [position] : []));
  return {
    matches,
    weights,
    numbers,
    found: new Float64Array(distinct.length),
    totalWeight: weights.reduce((a, b) => a + b, 0),
    grams: Int32Array.from(grams).sort(),
    gramCount: gramList.length,
  };
}

/** A text that gathered less than this share of the leader's evidence is not worth comparing in full. */
const WORTH_COMPARING = 0.5;
/** Words or trigrams found in more texts than this share are skipped while gathering: they select nothing. */
const COMMON_SHARE = 0.08;
const COMMON_MINIMUM = 64;

/**
 * The texts most likely to resemble the reference, at most `limit`, found by walking only the
 * postings of its words (and their typo/abbreviation expansions) and of its trigrams. Common words
 * and trigrams are walked only when nothing rarer is shared.
 */
export function candidateTexts(index: TargetIndex, reference: PreparedReference, limit: number): number[] {
  const { scratch, vocabulary } = index;
  const common = Math.max(COMMON_MINIMUM, index.texts.length * COMMON_SHARE);
  const touched: number[] = [];
  const credit = (postings: Int32Array, gain: number) => {
    for (const text of postings) {
      if (scratch[text] === 0) touched.push(text);
      scratch[text] = (scratch[text] ?? 0) + gain;
    }
  };
  const gather = (skipCommon: boolean) => {
    for (const [word, matches] of reference.matches) {
      const postings = index.textsByWord[word];
      if (!postings || (skipCommon && postings.length > common)) continue;
      credit(postings, (vocabulary.idf[word] ?? 0) * Math.max(...matches.map((m) => m.similarity)));
    }
    const gramGain = reference.totalWeight / Math.max(1, reference.gramCount);
    for (const gram of reference.grams) {
      const postings = index.textsByGram[gram];
      if (postings && !(skipCommon && postings.length > common)) credit(postings, gramGain);
    }
  };
  gather(true);
  if (touched.length === 0) gather(false);
  const best = highestScoring(touched, scratch, limit);
  const enough = (scratch[best[0] ?? 0] ?? 0) * WORTH_COMPARING;
  const worth = best.filter((text) => (scratch[text] ?? 0) >= enough);
  for (const text of touched) scratch[text] = 0;
  return worth;
}

/** The `limit` texts with the highest scores, best first, without sorting them all. */
function highestScoring(texts: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const scoreOf = (position: number) => scores[best[position] ?? 0] ?? 0;
  for (const text of texts) {
    const score = scores[text] ?? 0;
    if (best.length === limit && score <= scoreOf(limit - 1)) continue;
    let at = best.length;
    while (at > 0 && scoreOf(at - 1) < score) at--;
    best.splice(at, 0, text);
    if (best.length > limit) best.pop();
  }
  return best;
}
