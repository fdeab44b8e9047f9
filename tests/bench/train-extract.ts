// Fits the article engine's block model (src/core/extract/block-model.json) from ../shared/pages/dragnet-train:
// logistic regression on the blocks of the split's train part, thresholds picked on its dev part (full extraction,
// articlebench-dev as a guard that must stay ≥ 0.98). The test part is never read here. Seeded and deterministic.
// Usage: npm run train:extract -- [--seed N] [--no-tune] [--keep-from P --levels N --drop-below P]
//   [--candidates kf:levels:db,…] [--tune-pages N] [--no-guard]   (features are cached under $TMPDIR/readlens-blocks)
//   [--cv K]   (site-grouped K-fold cross-validation on train + dev, rules vs the --candidates; writes nothing)
// --no-tune fits the weights and writes them with the given (default: the shipped) settings.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { FEATURE_NAMES, pageBlocks } from '../../src/core/extract/block-features';
import { MIN_JUDGED_WORDS, modelInputs, pairIndexes } from '../../src/core/extract/block-model';
import type { BlockModel } from '../../src/core/extract/block-model';
import { extractArticle } from '../../src/core/extract/index';
import { selectRoot } from '../../src/core/extract/select';
import { loadDragnet } from './lib/dragnet';
import type { DragnetPage } from './lib/dragnet';
import { aggregate, shingleMatch } from './lib/metric';
import type { PageCounts } from './lib/metric';
import { loadArticlebench, sharedDir } from './lib/pages';
import type { BenchPage } from './lib/pages';
import { fitLogistic, labelBlocks } from './lib/block-fit';
import { seededRandom, shuffle } from './lib/seeded.mjs';
import { makeSplit, readSplit, writeSplit } from './lib/split';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const repoRoot = process.env['READLENS_ROOT'] ?? path.resolve('.');
const shared = sharedDir(repoRoot);
const seed = Number(arg('--seed') ?? 14);
const splitFile = path.join(repoRoot, 'tests/bench/data/dragnet-split.json');
const modelFile = path.join(repoRoot, 'src/core/extract/block-model.json');

const pages = loadDragnet(shared);
let split = readSplit(splitFile);
if (!split) {
  split = makeSplit(pages, seed);
  writeSplit(splitFile, split);
  console.log(`split written to ${splitFile}`);
}
const partOf = split.pages;
const train = pages.filter((p) => partOf[p.id] === 'train');
const dev = pages.filter((p) => partOf[p.id] === 'dev');
console.log(`dragnet-train split by site: ${train.length} train / ${dev.length} dev pages (test part not read)`);

const parse = (p: BenchPage): JSDOM => new JSDOM(stripStyleBlocks(p.html), { url: p.url, virtualConsole: new VirtualConsole() });

// Features are cached per feature list; each run recomputes a few pages and starts afresh if they differ (the
// selection pass or the feature code changed what they say, or the gold's labels changed).
const cacheDir = path.join(os.tmpdir(), 'readlens-blocks', createHash('sha1').update(`${FEATURE_NAMES.join()} gold without comments`).digest('hex').slice(0, 12));
mkdirSync(cacheDir, { recursive: true });

interface PageRows { features: number[][]; labels: Array<0 | 1 | null>; lens: number[] }
function computeRows(p: DragnetPage): PageRows {
  const dom = parse(p);
  const sel = selectRoot(dom.window.document, 60_000);
  const blocks = sel ? pageBlocks(dom.window.document, sel) : [];
  const rows: PageRows = { features: blocks.map((b) => b.features), labels: labelBlocks(blocks.map((b) => b.text), p.truth), lens: blocks.map((b) => b.len) };
  dom.window.close();
  return rows;
}
const cacheFile = (p: DragnetPage): string => path.join(cacheDir, `${p.id}.json`);
for (const p of train.slice(0, 3)) {
  if (!existsSync(cacheFile(p))) continue;
  const cached = readFileSync(cacheFile(p), 'utf8');
  // Labels too: they change when the gold is read differently (the comments behind Dragnet's mark).
  const fresh = computeRows(p);
  const old = JSON.parse(cached) as PageRows;
  if (JSON.stringify(fresh.features) !== JSON.stringify(old.features) || JSON.stringify(fresh.labels) !== JSON.stringify(old.labels)) {
    console.log(`feature cache ${cacheDir} is stale: emptied`);
    rmSync(cacheDir, { recursive: true });
    mkdirSync(cacheDir, { recursive: true });
    break;
  }
}
function rowsOf(p: DragnetPage): PageRows {
  if (existsSync(cacheFile(p))) return JSON.parse(readFileSync(cacheFile(p), 'utf8')) as PageRows;
  const rows = computeRows(p);
  writeFileSync(cacheFile(p), JSON.stringify(rows));
  return rows;
}

/** Outside the selected parts the same text means something else: the model weighs these features there apart. */
const PAIRS: Array<[string, string]> = ['log_len', 'link_density', 'stopword_ratio', 'punct_per_word', 'parent_share', 'clutter_above', 'blocks_to_root', 'container_share']
  .map((f) => ['in_part', f]);
