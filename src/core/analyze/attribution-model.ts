// Applies the fitted speaker model: a linear score per candidate and a softmax over the candidates plus "nobody"
// (score 0), so a candidate's probability also weighs the chance that the text names no speaker. The best candidate
// is shown when its probability reaches the language's threshold (chosen precision first by
// tests/bench/quotes-corpus/train.ts on out-of-fold train and dev picks).
import type { Candidate, QuoteSite } from './attribution-features';
import { FEATURES, speakerCandidates } from './attribution-features';

/** A candidate's score, from weights in FEATURES order. */
export function candidateScore(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * (features[i] as number);
  return z;
}

/** Each candidate's probability of being the speaker (the rest is "nobody"). */
export function speakerProbabilities(weights: readonly number[], candidates: readonly (readonly number[])[]): number[] {
  const scores = candidates.map((f) => candidateScore(weights, f));
  const top = Math.max(0, ...scores);
  const exps = scores.map((z) => Math.exp(z - top));
  const total = Math.exp(-top) + exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => x / total);
}

export interface Choice {
  candidate: Candidate | null;
  confidence: number;
}

/** Thresholds that precede the weights in a shipped model. */
export const THRESHOLDS = 3;

/**
 * model = [threshold, agreeing threshold, alone threshold, ...weights]. The best candidate is named when its
 * probability reaches the threshold; the lower agreeing one when it is also the hand rules' pick (`hand` feature
 * set), the two agreeing being evidence the probability alone does not carry; the higher alone one when the hand
 * rules found no speaker at all. Below that, no speaker.
 */
export function chooseSpeaker(model: readonly number[], candidates: readonly Candidate[]): Choice {
  if (model.length !== FEATURES.length + THRESHOLDS) return { candidate: null, confidence: 0 };
  const ps = speakerProbabilities(model.slice(THRESHOLDS), candidates.map((c) => c.features));
  let best: Candidate | null = null;
  let bestP = 0;
  ps.forEach((p, i) => {
    if (p > bestP) [bestP, best] = [p, candidates[i] as Candidate];
  });
  return { candidate: bestP >= (model[thresholdFor(best, candidates)] as number) ? best : null, confidence: bestP };
}

/** Which threshold applies to the best candidate: 1 when it is the hand rules' pick, 2 when they picked nobody, else 0. */
export function thresholdFor(best: { features: readonly number[] } | null, candidates: readonly { features: readonly number[] }[]): number {
  if (best?.features[HAND] === 1) return 1;
  if (candidates.some((c) => c.features[HAND] === 1)) return 0;
  return 2;
}

const HAND = FEATURES.indexOf('hand');

/** The model's code as the engine takes it (AnalyzeOptions.attribution). */
export interface Attribution {
  candidates: (site: QuoteSite) => Candidate[];
  choose: (model: readonly number[], candidates: readonly Candidate[]) => Choice;
}

export const ATTRIBUTION: Attribution = { candidates: speakerCandidates, choose: chooseSpeaker };
