// The benchmark's ROUGE implementation against hand-computed values.
import { describe, expect, it } from 'vitest';
import { rouge, lcs, rougeTokens, referenceTokens } from '../../bench/analyze-rouge';

describe('ROUGE', () => {
  it('tokenises on non-letters, lowercased', () => {
    expect(rougeTokens("L'État, c'est MOI !")).toEqual(['l', 'état', 'c', 'est', 'moi']);
  });
  it('reproduces rouge-score\'s tokens: ASCII letters and digits only, so accents split words', () => {
    expect(referenceTokens("L'été 2020, préféré !")).toEqual(['l', 't', '2020', 'pr', 'f', 'r']);
    // "été" and "ete" share the token "t" only under the reference tokeniser.
    expect(rouge('été', 'ete', referenceTokens).r1.f).toBe(0);
    expect(rouge('un été', 'un ét', referenceTokens).r1.f).toBeCloseTo(1);
  });
  it('computes ROUGE-1/2/L by hand', () => {
    // cand: the cat sat on the mat (6) ; ref: the cat lay on the mat (6)
    const s = rouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.r1.f).toBeCloseTo(5 / 6);
    expect(s.r2.p).toBeCloseTo(3 / 5); // the cat, on the, the mat
    expect(s.rl.r).toBeCloseTo(5 / 6);
  });
  it('clips repeated n-grams and handles empty text', () => {
    expect(rouge('the the the', 'the cat').r1.p).toBeCloseTo(1 / 3);
    expect(rouge('', 'x').r1.f).toBe(0);
    expect(lcs(['a', 'b', 'c', 'd'], ['b', 'd', 'a'])).toBe(2);
  });
});
