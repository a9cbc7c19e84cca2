import { z } from 'zod';

/** What a spreadsheet cell refers to: each kind is reconciled against its own targets. */
export const RefKind = z.enum(['indicator', 'instrument', 'country', 'answer']);
export type RefKind = z.infer<typeof RefKind>;

/**
 * How a candidate was found: the text equals a target's name (exact) or one of its aliases (alias),
 * a decision the user made before (learned), a canonical code such as SP-03, c097 or KGZ (code),
 * or similarity (fuzzy).
 */
export const MatchVia = z.enum(['exact', 'alias', 'learned', 'code', 'fuzzy']);
export type MatchVia = z.infer<typeof MatchVia>;

export const Candidate = z.object({
  targetId: z.string().min(1),
  label: z.string(),
  score: z.number().min(0).max(1),
  via: MatchVia,
});
export type Candidate = z.infer<typeof Candidate>;

export const MatchDecision = z.enum(['auto', 'review', 'none']);
export type MatchDecision = z.infer<typeof MatchDecision>;

export const MatchResult = z.object({
  text: z.string(),
  kind: RefKind,
  /** At most five, best first. */
  candidates: z.array(Candidate).max(5),
  decision: MatchDecision,
  /** The accepted target when the decision is 'auto', otherwise null. */
  targetId: z.string().nullable(),
});
export type MatchResult = z.infer<typeof MatchResult>;

/** Auto-accept the best candidate only when its score ≥ threshold and it leads the runner-up by ≥ margin. */
export const DecisionRule = z.object({
  threshold: z.number().min(0).max(1),
  margin: z.number().min(0).max(1),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

/**
 * Measured with tests/bench/reconcile.bench.ts on ~7,500 seeded references generated from mri-core
 * 1.0.0 (indicator codes, questions with typos, reordered, abbreviated, shortened, reduced to
 * keywords or paraphrased, in en/fr/es/ru; instrument, country and answer variants in several
 * languages) plus ~360 distractors that are in no schema. Sweeping threshold 0.40–0.95 × margin
 * 0.00–0.30, the rules whose precision stays ≥ 99% for every kind and that auto-accept at most 2% of
 * the distractors reach 97.9% auto-accepted; this is the most cautious of those within half a point
 * (highest threshold, then widest margin).
 */
export const DEFAULT_DECISION_RULE: DecisionRule = { threshold: 0.6, margin: 0.14 };

/** A decision the user made: this text of this kind means that target. */
export const LearnedAlias = z.object({
  kind: RefKind,
  text: z.string().min(1),
  targetId: z.string().min(1),
});
export type LearnedAlias = z.infer<typeof LearnedAlias>;

/**
 * Something a reference can resolve to, with every text it may be written as: names (matched as
 * 'exact') and aliases (matched as 'alias'), and canonical codes (matched as 'code').
 */
export const ReconcileTarget = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  codes: z.array(z.string().min(1)),
  texts: z.array(z.object({ text: z.string().min(1), via: z.enum(['exact', 'alias']) })),
});
export type ReconcileTarget = z.infer<typeof ReconcileTarget>;
