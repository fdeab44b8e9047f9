// Extractive summary: TF-IDF cosine graph ranked PageRank-style, blended with a lead prior, redundancy removed.
import type { Lang } from './lang/registry';
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

/** A sparse unit vector: term ids in increasing order and their weights. */
interface Vec {
  ids: Int32Array;
  w: Float64Array;
}

function vectors(sents: Sentence[], lang: Lang): Vec[] {
  const ids = new Map<string, number>();
  const tfs = sents.map((s) => {
    const m = new Map<number, number>();
    for (const t of s.tokens) {
      if (lang.stop.has(t.lo) || t.lo.length < 2 || /^\d+$/.test(t.lo)) continue;
      const k = term(t.lo);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      m.set(id, (m.get(id) ?? 0) + 1);
    }
    return m;
  });
  const df = new Map<number, number>();
  for (const m of tfs) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sents.length;
  return tfs.map((m) => {
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
}

/** Cosine of two unit vectors by merging their sorted term ids. */
function cosine(a: Vec, b: Vec): number {
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
  // Long articles: the graph is built on the first 150 candidates (quadratic cost; the lead prior dominates anyway).
  const m = Math.min(n, 150);
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
