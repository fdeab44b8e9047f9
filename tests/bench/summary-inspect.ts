// What the fitted summary model leans on, and a few of its summaries beside the authors' abstracts, for reading
// rather than scoring: nothing here feeds back into the model.
import { segmentArticle } from '../../src/core/analyze/segment';
import { getLang } from '../../src/core/analyze/lang/registry';
import { FEATURES, sentenceFeatures } from '../../src/core/analyze/summary-features';
import { SUMMARY_MODEL, expandFeatures, summaryCandidates } from '../../src/core/analyze/summary';
import { seededRandom, shuffle } from './lib/seeded.mjs';

export interface WeightShare {
  feature: string;
  weight: number;
  /** |weight| × the feature's standard deviation over the candidates: how far it moves a score in practice. */
  effect: number;
}

/** Names of the expanded features: the base ones, then each product of two interacting ones. */
function expandedNames(): string[] {
  const { interacting } = SUMMARY_MODEL;
  const pairs = interacting.flatMap((a, i) => interacting.slice(i + 1).map((b) => `${FEATURES[a]}×${FEATURES[b]}`));
  return [...FEATURES, ...pairs];
}

/** Every feature's effect on the score over the candidate sentences of the given plain-text articles, largest first. */
export function weightEffects(docs: string[], lang = 'fr'): WeightShare[] {
  const L = getLang(lang);
  const names = expandedNames();
  const sum = new Float64Array(names.length);
  const sq = new Float64Array(names.length);
  let n = 0;
  for (const doc of docs) {
    const paragraphs = [doc];
    const { spans, sentences } = segmentArticle(paragraphs, L);
    const cands = summaryCandidates({ paragraphs, sentences, spans, lang: L });
    const { rows } = sentenceFeatures(cands, { spans, lang: L, sentenceCount: sentences.length });
    for (const row of rows) {
      const x = expandFeatures(row, SUMMARY_MODEL.interacting);
      x.forEach((v, k) => {
        sum[k] = (sum[k] as number) + v;
        sq[k] = (sq[k] as number) + v * v;
      });
      n++;
    }
  }
  return names
    .map((feature, k) => {
      const mean = n ? (sum[k] as number) / n : 0;
      const sd = n ? Math.sqrt(Math.max(0, (sq[k] as number) / n - mean * mean)) : 0;
      const weight = SUMMARY_MODEL.weights[k] as number;
      return { feature, weight, effect: Math.abs(weight) * sd };
    })
    .sort((a, b) => b.effect - a.effect);
}

/** `k` document indices out of `count`, drawn with a fixed seed so every run shows the same ones. */
export function randomPicks(count: number, k: number, seed: number): number[] {
  const idx = Array.from({ length: count }, (_, i) => i);
  return shuffle(idx, seededRandom(seed)).slice(0, k).sort((a: number, b: number) => a - b);
}
