// Fits the quote-or-term model (src/core/analyze/quote-kind.ts) on the train split of the quotation corpus: logistic
// regression over every quoted span the engine scores, labelled 1 when a gold quotation matches it (token F1 ≥ 0.8, as
// the bench counts). The L2 penalty and the threshold are chosen on dev (both variants: with paragraphs and as one
// block) for the best spans F1, counting gold quotations no span reaches as misses. Full-batch gradient descent from
// zero weights: the same corpus always gives the same numbers. The test split is never opened.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { ATTRIBUTION } from '../../../src/core/analyze/attribution-model';
import { KIND_FEATURES, type KindModel } from '../../../src/core/analyze/quote-kind';
import { type Annotation, type Article, locate, spanF1 } from './gold';

interface Example { x: number[]; y: number; id: string; text: string; context: string }
/** `unreached`: gold quotations no scored span matches (the span finder or a hard rule lost them). */
interface Split { examples: Example[]; gold: number; unreached: string[] }

/** Scores every span: collection must not depend on the model being fitted. */
const ACCEPT_ALL: KindModel = { threshold: -Infinity, weights: [] };
const PENALTIES = [0.0003, 0.001, 0.003, 0.01, 0.03];
const STEPS = 4000;
const RATE = 0.5;

function collect(repo: string, split: string, variants: boolean): Split {
  const dir = path.join(repo, 'tests/fixtures/analyze/corpus');
  const out: Split = { examples: [], gold: 0, unreached: [] };
  for (const f of fs.readdirSync(path.join(dir, 'articles')).filter((x) => x.endsWith('.json')).sort()) {
    const article = JSON.parse(fs.readFileSync(path.join(dir, 'articles', f), 'utf8')) as Article;
    if (article.split !== split) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'annotations', f), 'utf8')) as Annotation;
    const forms = variants && article.paragraphs.length > 1 ? [article.paragraphs, [article.paragraphs.join(' ')]] : [article.paragraphs];
    for (const paragraphs of forms) {
      const a = { ...article, paragraphs };
      const located = gold.quotes.map((q) => locate(a, q)).filter((x) => x !== null);
      out.gold += located.length;
      const used = new Set<number>();
      analyzeArticle({ paragraphs, lang: article.lang, ...(article.title ? { title: article.title } : {}) }, {
        attribution: ATTRIBUTION,
        quoteKind: {
          model: ACCEPT_ALL,
          trace: (x, p, q) => {
            const para = paragraphs[p] ?? '';
            const at = { paragraph: p, start: q.innerStart, end: q.innerEnd, text: para.slice(q.innerStart, q.innerEnd) };
            const gi = located.findIndex((g, i) => !used.has(i) && spanF1(at, g, para) >= 0.8);
            if (gi >= 0) used.add(gi);
            out.examples.push({ x, y: gi >= 0 ? 1 : 0, id: article.id, text: at.text, context: `${para.slice(Math.max(0, q.outerStart - 70), q.outerStart)}[${para.slice(q.outerStart, q.outerEnd).slice(0, 80)}]${para.slice(q.outerEnd, q.outerEnd + 50)}` });
          },
        },
      });
      located.forEach((g, i) => used.has(i) || out.unreached.push(`${article.id}: ${g.text}`));
    }
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]): number => x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);

function fit(data: Example[], penalty: number): number[] {
  const w = new Array<number>(KIND_FEATURES.length).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(w.length).fill(0);
    for (const { x, y } of data) {
      const err = sigmoid(dot(w, x)) - y;
      for (let i = 0; i < x.length; i++) g[i] = (g[i] as number) + err * (x[i] as number);
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - RATE * ((g[i] as number) / data.length + (i ? penalty * (w[i] as number) : 0));
  }
  return w;
}

/** Spans F1 at `threshold`: spans above it are found, gold quotations without a span above it are missed. */
function f1(split: Split, w: number[], threshold: number): { f1: number; p: number; r: number } {
  let tp = 0;
  let fp = 0;
  for (const e of split.examples) {
    if (dot(w, e.x) <= threshold) continue;
    if (e.y) tp++;
    else fp++;
  }
  const fn = split.gold - tp;
  return { f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, p: tp / (tp + fp || 1), r: tp / (split.gold || 1) };
}

