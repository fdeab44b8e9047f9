// Fits the summary scorer (src/core/analyze/summary-model.json) on OrangeSum's training articles: npm run train:summary.
/*
 * Reproducible: a fixed seed splits the 30,152 articles into a fitting part and a held-out slice of the training
 * file; the features come from the engine's own code (segmentation, candidates, summary-features.ts). Each article's
 * sentences are labelled by the greedy oracle against the author's abstract, and a listwise model (a softmax over
 * the article's candidates, the oracle's sentences sharing the target) with an L2 penalty is fitted by Newton's
 * method. The length model is one least-squares row per summary length k, predicting the ROUGE-1 + ROUGE-2 + ROUGE-L
 * of the k best sentences from the article's size and the scores; the redundancy cut-off and a lean towards one
 * sentence are chosen on the held-out slice. orangesum-dev is never read here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ALL_LANG_DATA } from '../../src/core/analyze/lang/all';
import { getLang, registerLang } from '../../src/core/analyze/lang/registry';
import { segmentArticle } from '../../src/core/analyze/segment';
import { FEATURES, sentenceFeatures, type Vec } from '../../src/core/analyze/summary-features';
import { expandFeatures, lengthFeatures, MAX_SUMMARY, rankSentences, scoreSentences, selectSentences, summaryCandidates, type SummaryModel } from '../../src/core/analyze/summary';
import { greedyOracle, rougeL, rougeN, rougeTokens } from './analyze-rouge';
import { seededRandom } from './lib/seeded.mjs';

registerLang(...ALL_LANG_DATA);
const lang = getLang('fr');

const SEED = 20261206;
const HELDOUT = 2000;
/** L2 penalty of the listwise fit, on standardised features (0.1 to 10 differed by under 0.1 ROUGE in trials). */
const L2 = 1;
/** Articles whose sentences' tokens are kept to fit the length model (it needs the ROUGE of each summary length). */
const LENGTH_FIT = 8000;

interface Row {
  title: string;
  article: string;
  summary: string;
}

/**
 * The file joins an article's paragraphs without a separator ("…jeudi.Le gouvernement…"): a sentence end glued to
 * a capital restores them, as a page's paragraphs would come.
 */
const GLUED = /(?<=[\p{Ll}\d)»"”][.!?…]["»”]?)(?=["«“]?\p{Lu})/u;

/** What the engine sees of one article, and its labels. */
interface Doc {
  /** Features of each candidate (before the products). */
  rows: Float64Array[];
  vecs: Vec[];
  lengths: number[];
  /** ROUGE tokens of each candidate and of the abstract (dropped where no longer needed). */
  toks: string[][] | null;
  ref: string[];
  words: number;
  oracle: number[];
}

/**
 * Bench view: the whole article as one paragraph and no title, as orangesum-dev is scored; page view: paragraphs
 * restored and the title given, as the extension sees a page.
 */
/** Features whose pairwise products the model may weigh (a second-order model over the strongest cues). */
const INTERACTING = ['first', 'shown', 'central', 'caps', 'quoted', 'topical', 'leadSim', 'docSim'].map((f) => (FEATURES as readonly string[]).indexOf(f));
const PAIRS = INTERACTING.flatMap((a, i) => INTERACTING.slice(i + 1).map((b) => [a, b] as const));
function prepare(r: Row, pageView: boolean): Doc | null {
  const paragraphs = pageView ? r.article.split(GLUED).map((p) => p.trim()).filter(Boolean) : [r.article];
  const { spans, sentences } = segmentArticle(paragraphs, lang);
  const title = pageView ? r.title : '';
  const cands = summaryCandidates({ paragraphs, sentences, spans, lang, title });
  if (cands.length < 2) return null;
  const { rows, vecs } = sentenceFeatures(cands, { lang, spans, title, sentenceCount: sentences.length });
  let words = 0;
  for (const s of sentences) words += s.tokens.length;
  const ref = rougeTokens(r.summary);
  const toks = cands.map((s) => rougeTokens(s.text));
  return { rows, vecs, lengths: cands.map((s) => s.tokens.length), toks, ref, words, oracle: greedyOracle(toks, ref, MAX_SUMMARY) };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = r;
    [M[c], M[p]] = [M[p] as number[], M[c] as number[]];
    const pivot = (M[c] as number[])[c] as number;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((M[r] as number[])[c] as number) / pivot;
      if (f) for (let k = c; k <= n; k++) (M[r] as number[])[k] = ((M[r] as number[])[k] as number) - f * ((M[c] as number[])[k] as number);
    }
  }
  return M.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** Column means and standard deviations (the constant column kept as is). */
function standardiser(rows: Float64Array[]): { mean: number[]; scale: number[] } {
  const d = (rows[0] as Float64Array).length;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  for (const x of rows) for (let k = 1; k < d; k++) mean[k] = (mean[k] as number) + (x[k] as number) / rows.length;
  for (const x of rows) for (let k = 1; k < d; k++) sq[k] = (sq[k] as number) + ((x[k] as number) - (mean[k] as number)) ** 2 / rows.length;
  return { mean, scale: sq.map((v, k) => (k === 0 ? 1 : Math.sqrt(v) || 1)) };
}

/**
 * Listwise fit: for each article a softmax over its candidates, whose target shares 1 among the oracle's sentences;
 * Newton's method on standardised features with an L2 penalty; weights returned for raw features (no bias: a
 * softmax ignores a constant).
 */
function fitListwise(groups: { X: Float64Array[]; q: number[] }[], l2: number): number[] {
  const { mean, scale } = standardiser(groups.flatMap((g) => g.X));
  const d = mean.length;
  const Z = groups.map((g) => g.X.map((x) => Float32Array.from(x, (v, k) => (k === 0 ? 1 : (v - (mean[k] as number)) / (scale[k] as number)))));
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 15; it++) {
    const g = w.map((v, k) => (k ? l2 * v : 0));
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? (i ? l2 : 1) : 0)));
    const mu = new Float64Array(d);
    groups.forEach(({ q }, n) => {
      const zs = Z[n] as Float32Array[];
      const s = zs.map((z) => z.reduce((a, v, k) => a + v * (w[k] as number), 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / sum);
      mu.fill(0);
      zs.forEach((z, i) => {
        for (let k = 0; k < d; k++) {
          mu[k] = (mu[k] as number) + (p[i] as number) * (z[k] as number);
          g[k] = (g[k] as number) + ((p[i] as number) - (q[i] as number)) * (z[k] as number);
        }
      });
      zs.forEach((z, i) => {
        const pi = p[i] as number;
        if (pi < 1e-9) return;
        for (let a = 1; a < d; a++) {
          const da = pi * ((z[a] as number) - (mu[a] as number));
          const Ha = H[a] as number[];
          for (let b = a; b < d; b++) Ha[b] = (Ha[b] as number) + da * ((z[b] as number) - (mu[b] as number));
        }
      });
    });
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) (H[i] as number[])[j] = (H[j] as number[])[i] as number;
    g[0] = 0;
    const step = solve(H, g);
    w = w.map((v, k) => (k ? v - (step[k] as number) : 0));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w.map((v, k) => (k ? v / (scale[k] as number) : 0));
}

