// Fits the speaker model (src/core/analyze/attribution-model.ts) on the train split of the quotation corpus:
// a conditional logit (softmax over each found quotation's candidates plus "nobody"), the gold speaker being the
// candidate whose name matches it loosely, or nobody when none does or the text names no speaker. Each language gets
// its own weights or the shared ones, whichever covers more at the asked precision (ALONE languages: their own, fitted
// on their quotations alone), and thresholds chosen precision
// first on its train picks out of fold (5 folds by article) pooled with its dev picks (operatingPoint). Full-batch
// gradient descent from zero weights: no randomness, so the same corpus always gives the same numbers. The test split
// is never opened.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { FEATURES, type Candidate } from '../../../src/core/analyze/attribution-features';
import { ATTRIBUTION, THRESHOLDS, speakerProbabilities, thresholdFor } from '../../../src/core/analyze/attribution-model';
import { sameName } from '../lib/names.mjs';
import { type Annotation, type Article, locate, spanF1 } from './gold';
import { sameMention } from './corpus.mjs';

/** A found quotation matched to a gold one: its candidates' features and labels. */
interface Example { lang: string; split: string; article: string; named: boolean; xs: number[][]; ys: number[]; where: string; gold: string; names: string[] }

/**
 * Languages with too few dev quotations to choose their own weights and thresholds on (German: 5 named), or none at
 * all (Spanish, Italian, Portuguese): the shared weights at the thresholds chosen on all of dev.
 */
const FALLBACK = ['de', 'es', 'it', 'pt'];
/**
 * Languages whose weights ship; the others keep the hand rules. English and French beat the hand rules on dev in
 * precision at their coverage; German on shared weights shows more right speakers on train and dev than its hand
 * rules (which name 4 of 18 train quotations). Spanish, Italian, Portuguese: no annotated articles to check on.
 */
const SHIPPED: string[] = ['de', 'en', 'fr'];
const L2 = 0.001;
/** Pull of a language's own weights towards the shared ones (0.003, 0.01 and 0.03 tried: dev moves by a few quotations). */
const L2_LANG = 0.03;
/**
 * Languages fitted on their own quotations alone (from zero weights, L2) and always shipped with those weights, so a
 * refit moves their picks only when their own data or features change. English pulled towards the shared weights
 * (L2_LANG) moves with the French data: dropping a third of the French train articles changed 24 and 13 of its 214
 * dev picks (13 and 3 with a pull of 0.003, and the own-or-shared choice flipped); fitted alone, none. Not shipped:
 * English alone covered less (train out of fold .924/.718 → .928/.686, dev .914/.740 → .912/.724) and lost "…",
 * according to the National Water Agency (quotes.test.ts), its organisations being too few on their own.
 */
const ALONE: string[] = [];
/** A language's own weights: alone (ALONE) or pulled towards the shared ones. */
const fitOwn = (data: Example[], lang: string, shared: readonly number[]): number[] => (ALONE.includes(lang) ? fit(data) : fit(data, shared));
/** Gradient steps with Nesterov momentum (MOMENTUM): 600 reach the log-loss 3000 plain steps did, so cross-validation fits in the run. */
const STEPS = 600;
const RATE = 0.5;
const MOMENTUM = 0.9;
/** Folds of the train split (by article) whose out-of-fold picks, pooled with dev's, choose the thresholds. */
const FOLDS = 5;
/**
 * Precision asked of each kind of pick on the pooled out-of-fold train and dev picks of a language: precision first
 * (issue 12). English .92, a little above the .90 asked of dev so dev stays above it (.90 pooled gives dev .88).
 * French .85: at .88 and above the picks the hand rules agree with need p ≥ .62–.80, which drops the FranceSoir
 * sample's speakers introduced by "X, ministre …, a déclaré :" (p .62–.66; the corpus has 20 such colon
 * introductions, too few for the model to learn they are clear), so French stays below .90 until its features are
 * sharper. Others: the pooled picks of all languages at .90.
 */
