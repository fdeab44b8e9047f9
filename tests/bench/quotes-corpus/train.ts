// Fits the speaker model (src/core/analyze/attribution-model.ts) on the train split of the quotation corpus:
// a conditional logit (softmax over each found quotation's candidates plus "nobody"), the gold speaker being the
// candidate whose name matches it loosely, or nobody when none does or the text names no speaker. Each language gets its own weights or the shared ones, whichever covers more of dev at
// the chosen precision, and a threshold chosen on dev. Full-batch gradient descent from zero weights: no randomness,
// so the same corpus always gives the same numbers. The test split is never opened.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { FEATURES, type Candidate } from '../../../src/core/analyze/attribution-features';
import { ATTRIBUTION, THRESHOLDS, speakerProbabilities, thresholdFor } from '../../../src/core/analyze/attribution-model';
import { sameName } from '../lib/names.mjs';
import { type Annotation, type Article, locate, spanF1 } from './gold';
import { sameMention } from './corpus.mjs';

/** A found quotation matched to a gold one: its candidates' features and labels. */
interface Example { lang: string; split: string; named: boolean; xs: number[][]; ys: number[]; where: string; gold: string; names: string[] }

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
const STEPS = 3000;
const RATE = 0.5;

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
          lang: article.lang, split: article.split, named, xs: cands.map((c) => c.features), ys: cands.map((c) => (right(c) ? 1 : 0)),
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
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((wi, i) => l2 * (wi - (prior?.[i] ?? 0)));
    for (const e of data) {
      const ps = speakerProbabilities(w, e.xs);
      const gold = e.ys.reduce((a, b) => a + b, 0);
      e.xs.forEach((x, n) => {
        const err = ((ps[n] as number) - (gold ? (e.ys[n] as number) / gold : 0)) / data.length;
        for (let i = 0; i < x.length; i++) grad[i] = (grad[i] as number) + err * (x[i] as number);
      });
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - RATE * (grad[i] as number);
  }
  return w;
}

interface Point { threshold: number; agreeing: number; alone: number; precision: number; coverage: number; shown: number; right: number; covered: number; named: number }

/** Each quotation's best candidate: its probability, whether it is the hand rules' pick and whether it is right. */
function decisions(data: Example[], w: number[]): { p: number; which: number; right: boolean; named: boolean }[] {
  return data.map((e) => {
    const ps = speakerProbabilities(w, e.xs);
    const best = ps.indexOf(Math.max(0, ...ps));
    const which = thresholdFor(best >= 0 ? { features: e.xs[best] as number[] } : null, e.xs.map((features) => ({ features })));
    return { p: ps[best] ?? 0, which, right: best >= 0 && e.ys[best] === 1, named: e.named };
  });
}

/** Precision and coverage for each threshold triple (agreeing ≤ threshold ≤ alone), as attribution-model.ts decides. */
function curve(data: Example[], w: number[], agreeing = false): Point[] {
  const ds = decisions(data, w);
  const named = data.filter((e) => e.named).length;
  const out: Point[] = [];
  for (let t = 5; t < 99; t++) {
    for (let a = agreeing ? 5 : t; a <= t; a += 5) {
      for (let n = t; n <= (agreeing ? 100 : t); n += 5) {
        const shown = ds.filter((d) => d.which >= 0 && d.p >= ([t, a, n][d.which] as number) / 100);
        const right = shown.filter((d) => d.right).length;
        const covered = shown.filter((d) => d.right && d.named).length;
        out.push({ threshold: t / 100, agreeing: a / 100, alone: n / 100, precision: shown.length ? right / shown.length : 1, coverage: named ? covered / named : 0, shown: shown.length, right, covered, named });
      }
    }
  }
  return out;
}

/**
 * Calibrated per kind of pick: each threshold (hand rules agree / disagree / found nobody) is the lowest at which that
 * kind's dev picks reach PRECISION (never, 1, when none does), so a kind the model is unsure of shows nothing; the
 * agreeing one no higher than the disagreeing one.
 */
function calibratedAt(data: Example[], w: number[], PRECISION: number): Point {
  const ds = decisions(data, w);
  const ts = [0, 1, 2].map((which) => {
    const mine = ds.filter((d) => d.which === which);
    for (let t = 5; t <= 99; t++) {
      const shown = mine.filter((d) => d.p >= t / 100);
      if (shown.length && shown.filter((d) => d.right).length / shown.length >= PRECISION) return t;
    }
    return 100;
  });
  // The hand rules agreeing is evidence for the pick, never against it: their threshold is at most the plain one
  // (alone, French dev's few agreeing picks put it at .71 above .57, dropping picks the plain threshold shows).
  ts[1] = Math.min(ts[1] as number, ts[0] as number);
  const at = (which: number): number => (ts[which] as number) / 100;
  const shown = ds.filter((d) => d.which >= 0 && d.p >= at(d.which));
  const right = shown.filter((d) => d.right).length;
  const covered = shown.filter((d) => d.right && d.named).length;
  const named = data.filter((e) => e.named).length;
  return { threshold: at(0), agreeing: at(1), alone: at(2), precision: shown.length ? right / shown.length : 1, coverage: named ? covered / named : 0, shown: shown.length, right, covered, named };
}