/** Ridge least squares (no penalty on the constant): the weights of y ≈ w · x. */
function fitRidge(X: number[][], y: number[], l2: number): number[] {
  const d = (X[0] as number[]).length;
  const A = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i ? l2 : 0)));
  const b = new Array<number>(d).fill(0);
  X.forEach((x, n) => {
    for (let i = 0; i < d; i++) {
      b[i] = (b[i] as number) + (x[i] as number) * (y[n] as number);
      for (let j = 0; j < d; j++) (A[i] as number[])[j] = ((A[i] as number[])[j] as number) + (x[i] as number) * (x[j] as number);
    }
  });
  return solve(A, b);
}

/** ROUGE-1 + ROUGE-2 + ROUGE-L F1 of some candidates (article order) against the abstract. */
function value(d: Doc, picked: number[]): number {
  const toks = d.toks as string[][];
  const c = [...picked].sort((a, b) => a - b).flatMap((i) => toks[i] as string[]);
  return rougeN(c, d.ref, 1).f + rougeN(c, d.ref, 2).f + rougeL(c, d.ref).f;
}

/** One row per summary length: least squares of each length's ROUGE on the length features. */
function fitLengths(docs: Doc[], model: SummaryModel): number[][] {
  const X: number[][] = [];
  const ys: number[][] = Array.from({ length: MAX_SUMMARY }, () => []);
  for (const d of docs) {
    const score = scoreSentences(d.rows, model);
    const ranked = rankSentences(score, d.vecs, model);
    X.push(lengthFeatures(score, ranked, d.lengths, d.vecs, d.words));
    // A length the article cannot fill scores as the longest it can.
    for (let k = 1; k <= MAX_SUMMARY; k++) (ys[k - 1] as number[]).push(value(d, ranked.slice(0, k)));
  }
  return ys.map((y) => fitRidge(X, y, 1).map((v) => Math.round(v * 1000) / 1000));
}

interface Scores {
  r1: number;
  r2: number;
  rl: number;
  lengths: number[];
}

/** Mean ROUGE F1 (×100) of the summaries a model picks on some documents, and how many sentences they have. */
function evaluate(docs: Doc[], model: SummaryModel): Scores {
  let r1 = 0;
  let r2 = 0;
  let rl = 0;
  const lengths = new Array<number>(MAX_SUMMARY + 1).fill(0);
  for (const d of docs) {
    const picked = selectSentences(scoreSentences(d.rows, model), d.vecs, d.lengths, d.words, model);
    lengths[picked.length] = (lengths[picked.length] as number) + 1;
    const toks = d.toks as string[][];
    const c = picked.flatMap((i) => toks[i] as string[]);
    r1 += rougeN(c, d.ref, 1).f;
    r2 += rougeN(c, d.ref, 2).f;
    rl += rougeL(c, d.ref).f;
  }
  const n = docs.length / 100;
  return { r1: r1 / n, r2: r2 / n, rl: rl / n, lengths };
}

