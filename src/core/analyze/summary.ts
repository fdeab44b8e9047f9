// Extractive summary: candidates ranked by a listwise model fitted on OrangeSum (summary-model.json), 1-4 of them as its length model decides.
import type { Lang } from './lang/registry';
import type { Sentence } from './segment';
import type { QuoteSpan } from './quotespans';
import { isBoilerParagraph, isBadSentence } from './boiler';
import { sentenceFeatures, cosine, type Vec } from './summary-features';
import { weights, interacting, redundancy, lengthWeights } from './summary-model.json';

/** The fitted scorer: feature weights, how selection treats redundancy, and how many sentences to show. */
export interface SummaryModel {
  /** One weight per feature (FEATURES), then one per product of two `interacting` features (a before b in that list). */
  weights: number[];
  /** Features (indices into FEATURES) whose pairwise products the score also weighs: position, length and content interact. */
  interacting: number[];
  /** Maximum cosine with an already chosen sentence. */
  redundancy: number;
  /**
   * Row k - 1 scores a summary of the k best sentences (LENGTH_FEATURES): the summary takes the k whose row scores
   * highest, so the length follows the article's size and how far the best sentences stand above the rest.
   */
  lengthWeights: number[][];
}

export const SUMMARY_MODEL: SummaryModel = { weights, interacting, redundancy, lengthWeights };

/** Most sentences a summary has (it always has one when the article has a candidate). */
export const MAX_SUMMARY = 4;

/** Lowercase words of a text. */
function wordBag(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A sentence repeats a shown text when nearly all its words (80 %) are in it. */
function repeats(words: string[], shown: Set<string>): boolean {
  const ws = words.filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length < 4) return false;
  let hit = 0;
  for (const w of ws) if (shown.has(w.replace(/['’].*$/, '')) || shown.has(w)) hit++;
  return hit / ws.length >= 0.8;
}

export interface SummaryInput {
  paragraphs: string[];
  sentences: Sentence[];
  spans: QuoteSpan[][];
  lang: Lang;
  captions?: string[];
  title?: string;
  excerpt?: string;
}

/** Body sentences a summary may use: not in a caption, credit, byline or heading, not a fragment, not what the popup already shows. */
export function summaryCandidates(inp: SummaryInput): Sentence[] {
  const captions = new Set((inp.captions ?? []).map((c) => c.trim()).filter(Boolean));
  const boilerPara = inp.paragraphs.map((p) => isBoilerParagraph(p, inp.lang, captions));
  // The popup already shows the title and the standfirst: a sentence that repeats either adds nothing.
  const shown = [inp.title ?? '', inp.excerpt ?? ''].filter((x) => x.trim().length > 0).map(wordBag);
  return inp.sentences.filter(
    (s) => !boilerPara[s.paragraph] && !isBadSentence(s, inp.spans[s.paragraph] ?? []) && !shown.some((b) => repeats(s.tokens.map((t) => t.lo), b)),
  );
}

/** A candidate's features followed by the products of each two interacting ones. */
export function expandFeatures(x: Float64Array, interacting: readonly number[]): Float64Array {
  const out = [...x];
  interacting.forEach((a, i) => interacting.slice(i + 1).forEach((b) => out.push((x[a] as number) * (x[b] as number))));
  return Float64Array.from(out);
}

/** Score of every candidate: the weighted sum of its expanded features. */
export function scoreSentences(rows: Float64Array[], model: SummaryModel): number[] {
  const { weights: w, interacting } = model;
  // expandFeatures' values summed in its order, without building the expanded row.
  return rows.map((row) => {
    let s = 0;
    let k = 0;
    for (; k < row.length; k++) s += (row[k] as number) * (w[k] as number);
    for (let i = 0; i < interacting.length; i++) {
      const a = row[interacting[i] as number] as number;
      for (let j = i + 1; j < interacting.length; j++) s += a * (row[interacting[j] as number] as number) * (w[k++] as number);
    }
    return s;
  });
}

/** Up to MAX_SUMMARY candidates, best score first, each less similar than `redundancy` to those before it. */
export function rankSentences(score: number[], vecs: Vec[], model: SummaryModel): number[] {
  const ranked: number[] = [];
  for (const i of score.map((_, i) => i).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b)) {
    if (ranked.length >= MAX_SUMMARY) break;
    if (!ranked.some((j) => cosine(vecs[i] as Vec, vecs[j] as Vec) > model.redundancy)) ranked.push(i);
  }
  return ranked;
}

/**
 * What the length model reads: a constant, ln(article words), ln(candidates), the share of the score (softmax over
 * all candidates) held by each of the three best, ln(words) of each of them (0 when missing), and the cosine of the
 * best two.
 */
export function lengthFeatures(score: number[], ranked: number[], lengths: number[], vecs: Vec[], words: number): number[] {
  let top = -Infinity;
  for (const x of score) top = Math.max(top, x);
  let z = 0;
  for (const x of score) z += Math.exp(x - top);
  const share = (k: number): number => (ranked[k] === undefined ? 0 : Math.exp((score[ranked[k]] as number) - top) / z);
  const logLen = (k: number): number => (ranked[k] === undefined ? 0 : Math.log(lengths[ranked[k]] as number));
  const pair = ranked.length > 1 ? cosine(vecs[ranked[0] as number] as Vec, vecs[ranked[1] as number] as Vec) : 0;
  return [1, Math.log(Math.max(1, words)), Math.log(score.length), share(0), share(1), share(2), logLen(0), logLen(1), logLen(2), pair];
}

/** How many of the ranked sentences to show: the k (1 to what is ranked) whose length row scores highest. */
export function summaryLength(features: number[], available: number, model: SummaryModel): number {
  let best = 1;
  let bestValue = -Infinity;
  model.lengthWeights.slice(0, available).forEach((row, k) => {
    const v = row.reduce((s, w, j) => s + w * (features[j] as number), 0);
    if (v > bestValue) [best, bestValue] = [k + 1, v];
  });
  return best;
}

/** Indices (article order) of the summary: the best ranked sentences, as many as the length model chooses. */
export function selectSentences(score: number[], vecs: Vec[], lengths: number[], words: number, model: SummaryModel): number[] {
  if (!score.length) return [];
  const ranked = rankSentences(score, vecs, model);
  const k = summaryLength(lengthFeatures(score, ranked, lengths, vecs, words), ranked.length, model);
  return ranked.slice(0, k).sort((a, b) => a - b);
}

/** The summary sentences (article order) of an article: candidates, features, scores, selection. */
export function summarise(inp: SummaryInput, words: number, model = SUMMARY_MODEL): Sentence[] {
  const cands = summaryCandidates(inp);
  const { rows, vecs } = sentenceFeatures(cands, { ...inp, sentenceCount: inp.sentences.length });
  const score = scoreSentences(rows, model);
  const picked = selectSentences(score, vecs, cands.map((s) => s.tokens.length), words, model);
  return picked.map((i) => cands[i] as Sentence);
}