/** F0.5 of precision and coverage: both count, precision twice as much (issue 12 asks .95 precision first). */
const fHalf = (p: Point): number => (1.25 * p.precision * p.coverage) / (0.25 * p.precision + p.coverage || 1);

/**
 * The precision asked of each kind of pick (.99 down to .50) that gives the best F0.5 while the model still covers as
 * many named dev quotations as the hand rules (`floor`). The first such target alone (the highest precision) jumps
 * between far-apart points as features change (French: .909/.531 or .902/.623).
 */
function calibrated(data: Example[], w: number[], floor: number): Point {
  let best: Point | null = null;
  for (let target = 99; target >= 50; target--) {
    const p = calibratedAt(data, w, target / 100);
    if (p.coverage >= floor && (!best || fHalf(p) > fHalf(best))) best = p;
  }
  return best ?? calibratedAt(data, w, 0.5);
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
  console.log('| model | threshold / when the hand rules agree / when they found nobody | dev precision | dev coverage |\n|---|---|---|---|');
  const models = new Map<string, number[]>();
  for (const lang of [...new Set(data.map((e) => e.lang))].sort()) {
    const devL = dev.filter((e) => e.lang === lang);
    const own = fit(train.filter((e) => e.lang === lang), shared);
    const hand = handPoint(devL);
    const a = calibrated(devL, shared, hand.coverage);
    const b = calibrated(devL, own, hand.coverage);
    console.log(row(`${lang} hand rules`, hand));
    console.log(row(`${lang} shared`, a));
    console.log(row(`${lang} own`, b));
    const better = (x: Point, y: Point): boolean => (x.coverage >= hand.coverage) !== (y.coverage >= hand.coverage) ? x.coverage >= hand.coverage : fHalf(x) > fHalf(y);
    const [w, p] = better(b, a) ? [own, b] : [shared, a];
    models.set(lang, [p.threshold, p.agreeing, p.alone, ...w]);
  }
  // Languages the corpus does not hold (Spanish, Italian, Portuguese) get the shared weights at the threshold chosen on
  // all of dev; Arabic keeps its own hand rules (its candidates come from another name finder, caseless.ts).
  // Mean log-loss of the right answer (the gold speaker among the candidates, else "nobody"): smooth, unlike thresholds.
  for (const [name, part] of [['train', train], ['dev', dev]] as const) {
    const loss = (d: Example[], w?: number[]): number => d.reduce((a, e) => {
      const ps = speakerProbabilities(w ?? (models.get(e.lang) as number[]).slice(THRESHOLDS), e.xs);
      const right = e.ys.some((y) => y) ? ps.reduce((x, p, i) => x + (e.ys[i] ? p : 0), 0) : 1 - ps.reduce((x, p) => x + p, 0);
      return a - Math.log(Math.max(right, 1e-9));
    }, 0) / (d.length || 1);
    console.log(`log-loss ${name}: ${fix(loss(part))}, shared weights ${fix(loss(part, shared))} | ${[...models.keys()].map((l) => `${l} ${fix(loss(part.filter((e) => e.lang === l)))}`).join(' ')}`);
  }
  for (const target of [0.95, 0.9]) {
    for (const [name, part] of [['train', train], ['dev', dev]] as const) {
      const ps = [...models.keys()].map((l) => calibratedAt(part.filter((e) => e.lang === l), (models.get(l) as number[]).slice(THRESHOLDS), target));
      const sum = (k: 'right' | 'shown' | 'covered' | 'named'): number => ps.reduce((a, p) => a + p[k], 0);
      console.log(`precision-first ${target} ${name}: P ${fix(sum('right') / sum('shown'))} (${sum('right')}/${sum('shown')}) C ${fix(sum('covered') / sum('named'))} (${sum('covered')}/${sum('named')}) | ${[...models.keys()].map((l, i) => `${l} ${fix(ps[i]!.precision)}/${fix(ps[i]!.coverage)}`).join(' ')}`);
    }
  }
  const all = calibrated(dev, shared, handPoint(dev).coverage);
  console.log(row('shared, all of dev (es, it, pt)', all));
  for (const lang of FALLBACK) models.set(lang, [all.threshold, all.agreeing, all.alone, ...shared]);
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
