import {
  DEFAULT_DECISION_RULE,
  type Candidate,
  type DecisionRule,
  type LearnedAlias,
  type MatchDecision,
  type MatchResult,
  type ReconcileTarget,
  type RefKind,
} from '../../../shared/reconcile';
import { referenceCodes, referenceTokens } from './normalise';
import { REFERENCE_EMPHASIS, similarityToText } from './score';
import { buildTargetIndex, candidateTexts, prepareReference } from './target-index';

/** Below this similarity a target is not worth showing; with none above it the decision is 'none'. */
export const CANDIDATE_FLOOR = 0.35;
const SHOWN_CANDIDATES = 5;
/** Texts compared in full per reference, out of those the index gathered. */
const COMPARED_TEXTS = 40;
const SAME_SCORE = 1e-9;

export interface MatcherOptions {
  kind: RefKind;
  targets: readonly ReconcileTarget[];
  learned?: readonly LearnedAlias[];
  rule?: DecisionRule;
}

export interface Matcher {
  readonly kind: RefKind;
  /** Learned aliases given at creation whose target is not among the targets (e.g. a retired indicator). */
  readonly staleAliases: readonly LearnedAlias[];
  match(text: string): MatchResult;
  /** One result per text, in order; each distinct text is matched once. */
  matchMany(texts: readonly string[]): MatchResult[];
  /** Remembers a decision: from now on this text means that target. */
  learn(alias: LearnedAlias): void;
}

/** Auto-accept only a clear winner: good enough, ahead of the runner-up by the margin, and never a tie. */
export function decideMatch(candidates: readonly Candidate[], rule: DecisionRule): MatchDecision {
  const [best, second] = candidates;
  if (!best) return 'none';
  const runnerUp = second?.score ?? 0;
  if (best.score - runnerUp < SAME_SCORE) return 'review';
  return best.score >= rule.threshold && best.score - runnerUp >= rule.margin ? 'auto' : 'review';
}

/** A learned alias is looked up by its normalised words, or by itself when it has none ("✓", "-"). */
function learnedKey(text: string, words: readonly string[] = referenceTokens(text)): string {
  return words.join(' ') || text.trim();
}

const VIA_RANK: Record<Candidate['via'], number> = { learned: 0, code: 1, exact: 2, alias: 3, fuzzy: 4 };

/** Reconciles references of one kind against its targets, learned aliases first. */
export function createMatcher({ kind, targets, learned = [], rule = DEFAULT_DECISION_RULE }: MatcherOptions): Matcher {
  const index = buildTargetIndex(targets);
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const learnedByKey = new Map<string, ReconcileTarget>();
  const staleAliases: LearnedAlias[] = [];
  for (const alias of learned) {
    if (alias.kind !== kind) continue;
    const target = targetById.get(alias.targetId);
    if (target) learnedByKey.set(learnedKey(alias.text), target);
    else staleAliases.push(alias);
  }

  const candidatesFor = (text: string, words: readonly string[]): Candidate[] => {
    const found = new Map<number, Candidate>();
    const propose = (target: number, score: number, via: Candidate['via']) => {
      const earlier = found.get(target);
      if (earlier && (earlier.score > score || (earlier.score === score && VIA_RANK[earlier.via] <= VIA_RANK[via]))) return;
      found.set(target, { targetId: targets[target]?.id ?? '', label: targets[target]?.label ?? '', score, via });
    };
    for (const code of referenceCodes(kind, text, words))
      for (const target of index.targetsByCode.get(code) ?? []) propose(target, 1, 'code');
    for (const hit of index.exact.get(words.join(' ')) ?? []) propose(hit.target, 1, hit.via);
    const reference = prepareReference(index, words);
    for (const textId of candidateTexts(index, reference, COMPARED_TEXTS)) {
      const text = index.texts[textId];
      if (!text) continue;
      const score = similarityToText(reference, text, index.vocabulary.idf, REFERENCE_EMPHASIS[kind]);
      if (score >= CANDIDATE_FLOOR) propose(text.target, score, 'fuzzy');
    }
    return [...found.values()]
      .sort((a, b) => b.score - a.score || VIA_RANK[a.via] - VIA_RANK[b.via])
      .slice(0, SHOWN_CANDIDATES);
  };

  const match = (text: string): MatchResult => {
    const words = referenceTokens(text);
    const taught = learnedByKey.get(learnedKey(text, words));
    if (taught)
      return {
        text,
        kind,
        candidates: [{ targetId: taught.id, label: taught.label, score: 1, via: 'learned' }],
        decision: 'auto',
        targetId: taught.id,
      };
    const candidates = words.length === 0 ? [] : candidatesFor(text, words);
    const decision = decideMatch(candidates, rule);
    return { text, kind, candidates, decision, targetId: decision === 'auto' ? (candidates[0]?.targetId ?? null) : null };
  };

  return {
    kind,
    staleAliases,
    match,
    matchMany(texts) {
      const results = new Map<string, MatchResult>();
      return texts.map((text) => {
        let result = results.get(text);
        if (!result) results.set(text, (result = match(text)));
        return result;
      });
    },
    learn(alias) {
      if (alias.kind !== kind) throw new Error(`a ${alias.kind} alias cannot be taught to the ${kind} matcher`);
      const target = targetById.get(alias.targetId);
      if (!target) throw new Error(`cannot learn "${alias.text}": there is no ${kind} "${alias.targetId}"`);
      learnedByKey.set(learnedKey(alias.text), target);
    },
  };
}