const PRECISION: Record<string, number> = { en: 0.92, fr: 0.85, all: 0.9 };
/**
 * Languages shown at one threshold whatever the kind of pick (oneThreshold) rather than one per kind calibrated
 * (operatingPoint). English per kind never showed a pick the hand rules disagree with (its threshold was 1: those
 * picks reach .92 at no threshold on their own), though the model is right on most of those above .6 ("a WeWork
 * spokesperson" over the hand rules' WeWork); its per-kind thresholds also moved by up to .1 between refits on 4/5
 * of train (agreeing .56–.66, alone .46–1), one threshold by .01 (.61–.62). English at .92: train out of fold
 * .925/.730 → .923/.741, dev .914/.743 → .917/.770. French one threshold trades precision for coverage along its
 * curve instead (at .85: train .861/.647 → .852/.660, dev .844/.575 → .846/.600; at .86: train .865/.624), so it keeps
 * its per-kind thresholds.
 */
const ONE_THRESHOLD: string[] = ['en'];
/**
 * Picks of a kind a threshold must keep for their precision to count: English's picks against the hand rules reach
 * .92 at p ≥ .85 on one quotation (1/1), and at .85 named a governor for the partial quote about him.
 */
const MIN_SHOWN = 10;

function examples(repo: string): Example[] {
  const dir = path.join(repo, 'tests/fixtures/analyze/corpus');
  const out: Example[] = [];
  for (const f of fs.readdirSync(path.join(dir, 'articles')).filter((x) => x.endsWith('.json')).sort()) {
    const article = JSON.parse(fs.readFileSync(path.join(dir, 'articles', f), 'utf8')) as Article;
    if (article.split !== 'train' && article.split !== 'dev') continue;
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'annotations', f), 'utf8')) as Annotation;
    const located = gold.quotes.map((q) => ({ q, at: locate(article, q) }));
    const used = new Set<number>();
    analyzeArticle({ paragraphs: article.paragraphs, lang: article.lang, ...(article.title ? { title: article.title } : {}) }, {
      attribution: ATTRIBUTION,
      speakerTrace: (quote, cands: Candidate[]) => {
        const para = article.paragraphs[quote.paragraph] ?? '';
        const gi = located.findIndex((g, i) => !used.has(i) && g.at !== null && spanF1(quote, g.at, para) >= 0.8);
        if (gi < 0) return;
        used.add(gi);
        const g = (located[gi] as (typeof located)[number]).q;
        const named = (g.kind === 'person' || g.kind === 'organisation') && !!g.speaker;
        // An unnamed or group source is right when the candidate is the text's own words for it ("a spokesperson").
        const right = (c: Candidate): boolean =>
          named ? [c.entity.name, ...c.entity.aliases].some((n) => sameName(n, g.speaker as string)) : !!g.mention && c.entity.key.startsWith('~') && sameMention(c.entity.name, g.mention);
        out.push({
          lang: article.lang, split: article.split, article: article.id, named, xs: cands.map((c) => c.features), ys: cands.map((c) => (right(c) ? 1 : 0)),
          where: `${article.id}: "${quote.text.slice(0, 40)}"`, gold: `${g.kind} ${g.speaker ?? g.mention ?? ''}`, names: cands.map((c) => c.entity.name),
        });
      },
    });
  }
  return out;
}

/**
 * Full-batch gradient descent on the conditional log-likelihood, with an L2 pull towards `prior`: zero for the shared
 * weights, the shared weights for a language's own, so a language's few quotations adjust the shared fit rather than
 * overturn it (French alone flips verbSubject's sign on 318 quotations).
 */
function fit(data: Example[], prior?: readonly number[]): number[] {
  const w = prior ? [...prior] : new Array<number>(FEATURES.length).fill(0);
  const l2 = prior ? L2_LANG : L2;
  if (!data.length) return w;
  const v = new Array<number>(w.length).fill(0);
  for (let step = 0; step < STEPS; step++) {
    // The gradient at the look-ahead point w + MOMENTUM·v.
    const look = w.map((wi, i) => wi + MOMENTUM * (v[i] as number));
    const grad = look.map((wi, i) => l2 * (wi - (prior?.[i] ?? 0)));
    for (const e of data) {
      const ps = speakerProbabilities(look, e.xs);
      const gold = e.ys.reduce((a, b) => a + b, 0);
      e.xs.forEach((x, n) => {
        const err = ((ps[n] as number) - (gold ? (e.ys[n] as number) / gold : 0)) / data.length;
        for (let i = 0; i < x.length; i++) grad[i] = (grad[i] as number) + err * (x[i] as number);
      });
    }
    for (let i = 0; i < w.length; i++) {
      v[i] = MOMENTUM * (v[i] as number) - RATE * (grad[i] as number);
      w[i] = (w[i] as number) + (v[i] as number);
    }
  }
  return w;
}

