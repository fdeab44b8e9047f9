// Fits the summary scorer (src/core/analyze/summary-model.json) on OrangeSum's training articles: npm run train:summary.
/*
 * Reproducible: a fixed seed splits the 30,152 articles into a fitting part and a held-out slice of the training
 * file; the features come from the engine's own code (segmentation, candidates, summary-features.ts). Sentences are
 * labelled against the author's abstract, a logistic regression with an L2 penalty is fitted by Newton's method,
 * and the length rule, the redundancy penalty and the label kind are chosen on the held-out slice by the ROUGE of
 * the summaries the engine would show. orangesum-dev is never read here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ALL_LANG_DATA } from '../../src/core/analyze/lang/all';
import { getLang, registerLang } from '../../src/core/analyze/lang/registry';
import { segmentArticle, tokenize } from '../../src/core/analyze/segment';
import { FEATURES, sentenceFeatures, type Vec } from '../../src/core/analyze/summary-features';
import { expandFeatures, scoreSentences, selectSentences, summaryCandidates, targetWords, type SummaryModel } from '../../src/core/analyze/summary';
import { greedyOracle, rouge, rougeN, rougeTokens } from './analyze-rouge';
import { seededRandom } from './lib/seeded.mjs';

registerLang(...ALL_LANG_DATA);
const lang = getLang('fr');

const SEED = 20261206;
const HELDOUT = 2000;
/** L2 penalty per 10,000 rows (10 and 0.01 gave the same held-out ROUGE within 0.1 in earlier runs). */
const L2 = 10;

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
  texts: string[];
  words: number;
  abstractWords: number;
  summary: string;
  oracle: number[];
  /** Each candidate's ROUGE-1 + ROUGE-2 F1 against the abstract, over the best in the article. */
  soft: number[];
}

/**
 * Bench view: the whole article as one paragraph and no title, as orangesum-dev is scored; page view: paragraphs
 * restored and the title given, as the extension sees a page.
 */
