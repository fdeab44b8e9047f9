// Applies the learned block model (logistic regression fitted by `npm run train:extract`, shipped as
// block-model.json) to the page's blocks, and turns its probabilities into keep/drop verdicts around the root.

import weights from './block-model.json';
import { FEATURE_NAMES } from './block-features';
import type { PageBlock } from './block-features';
import { CHROME_TAGS } from './rules';
import { CHROME_ROLES, isClutter } from './select';

/** Chrome by its tag, role or class/id words. */
const isChrome = (el: Element): boolean => CHROME_TAGS.has(el.tagName.toUpperCase()) || CHROME_ROLES.has(el.getAttribute('role') ?? '') || isClutter(el);

export interface BlockModel {
  features: readonly string[];
  /** Products of two features (by name) that the model weighs too, after the features themselves. */
  pairs: ReadonlyArray<readonly string[]>;
  /** Standardisation of each input (x - mean) / scale, then one weight per input: features, then pairs. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** A judged block inside the article is dropped below this probability… */
  dropBelow: number;
  /** …and a sibling of the root or of an ancestor joins when its blocks' length-weighted probability reaches this. */
  keepFrom: number;
  /** How many elements of the chain root, parent, grandparent… have their siblings considered (0: no growth). */
  levels: number;
}

export const BLOCK_MODEL: BlockModel = weights;

/** Blocks of fewer words (cells, captions, labels) are not learned from, so the model never drops them inside the root. */
export const MIN_JUDGED_WORDS = 4;
const WORDS_AT = /* @__PURE__ */ FEATURE_NAMES.indexOf('log_words');

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

/** What the model decided around the selected root: which blocks join the article, which it keeps or drops. */
export interface BlockVerdicts {
  /** What to take the article from: the selected parts and the sibling blocks the model added, in document order. */
  parts: Element[];
  /** Added blocks and the kept blocks inside them (with their wrappers): clutter rules must not remove them. */
  keep: Set<Element>;
  /** Blocks to remove: judged not content, holding no surviving block, and not a part itself. */
  drop: Set<Element>;
}

/** Judged text (blocks of MIN_JUDGED_WORDS or more) below which an added sibling's verdict is not trusted. */
const MIN_GROWTH_CHARS = 80;

const judged = (b: PageBlock): boolean => Math.round(Math.expm1(b.features[WORDS_AT]!)) >= MIN_JUDGED_WORDS;

/**
 * Growth with a precision guard: the siblings of the root and of its ancestors up to `levels` levels up join the
 * article when the model finds them content on the whole — their judged blocks' probability, weighted by length,
 * is at least `keepFrom` — and they do not name themselves chrome or clutter, so a separate lead paragraph or
 * the story's end after an ad comes in while link lists and cards (voted out by their own blocks) and comments
 * (named) stay out. Inside the parts and the added siblings, a
 * judged block goes when the model is sure it is not content (p < dropBelow); the rest is left to the cleaning rules.
 */
export function judgeBlocks(blocks: PageBlock[], parts: Element[], model: BlockModel = BLOCK_MODEL): BlockVerdicts {
  const keep = new Set<Element>();
  const drop = new Set<Element>();
  if (!parts.length) return { parts, keep, drop };
  const probs = blockProbabilities(blocks, model);
  const root = parts[0]!;
  const body = root.ownerDocument.body;
  // The chain the article may grow along (the root, its parent… `levels` elements, stopping below <body>); the
  // candidates are the other children of their parents.
  const chain = new Set<Element>();
  const parents = new Set<Element>();
  for (let e: Element | null = root, i = 0; e && e !== body && i < model.levels; e = e.parentElement, i++) {
    chain.add(e);
    if (e.parentElement) parents.add(e.parentElement);
  }
  const partSet = new Set(parts);
  // The candidate holding each block, memoised up the tree so that each element is climbed through once.
  const owner = new Map<Element, Element | null>();
  const ownerOf = (el: Element): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = owner.get(e);
      if (known !== undefined) { found = known; break; }
      path.push(e);
      if (partSet.has(e) || chain.has(e)) break;
      if (e.parentElement && parents.has(e.parentElement)) { found = e; break; }
    }
    for (const e of path) owner.set(e, found);
    return found;
  };
  const mass = new Map<Element, { len: number; weighted: number }>();
  const within = blocks.map((b, i) => {
    const o = ownerOf(b.el);
    if (o && judged(b)) {
      const m = mass.get(o) ?? { len: 0, weighted: 0 };
      m.len += b.len;
      m.weighted += b.len * probs[i]!;
      mass.set(o, m);
    }
    return o;
  });
  const added = new Set<Element>();
  for (const [el, m] of mass) {
    // The guard: a sibling that names itself chrome or clutter (comments, related, nav…) stays out, however
    // prose-like its text: readers' comments read like the story.
    if (m.len >= MIN_GROWTH_CHARS && m.weighted >= model.keepFrom * m.len && !isChrome(el)) added.add(el);
  }
  const inParts = (el: Element): boolean => parts.some((p) => p.contains(el));
  const mine = blocks.map((b, i) => (within[i] ? added.has(within[i]) : inParts(b.el)));
  blocks.forEach((b, i) => {
    const o = within[i];
    if (!mine[i]) return;
    if (o && probs[i]! >= model.keepFrom) {
      for (let e: Element | null = b.el; e && e !== o && !keep.has(e); e = e.parentElement) keep.add(e);
    } else if (judged(b) && probs[i]! < model.dropBelow && !partSet.has(b.el) && !added.has(b.el)) drop.add(b.el);
  });
  for (const el of added) keep.add(el);
  // A block that wraps surviving blocks stays (its own stray text with it): removing it would take them along.
  const holds = new Set<Element>();
  blocks.forEach((b, i) => {
    if (!mine[i] || drop.has(b.el)) return;
    for (let e = b.el.parentElement; e && !partSet.has(e) && !added.has(e) && !holds.has(e); e = e.parentElement) holds.add(e);
  });
  for (const el of holds) drop.delete(el);
  if (!added.size) return { parts, keep, drop };
  // Document order: DOCUMENT_POSITION_FOLLOWING (4) says b comes after a.
  const grown = [...parts, ...added].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { parts: grown, keep, drop };
}
