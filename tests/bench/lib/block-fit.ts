// Training pieces of the block model: block labels from the human gold, and a weighted logistic regression.

import { MIN_JUDGED_WORDS } from '../../../src/core/extract/block-model';

/** Same tokens as the metric (lib/metric.ts): Python's \w+ with Unicode. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const key = (ts: string[]): string => ts.join('\u0001');

/**
 * 1 when a block is article content: at least half of its 4-word shingles occur in the gold text (a short
 * block: its words occur there in a row), else 0; null for a block of fewer than 4 words, which a few words
 * of the gold would match by chance ("Home", "About").
 */
export function labelBlocks(texts: string[], gold: string): Array<0 | 1 | null> {
  const g = gold.toLowerCase().match(TOKEN) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= g.length; i++) shingles.add(key(g.slice(i, i + 4)));
  return texts.map((t) => {
    const ts = t.toLowerCase().match(TOKEN) ?? [];
    if (!ts.length) return 0;
    if (ts.length < MIN_JUDGED_WORDS) return null;
    let hit = 0;
    for (let i = 0; i + 4 <= ts.length; i++) if (shingles.has(key(ts.slice(i, i + 4)))) hit++;
    return hit * 2 >= ts.length - 3 ? 1 : 0;
  });
}

export interface LogisticFit { mean: number[]; scale: number[]; weights: number[]; bias: number; loss: number; accuracy: number }

/**
 * Weighted L2-regularised logistic regression on standardised features, fitted with Adam on mini-batches drawn
 * in a seeded order (so a run is reproducible).
 */
export function fitLogistic(X: number[][], y: number[], w: number[], opts: { l2: number; epochs: number; random: () => number }): LogisticFit {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of X) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const wsum = w.reduce((a, b) => a + b, 0) || 1;
  const W = w.map((v) => v / wsum);
  const theta = new Array<number>(d + 1).fill(0);
  const m1 = new Array<number>(d + 1).fill(0);
  const m2 = new Array<number>(d + 1).fill(0);
  const idx = Array.from({ length: n }, (_, i) => i);
  const batch = 2048;
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(opts.random() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    for (let s = 0; s < n; s += batch) {
      const grad = new Array<number>(d + 1).fill(0);
      let bw = 0;
      for (let k = s; k < Math.min(n, s + batch); k++) {
        const i = idx[k]!;
        const z = Z[i]!;
        let t = theta[d]!;
        for (let j = 0; j < d; j++) t += theta[j]! * z[j]!;
        const g = (1 / (1 + Math.exp(-t)) - y[i]!) * W[i]!;
        bw += W[i]!;
        for (let j = 0; j < d; j++) grad[j]! += g * z[j]!;
        grad[d]! += g;
      }
      step++;
      const lr = 0.02;
      for (let j = 0; j <= d; j++) {
        const gj = grad[j]! / (bw || 1) + (j < d ? opts.l2 * theta[j]! : 0);
        m1[j] = 0.9 * m1[j]! + 0.1 * gj;
        m2[j] = 0.999 * m2[j]! + 0.001 * gj * gj;
        theta[j]! -= (lr * (m1[j]! / (1 - 0.9 ** step))) / (Math.sqrt(m2[j]! / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  let loss = 0;
  let correct = 0;
  Z.forEach((z, i) => {
    let t = theta[d]!;
    for (let j = 0; j < d; j++) t += theta[j]! * z[j]!;
    const p = 1 / (1 + Math.exp(-t));
    loss -= W[i]! * (y[i] ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
    if ((p >= 0.5 ? 1 : 0) === y[i]) correct += W[i]!;
  });
  return { mean, scale, weights: theta.slice(0, d), bias: theta[d]!, loss, accuracy: correct };
}
