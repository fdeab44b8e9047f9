// Extractive summary: candidates scored by a logistic model fitted on OrangeSum (summary-model.json), chosen without redundancy.
import type { Lang } from './lang/registry';
import type { Sentence } from './segment';
import type { QuoteSpan } from './quotespans';
import { isBoilerParagraph, isBadSentence } from './boiler';
import { sentenceFeatures, cosine, type Vec } from './summary-features';
import { weights, interacting, lenA, lenB, redundancy } from './summary-model.json';

/** The fitted scorer: feature weights, summary length from article length, and how selection treats redundancy. */
export interface SummaryModel {
  /** One weight per feature (FEATURES), then one per product of two `interacting` features (a before b in that list). */
  weights: number[];
  /** Features (indices into FEATURES) whose pairwise products the score also weighs: position, length and content interact. */
  interacting: number[];
  /** Target summary words = exp(lenA + lenB · ln(article words)). */
  lenA: number;
  lenB: number;
  /** Maximum cosine with an already chosen sentence. */
  redundancy: number;
}

export const SUMMARY_MODEL: SummaryModel = { weights, interacting, lenA, lenB, redundancy };

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
  return rows.map((row) => expandFeatures(row, model.interacting).reduce((s, x, k) => s + x * (model.weights[k] as number), 0));
}

/** How many words the summary of an article of `words` words aims at. */
export function targetWords(words: number, model = SUMMARY_MODEL): number {
  return Math.exp(model.lenA + model.lenB * Math.log(words));
}

/**
 * Takes sentences best score first, skipping any too close to one already taken, until the summary is as near its
 * target length as one more sentence could bring it; 1 to MAX_SUMMARY sentences, returned as indices in article order.
 */
export function selectSentences(score: number[], vecs: Vec[], lengths: number[], target: number, model: SummaryModel): number[] {
  const chosen: number[] = [];
  let words = 0;
  for (const i of score.map((_, i) => i).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b)) {
    if (chosen.length >= MAX_SUMMARY) break;
    if (chosen.some((j) => cosine(vecs[i] as Vec, vecs[j] as Vec) > model.redundancy)) continue;
    const len = lengths[i] as number;
    // Stop when this sentence would take the summary further from its target than it is without it.
    if (chosen.length && words + len / 2 > target) break;
    chosen.push(i);
    words += len;
  }
  return chosen.sort((a, b) => a - b);
}

/** The summary sentences (article order) of an article: candidates, features, scores, selection. */
export function summarise(inp: SummaryInput, words: number, model = SUMMARY_MODEL): Sentence[] {
  const cands = summaryCandidates(inp);
  const { rows, vecs } = sentenceFeatures(cands, inp);
  const score = scoreSentences(rows, model);
  const picked = selectSentences(score, vecs, cands.map((s) => s.tokens.length), targetWords(words, model), model);
  return picked.map((i) => cands[i] as Sentence);
}