interface Point { threshold: number; agreeing: number; alone: number; precision: number; coverage: number; shown: number; right: number; covered: number; named: number }

/** A quotation's best candidate: its probability, which threshold applies (attribution-model.ts) and whether it is right. */
interface Decision { p: number; which: number; right: boolean; named: boolean; loss: number }

function decide(e: Example, w: number[]): Decision {
  const ps = speakerProbabilities(w, e.xs);
  const best = ps.indexOf(Math.max(0, ...ps));
  const which = thresholdFor(best >= 0 ? { features: e.xs[best] as number[] } : null, e.xs.map((features) => ({ features })));
  // Log-loss of the right answer: the gold speaker among the candidates, else "nobody".
  const gold = e.ys.some((y) => y) ? ps.reduce((x, p, i) => x + (e.ys[i] ? p : 0), 0) : 1 - ps.reduce((x, p) => x + p, 0);
  return { p: ps[best] ?? 0, which, right: best >= 0 && e.ys[best] === 1, named: e.named, loss: -Math.log(Math.max(gold, 1e-9)) };
}

/** Precision and coverage of the picks at a threshold triple, as attribution-model.ts decides. */
function pointOf(ds: Decision[], ts: number[]): Point {
  const shown = ds.filter((d) => d.which >= 0 && d.p >= (ts[d.which] as number));
  const right = shown.filter((d) => d.right).length;
  const covered = shown.filter((d) => d.right && d.named).length;
  const named = ds.filter((d) => d.named).length;
  return { threshold: ts[0] as number, agreeing: ts[1] as number, alone: ts[2] as number, precision: shown.length ? right / shown.length : 1, coverage: named ? covered / named : 0, shown: shown.length, right, covered, named };
}

/** Precision and coverage for each single threshold (the dev curves printed below). */
function curve(data: Example[], w: number[]): Point[] {
  const ds = data.map((e) => decide(e, w));
  const out: Point[] = [];
  for (let t = 5; t < 99; t++) out.push(pointOf(ds, [t / 100, t / 100, t / 100]));
  return out;
}

/**
 * Calibrated per kind of pick: each threshold (hand rules agree / disagree / found nobody) is the lowest at which that
 * kind's picks reach `precision`, MIN_SHOWN of them at least (never, 1, when none does), so a kind the model is unsure of shows nothing; the
 * agreeing one no higher than the disagreeing one.
 */
function thresholdsAt(ds: Decision[], precision: number): number[] {
  const ts = [0, 1, 2].map((which) => {
    const mine = ds.filter((d) => d.which === which);
    for (let t = 5; t <= 99; t++) {
      const shown = mine.filter((d) => d.p >= t / 100);
      if (shown.length >= MIN_SHOWN && shown.filter((d) => d.right).length / shown.length >= precision) return t;
    }
    return 100;
  });
  // The hand rules agreeing is evidence for the pick, never against it: their threshold is at most the plain one.
  ts[1] = Math.min(ts[1] as number, ts[0] as number);
  return ts.map((t) => t / 100);
}

const logit = (p: number): number => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Platt scaling: a, b of P(right) = σ(a·logit(p) + b), by Newton's method with a light pull towards a = 1, b = 0. */
function platt(ds: Decision[]): [number, number] {
  let [a, b] = [1, 0];
  for (let it = 0; it < 50; it++) {
    let [ga, gb, haa, hab, hbb] = [0.01 * (a - 1), 0.01 * b, 0.01, 0, 0.01];
    for (const d of ds) {
      const x = logit(d.p);
      const q = sigmoid(a * x + b);
      const r = q - (d.right ? 1 : 0);
      ga += r * x;
      gb += r;
      haa += q * (1 - q) * x * x;
      hab += q * (1 - q) * x;
      hbb += q * (1 - q);
    }
    const det = haa * hbb - hab * hab;
    [a, b] = [a - (hbb * ga - hab * gb) / det, b - (haa * gb - hab * ga) / det];
  }
  return [a, b];
}

