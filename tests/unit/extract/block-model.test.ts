// Applying the block model: probabilities from the shipped weights' format, verdicts around the selected root,
// and what those verdicts do to the extracted article.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, pageBlocks } from '../../../src/core/extract/block-features';
import { BLOCK_MODEL, blockProbabilities, judgeBlocks } from '../../../src/core/extract/block-model';
import type { BlockModel } from '../../../src/core/extract/block-model';
import { extractArticle } from '../../../src/core/extract/index';
import { selectRoot } from '../../../src/core/extract/select';
import { page, parse, prose } from './helpers';

const n = FEATURE_NAMES.length;
/** A model that only looks at a few named features (standardised as given). */
function model(weights: Partial<Record<typeof FEATURE_NAMES[number], number>>, bias: number, settings: Partial<BlockModel> = {}): BlockModel {
  return {
    features: [...FEATURE_NAMES], pairs: [], mean: new Array<number>(n).fill(0), scale: new Array<number>(n).fill(1),
    weights: FEATURE_NAMES.map((f) => weights[f] ?? 0), bias, dropBelow: 0.1, keepFrom: 0.9, levels: 2, ...settings,
  };
}

// The article's root is the <article>; a paragraph of the story sits after it in a box of its own, then readers'
// comments (prose, in a box named as such) and a link list.
const html = page(`
  <div class="layout">
    <article><h1>Storm hits the harbour</h1>${prose(1)}${prose(2)}${prose(3)}${prose(4)}</article>
    <div class="coda"><p>The final paragraph of the story also explains, with care, what the town will do next week and why.</p></div>
    <section class="comments"><p>I was there on the night and the water came up to the door of the house, it was the worst I have seen.</p></section>
    <ul class="links"><li><a href="/a">Another story about the boats</a></li><li><a href="/b">A story about storms and harbours</a></li></ul>
  </div>`);
/** Keeps prose (sentences with function words), drops link text. */
const prosey = (settings: Partial<BlockModel>): BlockModel => model({ stopword_ratio: 30, link_density: -40 }, -3, settings);