function bestThreshold(split: Split, w: number[]): { threshold: number; f1: number } {
  let best = { threshold: 0, f1: -1 };
  for (let t = -3; t <= 3.001; t += 0.05) {
    const s = f1(split, w, t).f1;
    // Ties go to the threshold nearest zero, the model's own boundary.
    if (s > best.f1 + 1e-9 || (Math.abs(s - best.f1) <= 1e-9 && Math.abs(t) < Math.abs(best.threshold))) best = { threshold: Math.round(t * 100) / 100, f1: s };
  }
  return best;
}

export function run(repo: string, args: string[]): void {
  const train = collect(repo, 'train', false);
  const dev = collect(repo, 'dev', true);
  console.log(`train: ${train.examples.length} spans, ${train.gold} gold quotations; dev (both variants): ${dev.examples.length} spans, ${dev.gold} gold`);
  // How often each feature fires on train quotations and on other spans (the weights' evidence).
  const fires = (y: number, i: number): number => train.examples.filter((e) => e.y === y && (e.x[i] as number) > 0).length;
  console.log(KIND_FEATURES.map((n, i) => `${n} ${fires(1, i)}/${fires(0, i)}`).join(', '));
  let best: { penalty: number; w: number[]; threshold: number; f1: number } | null = null;
  for (const penalty of PENALTIES) {
    const w = fit(train.examples, penalty);
    const t = bestThreshold(dev, w);
    const tr = f1(train, w, t.threshold);
    console.log(`L2 ${penalty}: dev F1 ${t.f1.toFixed(3)} at threshold ${t.threshold}; train F1 ${tr.f1.toFixed(3)} (P ${tr.p.toFixed(3)} R ${tr.r.toFixed(3)})`);
    if (!best || t.f1 > best.f1 + 1e-9) best = { penalty, w, threshold: t.threshold, f1: t.f1 };
  }
  if (!best) return;
  const d = f1(dev, best.w, best.threshold);
  console.log(`\nchosen L2 ${best.penalty}, threshold ${best.threshold}: dev F1 ${d.f1.toFixed(3)} (P ${d.p.toFixed(3)} R ${d.r.toFixed(3)})`);
  console.log(KIND_FEATURES.map((n, i) => `${n} ${(best.w[i] as number).toFixed(2)}`).join(', '));
  if (args.includes('--errors')) listErrors(train, best.w, best.threshold, args);
  if (args.includes('--write')) {
    const file = path.join(repo, 'src/core/analyze/quote-kind-model.ts');
    const weights = best.w.map((x) => Math.round(x * 100) / 100);
    fs.writeFileSync(file, `// Written by \`npm run train:spans\` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 ${best.penalty}); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: ${best.threshold}, weights: [${weights.join(', ')}] };
`);
    console.log(`wrote ${path.relative(repo, file)}`);
  }
}

/** Train's spans on the wrong side of the threshold, each with its score and its heaviest features, then the unreached gold. */
function listErrors(split: Split, w: number[], threshold: number, args: string[]): void {
  console.log('\n### train: wrong spans (score, label, heaviest features)');
  for (const e of split.examples) {
    const z = dot(w, e.x);
    if (z > threshold === (e.y === 1)) continue;
    const top = e.x.map((v, i) => [KIND_FEATURES[i], v * (w[i] ?? 0)] as const).filter(([, v]) => v).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 6);
    console.log(`${z.toFixed(2)} ${e.y ? 'missed' : 'extra '} ${e.id}: "${e.text.slice(0, 60)}" ${top.map(([n, v]) => `${n}${v > 0 ? '+' : ''}${v.toFixed(1)}`).join(' ')}`);
    if (args.includes('--context')) console.log(`    ${e.context.replace(/\s+/g, ' ')}`);
  }
  console.log(`\n### train: gold quotations no scored span reaches (${split.unreached.length})`);
  for (const u of split.unreached) console.log(u.slice(0, 110));
}