/**
 * Precision first: each kind of pick (hand rules agree / disagree / found nobody) is calibrated on the out-of-fold
 * train picks (Platt), and one calibrated probability τ applies to all three, the lowest at which the pooled
 * out-of-fold train and dev picks reach `precision`; a pick is then shown when it is right with probability τ
 * whatever its kind, which covers more than asking `precision` of each kind's picks above its threshold
 * (thresholdsAt: English dev .912/.703 → .918/.729 at .92). A kind thresholdsAt never shows (no MIN_SHOWN picks of it
 * reach `precision` at any threshold) stays hidden. τ maps back to a raw threshold per kind, as the model ships.
 */
function operatingPoint(folded: Decision[], onDev: Decision[], precision: number, single = false): number[] {
  const pooled = [...folded, ...onDev];
  if (single) return oneThreshold(pooled, precision);
  const hidden = thresholdsAt(pooled, precision).map((t) => t >= 1);
  const cal = [0, 1, 2].map((k) => platt(folded.filter((d) => d.which === k)));
  let best: { ts: number[]; coverage: number } | null = null;
  for (let tau = 30; tau <= 99; tau++) {
    const ts = cal.map(([a, b], k) => (hidden[k] || a <= 0 ? 1 : Math.min(1, Math.ceil(100 * sigmoid((logit(tau / 100) - b) / a)) / 100)));
    ts[1] = Math.min(ts[1] as number, ts[0] as number);
    const p = pointOf(pooled, ts);
    if (p.precision >= precision && (!best || p.coverage > best.coverage)) best = { ts, coverage: p.coverage };
  }
  return best?.ts ?? thresholdsAt(pooled, precision);
}

/**
 * One raw threshold for every kind of pick (ONE_THRESHOLD languages): the one covering most of the pooled out-of-fold
 * train and dev picks at `precision`. Nothing hides the picks the hand rules disagree with, and with a single number
 * to choose a refit moves it little.
 */
function oneThreshold(pooled: Decision[], precision: number): number[] {
  let best: { t: number; coverage: number } | null = null;
  for (let t = 30; t <= 99; t++) {
    const p = pointOf(pooled, [t / 100, t / 100, t / 100]);
    if (p.precision >= precision && (!best || p.coverage > best.coverage)) best = { t: t / 100, coverage: p.coverage };
  }
  return best ? [best.t, best.t, best.t] : [1, 1, 1];
}

/** Each train quotation's pick by shared and own weights fitted without its fold (folds by article). */
function outOfFold(train: Example[]): Map<Example, { shared: Decision; own: Decision }> {
  const out = new Map<Example, { shared: Decision; own: Decision }>();
  const fold = (e: Example): number => [...e.article].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0) % FOLDS;
  for (let k = 0; k < FOLDS; k++) {
    const rest = train.filter((e) => fold(e) !== k);
    const shared = fit(rest);
    const own = new Map([...new Set(train.map((e) => e.lang))].map((l) => [l, fitOwn(rest.filter((e) => e.lang === l), l, shared)]));
    for (const e of train) if (fold(e) === k) out.set(e, { shared: decide(e, shared), own: decide(e, own.get(e.lang) as number[]) });
  }
  return out;
}

/** The hand rules on the same quotations: their pick is the candidate marked `hand`. */
function handPoint(data: Example[]): Point {
  const shown = data.filter((e) => e.xs.some((x) => x[1] === 1));
  const rightOnes = shown.filter((e) => e.ys[e.xs.findIndex((x) => x[1] === 1)] === 1);
  const right = rightOnes.length;
  const covered = rightOnes.filter((e) => e.named).length;
  const named = data.filter((e) => e.named).length;
  return { threshold: 0, agreeing: 0, alone: 0, precision: right / (shown.length || 1), coverage: covered / (named || 1), shown: shown.length, right, covered, named };
}

/**
 * Where a pick goes wrong, for the hand rules (`hand` feature) or the model at a threshold pair: the named speaker is
 * not among the candidates at all, it is but another one was picked (or none), or a speaker is shown for a quotation
 * the text does not attribute to a named source (and is not the text's own words for an unnamed one).
 */
