// Benchmark: Readlens vs Mozilla Readability on the same parsed DOM (jsdom), same process, interleaved.
// Usage: npm run bench:extract -- [--set articlebench|readability|dragnet] [--test] [--parts train,dev,test] [--only <id part>] [--reps N] [--json out.json] [--worst N]
//   [--compare earlier.json] [--model]   (--compare lists the pages whose Readlens F1 changed since an earlier
//   --json run; --model runs Readlens with the shipped block model, which is opt-in)
// dragnet-train is scored per part of its by-site split (tests/bench/data/dragnet-split.json); its test part is
// read only with --test, once the model and its settings are final.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { BLOCK_MODEL } from '../../src/core/extract/block-model';
import { extractArticle, isArticle } from '../../src/core/extract/index';
import { createPurifySanitizer } from '../../src/core/extract/purify';
import { aggregate, pageF1, pagePrecision, pageRecall, quantile, shingleMatch } from './lib/metric';
import type { PageCounts } from './lib/metric';
import { loadDragnet } from './lib/dragnet';
import { loadArticlebench, loadReadability, sharedDir } from './lib/pages';
import type { BenchPage } from './lib/pages';
import { readSplit } from './lib/split';

interface EngineRun { text: string; ms: number; error: string | null; detected: boolean }
interface PageResult {
  set: string; id: string; url: string; lang: string;
  readlens: EngineRun & { counts: PageCounts; f1: number };
  readability: EngineRun & { counts: PageCounts; f1: number };
  readerable?: boolean;
}

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const repoRoot = process.env['READLENS_ROOT'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = sharedDir(repoRoot);
const which = arg('--set') ?? 'all';
const only = arg('--only');
const reps = Math.max(1, Number(arg('--reps') ?? 3));
const worstN = Number(arg('--worst') ?? 8);

let pages: BenchPage[] = [];
if (which === 'all' || which === 'articlebench') pages.push(...loadArticlebench(shared));
if (which === 'all' || which === 'readability') pages.push(...loadReadability(shared));
/** Collection name of each page: dragnet pages are named after their part of the split. */
const collection = new Map<BenchPage, string>();
if (which === 'all' || which === 'dragnet') {
  const parts = arg('--parts')?.split(',');
  const split = readSplit(path.join(repoRoot, 'tests/bench/data/dragnet-split.json'));
  if (!split) throw new Error('tests/bench/data/dragnet-split.json is missing (npm run train:extract -- --split writes it)');
  for (const p of loadDragnet(shared)) {
    const part = split.pages[p.id];
    if (!part || (part === 'test' && !argv.includes('--test')) || (parts && !parts.includes(part))) continue;
    collection.set(p, `dragnet-${part}`);
    pages.push(p);
  }
}
if (only) pages = pages.filter((p) => p.id.includes(only));
if (!pages.length) {
  console.error(`no pages found under ${shared}`);
  process.exit(1);
}

function htmlText(dom: JSDOM, html: string): string {
  const t = dom.window.document.createElement('template');
  t.innerHTML = html;
  return t.content.textContent ?? '';
}

function runReadlens(doc: Document, url: string, sanitize: (root: Element) => void): EngineRun {
  const t0 = performance.now();
  try {
    const art = extractArticle(doc, url, { sanitize, ...(argv.includes('--model') ? { blockModel: BLOCK_MODEL } : {}) });
    const ms = performance.now() - t0;
    return { text: art?.text ?? '', ms, error: null, detected: false };
  } catch (e) {
    return { text: '', ms: performance.now() - t0, error: String(e), detected: false };
  }
}

function runReadability(doc: Document): EngineRun {
  const t0 = performance.now();
  try {
    const art = new Readability(doc).parse();
    const ms = performance.now() - t0;
    return { text: art?.textContent ?? '', ms, error: null, detected: false };
  } catch (e) {
    return { text: '', ms: performance.now() - t0, error: String(e), detected: false };
  }
}

// jsdom 29 throws on some stylesheets; neither engine reads CSS, so style blocks are emptied before
// parsing (stripStyleBlocks), identically for both engines. Each page gets its own silent VirtualConsole.

const results: PageResult[] = [];
const started = performance.now();
for (const [i, page] of pages.entries()) {
  const dom = new JSDOM(stripStyleBlocks(page.html), { url: page.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const truth = page.set === 'readability' ? htmlText(dom, page.truth) : page.truth;
  const lang = (doc.documentElement.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || '').trim().toLowerCase().split(/[-_,\s]/)[0] ?? '';
  let rl: EngineRun | null = null;
  let rb: EngineRun | null = null;
  // The sanitiser is built once per window (as the content script builds it once per page), outside the timing.
  const sanitize = createPurifySanitizer(dom.window as unknown as Window & typeof globalThis);
  const rlMs: number[] = [];
  const rbMs: number[] = [];
  for (let r = 0; r < reps; r++) {
    // Interleave and alternate the order so that neither engine always runs on a warmer heap.
    const order = (i + r) % 2 === 0 ? ['rl', 'rb'] : ['rb', 'rl'];
    for (const who of order) {
      const clone = doc.cloneNode(true) as Document;
      if (who === 'rl') { rl = runReadlens(clone, page.url, sanitize); rlMs.push(rl.ms); }
      else { rb = runReadability(clone); rbMs.push(rb.ms); }
    }
  }
  rl!.ms = quantile(rlMs, 0.5);
  rb!.ms = quantile(rbMs, 0.5);
  rl!.detected = isArticle(doc.cloneNode(true) as Document).isArticle;
  rb!.detected = isProbablyReaderable(doc.cloneNode(true) as Document);
  const rlCounts = shingleMatch(truth, rl!.text);
  const rbCounts = shingleMatch(truth, rb!.text);
  results.push({
    set: collection.get(page) ?? page.set, id: page.id, url: page.url, lang, readerable: page.readerable,
    readlens: { ...rl!, counts: rlCounts, f1: pageF1(rlCounts) },
    readability: { ...rb!, counts: rbCounts, f1: pageF1(rbCounts) },
  });
  dom.window.close();
  // jsdom queues each new window's load events (process.nextTick, promise jobs) and those callbacks hold the whole
  // DOM: without a turn of the event loop between pages no page is ever freed, window.close() or not (the train part
  // ran out of an 8 GB heap). The engines have run by now, so this changes no result.
  await new Promise((resolve) => setImmediate(resolve));
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length}`);
  if (process.env['READLENS_BENCH_MEM'] && i % 20 === 0) console.error(`page ${i}: heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}
if (process.stderr.isTTY) process.stderr.write('\n');

const f = (x: number): string => x.toFixed(3);
const engines = ['readlens', 'readability'] as const;
const rd = results.filter((r) => r.set === 'readability');

console.log(`Readlens vs Readability — DOM: jsdom (each page parsed once, engines timed on clones), ${reps} rep(s), ${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(1)} s`);
const line = (rs: PageResult[], e: typeof engines[number]): string => {
  const m = aggregate(rs.map((r) => r[e].counts));
  return `F1 ${f(m.f1)}  P ${f(m.precision)}  R ${f(m.recall)}  accuracy ${f(m.accuracy)}  pages < 0.8: ${rs.filter((r) => r[e].f1 < 0.8).length}`;
};
const GOLD_SETS: Array<[string, string]> = [
  ['articlebench', 'targets: F1 ≥ 0.98, P ≥ 0.97, R ≥ 0.98'],
  ['dragnet-train', 'fitted on'],
  ['dragnet-dev', 'settings picked on'],
  ['dragnet-test', 'untouched; targets: F1 ≥ Readability + 0.05, R ≥ 0.85'],
];
for (const [set, note] of GOLD_SETS) {
  const rs = results.filter((r) => r.set === set);
  if (!rs.length) continue;
  console.log(`\n${set} (${rs.length} pages, human ground truth)   ${note}`);
  for (const e of engines) console.log(`  ${e.padEnd(12)} ${line(rs, e)}`);
  const langs = new Map<string, PageResult[]>();
  for (const r of rs) if (r.lang) langs.set(r.lang, [...(langs.get(r.lang) ?? []), r]);
  for (const [lang, lr] of [...langs].sort((a, b) => b[1].length - a[1].length)) {
    if (lr.length < 3) continue;
    const m = (e: typeof engines[number]): number => aggregate(lr.map((r) => r[e].counts)).f1;
    console.log(`    lang ${lang.padEnd(4)} (${String(lr.length).padStart(3)} pages)  F1 readlens ${f(m('readlens'))}  readability ${f(m('readability'))}`);
  }
  const worst = [...rs].sort((a, b) => a.readlens.f1 - b.readlens.f1).slice(0, worstN);
  if (worst.length) console.log(`  Readlens worst pages (F1 / P / R; Readability F1):`);
  for (const r of worst) {
    console.log(`    ${r.id.slice(0, 12).padEnd(12)} ${f(r.readlens.f1)} / ${f(pagePrecision(r.readlens.counts))} / ${f(pageRecall(r.readlens.counts))}; rb ${f(r.readability.f1)}  ${r.url}`);
  }
}
if (rd.length) {
  console.log(`\nreadability test pages (${rd.length}; expected.html is Readability's own output)`);
  for (const e of engines) {
    const errors = rd.filter((r) => r[e].error).length;
    const empty = rd.filter((r) => !r[e].text).length;
    const labelled = rd.filter((r) => typeof r.readerable === 'boolean');
    const correct = labelled.filter((r) => r[e].detected === r.readerable).length;
    console.log(`  ${e.padEnd(12)} exceptions ${errors}  empty ${empty}  detection accuracy ${correct}/${labelled.length} = ${f(correct / (labelled.length || 1))}`);
  }
  const m = aggregate(rd.map((r) => r.readlens.counts));
  console.log(`  Readlens vs expected.html: F1 ${f(m.f1)}  P ${f(m.precision)}  R ${f(m.recall)}`);
  const sharp = rd.filter((r) => r.readlens.f1 < 0.5);
  console.log(`  pages where Readlens differs sharply from Readability (F1 < 0.5): ${sharp.length}${sharp.length ? ' — ' + sharp.map((r) => `${r.id} (${f(r.readlens.f1)})`).join(', ') : ''}`);
  const miss = rd.filter((r) => typeof r.readerable === 'boolean' && r.readlens.detected !== r.readerable);
  if (miss.length) console.log(`  Readlens detection misses: ${miss.map((r) => `${r.id} (label ${r.readerable})`).join(', ')}`);
}
console.log(`\nspeed (ms per page, median of ${reps} run(s) each, all ${results.length} pages)   targets: median ≤ 0.5×, p95 ≤ 0.7×`);
const med: Record<string, number> = {};
const p95: Record<string, number> = {};
for (const e of engines) {
  const ms = results.map((r) => r[e].ms);
  med[e] = quantile(ms, 0.5);
  p95[e] = quantile(ms, 0.95);
  console.log(`  ${e.padEnd(12)} median ${med[e]!.toFixed(2)}  p95 ${p95[e]!.toFixed(2)}  total ${ms.reduce((a, b) => a + b, 0).toFixed(0)}`);
}
console.log(`  Readlens/Readability ratio: median ${(med['readlens']! / med['readability']!).toFixed(2)}×  p95 ${(p95['readlens']! / p95['readability']!).toFixed(2)}×`);

const earlierFile = arg('--compare');
if (earlierFile && existsSync(earlierFile)) {
  // Per-page changes: a page that falls is a bug to understand, not a number to average away.
  const earlier = new Map((JSON.parse(readFileSync(earlierFile, 'utf8')) as Array<{ set: string; id: string; readlens: { f1: number } }>).map((r) => [`${r.set}/${r.id}`, r.readlens.f1]));
  for (const set of [...new Set(results.map((r) => r.set))]) {
    const changed = results.filter((r) => r.set === set && earlier.has(`${r.set}/${r.id}`)).map((r) => ({ r, d: r.readlens.f1 - earlier.get(`${r.set}/${r.id}`)! }));
    const down = changed.filter((c) => c.d < -0.0005).sort((a, b) => a.d - b.d);
    const up = changed.filter((c) => c.d > 0.0005);
    console.log(`\n${set} vs ${path.basename(earlierFile)}: ${up.length} pages up, ${down.length} down${down.length ? ':' : ''}`);
    for (const { r, d } of down) console.log(`    ${r.id.slice(0, 16).padEnd(16)} ${f(r.readlens.f1 - d)} -> ${f(r.readlens.f1)}  ${r.url}`);
  }
}

const out = arg('--json');
if (out) {
  writeFileSync(out, JSON.stringify(results.map((r) => ({
    set: r.set, id: r.id, url: r.url, lang: r.lang, readerable: r.readerable,
    readlens: { f1: r.readlens.f1, ...r.readlens.counts, ms: r.readlens.ms, detected: r.readlens.detected, error: r.readlens.error, text: r.readlens.text },
    readability: { f1: r.readability.f1, ...r.readability.counts, ms: r.readability.ms, detected: r.readability.detected, error: r.readability.error, text: r.readability.text },
  })), null, 1));
  console.log(`per-page results written to ${out}`);
}
