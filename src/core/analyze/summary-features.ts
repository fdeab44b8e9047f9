// Features of a summary candidate sentence: the engine and the training script (tests/bench/train-summary.ts) both use these.
import type { Lang } from './lang/registry';
import type { QuoteSpan } from './quotespans';
import { tokenize, type Sentence, type Token } from './segment';

/**
 * Feature names, in the order of the model's weights (summary-model.json): a constant; the first candidate;
 * ln(1 + rank); ln(words); share of the title's terms it holds; centrality (summed cosine with the
 * other candidates, over the article's highest); cosine with the first candidate; share of capitalised words after
 * the first (names); share of its characters inside quotation marks; share of its terms another candidate holds too;
 * cosine with the whole article (the sum of the candidates); share of words with a digit (figures); position among
 * all the article's sentences (0 first, 1 last); ln(number of candidates); ln(words) squared; the second and the
 * third candidate; ln(1 + rank) × ln(candidates) (rank weighs differently in a long article).
 * None needs a language's word lists beyond its stopwords, so one model serves every language.
 */
export const FEATURES = [
  'bias', 'first', 'logRank', 'logLen', 'shown', 'central', 'leadSim', 'caps', 'quoted', 'topical',
  'docSim', 'figures', 'relPos', 'logCands', 'logLenSq', 'second', 'third', 'rankByCands',
] as const;

/** Term of a word: lowercase, cut to 6 letters (a language-independent light stemmer). */
const term = (lo: string): string => (lo.length > 6 ? lo.slice(0, 6) : lo);

/** Content terms of a token list: no stopwords, numbers or one-letter words. */
function terms(tokens: readonly { lo: string }[], lang: Lang): string[] {
  const out: string[] = [];
  for (const t of tokens) if (!lang.stop.has(t.lo) && t.lo.length > 1 && !/^\d+$/.test(t.lo)) out.push(term(t.lo));
  return out;
}

/** A sparse unit vector: term ids in increasing order and their weights. */
export interface Vec {
  ids: Int32Array;
  w: Float64Array;
}

/** TF-IDF unit vectors of the sentences (IDF over the sentences themselves), term ids, and how many sentences hold each term. */
function vectors(sents: Sentence[], lang: Lang): { vecs: Vec[]; ids: Map<string, number>; df: Map<number, number> } {
  const ids = new Map<string, number>();
  const tfs = sents.map((s) => {
    const m = new Map<number, number>();
    for (const k of terms(s.tokens, lang)) {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      m.set(id, (m.get(id) ?? 0) + 1);
    }
    return m;
  });
  const df = new Map<number, number>();
  for (const m of tfs) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sents.length;
  const vecs = tfs.map((m) => {
    const keys = Int32Array.from(m.keys()).sort();
    const w = new Float64Array(keys.length);
    let norm = 0;
    keys.forEach((k, i) => {
      const x = (1 + Math.log(m.get(k) as number)) * Math.log(1 + n / (df.get(k) as number));
      w[i] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) / norm;
    return { ids: keys, w };
  });
  return { vecs, ids, df };
}

/** Cosine of two unit vectors by merging their sorted term ids. */
export function cosine(a: Vec, b: Vec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) s += (a.w[i++] as number) * (b.w[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return s;
}

export interface SentenceFeatures {
  /** One row per candidate, FEATURES.length values each. */
  rows: Float64Array[];
  vecs: Vec[];
}

export interface FeatureContext {
  lang: Lang;
  /** Quotation spans of each paragraph. */
  spans: QuoteSpan[][];
  title?: string;
  excerpt?: string;
  /** How many sentences the article has (candidates or not), for the relative position. */
  sentenceCount?: number;
}

/** The unit vector of the sum of some unit vectors whose term ids are 0 … terms - 1, each held by one at least: what the whole article is about. */
function centroid(vecs: Vec[], terms: number): Vec {
  const w = new Float64Array(terms);
  for (const v of vecs) {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      w[id] = (w[id] as number) + (v.w[k] as number);
    }
  }
  let norm = 0;
  for (const x of w) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let id = 0; id < terms; id++) w[id] = (w[id] as number) / norm;
  return { ids: Int32Array.from(w, (_, id) => id), w };
}

/** Long articles: centrality is measured among the first candidates only (quadratic cost; the summary comes from the top). */
export const CENTRAL_WINDOW = 150;

/** Features of every candidate (article order) and their TF-IDF vectors, which selection reuses against redundancy. */
export function sentenceFeatures(cands: Sentence[], ctx: FeatureContext): SentenceFeatures {
  const { lang } = ctx;
  const n = cands.length;
  const { vecs, ids, df } = vectors(cands, lang);
  const m = Math.min(n, CENTRAL_WINDOW);
  const degree = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const c = cosine(vecs[i] as Vec, vecs[j] as Vec);
      degree[i] = (degree[i] as number) + c;
      degree[j] = (degree[j] as number) + c;
    }
  }
  let maxDegree = 0;
  for (const d of degree) maxDegree = Math.max(maxDegree, d);
  // Title terms, as ids (a term no candidate holds can match none). Not the standfirst's: the model learnt this
  // feature from titles (OrangeSum has no standfirst), and a standfirst copied from the first paragraph would give
  // that paragraph a share no title gives; a sentence repeating the standfirst is no candidate anyway.
  const text = ctx.title ?? '';
  const shown = [...new Set(terms(tokenize(text, 0, text.length, lang.code), lang))].map((t) => ids.get(t) ?? -1);
  const whole = centroid(vecs, ids.size);
  const lastSentence = Math.max(1, (ctx.sentenceCount ?? (cands[n - 1]?.index ?? 0) + 1) - 1);
  const logCands = Math.log(n);
  const rows = cands.map((s, i) => {
    const toks = s.tokens;
    // Candidates have at least five words (isBadSentence).
    const len = toks.length;
    let caps = 0;
    for (let k = 1; k < toks.length; k++) if ((toks[k] as Token).cap) caps++;
    let quoted = 0;
    for (const q of ctx.spans[s.paragraph] ?? []) quoted += Math.max(0, Math.min(q.outerEnd, s.end) - Math.max(q.outerStart, s.start));
    const v = vecs[i] as Vec;
    // Terms another candidate holds too: what the article is about.
    let topical = 0;
    for (const id of v.ids) if ((df.get(id) as number) > 1) topical++;
    let figures = 0;
    for (const t of toks) if (/\d/.test(t.t)) figures++;
    return Float64Array.of(
      1,
      i === 0 ? 1 : 0,
      Math.log(1 + i),
      Math.log(len),
      shown.length ? shown.filter((id) => v.ids.includes(id)).length / shown.length : 0,
      maxDegree ? (degree[i] as number) / maxDegree : 0,
      cosine(v, vecs[0] as Vec),
      caps / len,
      quoted / (s.end - s.start),
      v.ids.length ? topical / v.ids.length : 0,
      cosine(v, whole),
      figures / len,
      Math.min(1, s.index / lastSentence),
      logCands,
      Math.log(len) ** 2,
      i === 1 ? 1 : 0,
      i === 2 ? 1 : 0,
      Math.log(1 + i) * logCands,
    );
  });
  return { rows, vecs };
}
