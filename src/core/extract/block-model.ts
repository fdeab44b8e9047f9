// Applies the learned block model (logistic regression fitted by `npm run train:extract`, shipped as
// block-model.json) to the page's blocks, and turns its probabilities into keep/drop verdicts around the root.

import weights from './block-model.json';
import { FEATURE_NAMES } from './block-features';
import type { PageBlock } from './block-features';

export interface BlockModel {
  features: readonly string[];
  /** Products of two features (by name) that the model weighs too, after the features themselves. */
  pairs: ReadonlyArray<readonly string[]>;
  /** Standardisation of each input (x - mean) / scale, then one weight per input: features, then pairs. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** A block inside the selected root is dropped below this probability… */
  dropBelow: number;
  /** …and a block outside it is kept from this probability on (then clutter rules spare it and its wrappers). */
  keepFrom: number;
  /** How many levels above the selected root the article may grow to take in kept blocks. */
  levels: number;
}

export const BLOCK_MODEL: BlockModel = weights;

/** Blocks of fewer words (cells, captions, labels) are not learned from, so the model never drops them inside the root. */
export const MIN_JUDGED_WORDS = 4;
const WORDS_AT = FEATURE_NAMES.indexOf('log_words');

/** The model's inputs for one block: its features, then the products named in `pairs`. */
export function modelInputs(features: readonly number[], pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const x = [...features];
  for (const [a, b] of pairs) x.push(features[a]! * features[b]!);
  return x;
}

/** Feature positions of the model's pairs. */
export function pairIndexes(model: Pick<BlockModel, 'pairs'>): Array<[number, number]> {
  const at = (name: string): number => (FEATURE_NAMES as readonly string[]).indexOf(name);
  return model.pairs.map((p) => (p.length === 2 ? [at(p[0]!), at(p[1]!)] : [-1, -1]));
}

/** Probability that each block is article content. */
export function blockProbabilities(blocks: PageBlock[], model: BlockModel = BLOCK_MODEL): number[] {
  const pairs = pairIndexes(model);
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((f, i) => f !== FEATURE_NAMES[i]) || pairs.some(([a, b]) => a < 0 || b < 0) ||
    model.weights.length !== FEATURE_NAMES.length + pairs.length) {
    throw new Error('block model does not match the feature extractor (run npm run train:extract)');
  }
  const { mean, scale, weights: w, bias } = model;
  return blocks.map((b) => {
    let z = bias;
    const x = modelInputs(b.features, pairs);
    for (let i = 0; i < w.length; i++) z += w[i]! * ((x[i]! - mean[i]!) / scale[i]!);
    return 1 / (1 + Math.exp(-z));
  });
}

/** What the model decided around the selected root: where the article ends, and which blocks it keeps or drops. */
export interface BlockVerdicts {
  /** What to take the article from: the selected parts, or one ancestor that also holds kept blocks. */
  parts: Element[];
  /** Elements (kept blocks and their ancestors up to the container) that clutter rules must not remove. */
  keep: Set<Element>;
  /** Blocks to remove: judged not content, and holding no kept block. */
  drop: Set<Element>;
}

/** The ancestor of `el` that is `levels` levels up, stopping below <body>. */
function ancestor(el: Element, levels: number): Element {
  let e = el;
  for (let i = 0; i < levels && e.parentElement && e.parentElement !== e.ownerDocument.body; i++) e = e.parentElement;
  return e;
}

/**
 * Blocks of the selected parts stay unless the model is sure they are not content (p < dropBelow); blocks
 * elsewhere join when it is sure they are (p ≥ keepFrom) and sit within `levels` of the root, which grows the
 * container to hold them. Blocks in between are left to the cleaning rules.
 */
export function judgeBlocks(blocks: PageBlock[], parts: Element[], model: BlockModel = BLOCK_MODEL): BlockVerdicts {
  if (!parts.length) return { parts, keep: new Set(), drop: new Set() };
  const root = parts[0]!;
  const start = parts.length > 1 && root.parentElement ? root.parentElement : root;
  const probs = blockProbabilities(blocks, model);
  const inParts = (el: Element): boolean => parts.some((p) => p.contains(el));
  const top = ancestor(start, model.levels);
  let container = start;
  const keepBlocks: Element[] = [];
  blocks.forEach((b, i) => {
    // Inside the parts the cleaning rules stay in charge of what they remove (tuned, and right on articlebench).
    if (probs[i]! < model.keepFrom || !top.contains(b.el) || inParts(b.el)) return;
    keepBlocks.push(b.el);
    while (!container.contains(b.el) && container !== top && container.parentElement) container = container.parentElement;
  });
  const keep = new Set<Element>();
  for (const el of keepBlocks) {
    for (let e: Element | null = el; e && e !== container && !keep.has(e); e = e.parentElement) keep.add(e);
  }
  const doomed = blocks.map((b, i) => {
    if (keep.has(b.el) || !container.contains(b.el) || b.el === container) return false;
    if (!inParts(b.el)) return probs[i]! < model.keepFrom;
    return Math.round(Math.expm1(b.features[WORDS_AT]!)) >= MIN_JUDGED_WORDS && probs[i]! < model.dropBelow;
  });
  // A block that wraps surviving blocks stays (its own stray text with it): removing it would take them along.
  const holds = new Set<Element>();
  blocks.forEach((b, i) => {
    if (doomed[i] || !container.contains(b.el)) return;
    for (let e = b.el.parentElement; e && e !== container && !holds.has(e); e = e.parentElement) holds.add(e);
  });
  const drop = new Set<Element>();
  blocks.forEach((b, i) => { if (doomed[i] && !holds.has(b.el)) drop.add(b.el); });
  return { parts: container === start ? parts : [container], keep, drop };
}