function breakdown(data: Example[], pick: (e: Example) => number): { missing: Example[]; ranked: Example[]; unattributed: Example[]; dropped: Example[] } {
  const out = { missing: [] as Example[], ranked: [] as Example[], unattributed: [] as Example[], dropped: [] as Example[] };
  for (const e of data) {
    const k = pick(e);
    if (e.named && !e.ys.includes(1)) out.missing.push(e);
    else if (e.named && e.ys[k] !== 1 && k < 0) out.dropped.push(e);
    else if (e.named && e.ys[k] !== 1) out.ranked.push(e);
    else if (!e.named && k >= 0 && e.ys[k] !== 1) out.unattributed.push(e);
  }
  return out;
}

const handPick = (e: Example): number => e.xs.findIndex((x) => x[1] === 1);
const modelPick = (model: number[]) => (e: Example): number => {
  const ps = speakerProbabilities(model.slice(THRESHOLDS), e.xs);
  const best = ps.indexOf(Math.max(0, ...ps));
  const which = thresholdFor(best >= 0 ? { features: e.xs[best] as number[] } : null, e.xs.map((features) => ({ features })));
  return best >= 0 && which >= 0 && (ps[best] as number) >= (model[which] as number) ? best : -1;
};

function printBreakdown(name: string, data: Example[], pick: (e: Example) => number, list: boolean, weights?: (e: Example) => number[]): void {
  const b = breakdown(data, pick);
  const named = data.filter((e) => e.named).length;
  console.log(`| ${name} | ${named} | ${b.missing.length} | ${b.ranked.length} | ${b.dropped.length} | ${b.unattributed.length} |`);
  if (!list) return;
  const show = (e: Example, i: number): string => `  ${e.where} gold ${e.gold}; picked ${e.names[i] ?? '—'}; candidates ${e.names.join(' | ')}`;
  for (const [kind, es] of [['missing candidate', b.missing], ['ranked wrong', b.ranked], ['shown, should be unattributed', b.unattributed]] as const) {
    console.log(`\n${name}: ${kind}\n${es.map((e) => show(e, pick(e))).join('\n')}`);
  }
  // Below the threshold: each candidate with its probability, the right one marked.
  const probs = (e: Example): string => {
    const ps = weights ? speakerProbabilities(weights(e), e.xs) : [];
    return e.names.map((n, i) => `${e.ys[i] ? '*' : ''}${n} ${(ps[i] ?? 0).toFixed(2)}`).join(' | ');
  };
  console.log(`\n${name}: none shown\n${b.dropped.map((e) => `  ${e.where} gold ${e.gold}; ${probs(e)}`).join('\n')}`);
}

const fix = (x: number): string => x.toFixed(3);
const row = (name: string, p: Point): string => `| ${name} | ${p.threshold} / ${p.agreeing} / ${p.alone} | ${fix(p.precision)} (${p.right}/${p.shown}) | ${fix(p.coverage)} (${p.covered}/${p.named}) |`;

