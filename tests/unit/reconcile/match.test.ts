import { describe, expect, it } from 'vitest';
import { DEFAULT_DECISION_RULE, MatchResult, type Candidate, type ReconcileTarget } from '../../../shared/reconcile';
import { CANDIDATE_FLOOR, createMatcher, decideMatch } from '../../../electron/core/match/match';
import { buildIndicatorTargets } from '../../../electron/core/match/targets';
import { SAMPLE_SCHEMA } from './sample-schema';

const candidate = (targetId: string, score: number): Candidate => ({ targetId, label: targetId, score, via: 'fuzzy' });
const target = (id: string, ...names: string[]): ReconcileTarget => ({
  id,
  label: names[0] ?? id,
  codes: [],
  texts: names.map((text) => ({ text, via: 'exact' as const })),
});

describe('the decision rule', () => {
  const rule = { threshold: 0.6, margin: 0.1 };

  it('auto-accepts a candidate above the threshold that leads by the margin', () => {
    expect(decideMatch([candidate('a', 0.9), candidate('b', 0.7)], rule)).toBe('auto');
  });

  it('asks for review below the threshold or within the margin', () => {
    expect(decideMatch([candidate('a', 0.55)], rule)).toBe('review');
    expect(decideMatch([candidate('a', 0.9), candidate('b', 0.85)], rule)).toBe('review');
  });

  it('never auto-accepts a tie, even with no margin required', () => {
    expect(decideMatch([candidate('a', 1), candidate('b', 1)], { threshold: 0, margin: 0 })).toBe('review');
  });

  it('decides none when there is no candidate', () => {
    expect(decideMatch([], rule)).toBe('none');
  });
});

describe('a matcher', () => {
  const targets = [target('nile', 'Nile river'), target('nile-2', 'Nile river'), target('congo', 'Congo river'), target('volga', 'Volga')];

  it('never auto-accepts two targets with the same name', () => {
    const result = createMatcher({ kind: 'instrument', targets }).match('Nile river');
    expect(result.decision).toBe('review');
    expect(result.targetId).toBeNull();
    expect(result.candidates.map((c) => c.score).slice(0, 2)).toEqual([1, 1]);
  });

  it('accepts a learned alias at once, with score 1, over the built-in names', () => {
    const matcher = createMatcher({ kind: 'instrument', targets, learned: [{ kind: 'instrument', text: 'the long one', targetId: 'nile' }] });
    const result = matcher.match('The Long One!');
    expect(result).toMatchObject({ decision: 'auto', targetId: 'nile' });
    expect(result.candidates).toEqual([{ targetId: 'nile', label: 'Nile river', score: 1, via: 'learned' }]);
  });

  it('learns a decision while it runs, which then settles a tie', () => {
    const matcher = createMatcher({ kind: 'instrument', targets });
    matcher.learn({ kind: 'instrument', text: 'Nile river', targetId: 'nile-2' });
    expect(matcher.match('nile  river').targetId).toBe('nile-2');
  });

  it('learns symbols that have no words, such as a tick', () => {
    const matcher = createMatcher({ kind: 'instrument', targets });
    matcher.learn({ kind: 'instrument', text: '✓', targetId: 'volga' });
    expect(matcher.match(' ✓ ').targetId).toBe('volga');
  });

  it('ignores learned aliases of other kinds and reports those whose target is gone', () => {
    const matcher = createMatcher({
      kind: 'instrument',
      targets,
      learned: [
        { kind: 'country', text: 'Volga', targetId: 'RUS' },
        { kind: 'instrument', text: 'Amazon', targetId: 'amazon' },
      ],
    });
    expect(matcher.match('Volga').targetId).toBe('volga');
    expect(matcher.staleAliases).toEqual([{ kind: 'instrument', text: 'Amazon', targetId: 'amazon' }]);
  });

  it('refuses to learn an alias of another kind or for an unknown target', () => {
    const matcher = createMatcher({ kind: 'instrument', targets });
    expect(() => matcher.learn({ kind: 'country', text: 'x', targetId: 'volga' })).toThrow(/country alias/);
    expect(() => matcher.learn({ kind: 'instrument', text: 'x', targetId: 'amazon' })).toThrow(/no instrument "amazon"/);
  });

  it('returns one result per text and matches each distinct text once', () => {
    const matcher = createMatcher({ kind: 'instrument', targets });
    const results = matcher.matchMany(['Volga', 'Congo river', 'Volga']);
    expect(results.map((r) => r.targetId)).toEqual(['volga', 'congo', 'volga']);
    expect(results[2]).toBe(results[0]);
  });

  it('decides none when no target comes above the floor', () => {
    const result = createMatcher({ kind: 'instrument', targets }).match('Mount Everest');
    expect(result).toEqual({ text: 'Mount Everest', kind: 'instrument', candidates: [], decision: 'none', targetId: null });
    expect(CANDIDATE_FLOOR).toBeGreaterThan(0);
  });

  it('gives at most five candidates, best first, in the shape of the API contract', () => {
    const matcher = createMatcher({ kind: 'indicator', targets: buildIndicatorTargets(SAMPLE_SCHEMA) });
    const result = matcher.match('migrant workers');
    expect(MatchResult.parse(result)).toEqual(result);
    expect(result.candidates.length).toBeLessThanOrEqual(5);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('uses the measured default rule unless given another', () => {
    const texts = ['Volgaa', 'Volga river', 'Nile', 'Congo'];
    const byDefault = createMatcher({ kind: 'instrument', targets }).matchMany(texts);
    expect(createMatcher({ kind: 'instrument', targets, rule: DEFAULT_DECISION_RULE }).matchMany(texts)).toEqual(byDefault);
    const strict = createMatcher({ kind: 'instrument', targets, rule: { threshold: 1, margin: 0 } });
    expect(strict.match('Volgaa')).toMatchObject({ decision: 'review', targetId: null });
  });
});