describe('blockProbabilities', () => {
  const doc = parse(html).window.document;
  const blocks = pageBlocks(doc, selectRoot(doc, 10_000)!);

  it('computes a logistic score of the standardised features', () => {
    const m = model({ link_density: 2 }, -1, { mean: new Array<number>(n).fill(0.5), scale: new Array<number>(n).fill(0.5) });
    const probs = blockProbabilities(blocks, m);
    blocks.forEach((b, i) => {
      const z = -1 + 2 * ((b.features[FEATURE_NAMES.indexOf('link_density')]! - 0.5) / 0.5);
      expect(probs[i]).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
    });
  });

  it('weighs products of two features when the model names pairs', () => {
    const m = { ...model({}, 0), pairs: [['in_part', 'link_density']] as const, weights: [...new Array<number>(n).fill(0), -3], mean: new Array<number>(n + 1).fill(0), scale: new Array<number>(n + 1).fill(1) };
    const probs = blockProbabilities(blocks, m);
    blocks.forEach((b, i) => {
      const x = b.features[FEATURE_NAMES.indexOf('in_part')]! * b.features[FEATURE_NAMES.indexOf('link_density')]!;
      expect(probs[i]).toBeCloseTo(1 / (1 + Math.exp(3 * x)), 10);
    });
  });

  it('refuses weights made for other features', () => {
    expect(() => blockProbabilities(blocks, { ...model({}, 0), pairs: [['in_part', 'no_such_feature']] })).toThrow(/does not match/);
    expect(() => blockProbabilities(blocks, { ...model({}, 0), features: ['other', ...FEATURE_NAMES.slice(1)] })).toThrow(/does not match/);
  });

  it('ships weights for every feature', () => {
    expect(BLOCK_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(BLOCK_MODEL.weights).toHaveLength(n + BLOCK_MODEL.pairs.length);
    expect(BLOCK_MODEL.scale.every((s) => s > 0)).toBe(true);
  });
});

describe('judgeBlocks', () => {
  const doc = parse(html).window.document;
  const sel = selectRoot(doc, 10_000)!;
  const blocks = pageBlocks(doc, sel);
  const article = doc.querySelector('article')!;
  const promo = doc.querySelector('.coda p')!;

  it('selects the article as the root to begin with', () => {
    expect(sel.parts).toEqual([article]);
  });

  it('adds a sibling the model finds content on the whole, and leaves out one it does not', () => {
    const v = judgeBlocks(blocks, sel.parts, prosey({ levels: 1 }));
    expect(v.parts).toEqual([article, doc.querySelector('.coda')]);
    expect(v.keep.has(promo)).toBe(true);
    expect(v.keep.has(doc.querySelector('.coda')!)).toBe(true);
    expect(v.parts).not.toContain(doc.querySelector('.links'));
    // Prose, but a box that names itself comments: the guard leaves it out.
    expect(v.parts).not.toContain(doc.querySelector('.comments'));
  });

  it('adds siblings of ancestors within its levels, in document order', () => {
    const nested = parse(page(`<div class="outer"><div class="lead"><p>${'The opening paragraph of the story sets out, with care, what happened. '.repeat(3)}</p></div>
      <div class="inner"><article><h1>Storm hits the harbour</h1>${prose(1)}${prose(2)}${prose(3)}${prose(4)}</article>
      <ul class="links">${[1, 2, 3, 4, 5, 6, 7, 8].map((k) => `<li><a href="/s${k}">Another story about the boats, number ${k}</a></li>`).join('')}</ul></div></div>`)).window.document;
    const s = selectRoot(nested, 10_000)!;
    const b = pageBlocks(nested, s);
    expect(s.parts).toEqual([nested.querySelector('article')]);
    expect(judgeBlocks(b, s.parts, prosey({ levels: 1 })).parts).toEqual([nested.querySelector('article')]);
    expect(judgeBlocks(b, s.parts, prosey({ levels: 2 })).parts).toEqual([nested.querySelector('.lead'), nested.querySelector('article')]);
  });

  it('does not reach beyond its levels', () => {
    const v = judgeBlocks(blocks, sel.parts, prosey({ levels: 0 }));
    expect(v.parts).toEqual([article]);
    expect(v.keep.has(promo)).toBe(false);
    expect(v.drop.has(promo)).toBe(false);
  });

  it('drops a block of the root only below dropBelow, and never one that holds surviving blocks', () => {
    const wrapped = parse(page(`<article><div class="body"><a href="/s">Share this</a><p>${'Prose sentence that stays in the story. '.repeat(8)}</p></div>
      <div class="bar"><a href="/t">Tweet this story to your friends</a></div><div class="short"><a href="/u">Tweet it</a></div>${prose(1)}</article>`)).window.document;
    const s = selectRoot(wrapped, 10_000)!;
    const b = pageBlocks(wrapped, s);
    // Link text scores about 0, prose about 0.73: with dropBelow 0.5 the link-only bar goes, the wrapper stays.
    const v = judgeBlocks(b, s.parts, model({ link_density: -10 }, 1, { dropBelow: 0.5, keepFrom: 1.01 }));
    expect(v.drop.has(wrapped.querySelector('.body')!)).toBe(false);
    expect(v.drop.has(wrapped.querySelector('.body p')!)).toBe(false);
    expect(v.drop.has(wrapped.querySelector('.bar')!)).toBe(true);
    // Under four words the model is not trusted (it never learned from such blocks): the rules decide.
    expect(v.drop.has(wrapped.querySelector('.short')!)).toBe(false);
    expect(judgeBlocks(b, s.parts, model({ link_density: -10 }, 1, { dropBelow: 0, keepFrom: 1.01 })).drop.size).toBe(0);
  });
});

describe('extractArticle with a block model', () => {
  const run = (m?: BlockModel): string => {
    const dom = parse(html);
    return extractArticle(dom.window.document, 'https://news.example/story', m ? { blockModel: m } : {})?.text ?? '';
  };

  it('takes in the story paragraph beside the root, and leaves the comments and the link list out', () => {
    const text = run(prosey({ levels: 1 }));
    expect(text).toContain('The final paragraph of the story');
    expect(text).not.toContain('I was there on the night');
    expect(text).not.toContain('Another story about the boats');
    for (const k of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${k} tells`);
  });

  it('changes nothing when the model is sure of nothing', () => {
    const text = run(prosey({ levels: 1, keepFrom: 1.01, dropBelow: 0 }));
    expect(text).toBe(run());
    expect(text).not.toContain('The final paragraph of the story');
    for (const k of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${k} tells`);
  });
});
