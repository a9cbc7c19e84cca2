import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance, tokenSimilarity, trigramsOf } from '../../../electron/core/match/score';

describe('bounded edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(boundedEditDistance('migrant', 'migrnt', 2)).toBe(1);
    expect(boundedEditDistance('migrant', 'migrants', 2)).toBe(1);
    expect(boundedEditDistance('migrant', 'migrent', 2)).toBe(1);
    expect(boundedEditDistance('migrant', 'imgrant', 2)).toBe(1);
  });

  it('gives up beyond its limit', () => {
    expect(boundedEditDistance('refugee', 'employment', 2)).toBe(3);
  });
});

describe('word similarity', () => {
  it('is 1 for the same word', () => {
    expect(tokenSimilarity('pension', 'pension')).toBe(1);
  });

  it('forgives a typo in a word long enough to have one', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(tokenSimilarity('pnesion', 'pension')).toBeGreaterThan(0.8);
    expect(tokenSimilarity('cat', 'car')).toBe(0);
  });

  it('accepts a truncated word as an abbreviation, the longer the better', () => {
    expect(tokenSimilarity('migr', 'migrant')).toBeGreaterThan(tokenSimilarity('mig', 'migrant'));
    expect(tokenSimilarity('migr', 'migrant')).toBeGreaterThan(0.7);
  });

  it('never takes one number for another', () => {
    expect(tokenSimilarity('c097', 'c098')).toBe(0);
    expect(tokenSimilarity('1949', '1948')).toBe(0);
  });
});

describe('trigrams', () => {
  it('are distinct and mark word boundaries', () => {
    expect(trigramsOf(['ab', 'ab'])).toEqual([' ab', 'ab ', 'b a']);
  });
});
