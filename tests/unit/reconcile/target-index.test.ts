import { describe, expect, it } from 'vitest';
import type { ReconcileTarget } from '../../../shared/reconcile';
import { referenceTokens } from '../../../electron/core/match/normalise';
import { buildTargetIndex, candidateTexts, prepareReference } from '../../../electron/core/match/target-index';

const targets: ReconcileTarget[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `t${i}`,
  label: `target ${i}`,
  codes: [],
  texts: [{ text: `Question number ${i} about ${i % 2 ? 'pensions' : 'housing'} topic${i}`, via: 'exact' as const }],
}));
const index = buildTargetIndex(targets);
const lookUp = (text: string) => candidateTexts(index, prepareReference(index, referenceTokens(text)), 40);

describe('the target index', () => {
  it('holds each distinct normalised text of a target once', () => {
    const twice = buildTargetIndex([{ id: 'x', label: 'x', codes: [], texts: [{ text: 'The Volga', via: 'alias' }, { text: 'volga', via: 'exact' }] }]);
    expect(twice.texts).toHaveLength(1);
    expect(twice.texts[0]?.via).toBe('exact');
  });

  it('gathers only texts that share a word or trigram with the reference', () => {
    const found = lookUp('topic1234');
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(targets[index.texts[text]!.target]!.texts[0]!.text).toContain('topic1');
  });

  it('gathers nothing for a reference that shares nothing', () => {
    expect(lookUp('Жжжж')).toEqual([]);
  });

  it('finds a misspelt word through its near misses in the vocabulary', () => {
    const found = lookUp('pensoins topic7');
    expect(found.map((t) => index.texts[t]!.target)).toContain(7);
  });
});
