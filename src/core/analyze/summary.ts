// Extractive summary: TF-IDF cosine graph ranked PageRank-style, blended with a lead prior, redundancy removed.
import type { Lang } from './lang/index';
import type { Sentence } from './segment';

export interface SummaryOptions {
  /** Weight of the position prior against the graph score (0..1). */
  lead: number;
  /** Sentences of decay of the position prior. */
  decay: number;
  /** Maximum cosine with an already chosen sentence. */
  redundancy: number;
}

export const SUMMARY_DEFAULTS: SummaryOptions = { lead: 0.7, decay: 3, redundancy: 0.5 };

/** Summary length from article length: 2 sentences for short pieces up to 5 for long reads. */
export function summaryLength(words: number): number {
  if (words < 400) return 2;
  if (words < 900) return 3;
  if (words < 1800) return 4;
  return 5;
}

/** Term of a word: lowercase, cut to 6 letters (a language-independent light stemmer). */
function term(lo: string): string {
  return lo.length > 6 ? lo.slice(0, 6) : lo;
}

type Vec = Map<string, number>;

function vectors(sents: Sentence[], lang: Lang): Vec[] {
  const tfs = sents.map((s) => {
    const m: Vec = new Map();
    for (const t of s.tokens) {
      if (lang.stop.has(t.lo) || t.lo.length < 2 || /^\d+$/.test(t.lo)) continue;
      const k = term(t.lo);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  });
  const df = new Map<string, number>();
  for (const m of tfs) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sents.length;
  return tfs.map((m) => {
    let norm = 0;
    for (const [k, tf] of m) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / (df.get(k) as number));
      m.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of m) m.set(k, w / norm);
    return m;
  });
}

function cosine(a: Vec, b: Vec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const v = b.get(k);
    if (v) s += w * v;
  }
  return s;
}

/** PageRank over the weighted similarity graph. */
function pagerank(sim: Float64Array, n: number, damping = 0.85, iters = 30): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += sim[i * n + j] as number;
    out[i] = s;
  }
  let r = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iters; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const oj = out[j] as number;
      if (!oj) continue;
      const share = (damping * (r[j] as number)) / oj;
      for (let i = 0; i < n; i++) {
        const w = sim[j * n + i] as number;
        if (w) next[i] = (next[i] as number) + w * share;
      }
    }
    r = next;
  }
  return r;
}

/** Chooses the summary sentences (article order) among candidates; `rank` is each candidate's position in the article. */
export function summarise(cands: Sentence[], rank: number[], k: number, lang: Lang, opt: SummaryOptions = SUMMARY_DEFAULTS): Sentence[] {
  const n = cands.length;
  if (n <= k) return cands.slice();
  // Long articles: the graph is built on the first 250 candidates (quadratic cost; the lead prior dominates anyway).
  const m = Math.min(n, 250);
  const vecs = vectors(cands.slice(0, m), lang);
  const sim = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const c = cosine(vecs[i] as Vec, vecs[j] as Vec);
      sim[i * m + j] = c;
      sim[j * m + i] = c;
    }
  }
  const pr = pagerank(sim, m);
  let max = 0;
  for (const v of pr) max = Math.max(max, v);
  const score = Array.from(pr, (v, i) => (1 - opt.lead) * (v / (max || 1)) + opt.lead * Math.exp(-(rank[i] as number) / opt.decay));
  const order = score.map((_, i) => i).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  const chosen: number[] = [];
  for (const i of order) {
    if (chosen.length >= k) break;
    if (chosen.some((j) => (sim[i * m + j] as number) > opt.redundancy)) continue;
    chosen.push(i);
  }
  return chosen.sort((a, b) => a - b).map((i) => cands[i] as Sentence);
}