const pairAt = pairIndexes({ pairs: PAIRS });

const wordsAt = FEATURE_NAMES.indexOf('log_words');
/** Logistic regression on the judged blocks of `fitPages`, with the given settings. */
function fitModel(fitPages: DragnetPage[], settings: Pick<BlockModel, 'dropBelow' | 'keepFrom' | 'levels'>): { model: BlockModel; loss: number; accuracy: number } {
  const t0 = performance.now();
  const X: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const [i, p] of fitPages.entries()) {
    const r = rowsOf(p);
    // Each page weighs the same in total, and within a page a block weighs by its length (the metric counts words).
    const total = r.lens.reduce((a, b) => a + Math.sqrt(b), 0) || 1;
    r.features.forEach((f, j) => {
      // Blocks of under 4 words carry no label (see labelBlocks); older cache entries carry one, dropped here.
      const label = Math.round(Math.expm1(f[wordsAt]!)) < MIN_JUDGED_WORDS ? null : r.labels[j];
      if (label === null || label === undefined) return;
      X.push(modelInputs(f, pairAt)); y.push(label); w.push(Math.sqrt(r.lens[j]!) / total);
    });
    if (i % 100 === 0) console.log(`  features: ${i}/${fitPages.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  console.log(`${X.length} training blocks (${y.filter((v) => v === 1).length} content), ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const fit = fitLogistic(X, y, w, { l2: Number(arg('--l2') ?? 1e-3), epochs: Number(arg('--epochs') ?? 60), random: seededRandom(seed) });
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const model: BlockModel = {
    features: [...FEATURE_NAMES], pairs: PAIRS, mean: fit.mean.map(round), scale: fit.scale.map(round), weights: fit.weights.map(round), bias: round(fit.bias),
    ...settings,
  };
  return { model, loss: fit.loss, accuracy: fit.accuracy };
}

// Settings picked on dev under the articlebench guard (see the tuning below); --keep-from, --levels, --drop-below
// set them by hand. Growing the root (levels > 0) raised dev F1 (0.870 -> 0.893 at 0.65/3) but cost articlebench
// precision (F1 0.960-0.975 at every growth tried), so the shipped model only drops blocks inside the root.
const settings = { dropBelow: Number(arg('--drop-below') ?? 0.05), keepFrom: Number(arg('--keep-from') ?? 1.01), levels: Number(arg('--levels') ?? 0) };
/** Candidates as keepFrom:levels:dropBelow (--candidates). */
const listed = arg('--candidates')?.split(',').map((c) => c.split(':').map(Number));

if (arg('--cv')) {
  siteCrossValidation(Number(arg('--cv')));
  process.exit(0);
}

/**
 * Site-grouped k-fold cross-validation on train + dev (never test): the sites are dealt into k folds; each fold's
 * pages are extracted with the rules alone and with a model fitted on the other folds, so every score is on sites
 * the model never saw. Prints F1/P/R per candidate setting over all held-out pages.
 */
function siteCrossValidation(k: number): void {
  const pool = [...train, ...dev];
  const sites = [...new Set(pool.map((p) => p.site))].sort();
  const order = shuffle(sites, seededRandom(seed + 2));
  const foldOf = new Map<string, number>();
  const filled = new Array<number>(k).fill(0);
  const sizeOf = new Map<string, number>();
  for (const p of pool) sizeOf.set(p.site, (sizeOf.get(p.site) ?? 0) + 1);
  // Each site goes to the fold with the fewest pages so far: folds of about equal size.
  for (const s of order) {
    const f = filled.indexOf(Math.min(...filled));
    foldOf.set(s, f);
    filled[f]! += sizeOf.get(s)!;
  }
  const candidates = (listed ?? [[settings.keepFrom, settings.levels, settings.dropBelow]]).map(([keepFrom, levels, dropBelow]) => ({ keepFrom: keepFrom!, levels: levels!, dropBelow: dropBelow! }));
  const names = ['rules', ...candidates.map((c) => `model ${c.keepFrom}:${c.levels}:${c.dropBelow}`)];
  const counts: PageCounts[][] = names.map(() => []);
  const devCounts: PageCounts[][] = names.map(() => []);
  for (let f = 0; f < k; f++) {
    const held = pool.filter((p) => foldOf.get(p.site) === f);
    const { model } = fitModel(pool.filter((p) => foldOf.get(p.site) !== f), settings);
    const foldCounts: PageCounts[][] = names.map(() => []);
    for (const page of held) {
      const dom = parse(page);
      const doc = dom.window.document;
      const runs = [undefined, ...candidates.map((c) => ({ ...model, ...c }))];
      runs.forEach((m, i) => {
        const c = shingleMatch(page.truth, extractArticle(doc, page.url, m ? { blockModel: m } : {})?.text ?? '');
        foldCounts[i]!.push(c);
        counts[i]!.push(c);
        if (partOf[page.id] === 'dev') devCounts[i]!.push(c);
      });
      dom.window.close();
    }
    console.log(`fold ${f + 1}/${k}: ${held.length} pages, ${new Set(held.map((p) => p.site)).size} sites`);
    names.forEach((n, i) => console.log(`  ${describe(n, foldCounts[i]!)}`));
  }
  console.log(`site-grouped ${k}-fold CV over ${pool.length} train+dev pages (${sites.length} sites):`);
  names.forEach((n, i) => console.log(`  ${describe(n, counts[i]!)}`));
  console.log(`the dev part's pages within it (each scored by a model that never saw its site):`);
  names.forEach((n, i) => console.log(`  ${describe(n, devCounts[i]!)}`));
}

function describe(name: string, counts: PageCounts[]): string {
  const m = aggregate(counts);
  return `${name.padEnd(22)} F1 ${m.f1.toFixed(3)} P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} (${counts.length} pages)`;
}

const fitted = fitModel(train, settings);
const base = fitted.model;
console.log(`fitted: weighted log-loss ${fitted.loss.toFixed(4)}, block accuracy ${fitted.accuracy.toFixed(3)}`);
const order = [...FEATURE_NAMES, ...PAIRS.map((p) => p.join('×'))].map((n, i) => [n, base.weights[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`top features (standardised weight): ${order.slice(0, 12).map(([n, v]) => `${n} ${v > 0 ? '+' : ''}${v.toFixed(2)}`).join(', ')}`);

/** Macro F1 of full extractions with `model` over parsed pages. */
function score(docs: Array<{ doc: Document; page: BenchPage }>, model: BlockModel): { f1: number; r: number; p: number } {
  const counts = docs.map(({ doc, page }) => shingleMatch(page.truth, extractArticle(doc, page.url, { blockModel: model })?.text ?? ''));
  const m = aggregate(counts);
  return { f1: m.f1, r: m.recall, p: m.precision };
}

let chosen = base;
if (!argv.includes('--no-tune')) {
  // Each candidate costs a full extraction of the tuning pages: a seeded sample of dev keeps a run affordable.
  const rnd = seededRandom(seed + 1);
  const sample = dev.map((p) => [rnd(), p] as const).sort((a, b) => a[0] - b[0]).slice(0, Number(arg('--tune-pages') ?? 90)).map(([, p]) => p);
  const devDocs = sample.map((page) => ({ doc: parse(page).window.document, page: page as BenchPage }));
  const off: BlockModel = { ...base, dropBelow: 0, keepFrom: 1.01, levels: 0 };
  const before = score(devDocs, off);
  console.log(`without the model: dev sample (${sample.length} pages) F1 ${before.f1.toFixed(3)} P ${before.p.toFixed(3)} R ${before.r.toFixed(3)}`);
  const tried: Array<{ f1: number; model: BlockModel }> = [{ f1: before.f1, model: off }];
  // The --candidates, or a coordinate search from the defaults.
  const grid: Array<[keyof BlockModel, number[]]> = [['keepFrom', [0.5, 0.65, 0.8, 0.9, 1.01]], ['levels', [0, 1, 2, 3, 5]], ['dropBelow', [0, 0.05, 0.1, 0.2]]];
  const tryModel = (model: BlockModel): number => {
    const d = score(devDocs, model);
    tried.push({ f1: d.f1, model });
    console.log(`  keepFrom ${model.keepFrom} levels ${model.levels} dropBelow ${model.dropBelow}: dev F1 ${d.f1.toFixed(3)} P ${d.p.toFixed(3)} R ${d.r.toFixed(3)}`);
    return d.f1;
  };
  if (listed) {
    for (const [keepFrom, levels, dropBelow] of listed) tryModel({ ...base, keepFrom: keepFrom!, levels: levels!, dropBelow: dropBelow! });
  } else {
    let current = base;
    for (const [key, values] of grid) {
      let bestHere = { f1: -1, model: current };
      for (const v of values) {
        const model = { ...current, [key]: v };
        const f1 = tryModel(model);
        if (f1 > bestHere.f1) bestHere = { f1, model };
      }
      current = bestHere.model;
    }
  }
  // articlebench-dev is a guard, not training data: the best candidate on dev that keeps it at ≥ 0.98.
  if (argv.includes('--no-guard')) process.exit(0);
  const abDocs = loadArticlebench(shared).map((page) => ({ doc: parse(page).window.document, page }));
  for (const t of tried.sort((a, b) => b.f1 - a.f1)) {
    const guard = t.model === off ? 1 : score(abDocs, t.model).f1;
    console.log(`  guard: keepFrom ${t.model.keepFrom} levels ${t.model.levels} dropBelow ${t.model.dropBelow} (dev ${t.f1.toFixed(3)}): articlebench F1 ${guard.toFixed(3)}`);
    if (guard >= 0.98) { chosen = t.model; break; }
  }
  console.log(`chosen: keepFrom ${chosen.keepFrom} levels ${chosen.levels} dropBelow ${chosen.dropBelow}`);
}
writeFileSync(modelFile, JSON.stringify(chosen) + '\n');
console.log(`model written to ${modelFile} (${readFileSync(modelFile).length} bytes)`);
