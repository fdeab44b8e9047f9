// Fits the article engine's block model (src/core/extract/block-model.json) from ../shared/pages/dragnet-train:
// logistic regression on the blocks of the split's train part, thresholds picked on its dev part (full extraction,
// articlebench-dev as a guard that must stay ≥ 0.98). The test part is never read here. Seeded and deterministic.
// Usage: npm run train:extract -- [--seed N] [--no-tune]   (features are cached under $TMPDIR/readlens-blocks)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { FEATURE_NAMES, pageBlocks } from '../../src/core/extract/block-features';
import type { BlockModel } from '../../src/core/extract/block-model';
import { extractArticle } from '../../src/core/extract/index';
import { selectRoot } from '../../src/core/extract/select';
import { loadDragnet } from './lib/dragnet';
import type { DragnetPage } from './lib/dragnet';
import { aggregate, shingleMatch } from './lib/metric';
import { loadArticlebench, sharedDir } from './lib/pages';
import type { BenchPage } from './lib/pages';
import { fitLogistic, labelBlocks } from './lib/block-fit';
import { makeSplit, readSplit, seededRandom, writeSplit } from './lib/split';

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

// Features depend only on the selection pass and the feature code: cache them per version of those files.
const version = createHash('sha1');
for (const f of ['block-features.ts', 'select.ts', 'rules.ts']) version.update(readFileSync(path.join(repoRoot, 'src/core/extract', f)));
const cacheDir = path.join(os.tmpdir(), 'readlens-blocks', version.digest('hex').slice(0, 12));
mkdirSync(cacheDir, { recursive: true });

interface PageRows { features: number[][]; labels: number[]; lens: number[] }
function rowsOf(p: DragnetPage): PageRows {
  const file = path.join(cacheDir, `${p.id}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PageRows;
  const dom = parse(p);
  const sel = selectRoot(dom.window.document, 60_000);
  const blocks = sel ? pageBlocks(dom.window.document, sel) : [];
  const rows: PageRows = { features: blocks.map((b) => b.features), labels: labelBlocks(blocks.map((b) => b.text), p.truth), lens: blocks.map((b) => b.len) };
  dom.window.close();
  writeFileSync(file, JSON.stringify(rows));
  return rows;
}

const t0 = performance.now();
const X: number[][] = [];
const y: number[] = [];
const w: number[] = [];
for (const [i, p] of train.entries()) {
  const r = rowsOf(p);
  // Each page weighs the same in total, and within a page a block weighs by its length (the metric counts words).
  const total = r.lens.reduce((a, b) => a + Math.sqrt(b), 0) || 1;
  r.features.forEach((f, j) => { X.push(f); y.push(r.labels[j]!); w.push(Math.sqrt(r.lens[j]!) / total); });
  if (i % 100 === 0) console.log(`  features: ${i}/${train.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`${X.length} training blocks (${y.filter((v) => v === 1).length} content), ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const fit = fitLogistic(X, y, w, { l2: Number(arg('--l2') ?? 1e-3), epochs: 400, random: seededRandom(seed) });
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const base: BlockModel = {
  features: [...FEATURE_NAMES], mean: fit.mean.map(round), scale: fit.scale.map(round), weights: fit.weights.map(round), bias: round(fit.bias),
  dropBelow: 0.05, keepFrom: 0.8, levels: 3,
};
console.log(`fitted: weighted log-loss ${fit.loss.toFixed(4)}, block accuracy ${fit.accuracy.toFixed(3)}`);
const order = FEATURE_NAMES.map((n, i) => [n, base.weights[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`top features (standardised weight): ${order.slice(0, 12).map(([n, v]) => `${n} ${v > 0 ? '+' : ''}${v.toFixed(2)}`).join(', ')}`);

/** Macro F1 of full extractions with `model` over parsed pages. */
function score(docs: Array<{ doc: Document; page: BenchPage }>, model: BlockModel): { f1: number; r: number; p: number } {
  const counts = docs.map(({ doc, page }) => shingleMatch(page.truth, extractArticle(doc, page.url, { blockModel: model })?.text ?? ''));
  const m = aggregate(counts);
  return { f1: m.f1, r: m.recall, p: m.precision };
}

let chosen = base;
if (!argv.includes('--no-tune')) {
  const devDocs = dev.map((page) => ({ doc: parse(page).window.document, page: page as BenchPage }));
  const abDocs = loadArticlebench(shared).map((page) => ({ doc: parse(page).window.document, page }));
  const off: BlockModel = { ...base, dropBelow: 0, keepFrom: 1.01, levels: 0 };
  const before = { dev: score(devDocs, off), ab: score(abDocs, off) };
  console.log(`without the model: dev F1 ${before.dev.f1.toFixed(3)} (R ${before.dev.r.toFixed(3)})  articlebench F1 ${before.ab.f1.toFixed(3)}`);
  let best = { f1: before.dev.f1, model: off };
  // Coordinate search, one setting at a time from a middle point: each candidate costs a full extraction of dev.
  const grid: Array<[keyof BlockModel, number[]]> = [['levels', [1, 2, 3, 5]], ['keepFrom', [0.6, 0.7, 0.8, 0.9]], ['dropBelow', [0, 0.02, 0.05, 0.1, 0.2]]];
  let current = base;
  for (const [key, values] of grid) {
    let bestHere = { f1: -1, model: current };
    for (const v of values) {
      const model = { ...current, [key]: v };
      const d = score(devDocs, model);
      const guard = score(abDocs, model).f1;
      console.log(`  levels ${model.levels} keepFrom ${model.keepFrom} dropBelow ${model.dropBelow}: dev F1 ${d.f1.toFixed(3)} P ${d.p.toFixed(3)} R ${d.r.toFixed(3)}  articlebench ${guard.toFixed(3)}`);
      if (guard >= 0.98 && d.f1 > bestHere.f1) bestHere = { f1: d.f1, model };
    }
    current = bestHere.model;
    if (bestHere.f1 > best.f1) best = bestHere;
  }
  chosen = best.model;
  console.log(`chosen: levels ${chosen.levels} keepFrom ${chosen.keepFrom} dropBelow ${chosen.dropBelow} (dev F1 ${best.f1.toFixed(3)})`);
}
writeFileSync(modelFile, JSON.stringify(chosen) + '\n');
console.log(`model written to ${modelFile} (${readFileSync(modelFile).length} bytes)`);