const fmt = (s: Scores): string => `R1 ${s.r1.toFixed(2)} R2 ${s.r2.toFixed(2)} RL ${s.rl.toFixed(2)} lengths ${s.lengths.slice(1).join('/')}`;

export function train(opt: { shared: string; repo: string; limit?: number }): void {
  const file = path.join(opt.shared, 'data/orangesum-train/train.jsonl.gz');
  const gz = fs.readFileSync(file);
  const hash = crypto.createHash('sha256').update(gz).digest('hex');
  const rows = zlib
    .gunzipSync(gz)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.article && r.summary);
  const rand = seededRandom(SEED);
  // Fisher–Yates with the seeded generator.
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const use = order.slice(0, Math.min(order.length, opt.limit ?? order.length));
  const heldIdx = use.slice(0, HELDOUT);
  const fitIdx = use.slice(HELDOUT);
  const t0 = performance.now();
  // Half the fitting articles in each view, so the weights serve both a bare text and a page with paragraphs and title.
  const fit: Doc[] = [];
  fitIdx.forEach((i, n) => {
    const d = prepare(rows[i] as Row, rand() < 0.5);
    if (!d) return;
    if (n >= LENGTH_FIT) d.toks = null;
    fit.push(d);
  });
  const heldBench = heldIdx.map((i) => prepare(rows[i] as Row, false)).filter((d): d is Doc => !!d);
  const heldPage = heldIdx.map((i) => prepare(rows[i] as Row, true)).filter((d): d is Doc => !!d);
  console.log(`${rows.length} articles (sha256 ${hash.slice(0, 16)}…), fitting on ${fit.length}, held out ${heldBench.length}; features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const groups = fit.filter((d) => d.oracle.length).map((d) => ({ X: d.rows.map((x) => expandFeatures(x, INTERACTING)), q: d.rows.map((_, i) => (d.oracle.includes(i) ? 1 / d.oracle.length : 0)) }));
  const t1 = performance.now();
  const weights = fitListwise(groups, L2);
  console.log(`listwise fit on ${groups.length} articles in ${((performance.now() - t1) / 1000).toFixed(0)} s`);

  const leads = [1, 2, 3].map((k) => {
    let r1 = 0;
    let rl = 0;
    for (const d of heldBench) {
      const c = (d.toks as string[][]).slice(0, k).flat();
      r1 += rougeN(c, d.ref, 1).f;
      rl += rougeL(c, d.ref).f;
    }
    return `Lead-${k} R1 ${((100 * r1) / heldBench.length).toFixed(2)} RL ${((100 * rl) / heldBench.length).toFixed(2)}`;
  });
  console.log(`held-out (bench view) baselines over the candidates: ${leads.join(', ')}`);
  // The redundancy cut-off and a lean towards one sentence (added to that length's constant), by ROUGE-1 + 2 + L on the held-out slice.
  const lengthDocs = fit.filter((d) => d.toks);
  let best: { model: SummaryModel; score: Scores } | null = null;
  for (const redundancy of [0.2, 0.3, 0.45]) {
    const base: SummaryModel = { weights, interacting: INTERACTING, redundancy, lengthWeights: [] };
    const lengthWeights = fitLengths(lengthDocs, base);
    for (const lean of [-0.01, 0, 0.01, 0.02]) {
      const model: SummaryModel = { ...base, lengthWeights: lengthWeights.map((row, k) => (k === 0 ? row.map((v, j) => (j === 0 ? Math.round((v + lean) * 1000) / 1000 : v)) : row)) };
      const score = evaluate(heldBench, model);
      console.log(`  redundancy ${redundancy}, lean ${lean}: ${fmt(score)}`);
      if (!best || score.r1 + score.r2 + score.rl > best.score.r1 + best.score.r2 + best.score.rl) best = { model, score };
    }
  }
  if (!best) throw new Error('no model fitted');
  const { model } = best;
  console.log(`\nchosen: redundancy ${model.redundancy}`);
  console.log(`held-out (bench view, ${heldBench.length} articles): ${fmt(best.score)}`);
  console.log(`held-out (page view: paragraphs and title): ${fmt(evaluate(heldPage, model))}`);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  console.log('\nweights (raw features):');
  const names = [...FEATURES, ...PAIRS.map(([a, b]) => `${FEATURES[a as number]}×${FEATURES[b as number]}`)];
  names.forEach((f, k) => console.log(`  ${f.padEnd(22)} ${round(model.weights[k] as number)}`));
  const out = {
    weights: model.weights.map(round),
    interacting: INTERACTING,
    redundancy: model.redundancy,
    lengthWeights: model.lengthWeights,
    trainedOn: `orangesum-train/train.jsonl.gz sha256 ${hash}, seed ${SEED}, ${fit.length} articles, listwise on greedy-oracle labels, L2 ${L2}; features ${FEATURES.join(' ')}`,
  };
  fs.writeFileSync(path.join(opt.repo, 'src/core/analyze/summary-model.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('\nwrote src/core/analyze/summary-model.json');
}