/** Features whose pairwise products the model may weigh (a second-order model over the strongest cues). */
const INTERACTING = ['first', 'shown', 'central', 'caps', 'quoted', 'topical', 'leadSim'].map((f) => (FEATURES as readonly string[]).indexOf(f));
const PAIRS = INTERACTING.flatMap((a, i) => INTERACTING.slice(i + 1).map((b) => [a, b] as const));
function prepare(r: Row, pageView: boolean): Doc | null {
  const paragraphs = pageView ? r.article.split(GLUED).map((p) => p.trim()).filter(Boolean) : [r.article];
  const { spans, sentences } = segmentArticle(paragraphs, lang);
  const title = pageView ? r.title : '';
  const cands = summaryCandidates({ paragraphs, sentences, spans, lang, title });
  if (cands.length < 2) return null;
  const { rows, vecs } = sentenceFeatures(cands, { lang, spans, title });
  let words = 0;
  for (const s of sentences) words += s.tokens.length;
  const ref = rougeTokens(r.summary);
  const toks = cands.map((s) => rougeTokens(s.text));
  const single = toks.map((t) => rougeN(t, ref, 1).f + rougeN(t, ref, 2).f);
  const top = Math.max(...single) || 1;
  return {
    rows,
    vecs,
    lengths: cands.map((s) => s.tokens.length),
    texts: cands.map((s) => s.text),
    words,
    abstractWords: tokenize(r.summary, 0, r.summary.length, 'fr').length,
    summary: r.summary,
    oracle: greedyOracle(toks, ref, 3),
    soft: single.map((x) => x / top),
  };
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

/** Logistic regression (targets in [0, 1]) with an L2 penalty off the bias, by Newton's method on standardised features. */
function fitLogistic(X: Float64Array[], y: number[], l2: number): number[] {
  const d = (X[0] as Float64Array).length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of X) for (let k = 1; k < d; k++) mean[k] = (mean[k] as number) + (x[k] as number) / X.length;
  for (const x of X) for (let k = 1; k < d; k++) sd[k] = (sd[k] as number) + ((x[k] as number) - (mean[k] as number)) ** 2 / X.length;
  const scale = sd.map((v, k) => (k === 0 ? 1 : Math.sqrt(v) || 1));
  const z = (x: Float64Array, k: number): number => (k === 0 ? 1 : ((x[k] as number) - (mean[k] as number)) / (scale[k] as number));
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 8; it++) {
    const g = w.map((v, k) => (k ? l2 * v : 0));
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i ? l2 : 0)));
    const zk = new Array<number>(d);
    X.forEach((x, n) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += (zk[k] = z(x, k)) * (w[k] as number);
      const p = 1 / (1 + Math.exp(-s));
      const r = p - (y[n] as number);
      const h = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i] = (g[i] as number) + r * (zk[i] as number);
        const Hi = H[i] as number[];
        for (let j = i; j < d; j++) Hi[j] = (Hi[j] as number) + h * (zk[i] as number) * (zk[j] as number);
      }
    });
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) (H[i] as number[])[j] = (H[j] as number[])[i] as number;
    const step = solve(H, g);
    w = w.map((v, k) => v - (step[k] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  // Back to raw features, so the engine needs no scaling.
  const raw = w.map((v, k) => (k ? v / (scale[k] as number) : v));
  raw[0] = (w[0] as number) - w.reduce((s, v, k) => (k ? s + (v * (mean[k] as number)) / (scale[k] as number) : s), 0);
  return raw;
}

/** Least squares of ln(abstract words) on ln(article words). */
function fitLength(docs: Doc[]): { a: number; b: number } {
  const xs = docs.map((d) => Math.log(Math.max(1, d.words)));
  const ys = docs.map((d) => Math.log(Math.max(1, d.abstractWords)));
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] as number) - my);
    sxx += (x - mx) ** 2;
  });
  const b = sxy / sxx;
  return { a: my - b * mx, b };
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
  const lengths = [0, 0, 0, 0, 0];
  for (const d of docs) {
    const score = scoreSentences(d.rows, model);
    const picked = selectSentences(score, d.vecs, d.lengths, targetWords(d.words, model), model);
    lengths[picked.length] = (lengths[picked.length] as number) + 1;
    const s = rouge(picked.map((i) => d.texts[i]).join(' '), d.summary);
    r1 += s.r1.f;
    r2 += s.r2.f;
    rl += s.rl.f;
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
  const fit = fitIdx.map((i) => prepare(rows[i] as Row, rand() < 0.5)).filter((d): d is Doc => !!d);
  const heldBench = heldIdx.map((i) => prepare(rows[i] as Row, false)).filter((d): d is Doc => !!d);
  const heldPage = heldIdx.map((i) => prepare(rows[i] as Row, true)).filter((d): d is Doc => !!d);
  console.log(`${rows.length} articles (sha256 ${hash.slice(0, 16)}…), fitting on ${fit.length}, held out ${heldBench.length}; features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const X = fit.flatMap((d) => d.rows.map((x) => expandFeatures(x, INTERACTING)));
  const labels = {
    oracle: fit.flatMap((d) => d.rows.map((_, i) => (d.oracle.includes(i) ? 1 : 0))),
    soft: fit.flatMap((d) => d.soft),
  };
  // Pairwise ranking: the best sentence of each article against each clearly worse one, in both orders.
  const pairRows: Float64Array[] = [];
  const pairY: number[] = [];
  for (const d of fit) {
    const top = d.soft.indexOf(1);
    if (top < 0) continue;
    const x = expandFeatures(d.rows[top] as Float64Array, INTERACTING);
    d.rows.forEach((row, j) => {
      if ((d.soft[j] as number) > 0.8) return;
      const o = expandFeatures(row, INTERACTING);
      const diff = x.map((v, k) => v - (o[k] as number));
      pairRows.push(diff, diff.map((v) => -v));
      pairY.push(1, 0);
    });
  }
  const len = fitLength(fit);
  console.log(`length: ln(abstract words) = ${len.a.toFixed(3)} + ${len.b.toFixed(3)} ln(article words)`);

  const leads = [1, 2, 3].map((k) => {
    let r1 = 0;
    let rl = 0;
    for (const d of heldBench) {
      const s = rouge(d.texts.slice(0, k).join(' '), d.summary);
      r1 += s.r1.f;
      rl += s.rl.f;
    }
    return `Lead-${k} R1 ${((100 * r1) / heldBench.length).toFixed(2)} RL ${((100 * rl) / heldBench.length).toFixed(2)}`;
  });
  console.log(`held-out (bench view) baselines over the candidates: ${leads.join(', ')}`);
  let best: { model: SummaryModel; score: Scores; label: string } | null = null;
  const sets: [string, Float64Array[], number[]][] = [['oracle', X, labels.oracle], ['soft', X, labels.soft], ['pairwise', pairRows, pairY]];
  for (const [label, data, y] of sets) {
    const weights = fitLogistic(data, y, L2 * data.length * 1e-4);
    // The length rule's offset and the redundancy cut-off, chosen by ROUGE-1 + ROUGE-2 + ROUGE-L on the held-out slice.
    for (const shift of [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2])
      for (const redundancy of [0.2, 0.3, 0.4, 0.6]) {
        const model: SummaryModel = { weights, interacting: INTERACTING, lenA: len.a + shift, lenB: len.b, redundancy };
        const score = evaluate(heldBench, model);
        const obj = score.r1 + score.r2 + score.rl;
        if (!best || obj > best.score.r1 + best.score.r2 + best.score.rl) best = { model, score, label };
      }
    console.log(`labels ${label}: best so far ${best ? `${best.label} ${fmt(best.score)}` : '—'}`);
  }
  if (!best) throw new Error('no model fitted');
  const { model } = best;
  console.log(`\nchosen: labels ${best.label}, L2 ${L2}, length shift ${(model.lenA - len.a).toFixed(2)}, redundancy ${model.redundancy}`);
  console.log(`held-out (bench view, ${heldBench.length} articles): ${fmt(best.score)}`);
  console.log(`held-out (page view: paragraphs and title): ${fmt(evaluate(heldPage, model))}`);
  const round = (x: number): number => Math.round(x * 100) / 100;
  console.log('\nweights (raw features):');
  const names = [...FEATURES, ...PAIRS.map(([a, b]) => `${FEATURES[a as number]}×${FEATURES[b as number]}`)];
  names.forEach((f, k) => console.log(`  ${f.padEnd(20)} ${round(model.weights[k] as number)}`));
  const out = {
    weights: model.weights.map(round),
    interacting: INTERACTING,
    lenA: round(model.lenA),
    lenB: round(model.lenB),
    redundancy: model.redundancy,
    trainedOn: `orangesum-train/train.jsonl.gz sha256 ${hash}, seed ${SEED}, ${fit.length} articles, labels ${best.label}, L2 ${L2}; features ${FEATURES.join(' ')}`,
  };
  fs.writeFileSync(path.join(opt.repo, 'src/core/analyze/summary-model.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('\nwrote src/core/analyze/summary-model.json');
}