export function run(repo: string, args: string[]): void {
  const data = examples(repo);
  // `-- --dump file`: the train and dev quotations with their candidates' features, for experiments outside the trainer.
  if (args.includes('--dump')) fs.writeFileSync(args[args.indexOf('--dump') + 1] as string, JSON.stringify(data));
  const train = data.filter((e) => e.split === 'train');
  const dev = data.filter((e) => e.split === 'dev');
  const shared = fit(train);
  const recall = (d: Example[]): string => {
    const named = d.filter((e) => e.named);
    return `${fix(named.filter((e) => e.ys.includes(1)).length / (named.length || 1))} (${named.filter((e) => e.ys.includes(1)).length}/${named.length})`;
  };
  console.log('Candidate recall: of the found quotations whose gold speaker is named, the share with that speaker among the candidates.\n');
  console.log('| split | all | ' + [...new Set(data.map((e) => e.lang))].sort().join(' | ') + ' |');
  for (const [name, d] of [['train', train], ['dev', dev]] as const) {
    console.log(`| ${name} | ${recall(d)} | ${[...new Set(data.map((e) => e.lang))].sort().map((l) => recall(d.filter((e) => e.lang === l))).join(' | ')} |`);
  }
  console.log(`${train.length} train and ${dev.length} dev quotations, ${train.reduce((n, e) => n + e.xs.length, 0)} train candidates\n`);
  // `-- --precision 0.9` asks one precision of every language, to print the curve's other points.
  const asked = args.includes('--precision') ? Number(args[args.indexOf('--precision') + 1]) : null;
  const precision = (lang: string): number => asked ?? PRECISION[lang] ?? (PRECISION.all as number);
  const oof = outOfFold(train);
  console.log(`Thresholds: each kind of pick calibrated on train out of fold; one calibrated probability for all kinds, the lowest at which the picks reach precision ${asked ?? Object.entries(PRECISION).map(([l, p]) => `${p} (${l})`).join(', ')} on train (out of fold, ${FOLDS} folds by article) and dev pooled.\n`);
  console.log('| model | threshold / when the hand rules agree / when they found nobody | train out of fold P | C | dev P | C |\n|---|---|---|---|---|---|');
  const cells = (p: Point): string => `${fix(p.precision)} (${p.right}/${p.shown}) | ${fix(p.coverage)} (${p.covered}/${p.named})`;
  const models = new Map<string, number[]>();
  const chosen = new Map<Example, Decision>();
  const langs = [...new Set(data.map((e) => e.lang))].sort();
  for (const lang of langs.filter((l) => !FALLBACK.includes(l))) {
    const trainL = train.filter((e) => e.lang === lang);
    const devL = dev.filter((e) => e.lang === lang);
    const own = fitOwn(trainL, lang, shared);
    const hand = handPoint(devL);
    console.log(`| ${lang} hand rules | | ${cells(handPoint(trainL))} | ${cells(hand)} |`);
    const options = ([['shared', shared], ['own', own]] as const).map(([name, w]) => {
      const folded = trainL.map((e) => (oof.get(e) as { shared: Decision; own: Decision })[name]);
      const onDev = devL.map((e) => decide(e, w));
      const ts = operatingPoint(folded, onDev, precision(lang), ONE_THRESHOLD.includes(lang));
      const pooled = pointOf([...folded, ...onDev], ts);
      console.log(`| ${lang} ${name} | ${ts.join(' / ')} | ${cells(pointOf(folded, ts))} | ${cells(pointOf(onDev, ts))} |`);
      return { w, ts, pooled, folded };
    });
    // Own weights when they cover more of the pooled quotations at the same precision (always for ALONE languages).
    const best = ALONE.includes(lang) || (options[1] as (typeof options)[number]).pooled.coverage > (options[0] as (typeof options)[number]).pooled.coverage ? options[1] : options[0];
    models.set(lang, [...(best as (typeof options)[number]).ts, ...(best as (typeof options)[number]).w]);
    trainL.forEach((e, i) => chosen.set(e, (best as (typeof options)[number]).folded[i] as Decision));
  }
  // Languages with too few quotations of their own (German) or none (Spanish, Italian, Portuguese) get the shared
  // weights at the thresholds chosen on all languages pooled; Arabic keeps its own hand rules (its candidates come
  // from another name finder, caseless.ts).
  const allTs = operatingPoint(train.map((e) => (oof.get(e) as { shared: Decision }).shared), dev.map((e) => decide(e, shared)), precision('all'));
  for (const lang of FALLBACK) models.set(lang, [...allTs, ...shared]);
  for (const e of train) if (FALLBACK.includes(e.lang)) chosen.set(e, (oof.get(e) as { shared: Decision }).shared);
  const devPicks = new Map(dev.map((e) => [e, decide(e, (models.get(e.lang) as number[]).slice(THRESHOLDS))]));
  const at = (d: Example[], picks: Map<Example, Decision>): Point => {
    const ds = d.map((e) => picks.get(e) as Decision);
    const ps = d.map((e, i) => pointOf([ds[i] as Decision], (models.get(e.lang) as number[]).slice(0, THRESHOLDS)));
    const sum = (k: 'right' | 'shown' | 'covered' | 'named'): number => ps.reduce((a, p) => a + p[k], 0);
    return { threshold: 0, agreeing: 0, alone: 0, precision: sum('right') / (sum('shown') || 1), coverage: sum('covered') / (sum('named') || 1), shown: sum('shown'), right: sum('right'), covered: sum('covered'), named: sum('named') };
  };
  console.log(`| shared, all languages pooled (de, es, it, pt) | ${allTs.join(' / ')} | ${cells(at(train.filter((e) => FALLBACK.includes(e.lang)), chosen))} | ${cells(at(dev.filter((e) => FALLBACK.includes(e.lang)), devPicks))} |`);
  console.log(`| **shipped, all languages** | | ${cells(at(train, chosen))} | ${cells(at(dev, devPicks))} |\n`);
  // Mean log-loss of the right answer (the gold speaker among the candidates, else "nobody"): smooth, unlike thresholds.
  const loss = (e: Example, w: number[]): number => {
    const ps = speakerProbabilities(w, e.xs);
    const right = e.ys.some((y) => y) ? ps.reduce((x, p, i) => x + (e.ys[i] ? p : 0), 0) : 1 - ps.reduce((x, p) => x + p, 0);
    return -Math.log(Math.max(right, 1e-9));
  };
  const mean = (d: Example[], f: (e: Example) => number): string => fix(d.reduce((a, e) => a + f(e), 0) / (d.length || 1));
  console.log(`log-loss train out of fold: ${mean(train, (e) => (chosen.get(e) as Decision).loss)} | ${langs.map((l) => `${l} ${mean(train.filter((e) => e.lang === l), (e) => (chosen.get(e) as Decision).loss)}`).join(' ')}`);
  for (const [name, part] of [['train (in sample)', train], ['dev', dev]] as const) {
    console.log(`log-loss ${name}: ${mean(part, (e) => loss(e, (models.get(e.lang) as number[]).slice(THRESHOLDS)))}, shared weights ${mean(part, (e) => loss(e, shared))} | ${langs.map((l) => `${l} ${mean(part.filter((e) => e.lang === l), (e) => loss(e, (models.get(l) as number[]).slice(THRESHOLDS)))}`).join(' ')}`);
  }
  const all = { threshold: allTs[0] as number, agreeing: allTs[1] as number, alone: allTs[2] as number };
  for (const [name, part] of [['all languages', dev], ...[...models.keys()].map((l) => [l, dev.filter((e) => e.lang === l)] as const)] as const) {
    if (FALLBACK.includes(name)) continue;
    console.log(`\n### Dev precision / coverage by threshold (${name}, shipped weights)\n`);
    console.log('| threshold | precision | coverage |\n|---|---|---|');
    const w = (models.get(name) ?? [0, 0, 0, ...shared]).slice(THRESHOLDS);
    for (const p of curve(part, w).filter((_, i) => i % 5 === 0)) console.log(row('', p).replace(/^\| {2}\| /, '| ').replace(/ \/ [0-9.]+ \/ [0-9.]+ \|/, ' |'));
  }
  const list = args.includes('--errors');
  console.log('\n### Errors: named speaker missing from the candidates, ranked below another (or below the threshold), shown for an unattributed quotation\n');
  console.log('| picker | named | missing candidate | ranked wrong (another shown) | none shown | shown, should be unattributed |\n|---|---|---|---|---|---|');
  for (const [name, d] of [['train', train], ['dev', dev]] as const) {
    printBreakdown(`${name} hand rules`, d, handPick, list);
    const byLang = (e: Example): number => modelPick(models.get(e.lang) ?? [all.threshold, all.agreeing, all.alone, ...shared])(e);
    printBreakdown(`${name} model`, d, byLang, list, (e) => (models.get(e.lang) ?? [0, 0, 0, ...shared]).slice(THRESHOLDS));
  }
  console.log('\n### Shared weights, largest first\n');
  FEATURES.map((n, i) => [n, shared[i] as number] as const).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).forEach(([n, v]) => console.log(`${n} ${v.toFixed(3)}`));
  if (!args.includes('--write')) return;
  for (const [lang, model] of models) {
    const file = path.join(repo, 'src/core/analyze/lang/data', `${lang}.json`);
    const d = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    if (!SHIPPED.includes(lang)) {
      delete d.speakerModel;
      fs.writeFileSync(file, JSON.stringify(d, null, 1) + '\n');
      continue;
    }
    d.speakerModel = model.map((x) => Number(x.toFixed(3))).join(' ');
    fs.writeFileSync(file, JSON.stringify(d, null, 1) + '\n');
    console.log(`wrote ${path.relative(repo, file)}`);
  }
}
